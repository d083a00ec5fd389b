/* The forms of a query: what is searched for what the reader typed.
 *   1. the query as typed;
 *   2. the same with a term written another way (an abbreviation for its expansion and
 *      back), two words joined into the compound the site uses, a compound split into
 *      the words the site uses, a word the site has only as the end of compounds as
 *      those compounds, a name without its symbol as the site writes it;
 *   3. a word that is not on the site, written as Dutch readers may mean it (spelling.js:
 *      "byzonder" for bijzonder) or, of five letters or more, corrected by one letter.
 * A word that is on no page and that none of these can place is left out: the rest of
 * the query is searched, so the reader sees what the words the site knows find, and is
 * told which word was left out. When even that finds nothing, the query without every
 * word that is not on the site is a last resort (`fallback`).
 * Each form has a weight: how far it is from what was typed, so exact matches rank first. */
import { isStopWord, replaced, searchable, words } from "./query.js";
import { known, NOT_ON_SITE, ON_SITE, sharedStart, WITH_SYMBOL } from "./wordlist.js";
import { termMatches } from "./terms.js";
import { headForms, joinedForms, MIN_HEAD, splitForms } from "./compounds.js";
import { key } from "./fold.js";
import { symbolForm } from "./names.js";
import { corrections } from "./corrections.js";
import { spellingForms } from "./spelling.js";
import { presence } from "./presence.js";

export const WEIGHT = { typed: 1, variant: 0.9, spelling: 0.8, corrected: 0.7, typedUnknown: 0.4 };

// What Pagefind finds for a word it does not have is what starts like it: worth showing
// only when that start is a real part of the word ("leerlingbespreking": leerlingbe...),
// not its first letters ("intake": int..., fifty pages about anything).
export const MIN_SHARED = 5;
const strongStart = (shared, k) => shared >= MIN_SHARED && shared * 2 >= k.length;

// Forms other than the query as typed, as [{query, weight, from, to}]: words from..to
// (exclusive) are written otherwise.
async function otherForms(ws, state, list, groups, heads) {
  const one = (i, weight) => (qs) => [].concat(qs).filter(Boolean)
    .map((query) => ({ query, weight, from: i, to: i + 1 }));
  const jobs = [
    termMatches(ws, groups).map((m) => ({ ...m, weight: WEIGHT.variant })),
    joinedForms(list, ws).then((ms) => ms.map((m) => ({ ...m, weight: WEIGHT.variant }))),
  ];
  ws.forEach((w, i) => {
    if (state[i] === WITH_SYMBOL) jobs.push(symbolForm(list, ws, i).then(one(i, WEIGHT.typed)));
    if (state[i] !== NOT_ON_SITE) return;
    jobs.push(splitForms(list, ws, i).then(one(i, WEIGHT.variant)));
    if (heads) jobs.push(headForms(list, ws, i).then(one(i, WEIGHT.variant)));
    jobs.push(spellingForms(list, ws, i).then(one(i, WEIGHT.spelling)));
    jobs.push(corrections(list, ws, i).then(one(i, WEIGHT.corrected)));
  });
  return (await Promise.all(jobs)).flat();
}

// The typed words each as their kind (wordlist.js), and the forms other than as typed.
async function formsOf(ws, list, groups, heads) {
  const state = await Promise.all(ws.map((w) => known(list, w)));
  return { state, others: await otherForms(ws, state, list, groups, heads) };
}

// {forms: [{query, weight, where: {pages, practices}, fallback?}], unknown: [words not on
// the site], exact: whether every typed word is on the site as typed, without: [words
// left out of every form but the first], later: whether forms wait for `complete`,
// weak: whether what Pagefind matches to the words not on the site is only their first
// letters}. The first form is the query as typed; each
// form is as sent to Pagefind (searchable) and comes once. `groups`: the term variants
// (terms.js), or a promise of them. `complete`: false while the reader is still typing;
// a word is then not yet looked for as the end of compounds, whose file of the word list
// changes with every letter typed.
export async function plan(query, list, groups, complete = true) {
  const ws = words(query);
  groups = await groups;
  let { state, others } = await formsOf(ws, list, groups, complete);
  const unknown = ws.filter((w, i) => state[i] === NOT_ON_SITE);
  const exact = state.every((s) => s === ON_SITE);
  const placed = (i) => others.some((f) => f.from <= i && i < f.to);
  const hopeless = ws.filter((w, i) => state[i] === NOT_ON_SITE && !placed(i));
  const hasWords = (rest) => rest.some((w) => !isStopWord(w));

  const forms = [], seen = new Set();
  function add(q, weight, extra) {
    q = q && searchable(q);
    if (q && !seen.has(q)) { seen.add(q); forms.push({ query: q, weight, ...extra }); }
  }
  add(ws.join(" "), exact ? WEIGHT.typed : WEIGHT.typedUnknown);
  let without = [];
  const rest = ws.filter((w) => !hopeless.includes(w));
  if (hopeless.length && hasWords(rest)) {
    // The query without the words nothing places, and its own forms.
    without = hopeless;
    const again = await formsOf(rest, list, groups, complete);
    add(rest.join(" "), again.state.every((s) => s === ON_SITE) ? WEIGHT.typed : WEIGHT.typedUnknown);
    others = again.others;
  }
  others.forEach((f) => add(f.query, f.weight));
  const onSite = ws.filter((w, i) => state[i] !== NOT_ON_SITE);
  if (unknown.length > hopeless.length && hasWords(onSite)) add(onSite.join(" "), WEIGHT.typedUnknown, { fallback: true });
  const where = await Promise.all(forms.map((f) => presence(list, f.query)));
  forms.forEach((f, n) => { f.where = where[n]; });
  // Forms left for when typing pauses: a word not on the site, long enough to be the end
  // of compounds. An answer without them is not complete (search.js).
  const later = !complete && unknown.some((w) => key(w).length >= MIN_HEAD);
  const shared = await Promise.all(unknown.map((w) => sharedStart(list, key(w))));
  const weak = unknown.length > 0 && unknown.every((w, n) => !strongStart(shared[n], key(w)));
  return { forms, unknown, exact, without, later, weak };
}
