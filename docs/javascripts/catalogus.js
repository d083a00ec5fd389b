/* The catalogue of good practices: a search field and filters over all practices.
 *
 * Without JavaScript the form stays hidden and a reader pages through all practices.
 * With it:
 * - the filters search every practice in the compact index (gegevens/catalogus/, see
 *   catalogus/index.js), and each option shows how many practices it would leave;
 * - words are searched in the catalogue's own word index (catalogus/words.js) with the
 *   site search's word logic (zoeken/: typos, Dutch spellings, compounds, names without
 *   their symbol, abbreviations both ways, a word no practice has left out), then
 *   filtered;
 * - the state lives in the URL (?q=...&opdracht=a), so a search can be shared.
 * Nothing loads until it is needed: the filters' index when a filter gets the focus,
 * the search when the reader starts typing in the field. The list shows BATCH practices at
 * a time, each drawn from the page's <template> with text from the index, never HTML. */
import { isEmpty, readState, writeState } from "./catalogus/state.js";
import { counts, filterIndex, listPlace, matches, matching } from "./catalogus/index.js";
import { excerpt, finds, practicesOf, ranked, shardOf, termsOf } from "./catalogus/words.js";
import { key as wordKey } from "./zoeken/fold.js";
import { choiceText, counterText, emptyText, moreText, optionText } from "./catalogus/status.js";

const BATCH = 20;        // practices shown at once; "Toon ... meer" adds as many
const PREVIEW = 3;       // drawn first: each one's row and text are fetched, BATCH follow at the pause
const PAUSE_MS = 400;    // a pause in typing: the query is complete
const COUNTS_MS = 1000;  // the options' counts, this long after the last key

// A promise made once and kept; if it fails, the next call tries again (offline a moment).
function once(make) {
  let promise = null;
  return () => promise || (promise = make().catch((error) => { promise = null; throw error; }));
}

// The same, one promise per key.
function oncePer(make) {
  const made = new Map();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key).catch((error) => { made.delete(key); throw error; }));
    return made.get(key);
  };
}

