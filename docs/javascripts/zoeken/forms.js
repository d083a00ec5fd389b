/* The forms of a query: what is searched for what the reader typed.
 *   1. the query as typed;
 *   2. the same with a term written another way (an abbreviation for its expansion and
 *      back), two words joined into the compound the site uses, a compound split into
 *      the words the site uses, a name without its symbol as the site writes it;
 *   3. a word of five letters or more that is not on the site, corrected by one letter
 *      to words that are.
 * Each form has a weight: how far it is from what was typed, so exact matches rank first. */
import { searchable, words } from "./query.js";
import { known, NOT_ON_SITE, ON_SITE, WITH_SYMBOL } from "./wordlist.js";
import { termForms } from "./terms.js";
import { joinedForms, splitForms } from "./compounds.js";
import { symbolForm } from "./names.js";
import { corrections } from "./corrections.js";
import { presence } from "./presence.js";

export const WEIGHT = { typed: 1, variant: 0.9, corrected: 0.7, typedUnknown: 0.4 };

// One typed word that the site writes otherwise: with its symbol, or as two words.
async function wordForms(list, ws, i, state) {
  if (state === WITH_SYMBOL) {
    const q = await symbolForm(list, ws, i);
    return q ? [{ query: q, weight: WEIGHT.typed }] : [];
  }
  return (await splitForms(list, ws, i)).map((q) => ({ query: q, weight: WEIGHT.variant }));
}

// {forms: [{query, weight, where: {pages, practices}}], unknown: [words not on the site],
// exact: whether every typed word is on the site as typed}. The first form is the query
// as typed; each form is as sent to Pagefind (searchable) and comes once. `groups`: the
// term variants (terms.js), or a promise of them.
export async function plan(query, list, groups) {
  const ws = words(query);
  let state;
  [groups, state] = await Promise.all([groups, Promise.all(ws.map((w) => known(list, w)))]);
  const unknown = ws.filter((w, i) => state[i] === NOT_ON_SITE);
  const exact = state.every((s) => s === ON_SITE);
  const [joined, byWord, fixes] = await Promise.all([
    joinedForms(list, ws),
    Promise.all(ws.map((w, i) => state[i] === ON_SITE ? [] : wordForms(list, ws, i, state[i]))),
    Promise.all(ws.map((w, i) => state[i] === NOT_ON_SITE ? corrections(list, ws, i) : [])),
  ]);
  const forms = [], seen = new Set();
  function add(q, weight) {
    q = q && searchable(q);
    if (q && !seen.has(q)) { seen.add(q); forms.push({ query: q, weight }); }
  }
  add(ws.join(" "), exact ? WEIGHT.typed : WEIGHT.typedUnknown);
  termForms(ws, groups).forEach((q) => add(q, WEIGHT.variant));
  joined.forEach((q) => add(q, WEIGHT.variant));
  byWord.flat().forEach((f) => add(f.query, f.weight));
  fixes.flat().forEach((q) => add(q, WEIGHT.corrected));
  const where = await Promise.all(forms.map((f) => presence(list, f.query)));
  forms.forEach((f, n) => { f.where = where[n]; });
  return { forms, unknown, exact };
}
