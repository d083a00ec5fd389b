/* Search: Pagefind's index (hooks/search_index.py) behind Material's search box.
 *
 * Pagefind finds words with or without diacritics and stems Dutch. The modules in
 * zoeken/ add what readers type that is not on the site, using the site's word list and
 * the term variants (macros/search_terms.py): forms.js says what is searched for a query,
 * search.js searches it over the two indexes. This module is the page's part: loading,
 * the search box, the results, the keys, and the highlight on the page a result leads to.
 * Everything loads on first use, the word logic included: a reader who does not search
 * fetches nothing of it. */
import { marks, stems } from "./zoeken/highlight.js";

const base = new URL("../", import.meta.url);
const catalogue = new URL("praktijken/", base).href;

const PAGE = 5;           // results shown at once (each needs its fragment fetched)
const TYPING_MS = 80;     // search this long after a key, if no other key came
const PAUSE_MS = 400;     // a pause in typing: the query is complete

/* --- Loading -------------------------------------------------------------------- */

// A file of the search (zoeken/...): missing or unreadable, the search goes on without it.
function loadJson(path, fallback) {
  return fetch(new URL(path, base))
    .then((r) => (r.ok ? r.json() : fallback))
    .catch(() => fallback);
}

// The word logic (zoeken/*.js, one file in the built site) with the site's word list.
let logic = null;
function wordLogic() {
  if (!logic) {
    logic = import("./zoeken/logica.js")
      .then(({ words, searching, typing, corrections, ranking }) => ({
        list: words.wordList((name) => loadJson("zoeken/woorden/" + name + ".json", [])),
        search: searching.search,
        effective: typing.effective,
        closestWords: corrections.suggestions,
        sameTop: ranking.sameTop,
      })).catch((error) => {
        logic = null;  // offline for a moment: the next query tries again
        throw error;
      });
  }
  return logic;
}
let variants = null;
function variantGroups() {
  if (!variants) variants = loadJson("zoeken/varianten.json", []);
  return variants;
}
let manifest = null;
function indexes() {
  if (!manifest) manifest = loadJson("zoeken/indexen.json", { praktijken: null });
  return manifest;
}

// Two indexes (hooks/search_index.py): the site's pages, and the good practices.
const OPTIONS = { excerptLength: 24 };
let pagefind = null;
function engine() {
  if (!pagefind) {
    pagefind = import(new URL("pagefind/pagefind.js", base).href).then(async (pf) => {
      await pf.options(Object.assign({ basePath: new URL("pagefind/", base).href }, OPTIONS));
      pf.init();  // its WebAssembly and page list load while the reader types
      return pf;
    }).catch((error) => {
      pagefind = null;  // offline for a moment: the next query tries again
      throw error;
    });
  }
  return pagefind;
}

// A second instance over the same pages' index, with the practices merged in: Pagefind
// loads its WebAssembly and the pages' list from the same addresses, so the browser has
// them already; new are only the practices' page list and index chunks.
let everything = null;
function wholeSite() {
  if (!everything) {
    everything = Promise.all([engine(), indexes()]).then(async ([pf, manifest]) => {
      if (!manifest.praktijken) return null;  // a site without practices: the pages' index is all
      const both = pf.createInstance(Object.assign({ basePath: new URL("pagefind/", base).href }, OPTIONS));
      await both.mergeIndex(new URL(manifest.praktijken, base).href, OPTIONS);
      return both;
    }).catch((error) => {
      everything = null;
      throw error;
    });
  }
  return everything;
}

const engines = {
  pages: (query) => engine().then((pf) => pf.search(query)),
  whole: wholeSite,
};

/* --- The search box -------------------------------------------------------------- */

