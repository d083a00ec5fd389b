/* Compounds: two typed words the site writes as one, one typed word the site writes as two. */
import { key } from "./fold.js";
import { replaced } from "./query.js";
import { findExact, findPrefix, written } from "./wordlist.js";

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
export async function splitForms(list, ws, i) {
  const k = key(ws[i]);
  if (k.length < 6) return [];
  const entries = await list.shard("v", k[0]);
  if (findPrefix(entries, k)) return [];
  const splits = [];
  for (let at = 3; at <= k.length - 3; at++) {
    const head = findExact(entries, k.slice(0, at));
    if (!head) continue;
    const tail = k.slice(at);
    splits.push(list.shard("v", tail[0]).then((tails) =>
      findPrefix(tails, tail) ? replaced(ws, i, i + 1, written(head) + " " + tail) : null));
  }
  return (await Promise.all(splits)).filter(Boolean);
}
