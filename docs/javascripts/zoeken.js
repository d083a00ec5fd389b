/* Search: Pagefind's index (hooks/search_index.py) behind Material's search box.
 *
 * Pagefind finds words with or without diacritics and stems Dutch. This file adds what
 * readers type that is not on the site, using the site's word list and the term
 * variants (macros/search_terms.py):
 *   1. the query as typed;
 *   2. the same with a term written another way (data/referentie/begrippen.yml: an
 *      abbreviation for its expansion and back), two words joined into the compound the
 *      site uses, a compound split into the words the site uses, a name without its
 *      symbol as the site writes it ("clbchat" for CLBch@t);
 *   3. a word of five letters or more that is not on the site, corrected by one letter
 *      (wrong, missing, extra or two swapped) to words that are.
 * Every form is searched; a page's score is its best, weighted by how far the form is
 * from what was typed, so exact matches rank first.
 * The site's pages and the good practices have an index each: the pages answer while the
 * reader types, the practices join them once typing pauses (or at once, when the pages
 * have nothing), so the first results cost as little at 5,000 practices as at 50.
 * Everything loads on first use: a reader who does not search fetches nothing. */
(function () {
  "use strict";

  var dialog = document.querySelector("[data-zoeken]");
  var toggle = document.getElementById("__search");
  if (!dialog || !toggle) return;
  var input = dialog.querySelector("[data-zoeken-invoer]");
  var form = dialog.querySelector("[data-zoeken-formulier]");
  var status = dialog.querySelector("[data-zoeken-status]");
  var list = dialog.querySelector("[data-zoeken-resultaten]");
  var suggestions = dialog.querySelector("[data-zoeken-suggesties]");
  var more = dialog.querySelector("[data-zoeken-meer]");

  var script = document.querySelector('script[src*="javascripts/zoeken.js"]');
  var base = new URL("../", script ? script.src : location.href);
  var catalogue = new URL("praktijken/", base).href;

  var MIN_TYPO = 5;       // shorter words are not corrected (too many neighbours)
  var PAGE = 5;           // results shown at once (each needs its fragment fetched)
  var TYPING_MS = 80;     // search this long after a key, if no other key came
  var PAUSE_MS = 400;     // a pause in typing: the query is complete
  var WEIGHT = { typed: 1, variant: 0.9, corrected: 0.7, typedUnknown: 0.4 };

  /* --- Words: folding, the word list, edits ------------------------------------ */

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }
  // As macros/search_terms.word_key: folded, '@' as 'a', no other symbols.
  function key(word) {
    return fold(word).replace(/@/g, "a").replace(/[^\p{L}\p{N}]+/gu, "");
  }
  function shardName(character) {
    return /^[a-z0-9]$/.test(character) ? character : "_";
  }

  // A file of the search (zoeken/...): missing or unreadable, the search goes on without it.
  function loadJson(path, fallback) {
    return fetch(new URL(path, base))
      .then(function (r) { return r.ok ? r.json() : fallback; })
      .catch(function () { return fallback; });
  }

  var shards = {};
  function shard(family, character) {
    var name = family + "-" + shardName(character);
    if (!shards[name]) {
      shards[name] = loadJson("zoeken/woorden/" + name + ".json", []);
    }
    return shards[name];
  }
  var variants = null;
  function variantGroups() {
    if (!variants) {
      variants = loadJson("zoeken/varianten.json", []);
    }
    return variants;
  }

  // The first entry whose key is >= k in a sorted shard.
  function lowerBound(entries, k) {
    var lo = 0, hi = entries.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (entries[mid][0] < k) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  function findExact(entries, k) {
    var e = entries[lowerBound(entries, k)];
    return e && e[0] === k ? e : null;
  }
  function findPrefix(entries, k) {
    var e = entries[lowerBound(entries, k)];
    return e && e[0].lastIndexOf(k, 0) === 0 ? e : null;
  }
  // An entry of the word list: [key, pages, practices] or [key, pages, practices, form].
  function written(entry) { return entry[3] || entry[0]; }
  function uses(entry) { return entry[1] + entry[2]; }

  // Damerau-Levenshtein distance, stopping early above `limit`.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = null, prev = [], i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      var row = [i], best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        row[j] = v;
        if (v < best) best = v;
      }
      if (best > limit) return limit + 1;
      prev2 = prev; prev = row;
    }
    return prev[b.length];
  }

  // Words on the site within `limit` edits of k, most used first. A typo in the first
  // letter is looked for only when the first letter's list has nothing.
  function nearWords(k, limit) {
    var families = [[["v", k[0]]], [["v", k[1]], ["t", k[0]], ["t", k[1]]]];
    function look(round) {
      return Promise.all(families[round].map(function (f) { return shard(f[0], f[1]); }))
        .then(function (lists) {
          var seen = {}, found = [];
          lists.forEach(function (entries) {
            entries.forEach(function (e) {
              if (seen[e[0]] || Math.abs(e[0].length - k.length) > limit) return;
              var d = distance(k, e[0], limit);
              if (d <= limit && d > 0) { seen[e[0]] = true; found.push({ entry: e, d: d }); }
            });
          });
          found.sort(function (a, b) { return a.d - b.d || uses(b.entry) - uses(a.entry); });
          if (!found.length && round === 0) return look(1);
          return found;
        });
    }
    return look(0);
  }

  /* --- The forms of a query --------------------------------------------------- */

  function words(query) {
    return query.split(/\s+/).filter(function (w) { return key(w).length > 0; });
  }

  // Per typed word: ON_SITE as Pagefind matches it (the start of a word on the site);
  // WITH_SYMBOL, a name the site writes with a symbol, which Pagefind splits ("CLBch@t");
  // or NOT_ON_SITE.
  var NOT_ON_SITE = 0, ON_SITE = 1, WITH_SYMBOL = 2;
  function known(word) {
    var k = key(word);
    if (k.length < 3) return Promise.resolve(ON_SITE);
    return shard("v", k[0]).then(function (entries) {
      var own = findExact(entries, k);
      if (own && own[3] && own[3] !== fold(word)) return WITH_SYMBOL;
      return findPrefix(entries, k) ? ON_SITE : NOT_ON_SITE;
    });
  }

  // Which of the two indexes a form can go to: {pages, practices}. An index without one of
  // its words would not answer "nothing": Pagefind looks for the longest start of the word
  // it has, so "hierarchische" finds every "h" among the practices. A word counts as in an
  // index when a word there starts like it, give or take a Dutch ending (Pagefind stems).
  // A word that is nowhere on the site does not decide: the query matches in part at most.
  function presence(query) {
    return Promise.all(words(query).map(function (w) {
      var k = key(w);
      if (k.length < 3) return { pages: true, practices: true };
      var start = k.length >= 6 ? k.slice(0, k.length - 2) : k;
      return shard("v", k[0]).then(function (entries) {
        var found = { pages: false, practices: false }, any = false;
        for (var at = lowerBound(entries, start); at < entries.length &&
             entries[at][0].lastIndexOf(start, 0) === 0; at++) {
          any = true;
          if (entries[at][1]) found.pages = true;
          if (entries[at][2]) found.practices = true;
          if (found.pages && found.practices) break;
        }
        return any ? found : { pages: true, practices: true };
      });
    })).then(function (each) {
      return {
        pages: each.every(function (p) { return p.pages; }),
        practices: each.every(function (p) { return p.practices; })
      };
    });
  }

  // The commonest Dutch function words: on almost every page, so they narrow nothing
  // down, while their part of the index is among the largest to fetch. Left out of what
  // is searched, unless a query has nothing else.
  var STOP_WORDS = ("de het een en van voor in op te met aan bij om of tot naar door uit " +
                    "als die dat er is zijn").split(" ");
  function searchable(query) {
    var ws = query.split(" "), kept = ws.filter(function (w) { return STOP_WORDS.indexOf(fold(w)) < 0; });
    return kept.length ? kept.join(" ") : query;
  }

  function replaced(ws, from, to, by) {
    return ws.slice(0, from).concat([by], ws.slice(to)).join(" ");
  }

  // Other ways to write terms in the query, from the variants list.
  function termForms(ws, groups) {
    var out = [];
    var keys = ws.map(key);
    groups.forEach(function (group) {
      var compact = group.map(key);
      for (var i = 0; i < ws.length; i++) {
        var span = "";
        for (var j = i; j < ws.length && j < i + 6; j++) {
          span += keys[j];
          var hit = compact.indexOf(span);
          if (hit < 0) continue;
          group.forEach(function (other, n) {
            if (n !== hit) out.push(replaced(ws, i, j + 1, other));
          });
        }
      }
    });
    return out;
  }

  // Two typed words the site writes as one ("zorg continuum" -> zorgcontinuüm).
  function joinedForms(ws) {
    var jobs = [];
    for (var i = 0; i + 1 < ws.length; i++) {
      (function (i) {
        var k = key(ws[i]) + key(ws[i + 1]);
        if (key(ws[i]).length < 2 || key(ws[i + 1]).length < 2) return;
        jobs.push(shard("v", k[0]).then(function (entries) {
          var e = findPrefix(entries, k);
          return e ? replaced(ws, i, i + 2, e[0] === k ? written(e) : k) : null;
        }));
      })(i);
    }
    return jobs;
  }

  // One typed word the site writes as two, or a name without its symbol.
  function wordForms(ws, i) {
    var k = key(ws[i]);
    return shard("v", k[0]).then(function (entries) {
      var own = findExact(entries, k);
      if (own && own[3]) return [{ query: replaced(ws, i, i + 1, own[3]), weight: WEIGHT.typed }];
      if (findPrefix(entries, k) || k.length < 6) return [];
      var splits = [];
      for (var at = 3; at <= k.length - 3; at++) {
        var head = findExact(entries, k.slice(0, at));
        if (!head) continue;
        (function (head, tail) {
          splits.push(shard("v", tail[0]).then(function (tails) {
            return findPrefix(tails, tail) ? replaced(ws, i, i + 1, written(head) + " " + tail) : null;
          }));
        })(head, k.slice(at));
      }
      return Promise.all(splits);
    });
  }

  function corrections(ws, i) {
    var k = key(ws[i]);
    if (k.length < MIN_TYPO) return Promise.resolve([]);
    return nearWords(k, 1).then(function (found) {
      return found.slice(0, 3).map(function (f) { return replaced(ws, i, i + 1, written(f.entry)); });
    });
  }

  // All forms of the query, each with its weight; and the words that are not on the site.
  function forms(query) {
    var ws = words(query);
    return Promise.all([variantGroups(), Promise.all(ws.map(known))]).then(function (r) {
      var groups = r[0], state = r[1];
      var unknown = ws.filter(function (w, i) { return state[i] === NOT_ON_SITE; });
      var exact = state.every(function (s) { return s === ON_SITE; });
      var jobs = [Promise.resolve(termForms(ws, groups))].concat(joinedForms(ws));
      ws.forEach(function (w, i) { if (state[i] !== ON_SITE) jobs.push(wordForms(ws, i)); });
      var fixes = ws.map(function (w, i) { return state[i] === NOT_ON_SITE ? corrections(ws, i) : []; });
      return Promise.all([Promise.all(jobs), Promise.all(fixes)]).then(function (found) {
        var list = [], seen = {};
        function add(q, weight) {
          q = q && searchable(q);
          if (q && !seen[q]) { seen[q] = true; list.push({ query: q, weight: weight }); }
        }
        add(ws.join(" "), exact ? WEIGHT.typed : WEIGHT.typedUnknown);
        found[0].forEach(function (qs) {
          [].concat(qs).forEach(function (q) {
            if (q && q.query) add(q.query, q.weight); else add(q, WEIGHT.variant);
          });
        });
        found[1].forEach(function (qs) { qs.forEach(function (q) { add(q, WEIGHT.corrected); }); });
        return Promise.all(list.map(function (f) { return presence(f.query); })).then(function (where) {
          list.forEach(function (f, n) { f.where = where[n]; });
          return { forms: list, unknown: unknown, exact: exact };
        });
      });
    });
  }

  /* --- Pagefind ---------------------------------------------------------------- */

  // Two indexes (hooks/search_index.py): the site's pages, small whatever the size of the
  // knowledge base, and the good practices. The pages' index answers first; the whole site,
  // pages and practices ranked together, once the reader pauses or the pages have nothing.
  var manifest = null;
  function indexes() {
    if (!manifest) manifest = loadJson("zoeken/indexen.json", { praktijken: null });
    return manifest;
  }

  var OPTIONS = { excerptLength: 24 };
  var pagefind = null;
  function engine() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", base).href).then(function (pf) {
        return pf.options(Object.assign({ basePath: new URL("pagefind/", base).href }, OPTIONS))
          .then(function () {
            pf.init();  // its WebAssembly and page list load while the reader types
            return pf;
          });
      }).catch(function (error) {
        pagefind = null;  // offline for a moment: the next query tries again
        throw error;
      });
    }
    return pagefind;
  }

  // A second instance over the same pages' index, with the practices merged in: Pagefind
  // loads its WebAssembly and the pages' list from the same addresses, so the browser has
  // them already; new are only the practices' page list and index chunks.
  var everything = null;
  function wholeSite() {
    if (!everything) {
      everything = Promise.all([engine(), indexes()]).then(function (r) {
        var pf = r[0], practices = r[1].praktijken;
        if (!practices) return null;  // a site without practices: the pages' index is all
        var both = pf.createInstance(Object.assign({ basePath: new URL("pagefind/", base).href }, OPTIONS));
        return both.mergeIndex(new URL(practices, base).href, OPTIONS).then(function () { return both; });
      }).catch(function (error) {
        everything = null;
        throw error;
      });
    }
    return everything;
  }

  // Each form's results among the pages and, with `practices`, among the practices: the
  // results of the instance with both that the pages' index does not have.
  function searchForms(list, practices) {
    return Promise.all(list.map(function (f) {
      var pages = engine().then(function (pf) { return pf.search(f.query); });
      var both = practices && f.where.practices
        ? wholeSite().then(function (all) { return all && all.search(f.query); }) : null;
      return Promise.all([pages, both]).then(function (r) {
        var onPages = (r[0] && r[0].results) || [], results = f.where.pages ? onPages : [];
        if (r[1]) {
          var page = {};
          onPages.forEach(function (res) { page[res.id] = true; });
          results = results.concat(r[1].results.filter(function (res) { return !page[res.id]; }));
        }
        return { form: f, results: results };
      });
    }));
  }

  function ranking(all) {
    var best = {};
    all.forEach(function (a) {
      a.results.forEach(function (res) {
        var score = res.score * a.form.weight;
        if (!best[res.id] || best[res.id].score < score) {
          best[res.id] = { result: res, score: score, terms: a.form.query };
        }
      });
    });
    var ranked = Object.keys(best).map(function (id) { return best[id]; });
    ranked.sort(function (a, b) { return b.score - a.score; });
    return ranked;
  }

  // The pages for every form, best first: {ranked: [{result, score, terms}], complete}.
  // The query as typed goes to the pages' index at once. When every typed word is on the
  // site, `early` shows its pages before anything else is searched: the reader sees them
  // at once, and what the rest fetches does not delay them. While the reader types
  // (`complete` false) the other forms go to the pages' index too; the whole site is
  // searched only when that found nothing. Once typing pauses, every form goes to the
  // whole site.
  function search(query, early, complete) {
    var typedQuery = searchable(words(query).join(" "));
    // Only symbols, no word: nothing to look for.
    if (!typedQuery) return Promise.resolve({ ranked: [], unknown: [], partial: false, complete: true });
    engine();  // the pages' index starts loading while the forms are worked out
    return forms(query).then(function (plan) {
      var typed = plan.forms[0];
      function answer(all, whole) {
        // A word that is not on the site, and no other form found anything: what Pagefind
        // found for the query as typed matches only part of it.
        var partial = plan.unknown.length > 0 && all.slice(1).every(function (a) { return !a.results.length; });
        return { ranked: ranking(all), unknown: plan.unknown, partial: partial, complete: whole };
      }
      var first = plan.exact && typed.where.pages ? searchForms([typed], false) : Promise.resolve(null);
      return first.then(function (r) {
        var shown = r && r[0].results.length ? early(ranking(r)) : null;
        return Promise.resolve(shown).then(function () {
          if (complete) return null;
          // The query as typed is not asked twice.
          return r ? searchForms(plan.forms.slice(1), false).then(function (rest) { return r.concat(rest); })
            : searchForms(plan.forms, false);
        });
      }).then(function (pages) {
        if (pages && pages.some(function (a) { return a.results.length; })) return answer(pages, false);
        return searchForms(plan.forms, true).then(function (all) { return answer(all, true); });
      });
    });
  }

  /* --- Showing results --------------------------------------------------------- */

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // Pagefind's excerpt with its <mark>s, rebuilt as text nodes: nothing else of it is HTML.
  function excerpt(html) {
    var out = element("p", "md-search-result__teaser");
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    doc.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") out.appendChild(element("mark", "", node.textContent));
      else out.appendChild(document.createTextNode(node.textContent));
    });
    return out;
  }

  function cleanTitle(text) { return (text || "").replace(/\u00b6/g, "").trim(); }

  function withHighlight(url, terms) {
    var u = new URL(url, base);
    u.searchParams.set("h", terms);
    return u.pathname + u.search + u.hash;
  }

  function details(meta) {
    var parts = [];
    if (meta.regio) parts.push("Regio: " + meta.regio);
    if (meta.opdrachten) {
      var letters = meta.opdrachten.match(/(^|, )([a-i])\)/g);
      parts.push("Opdrachten: " + (letters ? letters.map(function (l) { return l.replace(/[,\s)]/g, ""); }).join(", ") : meta.opdrachten));
    }
    return parts.length ? element("p", "zoeken__kenmerken", parts.join(" · ")) : null;
  }

  function item(data, terms) {
    var li = element("li", "md-search-result__item");
    var link = element("a", "md-search-result__link");
    link.href = withHighlight(data.url, terms);
    var article = element("article", "md-search-result__article md-typeset");
    article.appendChild(element("p", "zoeken__titel", cleanTitle(data.meta.title)));
    var extra = details(data.meta);
    if (extra) article.appendChild(extra);
    article.appendChild(excerpt(data.excerpt));
    link.appendChild(article);
    li.appendChild(link);
    return li;
  }

  // "Bedoelde je" with the closest words on the site; without any result, also the
  // catalogue. Nothing changes on screen if the reader typed on meanwhile.
  function showSuggestions(unknown, query, none, stale) {
    return Promise.all(unknown.map(function (w) {
      var k = key(w);
      // Two edits only in a long word: a short word has too many neighbours.
      return k.length < 4 ? [] : nearWords(k, k.length < 7 ? 1 : 2).then(function (f) {
        return f.slice(0, 3).map(function (x) { return { word: w, by: written(x.entry) }; });
      });
    })).then(function (lists) {
      if (stale()) return;
      suggestions.replaceChildren();
      var found = [].concat.apply([], lists);
      suggestions.hidden = !found.length && !none;
      if (found.length) {
        var p = element("p", "", "Bedoelde je: ");
        found.forEach(function (s, n) {
          var b = element("button", "zoeken__suggestie", query.split(s.word).join(s.by));
          b.type = "button";
          b.addEventListener("click", function () { input.value = b.textContent; typed++; run(true); input.focus(); });
          if (n) p.appendChild(document.createTextNode(", "));
          p.appendChild(b);
        });
        suggestions.appendChild(p);
      }
      if (none) {
        var c = element("p", "", found.length ? "Of blader in de " : "Blader in de ");
        var a = element("a", "", "catalogus van goede praktijken");
        a.href = catalogue;
        c.appendChild(a);
        c.appendChild(document.createTextNode(", waar je kan filteren op opdracht, rubriek en regio."));
        suggestions.appendChild(c);
      }
    });
  }

  var current = 0;      // the newest search: an older answer that arrives late is dropped
  var typed = 0;        // input events so far: results for what was typed before are dropped
  var shown = [];
  var asked = null;     // {query, complete}: what the list answers (or is about to)

  // While typing, the last word is left out until it is worth searching: a term of its
  // own (an abbreviation such as CLB), a whole word on the site, or a start that narrows
  // down to a few words. "lee" or "leer" stand for dozens (leerling, leerlingen,
  // leerkracht ...): Pagefind would fetch the index of all of them, to be thrown away at
  // the next key. A function word on its way ("voo") waits too. When typing pauses, the
  // whole query is searched.
  var MIN_LAST_WORD = 4;
  var MAX_WORDS_WHILE_TYPING = 8;
  function isTerm(k) {
    return variantGroups().then(function (groups) {
      return groups.some(function (group) { return group.some(function (t) { return key(t) === k; }); });
    });
  }
  function worthSearching(word, alone) {
    var k = key(word);
    if (k.length < MIN_LAST_WORD) return k ? isTerm(k) : Promise.resolve(false);
    if (!alone && STOP_WORDS.some(function (w) { return w.length > k.length && w.lastIndexOf(k, 0) === 0; })) {
      return Promise.resolve(false);
    }
    return shard("v", k[0]).then(function (entries) {
      var at = lowerBound(entries, k);
      if (entries[at] && entries[at][0] === k) return true;
      var count = 0;
      while (at < entries.length && entries[at][0].lastIndexOf(k, 0) === 0 && count <= MAX_WORDS_WHILE_TYPING) {
        count++; at++;
      }
      return count <= MAX_WORDS_WHILE_TYPING;
    });
  }
  function effective(query, paused) {
    var ws = query.split(/\s+/);
    if (paused || !query) return Promise.resolve(query);
    return worthSearching(ws[ws.length - 1], ws.length === 1).then(function (worth) {
      return worth ? query : ws.slice(0, -1).join(" ");
    });
  }

  function run(paused) {
    var typedBefore = typed;
    effective(input.value.trim(), paused).then(function (query) {
      if (typedBefore === typed) show(query, paused);
    });
  }

  function show(query, paused) {
    // The list answers this query already, as completely as asked for.
    var again = asked && asked.query === query;
    if (again && query && (asked.complete || !paused)) return;
    if (again && !query && !input.value.trim()) return;
    var request = asked = { query: query, complete: paused };
    // Interrupted by typing: the same query must be asked again, not taken as answered.
    function forget() { if (asked === request) asked = null; }
    var mine = ++current, typedThen = typed;
    function stale() { return mine !== current || typedThen !== typed; }
    if (!input.value.trim()) {
      list.replaceChildren(); suggestions.hidden = true; more.hidden = true;
      list.removeAttribute("data-zoeken-vraag");
      list.removeAttribute("data-zoeken-eerste");
      status.textContent = "Typ om te zoeken";
      return;
    }
    if (!query) return;  // a first word still too short: wait for the pause
    var early = null;
    search(query, function (first) {
      if (stale()) return null;
      early = first.slice(0, PAGE);
      // Already on screen (the pause after typing asks again, for the practices).
      if (sameTop(shown, early) && list.getAttribute("data-zoeken-eerste") === query) return null;
      return draw(first, stale).then(function () {
        if (!stale()) list.setAttribute("data-zoeken-eerste", query);  // the first results are on screen
      });
    }, paused).then(function (found) {
      if (stale()) { forget(); return; }
      if (found.complete) request.complete = true;
      var none = !found.ranked.length || found.partial;
      // What followed changed nothing at the top: the list stays, only what follows grows.
      var same = early && sameTop(found.ranked, early);
      var drawn;
      if (same) {
        shown = found.ranked;
        drawn = Promise.resolve();
      } else {
        drawn = draw(found.ranked, stale);
      }
      // The count last, once the results are on screen: it is what a screen reader hears.
      return Promise.all([showSuggestions(found.unknown, query, none, stale), drawn]).then(function () {
        if (stale()) { forget(); return; }
        more.hidden = list.querySelectorAll("a").length >= shown.length;
        list.setAttribute("data-zoeken-eerste", query);
        if (!found.complete) {
          // Pages only, while the reader types: the count comes with the practices.
          list.removeAttribute("data-zoeken-vraag");
          status.textContent = "Zoeken\u2026";
          return;
        }
        list.setAttribute("data-zoeken-vraag", query);  // what the results answer, all forms in
        status.textContent = !shown.length ? "Geen resultaten voor \u201c" + query + "\u201d"
          : found.partial ? "Geen resultaten voor \u201c" + query + "\u201d; wel " +
            (shown.length === 1 ? "1 pagina" : shown.length + " pagina's") + " met een deel ervan"
          : shown.length === 1 ? "1 resultaat" : shown.length + " resultaten";
      });
    }).catch(function (error) {
      console.error(error);
      if (mine === current) status.textContent = "Zoeken lukt nu niet; probeer het later opnieuw.";
    });
  }

  // `top` is what the list of results `all` begins with, up to the first page of them.
  function sameTop(all, top) {
    return top.length === Math.min(PAGE, all.length) &&
      top.every(function (t, n) { return all[n].result.id === t.result.id; });
  }

  // A new list of results in place of the old one, once its first fragments are in (no
  // empty list in between); a list drawn later wins over one still loading.
  var drawing = 0;
  function draw(results, stale) {
    var mine = ++drawing;
    shown = results;
    return render(0, function () { return stale() || mine !== drawing; }, true);
  }

  function render(from, stale, replace) {
    // Typed on since: the fragments of these results would be fetched for nothing.
    if (stale()) return Promise.resolve();
    var all = shown, slice = all.slice(from, from + PAGE);
    return Promise.all(slice.map(function (s) { return s.result.data(); })).then(function (datas) {
      if (stale()) return;
      if (replace) list.replaceChildren();
      datas.forEach(function (d, n) { list.appendChild(item(d, slice[n].terms)); });
      more.hidden = from + PAGE >= all.length;
    });
  }

  /* --- Opening, closing, keys -------------------------------------------------- */

  function open() {
    toggle.checked = true;
    engine();
    variantGroups();
    indexes();
    input.focus();
  }
  function close() {
    toggle.checked = false;
    input.blur();
  }

  var timer = 0, pause = 0;
  input.addEventListener("input", function () {
    typed++;
    clearTimeout(timer); clearTimeout(pause);
    timer = setTimeout(function () { run(false); }, TYPING_MS);
    pause = setTimeout(function () { run(true); }, PAUSE_MS);
  });
  input.addEventListener("focus", function () { toggle.checked = true; engine(); variantGroups(); indexes(); });
  toggle.addEventListener("change", function () { if (toggle.checked) input.focus(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) location.href = first.href;
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { typed++; run(true); input.focus(); }, 0);
  });
  more.querySelector("button").addEventListener("click", function () {
    var links = list.querySelectorAll("a").length, mine = current, drawn = drawing;
    render(links, function () { return mine !== current || drawn !== drawing; }).then(function () {
      var next = list.querySelectorAll("a")[links];
      if (next) next.focus();
    });
  });

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if (!toggle.checked) {
      if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey
          && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault();
        open();
      }
      return;
    }
    var all = links(), at = all.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (at < 0 && event.target !== input) return;
      event.preventDefault();
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else if (next < all.length) all[next].focus();
    }
  });

  /* --- Highlighting on the page a result leads to (?h=...) --------------------- */

  function highlight() {
    var terms = new URL(location.href).searchParams.get("h");
    var article = document.querySelector("article.md-content__inner");
    if (!terms || !article) return;
    // A word is marked when it starts like a searched word (Dutch endings vary).
    var stems = words(terms).map(key).filter(function (k) { return k.length >= 3; })
      .map(function (k) { return k.length > 5 ? k.slice(0, k.length - 2) : k; });
    if (!stems.length) return;
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentNode.closest("script, style, mark, .headerlink, svg")
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue, pattern = /[\p{L}\p{N}@]+(?:[-'’][\p{L}\p{N}]+)*/gu, m, cuts = [];
      while ((m = pattern.exec(text))) {
        var k = key(m[0]);
        if (stems.some(function (s) { return k.lastIndexOf(s, 0) === 0; })) cuts.push([m.index, m.index + m[0].length]);
      }
      if (!cuts.length) return;
      var frag = document.createDocumentFragment(), last = 0;
      cuts.forEach(function (c) {
        frag.appendChild(document.createTextNode(text.slice(last, c[0])));
        var mark = element("mark", "", text.slice(c[0], c[1]));
        mark.setAttribute("data-md-highlight", "");
        frag.appendChild(mark);
        last = c[1];
      });
      frag.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(frag, node);
    });
  }
  highlight();
})();