function setUp(dialog, toggle) {
  const input = dialog.querySelector("[data-zoeken-invoer]");
  const form = dialog.querySelector("[data-zoeken-formulier]");
  const status = dialog.querySelector("[data-zoeken-status]");
  const results = dialog.querySelector("[data-zoeken-resultaten]");
  const hints = dialog.querySelector("[data-zoeken-suggesties]");
  const more = dialog.querySelector("[data-zoeken-meer]");

  // "Bedoelde je" with the closest words on the site; without any result, also the
  // catalogue. Nothing changes on screen if the reader typed on meanwhile.
  async function showSuggestions(unknown, query, none, stale) {
    const { list, closestWords } = await wordLogic();
    const found = await closestWords(list, unknown);
    if (stale()) return;
    hints.replaceChildren();
    hints.hidden = !found.length && !none;
    if (found.length) {
      const p = element("p", "", "Bedoelde je: ");
      found.forEach((s, n) => {
        const b = element("button", "zoeken__suggestie", query.split(s.word).join(s.by));
        b.type = "button";
        b.addEventListener("click", () => { input.value = b.textContent; typed++; run(true); input.focus(); });
        if (n) p.appendChild(document.createTextNode(", "));
        p.appendChild(b);
      });
      hints.appendChild(p);
    }
    if (none) {
      const c = element("p", "", found.length ? "Of blader in de " : "Blader in de ");
      const a = element("a", "", "catalogus van goede praktijken");
      a.href = catalogue;
      c.appendChild(a);
      c.appendChild(document.createTextNode(", waar je kan filteren op opdracht, rubriek en regio."));
      hints.appendChild(c);
    }
  }

  let current = 0;      // the newest search: an older answer that arrives late is dropped
  let typed = 0;        // input events so far: results for what was typed before are dropped
  let shown = [];
  let asked = null;     // {query, complete}: what the list answers (or is about to)

  function run(paused) {
    const typedBefore = typed;
    wordLogic().then(({ list, effective }) => effective(list, variantGroups(), input.value.trim(), paused))
      .then((query) => {
        if (typedBefore === typed) show(query, paused);
      }).catch((error) => {
        console.error(error);
        status.textContent = "Zoeken lukt nu niet; probeer het later opnieuw.";
      });
  }

  function show(query, paused) {
    // The list answers this query already, as completely as asked for.
    const again = asked && asked.query === query;
    if (again && query && (asked.complete || !paused)) return;
    if (again && !query && !input.value.trim()) return;
    const request = asked = { query, complete: paused };
    // Interrupted by typing: the same query must be asked again, not taken as answered.
    const forget = () => { if (asked === request) asked = null; };
    const mine = ++current, typedThen = typed;
    const stale = () => mine !== current || typedThen !== typed;
    if (!input.value.trim()) {
      results.replaceChildren(); hints.hidden = true; more.hidden = true;
      results.removeAttribute("data-zoeken-vraag");
      results.removeAttribute("data-zoeken-eerste");
      status.textContent = "Typ om te zoeken";
      return;
    }
    if (!query) return;  // a first word still too short: wait for the pause
    engine().catch(() => {});  // the pages' index starts loading while the forms are worked out
    let early = null;
    wordLogic().then(({ list, search, sameTop }) => search(query, {
      list, groups: variantGroups(), engines, complete: paused,
      early(first) {
        if (stale()) return null;
        early = first.slice(0, PAGE);
        // Already on screen (the pause after typing asks again, for the practices).
        if (sameTop(shown, early, PAGE) && results.getAttribute("data-zoeken-eerste") === query) return null;
        return draw(first, stale).then(() => {
          if (!stale()) results.setAttribute("data-zoeken-eerste", query);  // the first results are on screen
        });
      },
    }).then((found) => {
      if (stale()) { forget(); return; }
      if (found.complete) request.complete = true;
      const none = !found.ranked.length || found.partial;
      // What followed changed nothing at the top: the list stays, only what follows grows.
      let drawn;
      if (early && sameTop(found.ranked, early, PAGE)) {
        shown = found.ranked;
        drawn = Promise.resolve();
      } else {
        drawn = draw(found.ranked, stale);
      }
      // The count last, once the results are on screen: it is what a screen reader hears.
      return Promise.all([showSuggestions(found.unknown, query, none, stale), drawn]).then(() => {
        if (stale()) { forget(); return; }
        more.hidden = results.querySelectorAll("a").length >= shown.length;
        results.setAttribute("data-zoeken-eerste", query);
        if (!found.complete) {
          // Pages only, while the reader types: the count comes with the practices.
          results.removeAttribute("data-zoeken-vraag");
          status.textContent = "Zoeken\u2026";
          return;
        }
        results.setAttribute("data-zoeken-vraag", query);  // what the results answer, all forms in
        status.textContent = statusText(query, shown.length, found);
      });
    })).catch((error) => {
      console.error(error);
      if (mine === current) status.textContent = "Zoeken lukt nu niet; probeer het later opnieuw.";
    });
  }

  // A new list of results in place of the old one, once its first fragments are in (no
  // empty list in between); a list drawn later wins over one still loading.
  let drawing = 0;
  function draw(ranked, stale) {
    const mine = ++drawing;
    shown = ranked;
    return render(0, () => stale() || mine !== drawing, true);
  }

  function render(from, stale, replace) {
    // Typed on since: the fragments of these results would be fetched for nothing.
    if (stale()) return Promise.resolve();
    const all = shown, slice = all.slice(from, from + PAGE);
    return Promise.all(slice.map((s) => s.result.data())).then((datas) => {
      if (stale()) return;
      if (replace) results.replaceChildren();
      datas.forEach((d, n) => results.appendChild(item(d, slice[n].terms)));
      more.hidden = from + PAGE >= all.length;
    });
  }

  /* Opening, closing, keys */

  // Open, the search is a modal dialog: the page under its overlay is inert, so neither
  // Tab nor a screen reader lands there, and no link of the page counts as a target half
  // under the results (axe, wcag22aa target-size). The toggle also changes by its labels
  // and by the theme, which click it: "change" then says so.
  const page = document.querySelector(".md-container");
  function pageInert() {
    if (page) page.inert = toggle.checked;
  }
  function open() {
    toggle.checked = true;
    pageInert();
    warm();
    input.focus();
  }
  function close() {
    toggle.checked = false;
    pageInert();
    input.blur();
  }
  function warm() {
    engine().catch(() => {});
    wordLogic().catch(() => {});
    variantGroups();
    indexes();
  }

  let timer = 0, pause = 0;
  input.addEventListener("input", () => {
    typed++;
    clearTimeout(timer); clearTimeout(pause);
    timer = setTimeout(() => run(false), TYPING_MS);
    pause = setTimeout(() => run(true), PAUSE_MS);
  });
  input.addEventListener("focus", () => { toggle.checked = true; pageInert(); warm(); });
  toggle.addEventListener("change", () => { pageInert(); if (toggle.checked) input.focus(); });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = results.querySelector("a");
    if (first) location.href = first.href;
  });
  form.addEventListener("reset", () => {
    setTimeout(() => { typed++; run(true); input.focus(); }, 0);
  });
  more.querySelector("button").addEventListener("click", () => {
    const count = results.querySelectorAll("a").length, mine = current, drawn = drawing;
    render(count, () => mine !== current || drawn !== drawing).then(() => {
      const next = results.querySelectorAll("a")[count];
      if (next) next.focus();
    });
  });

  document.addEventListener("keydown", (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if (!toggle.checked) {
      if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey
          && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault();
        open();
      }
      return;
    }
    const links = [...results.querySelectorAll("a")], at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (at < 0 && event.target !== input) return;
      event.preventDefault();
      const next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else if (next < links.length) links[next].focus();
    }
  });
}

