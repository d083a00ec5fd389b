/* Highlighting on the page a result leads to (?h=...): which words of a text to mark. */
import { key } from "./fold.js";
import { words } from "./query.js";

// The starts a word must have to be marked: each searched word of three letters or
// more, without the last two letters of a long one (Dutch endings vary).
export function stems(terms) {
  return words(terms).map(key).filter((k) => k.length >= 3)
    .map((k) => (k.length > 5 ? k.slice(0, k.length - 2) : k));
}

// [start, end] of every word in `text` that starts like one of `starts`.
export function marks(text, starts) {
  const pattern = /[\p{L}\p{N}@]+(?:[-'’][\p{L}\p{N}]+)*/gu, cuts = [];
  let m;
  while ((m = pattern.exec(text))) {
    const k = key(m[0]);
    if (starts.some((s) => k.startsWith(s))) cuts.push([m.index, m.index + m[0].length]);
  }
  return cuts;
}
