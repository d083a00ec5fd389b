/* A query searched in its forms (forms.js) over the two indexes: the site's pages, small
 * whatever the size of the knowledge base, and the good practices. The pages answer while
 * the reader types; the whole site, pages and practices ranked together, once the reader
 * pauses or when the pages have nothing (search). The catalogue searches the practices'
 * index alone (searchIn).
 * `engines`: {pages(query) -> Pagefind's answer from the pages' index, whole() -> a
 * Pagefind instance over pages and practices, or null for a site without practices}. */
import { searchable, words } from "./query.js";
import { plan as planOf } from "./forms.js";
import { answer, ranking } from "./ranking.js";

// Each form's results among the pages and, with `practices`, among the practices: the
// results of the instance with both that the pages' index does not have.
export function searchForms(forms, practices, engines) {
  return Promise.all(forms.map(async (f) => {
    const pages = engines.pages(f.query);
    const both = practices && f.where.practices
      ? engines.whole().then((all) => all && all.search(f.query)) : null;
    const [p, b] = await Promise.all([pages, both]);
    const onPages = (p && p.results) || [];
    let results = f.where.pages ? onPages : [];
    if (b) {
      const page = new Set(onPages.map((res) => res.id));
      results = results.concat(b.results.filter((res) => !page.has(res.id)));
    }
    return { form: f, results };
  }));
}

// The pages for every form, best first: answer() of ranking.js. The query as typed goes
// to the pages' index at once. When every typed word is on the site, `early(ranked)` shows
// its pages before anything else is searched: the reader sees them at once, and what the
// rest fetches does not delay them. While the reader types (`complete` false) the other
// forms go to the pages' index too; the whole site is searched only when that found
// nothing. Once typing pauses, every form goes to the whole site.
// `list`: the word list (wordlist.js); `groups`: the term variants, or a promise of them.
export async function search(query, { list, groups, engines, early, complete }) {
  // Only symbols, no word: nothing to look for.
  if (!searchable(words(query).join(" "))) {
    return { ranked: [], unknown: [], without: [], partial: false, complete: true };
  }
  const p = await planOf(query, list, groups, complete);
  const typed = p.forms[0];
  const first = p.exact && typed.where.pages ? await searchForms([typed], false, engines) : null;
  if (first && first[0].results.length) await early(ranking(first));
  if (!complete) {
    // The query as typed is not asked twice.
    const pages = first ? first.concat(await searchForms(p.forms.slice(1), false, engines))
      : await searchForms(p.forms, false, engines);
    if (pages.some((a) => a.results.length)) return answer(p, pages, false);
  }
  return answer(p, await searchForms(p.forms, true, engines), !p.later);
}

// One index alone, `find(query)` -> Pagefind's answer from it; `index`: "pages" or
// "practices", which of the word list's counts says whether a word is in it. As search()
// does: the query as typed first, shown by `early(ranked)` when all its words are in the
// index, then every form; the answer as answer() of ranking.js gives it. `complete`:
// false while the reader is still typing (plan() of forms.js).
export async function searchIn(query, { list, groups, find, early, index = "practices", complete = true }) {
  if (!searchable(words(query).join(" "))) {
    return { ranked: [], unknown: [], without: [], partial: false, complete: true };
  }
  const p = await planOf(query, list, groups, complete);
  const ask = (forms) => Promise.all(forms.map(async (f) => ({
    form: f, results: f.where[index] ? ((await find(f.query)) || {}).results || [] : [],
  })));
  const typed = p.forms[0];
  const first = p.exact && typed.where[index] ? await ask([typed]) : null;
  if (first && first[0].results.length) await early(ranking(first));
  const rest = await ask(first ? p.forms.slice(1) : p.forms);
  return answer(p, first ? first.concat(rest) : rest, !p.later);
}
