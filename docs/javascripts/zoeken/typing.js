/* What to search while the reader types. The last word is left out until it is worth
 * searching: a term of its own (an abbreviation such as CLB), a whole word on the site,
 * or a start that narrows down to a few words. "lee" or "leer" stand for dozens
 * (leerling, leerlingen, leerkracht ...): Pagefind would fetch the index of all of them,
 * to be thrown away at the next key. A function word on its way ("voo") waits too: the
 * longest has four letters. When typing pauses, the whole query is searched. */
import { key } from "./fold.js";
import { isTerm } from "./terms.js";
import { lowerBound } from "./wordlist.js";

export const MIN_LAST_WORD = 4;
export const MAX_WORDS_WHILE_TYPING = 8;

// `groups`: the term variants, or a promise of them. `most`: how many words of the site
// a start may stand for and still be searched (0: only a whole word, or one the site
// does not have, which is corrected).
export async function worthSearching(list, groups, word, most = MAX_WORDS_WHILE_TYPING) {
  const k = key(word);
  if (k.length < MIN_LAST_WORD) return k ? isTerm(await groups, k) : false;
  const entries = await list.shard("v", k[0]);
  let at = lowerBound(entries, k);
  if (entries[at] && entries[at][0] === k) return true;
  let count = 0;
  while (at < entries.length && entries[at][0].startsWith(k) && count <= most) {
    count++;
    at++;
  }
  return count <= most;
}

// The query to search now: all of it once typing pauses, else without a last word that
// is not yet worth it.
export async function effective(list, groups, query, paused, most = MAX_WORDS_WHILE_TYPING) {
  if (paused || !query) return query;
  const ws = query.split(/\s+/);
  const worth = await worthSearching(list, groups, ws[ws.length - 1], most);
  return worth ? query : ws.slice(0, -1).join(" ");
}
