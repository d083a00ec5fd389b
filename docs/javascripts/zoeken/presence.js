/* Which of the two indexes (the site's pages, the good practices) a query can go to.
 * An index without one of its words would not answer "nothing": Pagefind looks for the
 * longest start of the word it has, so "hierarchische" finds every "h" among the
 * practices. A word counts as in an index when a word there starts like it, give or take
 * a Dutch ending (Pagefind stems). A word that is nowhere on the site does not decide: the
 * query matches in part at most. */
import { key } from "./fold.js";
import { words } from "./query.js";
import { startingWith } from "./wordlist.js";

const BOTH = { pages: true, practices: true };

async function wordPresence(list, word) {
  const k = key(word);
  if (k.length < 3) return BOTH;
  const start = k.length >= 6 ? k.slice(0, k.length - 2) : k;
  const found = { pages: false, practices: false };
  let any = false;
  for (const e of startingWith(await list.shard("v", k[0]), start)) {
    any = true;
    if (e[1]) found.pages = true;
    if (e[2]) found.practices = true;
    if (found.pages && found.practices) break;
  }
  return any ? found : BOTH;
}

// {pages, practices}: whether every word of the query is in that index.
export async function presence(list, query) {
  const each = await Promise.all(words(query).map((w) => wordPresence(list, w)));
  return {
    pages: each.every((p) => p.pages),
    practices: each.every((p) => p.practices),
  };
}
