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

The catalogue searches its own word index (macros/catalogue_words.py), made here from
the text Pagefind extracted of each practice: zoeken/catalogus/.
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

from macros import catalogue_words, paths, search_terms  # noqa: E402
from macros.main import knowledge_base_for  # noqa: E402

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
# The handbook page (mkdocs-print-site-plugin) repeats every other page.
NOT_INDEXED = ("handboek/",)
PAGES_INDEX = "pagefind"
PRACTICES_INDEX = "pagefind/praktijken"
MANIFEST = f"{search_terms.OUTPUT_DIR}/indexen.json"
# The catalogue's own word index and its practices' texts (write_catalogue_index).
CATALOGUE_INDEX = f"{search_terms.OUTPUT_DIR}/catalogus"
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


def fragments(index: Path) -> dict[str, dict]:
    """What Pagefind keeps of each page in an index, by the page's URL path ('/a/b/'):
    its fragment (url, content: the text it extracted, meta: title ...)."""
    out = {}
    for path in (index / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        if not data.startswith(_FRAGMENT_SIGNATURE):
            raise PluginError(f"hooks/search_index.py: {path.name} is geen fragment zoals "
                              "Pagefind 1.5 ze schrijft, dus de zoekfunctie van de catalogus "
                              "kan de tekst van haar praktijken niet lezen. Werk fragments bij "
                              "voor deze versie van Pagefind (requirements.txt).")
        fragment = json.loads(data[len(_FRAGMENT_SIGNATURE):])
        out[fragment["url"]] = fragment
    return out


def catalogue_texts(kb, index: Path) -> list[tuple[str, str]]:
    """Each practice's (title, text) as Pagefind extracted them, in catalogue order."""
    found = fragments(index) if kb.practices else {}
    urls = ["/" + paths.url_of(paths.practice_page(pid)) for pid in kb.practices]
    missing = [pid for pid, url in zip(kb.practices, urls) if url not in found]
    if missing:
        raise PluginError(f"hooks/search_index.py: {len(missing)} goede praktijken (zoals "
                          f"{missing[0]}) ontbreken in de zoekindex van de praktijken.")
    return [(found[url]["meta"].get("title", ""), found[url]["content"]) for url in urls]


def write_catalogue_index(site_dir: Path, texts: list[tuple[str, str]]) -> None:
    """The catalogue's own word index (macros/catalogue_words.py), with the names of its
    files (woorden.json: the browser asks for no file that is not there), and per
    practice its text: what an entry's excerpt is cut from (tekst/<position>.json)."""
    folder = site_dir / CATALOGUE_INDEX
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "woorden").mkdir(parents=True)
    (folder / "tekst").mkdir()
    files = catalogue_words.word_index(texts)
    (folder / "woorden.json").write_text(json.dumps(sorted(files)), encoding="utf-8")
    for name, words in files.items():
        (folder / "woorden" / f"{name}.json").write_text(
            json.dumps(words, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    for position, (_, text) in enumerate(texts):
        (folder / "tekst" / f"{position}.json").write_text(json.dumps(text, ensure_ascii=False),
                                                           encoding="utf-8")


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
    # code; the catalogue has its own index (write_catalogue_index).
    for code in [*(site_dir / PRACTICES_INDEX).glob("pagefind*.js"),
                 *(site_dir / PRACTICES_INDEX).glob("wasm.*")]:
        code.unlink()
    (site_dir / MANIFEST).write_text(json.dumps(
        {"praktijken": f"{PRACTICES_INDEX}/" if practice_files else None}), encoding="utf-8")
    write_catalogue_index(site_dir, catalogue_texts(kb, site_dir / PRACTICES_INDEX))
