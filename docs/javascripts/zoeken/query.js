/* The words of a query, and the query with some of them replaced or left out. */
import { fold, key } from "./fold.js";

// The typed words, without the ones that are only symbols.
export function words(query) {
  return query.split(/\s+/).filter((w) => key(w).length > 0);
}

// The words `ws` as a query, with words from..to (exclusive) replaced by `by`.
export function replaced(ws, from, to, by) {
  return ws.slice(0, from).concat([by], ws.slice(to)).join(" ");
}

// The commonest Dutch function words: on almost every page, so they narrow nothing
// down, while their part of the index is among the largest to fetch. Left out of what
// is searched, unless a query has nothing else.
export const STOP_WORDS = ("de het een en van voor in op te met aan bij om of tot naar door uit " +
                           "als die dat er is zijn").split(" ");

export function isStopWord(word) {
  return STOP_WORDS.includes(fold(word));
}

// What is sent to Pagefind for a query: without its function words.
export function searchable(query) {
  const ws = query.split(" ");
  const kept = ws.filter((w) => !isStopWord(w));
  return kept.length ? kept.join(" ") : query;
}
