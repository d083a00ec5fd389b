/* Dutch spellings: one sound written another way, as readers type it ("byzonder" for
 * bijzonder, "kontakt" for contact, "praktiese" for praktische). A typed word that is not
 * on the site is searched as the site's words it stands for under these rules. */
import { key } from "./fold.js";
import { replaced } from "./query.js";
import { startingWith, uses, written } from "./wordlist.js";

// [what is typed, what the site may write instead], as regular expressions on a folded
// word; every rule has its way back. Kept because they make site words reachable that
// one typo away does not, at few false matches; scripts/spelling_rules.mjs measures them.
export const RULES = [
  ["ij", "y"], ["y", "ij"],                  // byzonder, analijse
  ["ij", "ei"], ["ei", "ij"],                // aanwezighijd, aanweizen
  ["ei", "y"], ["y", "ei"],                  // aangerykt
  ["au", "ou"], ["ou", "au"],                // auders
  ["c(?![eihy])", "k"], ["k(?![eiy])", "c"], // kontakt, klb, practijk
  ["ph", "f"], ["f", "ph"],                  // alphabetisch
  ["qu", "kw"], ["kw", "qu"],                // qualiteit
  ["x", "ks"], ["ks", "x"],                  // contekst, ekspertise
  ["ies(?=e?$)", "isch"], ["isch(?=e?$)", "ies"],  // praktiese, psychies
  ["cht", "gt"], ["gt", "cht"],              // leerpligt, rigtlijnen
];
export const MIN_LENGTH = 4;  // shorter words have too many look-alikes
export const ENDING = 2;      // a respelling counts with at most this many letters more on the site (-e, -en)

// Keys the key `k` may stand for: a rule applied at one place, and again at another.
export function respellings(k, rules = RULES, depth = 2) {
  const out = new Set();
  let round = [k];
  for (let n = 0; n < depth; n++) {
    const next = [];
    for (const word of round) {
      for (const [from, to] of rules) {
        const pattern = new RegExp(from, "g");
        let m;
        while ((m = pattern.exec(word))) {
          const other = word.slice(0, m.index) + to + word.slice(m.index + m[0].length);
          if (other !== k && !out.has(other)) { out.add(other); next.push(other); }
        }
      }
    }
    round = next;
  }
  return [...out];
}

// The respellings of key k that the site has (give or take a Dutch ending), most used
// first, as [{key, by}]: `by` is how to search it (with its symbol, if the site writes one).
export async function spellings(list, k, rules = RULES) {
  if (k.length < MIN_LENGTH) return [];
  const found = await Promise.all(respellings(k, rules).map(async (other) => {
    let best = null;
    for (const e of startingWith(await list.shard("v", other[0]), other)) {
      if (e[0].length - other.length <= ENDING && (!best || uses(e) > uses(best))) best = e;
    }
    return best && { key: other, by: best[0] === other ? written(best) : other, uses: uses(best) };
  }));
  return found.filter(Boolean).sort((a, b) => b.uses - a.uses).map(({ key, by }) => ({ key, by }));
}

// The query with word i respelled as each of (at most three) words of the site.
export async function spellingForms(list, ws, i) {
  return (await spellings(list, key(ws[i]))).slice(0, 3).map((s) => replaced(ws, i, i + 1, s.by));
}
