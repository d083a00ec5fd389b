"""MkDocs hook: the site's search index, made by Pagefind after every build (make serve
included), and the word list and term variants docs/javascripts/zoeken.js adds to it.

Pagefind replaces Material's lunr search: lunr downloads its whole index before the
first result (2.4 MB compressed at 5,000 practices of varied text), Pagefind only the
chunks a query needs (the comparison is in the README). Which part of a page is indexed is marked here, in the
built HTML: the article of every page, but not of the fiches (they repeat a page and say
so with `search: exclude`), nor the whole handbook (it repeats every page).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from macros import search_terms  # noqa: E402

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
# The handbook page (mkdocs-print-site-plugin) repeats every other page.
NOT_INDEXED = ("handboek/",)
# Pagefind's own options: one language (the site is Dutch), the bundle in /pagefind/,
# and no permalink signs, buttons or links to the PDF in titles and excerpts.
PAGEFIND_ARGS = ("--force-language", "nl", "--output-subdir", "pagefind", "--quiet",
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


def on_post_build(config) -> None:
    if not _enabled():
        return
    site_dir = Path(config["site_dir"])
    kb = getattr(config.plugins.get("macros"), "knowledge_base", None)
    if kb is None:
        raise PluginError("hooks/search_index.py: de kennisbank is niet geladen; zet de plugin "
                          "'macros' met 'module_name: macros/main' in mkdocs.yml.")
    search_terms.write_search_files(site_dir, kb.reference.terms)
    run = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir),
                          *PAGEFIND_ARGS], capture_output=True, text=True)
    if run.returncode or not (site_dir / "pagefind" / "pagefind.js").exists():
        raise PluginError("Pagefind kon de zoekindex niet maken (pip install -r "
                          f"requirements.txt installeert het):\n{run.stdout}{run.stderr}".strip())
    # Pagefind's own interfaces: the site has its own (docs/javascripts/zoeken.js).
    for unused in (site_dir / "pagefind").glob("pagefind-*ui.*"):
        unused.unlink()
    (site_dir / "pagefind" / "pagefind-highlight.js").unlink(missing_ok=True)
