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

// What a search answers: {ranked, unknown, partial, complete}. `partial`: a word is not
// on the site, and no other form than the query as typed found anything, so what
// Pagefind found for it matches only part of it.
export function answer(plan, all, complete) {
  const partial = plan.unknown.length > 0 && all.slice(1).every((a) => !a.results.length);
  return { ranked: ranking(all), unknown: plan.unknown, partial, complete };
}
