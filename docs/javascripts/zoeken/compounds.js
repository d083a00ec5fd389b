/* Compounds: two typed words the site writes as one, one typed word the site writes as
 * two, and a typed word the site has only as the end of compounds. */
import { key } from "./fold.js";
import { isStopWord, replaced } from "./query.js";
import { findExact, findPrefix, startingWith, uses, written } from "./wordlist.js";

// Per pair of neighbouring words that the site has joined ("zorg continuum" ->
// zorgcontinuüm), the query with them joined, as [{query, from, to}].
export async function joinedForms(list, ws) {
  const jobs = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const a = key(ws[i]), b = key(ws[i + 1]);
    if (a.length < 2 || b.length < 2) continue;
    const k = a + b;
    jobs.push(list.shard("v", k[0]).then((entries) => {
      const e = findPrefix(entries, k);
      return e ? { query: replaced(ws, i, i + 2, e[0] === k ? written(e) : k), from: i, to: i + 2 } : null;
    }));
  }
  return (await Promise.all(jobs)).filter(Boolean);
}

// Word i, not on the site, split into a word of the site and the start of another
// ("celleerlingenbegeleiding" -> "cel leerlingenbegeleiding"): the query per such split.
// Not after a function word: the search leaves that out, and "uit val" would look for
// "val" alone where the reader meant uitval.
export async function splitForms(list, ws, i) {
  const k = key(ws[i]);
  if (k.length < 6) return [];
  const entries = await list.shard("v", k[0]);
  if (findPrefix(entries, k)) return [];
  const splits = [];
  for (let at = 3; at <= k.length - 3; at++) {
    const head = findExact(entries, k.slice(0, at));
    if (!head || isStopWord(head[0])) continue;
    const tail = k.slice(at);
    splits.push(list.shard("v", tail[0]).then((tails) =>
      findPrefix(tails, tail) ? replaced(ws, i, i + 1, written(head) + " " + tail) : null));
  }
  return (await Promise.all(splits)).filter(Boolean);
}

// Heads: Dutch puts the main word of a compound last, so a reader who types "uitval" or
// "dossier" means schooluitval and leerlingendossier too. For a typed word that is not on
// the site, the site's words that end in it (files "e-<c>" of the word list: keys by
// their last character, written backwards).
export const MIN_HEAD = 5;   // a shorter ending is part of too many unrelated words
const MODIFIER = 3;          // what comes before it: at least a short word of its own
const MOST_HEADS = 3;        // the most used of them, each one more search

const backwards = (text) => [...text].reverse().join("");

// The site's words that end in k after a part of their own, most used first, as
// [{key, written}].
export async function headWords(list, k) {
  if (k.length < MIN_HEAD) return [];
  const found = [];
  for (const e of startingWith(await list.shard("e", k[k.length - 1]), backwards(k))) {
    if (e[0].length - k.length >= MODIFIER) found.push(e);
  }
  found.sort((a, b) => uses(b) - uses(a));
  return found.slice(0, MOST_HEADS).map((e) => ({ key: backwards(e[0]), written: e[3] || backwards(e[0]) }));
}

// The query with word i, not on the site, replaced by each compound the site ends in it.
export async function headForms(list, ws, i) {
  return (await headWords(list, key(ws[i]))).map((h) => replaced(ws, i, i + 1, h.written));
}
