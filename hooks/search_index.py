"""MkDocs hook: the site's search index, made by Pagefind after every build (make serve
included), and the word list and term variants docs/javascripts/zoeken.js adds to it.

Pagefind replaces Material's lunr search: lunr downloads its whole index before the
first result (2.4 MB compressed at 5,000 practices of varied text), Pagefind only the
chunks a query needs (the comparison is in the README). Which part of a page is indexed
is marked here, in the built HTML: the article of every page, but not of the fiches (they
repeat a page and say so with `search: exclude`), nor the whole handbook (it repeats
every page).

Two indexes: the site's pages in /pagefind/, the good practices in /pagefind/praktijken/.
A query is answered from the pages first: their index stays small however many practices
there are, so the first results come as fast, and with as little to download, at 5,000
practices as at 50. The practices are searched with them once the reader stops typing,
or at once when the pages have nothing (zoeken.js). zoeken/indexen.json tells it where
the practices' index is, or that there is none.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from macros import paths, search_terms  # noqa: E402
from macros.knowledge import filter_values  # noqa: E402
from macros.main import knowledge_base_for  # noqa: E402

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
# The handbook page (mkdocs-print-site-plugin) repeats every other page.
NOT_INDEXED = ("handboek/",)
PAGES_INDEX = "pagefind"
PRACTICES_INDEX = "pagefind/praktijken"
MANIFEST = f"{search_terms.OUTPUT_DIR}/indexen.json"
CATALOGUE_IDS = f"{search_terms.OUTPUT_DIR}/catalogus.json"
# Per filter value, the practices that have it: <filter>/<value>.json (value_lists).
CATALOGUE_VALUES = f"{search_terms.OUTPUT_DIR}/catalogus"
# A fragment of Pagefind's index: gzipped, this signature, then the page as JSON.
_FRAGMENT_SIGNATURE = b"pagefind_dcd"
# Pagefind's own options: one language (the site is Dutch), and no permalink signs,
# buttons or links to the PDF in titles and excerpts.
PAGEFIND_ARGS = ("--force-language", "nl", "--quiet",
                 "--exclude-selectors", ", ".join(f".{name}" for name in search_terms.NOT_CONTENT))


# The benchmark's macro cost compares the macros' output with plain Markdown and sets this
# to "0" in both builds: the search index is neither, and would weigh on one side only.
SWITCH = "KENNISBANK_ZOEKINDEX"


def _enabled() -> bool:
    return os.environ.get(SWITCH) != "0"


def _indexed(page) -> bool:
    search = page.meta.get("search") or {}
    return not search.get("exclude") and page.url not in NOT_INDEXED


def on_post_page(output: str, page, config) -> str:
    if not _enabled() or not _indexed(page):
        return output
    marked = f'<article class="md-content__inner md-typeset" {search_terms.BODY_ATTRIBUTE}>'
    return _ARTICLE.sub(marked, output, count=1)


def _link(source: Path, target: Path) -> None:
    """The page in a folder of pages for one index: a hard link, a copy where the file
    system has none."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _pagefind(pages: Path, output: Path) -> int:
    """Index the HTML in `pages` into `output`; the number of pages indexed."""
    run = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(pages),
                          "--output-path", str(output), *PAGEFIND_ARGS],
                         capture_output=True, text=True)
    entry = output / "pagefind-entry.json"
    if run.returncode or not entry.exists():
        raise PluginError("Pagefind kon de zoekindex niet maken (pip install -r "
                          f"requirements.txt installeert het):\n{run.stdout}{run.stderr}".strip())
    # Pagefind's own interfaces: the site has its own (docs/javascripts/zoeken.js).
    for unused in [*output.glob("pagefind-*ui.*"), output / "pagefind-highlight.js"]:
        unused.unlink(missing_ok=True)
    languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
    return sum(language["page_count"] for language in languages.values())


def fragment_ids(index: Path) -> dict[str, str]:
    """Pagefind's id of each page in an index, by the page's URL path ('/a/b/'): the
    name of the page's fragment, which is what a search result's `id` is."""
    ids = {}
    for path in (index / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        if not data.startswith(_FRAGMENT_SIGNATURE):
            raise PluginError(f"hooks/search_index.py: {path.name} is geen fragment zoals "
                              "Pagefind 1.5 ze schrijft, dus de zoekfunctie van de catalogus "
                              "kan haar praktijken niet vinden. Werk fragment_ids bij voor deze "
                              "versie van Pagefind (requirements.txt).")
        ids[json.loads(data[len(_FRAGMENT_SIGNATURE):])["url"]] = path.stem
    return ids


def catalogue_ids(kb, index: Path) -> list[str]:
    """Pagefind's id of every practice, in catalogue order (kb.practices)."""
    ids = fragment_ids(index) if kb.practices else {}
    missing = [pid for pid in kb.practices
               if "/" + paths.url_of(paths.practice_page(pid)) not in ids]
    if missing:
        raise PluginError(f"hooks/search_index.py: {len(missing)} goede praktijken (zoals "
                          f"{missing[0]}) ontbreken in de zoekindex van de praktijken.")
    return [ids["/" + paths.url_of(paths.practice_page(pid))] for pid in kb.practices]


def shortest_prefixes(ids: list[str]) -> list[str]:
    """Each id's hash (what follows the language, 'nl_') cut to its shortest start that
    no other id shares. A search result of the practices' index is a practice, so the
    longest of these its id starts with is its own (catalogus/index.js positionsOf; a hash
    that Pagefind lengthened after a collision starts with the other, whole): at 5,000
    practices about 4 characters instead of 10, 14 KB gzipped instead of 25, fetched by
    the first search after a filter."""
    hashes = [pagefind_id.split("_", 1)[-1] for pagefind_id in ids]
    ordered = sorted(hashes)

    def shared(a: str, b: str) -> int:
        return next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))

    # A hash shares most with its neighbours in sorted order; one more character is unique.
    length = {}
    for n, value in enumerate(ordered):
        around = [shared(value, ordered[m]) for m in (n - 1, n + 1) if 0 <= m < len(ordered)]
        length[value] = min(len(value), max(around, default=0) + 1)
    return [value[:length[value]] for value in hashes]


