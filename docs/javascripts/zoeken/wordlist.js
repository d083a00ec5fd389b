/* The site's word list (macros/search_terms.py): files by first letter ("v-a") and by
 * second letter ("t-a"), each a sorted list of [key, pages, practices] or
 * [key, pages, practices, form], `form` being how the site writes a word with a symbol.
 * `wordList(load)` asks `load(name)` for a file once, and keeps its promise. */
import { fold, key } from "./fold.js";

export function shardName(character) {
  return /^[a-z0-9]$/.test(character) ? character : "_";
}

export function wordList(load) {
  const shards = {};
  return {
    shard(family, character) {
      const name = family + "-" + shardName(character);
      if (!shards[name]) shards[name] = Promise.resolve(load(name));
      return shards[name];
    },
  };
}

// The same list with only the entries `keep` accepts, still sorted: the catalogue
// suggests only words that its practices have.
export function only(list, keep) {
  const shards = {};
  return {
    shard(family, character) {
      const name = family + "-" + shardName(character);
      if (!shards[name]) shards[name] = list.shard(family, character).then((entries) => entries.filter(keep));
      return shards[name];
    },
  };
}

export function inPractices(entry) { return entry[2] > 0; }

// The first entry whose key is >= k in a sorted file.
export function lowerBound(entries, k) {
  let lo = 0, hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid][0] < k) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function findExact(entries, k) {
  const e = entries[lowerBound(entries, k)];
  return e && e[0] === k ? e : null;
}

export function findPrefix(entries, k) {
  const e = entries[lowerBound(entries, k)];
  return e && e[0].startsWith(k) ? e : null;
}

// The entries whose key starts with k, in order.
export function* startingWith(entries, k) {
  for (let at = lowerBound(entries, k); at < entries.length && entries[at][0].startsWith(k); at++) {
    yield entries[at];
  }
}

// How many letters the longest start that k shares with a word of the site has: the
// start Pagefind matches a word it does not have to ("intake" to any "int...").
export async function sharedStart(list, k) {
  if (!k) return 0;
  const entries = await list.shard("v", k[0]);
  const at = lowerBound(entries, k);
  const common = (other) => {
    let n = 0;
    while (other && n < k.length && other[n] === k[n]) n++;
    return n;
  };
  return Math.max(common(entries[at] && entries[at][0]), common(entries[at - 1] && entries[at - 1][0]));
}

// How the site writes an entry's word, and on how many pages and practices it is.
export function written(entry) { return entry[3] || entry[0]; }
export function uses(entry) { return entry[1] + entry[2]; }

// A typed word: ON_SITE as Pagefind matches it (the start of a word on the site);
// WITH_SYMBOL, a name the site writes with a symbol, which Pagefind splits ("CLBch@t");
// or NOT_ON_SITE. A word shorter than three letters counts as on the site.
export const NOT_ON_SITE = 0, ON_SITE = 1, WITH_SYMBOL = 2;

export async function known(list, word) {
  const k = key(word);
  if (k.length < 3) return ON_SITE;
  const entries = await list.shard("v", k[0]);
  const own = findExact(entries, k);
  if (own && own[3] && own[3] !== fold(word)) return WITH_SYMBOL;
  return findPrefix(entries, k) ? ON_SITE : NOT_ON_SITE;
}