function setUp(root) {
  const base = new URL(root.getAttribute("data-basis"), location.href);
  const total = Number(root.getAttribute("data-totaal"));
  const firstOnPage = Number(root.getAttribute("data-eerste"));  // the position of this page's first practice
  const perFile = Number(root.getAttribute("data-per-bestand"));  // practices a list file
  const form = root.querySelector("[data-catalogus-filter]");
  const input = form.querySelector("input[type=search]");
  const selects = [...form.querySelectorAll("select")];
  const names = selects.map((select) => select.name);
  const counter = root.querySelector("[data-catalogus-teller]");
  const choice = root.querySelector("[data-catalogus-keuze]");
  const hints = root.querySelector("[data-catalogus-suggesties]");
  const empty = root.querySelector("[data-catalogus-leeg]");
  const list = root.querySelector(".catalogus-lijst");
  const pages = root.querySelector("[data-catalogus-paginas]");
  const more = root.querySelector("[data-catalogus-meer]");
  // The entry's markup comes from the page (macros/practices_html.py), never from here.
  const template = root.querySelector("template[data-catalogus-sjabloon]");
  const pageEntries = [...list.children];
  const pageCounterText = counter.textContent;
  const options = Object.fromEntries(selects.map((select) =>
    [select.name, new Set([...select.options].map((o) => o.value).filter(Boolean))]));

  /* --- Loading ------------------------------------------------------------------ */

  const json = (path) => fetch(new URL(path, base)).then((response) => {
    if (!response.ok) throw new Error(path + ": " + response.status);
    return response.json();
  });
  let loadedIndex = null;
  const filters = once(() => json("gegevens/catalogus/filters.json").then((data) => {
    loadedIndex = filterIndex(data);
    return loadedIndex;
  }));
  const listFile = oncePer((n) => json("gegevens/catalogus/lijst-" + n + ".json"));
  // The word index's file for two first letters (none when no practice has a word that
  // starts so), and a practice's text for its excerpt.
  const wordFiles = once(() => json("zoeken/catalogus/woorden.json").then((names) => new Set(names)));
  const wordFile = oncePer((name) => wordFiles().then((names) =>
    names.has(name) ? json("zoeken/catalogus/woorden/" + name + ".json") : {}));
  const practiceText = oncePer((position) => json("zoeken/catalogus/tekst/" + position + ".json"));
  const variants = once(() => json("zoeken/varianten.json").catch(() => []));
  const wordLogic = once(() => import("./zoeken/logica.js").then(({ words, searching, typing, ranking, corrections, stemming }) => {
    // A file of the word list that is missing or unreadable: searched without it.
    const list = words.wordList((name) => json("zoeken/woorden/" + name + ".json").catch(() => []));
    return {
      list,
      searchIn: searching.searchIn,
      stem: stemming.stem,
      effective: typing.effective,
      sameTop: ranking.sameTop,
      // "Bedoelde je": only words that practices have, or the suggestion finds nothing.
      closestWords: (unknown) => corrections.suggestions(words.only(list, words.inPractices), unknown),
    };
  }));
  function warm() {
    wordLogic().catch(() => {});
    variants();
  }

  // The practices that have every word of `query`, best first, as the word logic wants
  // a search's answer: {results: [{id: position, score}]}.
  async function find(query) {
    const { stem } = await wordLogic();
    const words = termsOf(query, stem);
    const found = await Promise.all(words.map(async (word) => practicesOf(await wordFile(shardOf(word.stem)), word)));
    return { results: ranked(found, total).map(({ position, score }) => ({ id: position, score })) };
  }

  /* --- One practice --------------------------------------------------------------- */

  function entryElement(row) {
    if (row.element) return row.element.cloneNode(true);
    const item = template.content.firstElementChild.cloneNode(true);
    item.id = "praktijk-" + row.id;
    const link = item.querySelector(".praktijk__link");
    link.href = row.url;
    link.textContent = row.title;
    item.querySelector(".praktijk__regio").textContent = "(" + row.region + ")";
    item.querySelector(".praktijk__samenvatting").textContent = row.summary;
    const excerpt = item.querySelector(".praktijk__fragment");
    if (row.excerpt) fillExcerpt(excerpt, row.excerpt);
    else excerpt.remove();
    return item;
  }

  // The excerpt's words ([{text, marked}], words.js), as text nodes and the template's mark.
  function fillExcerpt(target, parts) {
    const mark = target.firstElementChild;
    const nodes = parts.map((part) => {
      if (!part.marked) return document.createTextNode(part.text);
      const copy = mark.cloneNode(false);
      copy.textContent = part.text;
      return copy;
    });
    target.replaceChildren(document.createTextNode("\u2026 "), ...nodes, document.createTextNode(" \u2026"));
  }

  // A practice of the compact index, by its position, from its list file.
  function listRow(position) {
    const { file, at } = listPlace(perFile, position);
    return listFile(file).then((rows) => {
      const [id, url, title, region, summary] = rows[at];
      return { id, url: new URL(url, base).href, title, region, summary };
    });
  }

  // In the filtered list: one of this page's own practices as it is, any other from its
  // list file.
  function rowAt(position) {
    const own = pageEntries[position - firstOnPage];
    return own ? Promise.resolve({ element: own }) : listRow(position);
  }

  // A practice the words found, with an excerpt where its text has them; the page it
  // leads to marks them too.
  async function rowOf(found) {
    const position = found.result.id;
    const [{ stem }, row, text] = await Promise.all([wordLogic(), listRow(position), practiceText(position)]);
    const words = termsOf(found.terms, stem);
    const marks = (written) => {
      const k = wordKey(written);
      return k !== "" && words.some((word) => finds(word, stem(k)));
    };
    const url = new URL(row.url);
    url.searchParams.set("h", found.terms);
    return { ...row, url: url.href, excerpt: excerpt(text, marks) };
  }

  /* --- The list ------------------------------------------------------------------- */

  let version = 0;      // the newest state asked for: an older answer that arrives late is dropped
  let asked = null;     // {key, typed, done}: the state the list answers, or is about to
  let typed = 0;        // input events so far: a search for what was typed before is dropped
  let lastKey = 0;      // when the reader last typed
  let shown = { items: [], row: null };  // what the list shows, BATCH at a time

  // The next `size` of `items` in the list (in place of the list when `from` is 0), once
  // their rows are in: no empty list in between. Nothing is fetched for a list that is
  // no longer wanted.
  function showFrom(items, row, from, stale, size = BATCH) {
    if (stale()) return Promise.resolve(false);
    return Promise.all(items.slice(from, from + size).map(row)).then((rows) => {
      if (stale()) return false;
      shown = { items, row };
      const elements = rows.map(entryElement);
      if (from === 0) list.replaceChildren(...elements);
      else list.append(...elements);
      const left = items.length - from - rows.length;
      more.hidden = left <= 0;
      more.querySelector("button").textContent = moreText(left, BATCH);
      if (pages) pages.hidden = true;
      return true;
    });
  }

  function showCounts(index, state, among) {
    const found = counts(index, state.filters, among);
    root.setAttribute("data-catalogus-aantallen", writeState("", state, names));  // for the tests
    selects.forEach((select) => {
      const own = found[select.name];
      [...select.options].forEach((option) => {
        option.textContent = option.value
          ? optionText(option.getAttribute("data-label"), own.values[option.value] || 0)
          : optionText("Alle", own.total);
      });
    });
  }

  function showAnswer(count, message, state, without) {
    counter.textContent = counterText({ count, total, without });
    empty.textContent = emptyText({ query: state.query, filtering: Object.keys(state.filters).length > 0 });
    empty.hidden = count !== 0;
    if (!count) { list.replaceChildren(); more.hidden = true; if (pages) pages.hidden = true; }
    root.setAttribute("data-catalogus-antwoord", message);  // tests and the benchmark wait for it
  }

  function showPage() {
    hints.hidden = true;
    list.replaceChildren(...pageEntries);
    counter.textContent = pageCounterText;
    empty.hidden = true;
    more.hidden = true;
    if (pages) pages.hidden = false;
  }

  // "Bedoelde je" with the closest words the practices have, for the words no practice
  // has; a choice searches at once. Nothing changes if the reader typed on meanwhile.
  async function showHints(unknown, query, stale) {
    const found = unknown.length ? await (await wordLogic()).closestWords(unknown) : [];
    if (stale()) return;
    hints.replaceChildren();
    hints.hidden = !found.length;
    if (!found.length) return;
    hints.append(document.createTextNode("Bedoelde je: "));
    found.forEach((suggestion, n) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "zoeken__suggestie";
      button.textContent = query.split(suggestion.word).join(suggestion.by);
      button.addEventListener("click", () => {
        input.value = button.textContent;
        typed++;
        hints.hidden = true;
        apply(true);
        input.focus();
      });
      if (n) hints.append(document.createTextNode(", "));
      hints.append(button);
    });
  }

  // For paper: the words and filters the list was chosen by.
  function showChoice(state) {
    const labels = selects.filter((select) => select.value).map((select) =>
      [select.closest("label").querySelector("span").textContent,
       select.selectedOptions[0].getAttribute("data-label")]);
    choice.textContent = choiceText(state.query, labels);
    choice.hidden = !choice.textContent;
  }

  function failed(error) {
    console.error(error);
    counter.textContent = "Zoeken lukt nu niet; probeer het later opnieuw. " + pageCounterText;
  }

  /* --- The state ------------------------------------------------------------------- */

  function chosen() {
    const state = { query: input.value.trim(), filters: {} };
    selects.forEach((select) => { if (select.value) state.filters[select.name] = select.value; });
    return state;
  }

  // Once the reader has not typed for `ms`, if the list still answers the same.
  function afterPause(stale, ms, then) {
    setTimeout(() => { if (!stale()) then(); }, Math.max(0, lastKey + ms - performance.now()));
  }

  // The list for the form's state. While the reader types (`paused` false): without a
  // last word that is not yet a whole word of the site (zoeken/typing.js; the practices'
  // index would load the chunks of every word it starts), and the address is left as it
  // is until typing pauses.
  async function apply(paused) {
    const state = chosen();
    if (paused) {
      const search = writeState(location.search, state, names);
      if (search !== location.search) {
        history.replaceState(history.state, "", location.pathname + search + location.hash);
      }
      showChoice(state);
    }
    const typedThen = typed;
    if (state.query && !paused) {
      const words = await wordLogic();
      state.query = await words.effective(words.list, variants(), state.query, false, 0);
      if (typedThen !== typed) return;
      if (!state.query) return;  // a first word still too short: wait for the pause
    }
    const key = writeState("", state, names);
    // Answered already (completely, once typing paused), or on its way and nothing typed
    // since: an answer still incomplete at the pause completes itself (searched).
    if (asked && asked.key === key &&
        (asked.done ? asked.complete || !paused : asked.typed === typed)) return;
    const request = asked = { key, typed, done: false, complete: true };
    const mine = ++version;
    const stale = () => mine !== version || request.typed !== typed;
    try {
      if (isEmpty(state)) {
        showPage();
        if (loadedIndex) showCounts(loadedIndex, state);  // back to the counts of the page
        root.setAttribute("data-catalogus-antwoord", "");
      } else if (!state.query) {
        await filtered(state, key, stale);
      } else {
        request.complete = await searched(state, key, stale, paused);
      }
      request.done = !stale();
    } catch (error) {
      if (!stale()) failed(error);
    }
  }

  // Filters only: every practice in the compact index, in catalogue order.
  async function filtered(state, key, stale) {
    hints.hidden = true;
    counter.textContent = "Praktijken laden\u2026";
    const index = await filters();
    if (stale()) return;
    const found = matching(index, state.filters);
    showCounts(index, state);
    if (found.length && !await showFrom(found, rowAt, 0, stale)) return;
    showAnswer(found.length, key, state, []);
  }

  // Words, and maybe filters: the catalogue's word index, best first; the filters'
  // index keeps what the filters allow and counts the options among what was found.
  // First the first PREVIEW practices, as soon as they are found; up to BATCH once typing
  // pauses (at once when it has).
  // Whether the answer is complete (search.js: not while typing, when a word could
  // still be the end of compounds).
  async function searched(state, key, stale, paused) {
    const filtering = Object.keys(state.filters).length > 0;
    const [logic, index] = await Promise.all([wordLogic(), filtering ? filters() : null]);
    const keep = filtering ? (found) => matches(index, found.result.id, state.filters) : null;
    let early = null;
    const answer = await logic.searchIn(state.query, {
      list: logic.list, groups: variants(), find, complete: paused,
      early: async (ranked) => {
        if (stale()) return;
        const kept = keep ? ranked.filter(keep) : ranked;
        if (kept.length && await showFrom(kept, rowOf, 0, stale, PREVIEW)) {
          early = kept.slice(0, PREVIEW);
          root.setAttribute("data-catalogus-eerste", state.query);  // the first results are on screen
        }
      },
    });
    if (stale()) return;
    // What a word no practice has matched to (partial) is no answer.
    const all = answer.partial ? [] : answer.ranked;
    const ranked = keep ? all.filter(keep) : all;
    if (ranked.length && !(early && logic.sameTop(ranked, early, PREVIEW))) {
      if (!await showFrom(ranked, rowOf, 0, stale, PREVIEW)) return;
    } else if (early) {
      shown = { items: ranked, row: rowOf };  // the same top: only what follows grows
      const left = ranked.length - list.children.length;
      more.hidden = left <= 0;
      more.querySelector("button").textContent = moreText(left, BATCH);
    }
    if (answer.complete) {
      root.setAttribute("data-catalogus-eerste", state.query);
      // Typing has paused: the list is whole (up to BATCH) before it is called the answer.
      const drawn = list.children.length;
      if (paused && drawn < Math.min(BATCH, ranked.length) &&
          !await showFrom(ranked, rowOf, drawn, stale, BATCH - drawn)) return;
      showAnswer(ranked.length, key, state, answer.without);
    } else {
      // More to search once typing pauses: what is found so far, and no count yet.
      if (ranked.length) root.setAttribute("data-catalogus-eerste", state.query);
      counter.textContent = "Zoeken\u2026";
      empty.hidden = true;
    }
    // Once the reader stops typing: the list up to BATCH, and the options counted among
    // what the words found. Neither is fetched for every word on the way.
    afterPause(stale, PAUSE_MS, () => {
      // Searched while typing without every form (the ends of compounds): again, whole.
      if (!answer.complete) { apply(true); return; }
      if (list.children.length < Math.min(BATCH, ranked.length)) {
        showFrom(ranked, rowOf, list.children.length, stale, BATCH - list.children.length).catch(failed);
      }
      showHints(answer.unknown, input.value.trim(), stale).catch(() => {});
    });
    afterPause(stale, COUNTS_MS, () => filters().then((loaded) => {
      if (!stale()) showCounts(loaded, state, all.map((found) => found.result.id));
    }, () => {}));
    return answer.complete;
  }

  /* --- Events ----------------------------------------------------------------------- */

  let pause = 0;
  input.addEventListener("input", () => {
    typed++;
    hints.hidden = true;  // suggestions for what was typed before
    lastKey = performance.now();
    warm();
    clearTimeout(pause);
    apply(false);
    pause = setTimeout(() => apply(true), PAUSE_MS);
  });
  form.addEventListener("change", (event) => { if (event.target !== input) apply(true); });
  // A reader about to choose a filter: its index loads while the options are read.
  form.addEventListener("focusin", (event) => {
    if (event.target.tagName === "SELECT") filters().catch(() => {});
  });
  form.addEventListener("reset", () => { setTimeout(() => { typed++; apply(true); }, 0); });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pause);
    apply(true);
  });
  more.querySelector("button").addEventListener("click", () => {
    const count = list.children.length, mine = version;
    showFrom(shown.items, shown.row, count, () => mine !== version).then((drawn) => {
      const next = drawn && list.children[count];
      if (next) next.querySelector("a").focus();
    }).catch(failed);
  });

  // The state from the URL: what a shared address asks for is shown at once.
  const start = readState(location.search, options);
  input.value = start.query;
  selects.forEach((select) => { select.value = start.filters[select.name] || ""; });
  if (!isEmpty(start)) {
    if (start.query) warm();
    apply(true);
  }
}

document.querySelectorAll("[data-catalogus]").forEach(setUp);