def value_lists(ids: list[str], practice_values: list[dict[str, str]]) -> dict[str, list[str]]:
    """Per filter value ('opdracht/a'), the starts (shortest_prefixes) of the ids of the
    practices that have it, sorted (they pack better). The first search after a filter
    keeps a result if every chosen value lists it (catalogus/index.js membersOf): at
    5,000 practices a task and a level are 5 KB, the whole map 14 KB. `practice_values`
    is, in the order of `ids`, each practice's values (macros.knowledge.filter_values).

    Where Pagefind lengthened a colliding hash, a start can be a whole hash that another
    id begins with. That other practice, if it lacks the value, is listed as "!" and its
    own start: the longest listed start decides, as in the map."""
    prefixes = shortest_prefixes(ids)
    hashes = [pagefind_id.split("_", 1)[-1] for pagefind_id in ids]
    # Only a start that is a whole hash can begin another id (see shortest_prefixes).
    whole = {prefix: n for n, prefix in enumerate(prefixes) if prefix == hashes[n]}
    covered = {n: [m for m, hash_ in enumerate(hashes) if m != n and hash_.startswith(prefixes[n])]
               for n in whole.values()} if whole else {}
    members: dict[str, set[int]] = {}
    for n, values in enumerate(practice_values):
        for name, spaced in values.items():
            for value in spaced.split():
                members.setdefault(f"{name}/{value}", set()).add(n)
    lists = {}
    for key, own in members.items():
        outside = {m for n in own for m in covered.get(n, ()) if m not in own}
        lists[key] = sorted(prefixes[n] for n in own) + sorted("!" + prefixes[m] for m in outside)
    return lists


def on_post_build(config) -> None:
    if not _enabled():
        return
    site_dir = Path(config["site_dir"])
    kb = knowledge_base_for(config, "hooks/search_index.py", "kan de zoekindex niet gemaakt worden")
    practice_files = {paths.url_of(paths.practice_page(pid)) + "index.html" for pid in kb.practices}
    search_terms.write_search_files(site_dir, kb.reference.terms, practice_files)
    # Pagefind indexes a folder: the built pages are sorted into two, next to the site.
    with tempfile.TemporaryDirectory(prefix=".zoekindex-", dir=site_dir.parent) as folder:
        pages, practices = Path(folder, "pagina"), Path(folder, "praktijken")
        for path in site_dir.rglob("*.html"):
            relative = path.relative_to(site_dir).as_posix()
            _link(path, (practices if relative in practice_files else pages) / relative)
        _pagefind(pages, site_dir / PAGES_INDEX)
        indexed = _pagefind(practices, site_dir / PRACTICES_INDEX) if practice_files else 0
    if indexed != len(practice_files):
        raise PluginError(f"hooks/search_index.py: {indexed} van de {len(practice_files)} "
                          "goede praktijken staan in de zoekindex; elke praktijkpagina hoort "
                          f"er één keer in ({search_terms.BODY_ATTRIBUTE} op haar artikel).")
    # The site search merges the practices' index into the pages' one, with the pages'
    # code. The catalogue searches it alone (docs/javascripts/catalogus.js): Pagefind
    # loads its worker and WebAssembly from the index's own folder, so those stay; the
    # module itself comes from the pages' folder.
    for code in (site_dir / PRACTICES_INDEX).glob("pagefind*.js"):
        if code.name != "pagefind-worker.js":
            code.unlink()
    (site_dir / MANIFEST).write_text(json.dumps(
        {"praktijken": f"{PRACTICES_INDEX}/" if practice_files else None}), encoding="utf-8")
    ids = catalogue_ids(kb, site_dir / PRACTICES_INDEX)
    (site_dir / CATALOGUE_IDS).write_text(json.dumps(shortest_prefixes(ids), separators=(",", ":")),
                                          encoding="utf-8")
    values = site_dir / CATALOGUE_VALUES
    shutil.rmtree(values, ignore_errors=True)
    for key, starts in value_lists(ids, [filter_values(p) for p in kb.practices.values()]).items():
        path = values / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(starts, separators=(",", ":")), encoding="utf-8")
