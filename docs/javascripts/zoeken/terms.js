/* Terms written another way, from data/referentie/begrippen.yml (zoeken/varianten.json):
 * groups of folded phrases that mean the same, such as an abbreviation and its expansion. */
import { key } from "./fold.js";
import { replaced } from "./query.js";

// The query with a term in it written each other way of its group, as
// [{query, from, to}]: words from..to (exclusive) are the term.
export function termMatches(ws, groups) {
  const out = [];
  const keys = ws.map(key);
  for (const group of groups) {
    const compact = group.map(key);
    for (let i = 0; i < ws.length; i++) {
      let span = "";
      for (let j = i; j < ws.length && j < i + 6; j++) {
        span += keys[j];
        const hit = compact.indexOf(span);
        if (hit < 0) continue;
        group.forEach((other, n) => {
          if (n !== hit) out.push({ query: replaced(ws, i, j + 1, other), from: i, to: j + 1 });
        });
      }
    }
  }
  return out;
}

export function termForms(ws, groups) {
  return termMatches(ws, groups).map((m) => m.query);
}

// Whether the key k is a term of its own (an abbreviation such as "clb").
export function isTerm(groups, k) {
  return groups.some((group) => group.some((t) => key(t) === k));
}
