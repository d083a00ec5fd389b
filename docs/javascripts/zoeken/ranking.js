/* Results of several forms of a query, merged into one ranking. */

// [{form, results}] -> [{result, score, terms}], best first: a page's score is its best
// over the forms, each weighted by how far its form is from what was typed; `terms` is
// the form that gave it (what the page it leads to highlights).
export function ranking(all) {
  const best = new Map();
  for (const a of all) {
    for (const res of a.results) {
      const score = res.score * a.form.weight;
      const now = best.get(res.id);
      if (!now || now.score < score) best.set(res.id, { result: res, score, terms: a.form.query });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

// Whether `top` is what the ranking `all` begins with, up to `size` of them.
export function sameTop(all, top, size) {
  return top.length === Math.min(size, all.length) &&
    top.every((t, n) => all[n].result.id === t.result.id);
}

// What a search answers: {ranked, unknown, without, partial, complete}, from the results
// of each form of the plan (forms.js), the query as typed first.
// - A query with a word that is on no page: what Pagefind found for it as typed is ranked
//   only when no other form found anything, since Pagefind matched that word to whatever
//   word starts like it ("byzonder" to any "b..."). Then the answer is `partial`, and
//   empty when that start is only the word's first letters (`weak` of forms.js).
// - `without`: the words left out of what is ranked (forms.js).
// - When nothing else found anything, the fallback (the query without every word that is
//   not on the site) answers, if it found something.
export function answer(plan, all, complete) {
  const [typed, ...others] = all;
  const main = others.filter((a) => !a.form.fallback);
  const fallback = others.filter((a) => a.form.fallback);
  const found = (forms) => forms.some((a) => a.results.length);
  const result = (forms, without, partial) =>
    ({ ranked: ranking(forms), unknown: plan.unknown, without, partial, complete });
  if (found(main)) return result(plan.unknown.length ? main : [typed, ...main], plan.without, false);
  if (found(fallback)) return result(fallback, plan.unknown, false);
  return result(plan.weak ? [] : [typed, ...main], [], plan.unknown.length > 0);
}
