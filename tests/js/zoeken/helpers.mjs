// A word list in memory, made as macros/search_terms.shards makes the site's files, and
// Pagefind engines that answer from a table: the search logic tested without a browser.
import { wordList } from "../../../docs/javascripts/zoeken/wordlist.js";

// words: {key: [pages, practices]} or {key: [pages, practices, form]}.
// Returns the list and `loaded`, the names of the files it was asked for, in order.
export function listOf(words) {
  const files = {};
  for (const k of Object.keys(words).sort()) {
    const [pages, practices, form] = words[k];
    const entry = form ? [k, pages, practices, form] : [k, pages, practices];
    for (const name of ["v-" + k[0], "t-" + k[1]]) (files[name] ||= []).push(entry);
  }
  // By last letter, each key written backwards, sorted so.
  const backwards = (k) => [...k].reverse().join("");
  for (const k of Object.keys(words).sort((a, b) => (backwards(a) < backwards(b) ? -1 : 1))) {
    const [pages, practices, form] = words[k];
    (files["e-" + k[k.length - 1]] ||= []).push(form ? [backwards(k), pages, practices, form] : [backwards(k), pages, practices]);
  }
  const loaded = [];
  const list = wordList((name) => { loaded.push(name); return Promise.resolve(files[name] || []); });
  return { list, loaded };
}

// Pagefind as the search sees it. `pages` and `practices`: {query: [id, score][]}; a query
// not in the table finds nothing. `asked` records every search, as "pages:q" or "whole:q".
export function enginesOf(pages, practices = null) {
  const asked = [];
  const answer = (table, q) => ({ results: (table[q] || []).map(([id, score]) => ({ id, score })) });
  return {
    asked,
    pages: async (q) => { asked.push("pages:" + q); return answer(pages, q); },
    whole: async () => practices && {
      search: async (q) => {
        asked.push("whole:" + q);
        return { results: [...answer(pages, q).results, ...answer(practices, q).results] };
      },
    },
  };
}
