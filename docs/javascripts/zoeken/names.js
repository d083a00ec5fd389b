/* Names the site writes with a symbol ("CLBch@t", "SID-in"): typed without it, they are
 * searched as the site writes them, since Pagefind splits them at the symbol. */
import { key } from "./fold.js";
import { replaced } from "./query.js";
import { findExact } from "./wordlist.js";

// The query with word i as the site writes it, or null if the site has no symbol in it.
export async function symbolForm(list, ws, i) {
  const k = key(ws[i]);
  if (!k) return null;
  const own = findExact(await list.shard("v", k[0]), k);
  return own && own[3] ? replaced(ws, i, i + 1, own[3]) : null;
}
