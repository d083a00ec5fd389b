/* Typos: words of the site a few edits away from a word that is not on it. */
import { key } from "./fold.js";
import { replaced } from "./query.js";
import { distance } from "./distance.js";
import { uses, written } from "./wordlist.js";
import { spellings } from "./spelling.js";

export const MIN_TYPO = 5;  // shorter words are not corrected (too many neighbours)

// Words on the site within `limit` edits of k, closest and then most used first, as
// [{entry, d}]. A typo in the first letter is looked for only when the words with the
// same first letter have nothing, and only in a word of MIN_TYPO letters or more: a
// short word with another first letter is another word ("okan" is not "kan"). That typo
// is the one edit then: with a second one a word is no longer recognisable ("dossier"
// is not "losser").
export async function nearWords(list, k, limit) {
  const rounds = [[["v", k[0]]]];
  if (k.length >= MIN_TYPO) rounds.push([["v", k[1]], ["t", k[0]], ["t", k[1]]]);
  for (let round = 0; round < rounds.length; round++) {
    const files = await Promise.all(rounds[round].map(([family, c]) => list.shard(family, c)));
    const most = round ? 1 : limit;
    const seen = new Set(), found = [];
    for (const entries of files) {
      for (const e of entries) {
        if (seen.has(e[0]) || Math.abs(e[0].length - k.length) > most) continue;
        const d = distance(k, e[0], most);
        if (d <= most && d > 0) { seen.add(e[0]); found.push({ entry: e, d }); }
      }
    }
    found.sort((a, b) => a.d - b.d || uses(b.entry) - uses(a.entry));
    if (found.length || round === rounds.length - 1) return found;
  }
  return [];
}

// The query with word i corrected to each of (at most three) words one edit away.
export async function corrections(list, ws, i) {
  const k = key(ws[i]);
  if (k.length < MIN_TYPO) return [];
  const found = await nearWords(list, k, 1);
  return found.slice(0, 3).map((f) => replaced(ws, i, i + 1, written(f.entry)));
}

// "Bedoelde je": per word that is not on the site, the closest words that are, as
// [{word, by}]: first the Dutch spellings of it (spelling.js), then the words a few
// edits away. Two edits only in a long word: a short word has too many neighbours.
export async function suggestions(list, unknown) {
  const lists = await Promise.all(unknown.map(async (w) => {
    const k = key(w);
    if (k.length < 4) return [];
    const [spelled, near] = await Promise.all([spellings(list, k), nearWords(list, k, k.length < 7 ? 1 : 2)]);
    const by = [...new Set([...spelled.map((s) => s.by), ...near.map((x) => written(x.entry))])];
    return by.slice(0, 3).map((b) => ({ word: w, by: b }));
  }));
  return lists.flat();
}