// What the status line says once the results are complete (a screen reader hears it).
function statusText(query, count, found) {
  if (!count) return "Geen resultaten voor " + quoted(query);
  if (found.without.length) {
    const one = found.without.length === 1;
    return "Geen resultaten met " + found.without.map(quoted).join(" en ") + "; " +
      (count === 1 ? "dit is het enige resultaat" : "dit zijn de " + count + " resultaten") +
      (one ? " zonder dat woord" : " zonder die woorden");
  }
  if (found.partial) {
    return "Geen resultaten voor " + quoted(query) + "; wel " +
      (count === 1 ? "1 pagina" : count + " pagina's") + " met een deel ervan";
  }
  return count === 1 ? "1 resultaat" : count + " resultaten";
}

function quoted(text) { return "\u201c" + text + "\u201d"; }

/* --- A result ---------------------------------------------------------------------- */

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

// Pagefind's excerpt with its <mark>s, rebuilt as text nodes: nothing else of it is HTML.
function excerpt(html) {
  const out = element("p", "md-search-result__teaser");
  const doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
  doc.body.firstChild.childNodes.forEach((node) => {
    if (node.nodeName === "MARK") out.appendChild(element("mark", "", node.textContent));
    else out.appendChild(document.createTextNode(node.textContent));
  });
  return out;
}

function cleanTitle(text) { return (text || "").replace(/\u00b6/g, "").trim(); }

function withHighlight(url, terms) {
  const u = new URL(url, base);
  u.searchParams.set("h", terms);
  return u.pathname + u.search + u.hash;
}

function details(meta) {
  const parts = [];
  if (meta.regio) parts.push("Regio: " + meta.regio);
  if (meta.opdrachten) {
    const letters = meta.opdrachten.match(/(^|, )([a-i])\)/g);
    parts.push("Opdrachten: " + (letters ? letters.map((l) => l.replace(/[,\s)]/g, "")).join(", ") : meta.opdrachten));
  }
  return parts.length ? element("p", "zoeken__kenmerken", parts.join(" · ")) : null;
}

function item(data, terms) {
  const li = element("li", "md-search-result__item");
  const link = element("a", "md-search-result__link");
  link.href = withHighlight(data.url, terms);
  const article = element("article", "md-search-result__article md-typeset");
  article.appendChild(element("p", "zoeken__titel", cleanTitle(data.meta.title)));
  const extra = details(data.meta);
  if (extra) article.appendChild(extra);
  article.appendChild(excerpt(data.excerpt));
  link.appendChild(article);
  li.appendChild(link);
  return li;
}

/* --- Highlighting on the page a result leads to (?h=...) ------------------------- */

function highlight() {
  const terms = new URL(location.href).searchParams.get("h");
  const article = document.querySelector("article.md-content__inner");
  if (!terms || !article) return;
  const starts = stems(terms);
  if (!starts.length) return;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => node.parentNode.closest("script, style, mark, .headerlink, svg")
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const text = node.nodeValue, cuts = marks(text, starts);
    if (!cuts.length) continue;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const [from, to] of cuts) {
      frag.appendChild(document.createTextNode(text.slice(last, from)));
      const mark = element("mark", "", text.slice(from, to));
      mark.setAttribute("data-md-highlight", "");
      frag.appendChild(mark);
      last = to;
    }
    frag.appendChild(document.createTextNode(text.slice(last)));
    node.parentNode.replaceChild(frag, node);
  }
}

const dialog = document.querySelector("[data-zoeken]");
const toggle = document.getElementById("__search");
if (dialog && toggle) setUp(dialog, toggle);
highlight();
