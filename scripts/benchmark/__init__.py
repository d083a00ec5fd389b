"""The benchmark's parts, one job per module (scripts/bench.py runs them):

- `budgets`: each budget's label, limit and check, and the verdict table;
- `sites`: fictional data, copies of the project and timed builds;
- `macro_cost`: the cost of the macros, against the same pages as plain Markdown
  (`capture_hook.py` records those pages during a real build);
- `reader`: what a reader's browser gets (catalogue size, Lighthouse, filtering time,
  with `filter_timing.js`);
- `search_timing`, `catalogue_timing`: the site search and the catalogue's text search
  on a slow phone, time and bytes until the first results;
- `reload`: the time `mkdocs serve` takes to show an edited practice;
- `validity`: the Nu HTML checker's errors.
"""
