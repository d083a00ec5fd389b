"""Where things are: the project's folders, each page's path in docs/ and its URL.

The one place for these, so a page, its fiche, the catalogue, the hooks and the JSON
export always agree on an address.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SCHEMA_DIR = PROJECT_ROOT / "schemas"
TEMPLATE_DIR = PROJECT_ROOT / "templates"

HOME_PAGE = "index.md"
CATALOGUE_PAGE = "praktijken/index.md"
REGIONS_PAGE = "regios/index.md"

PAGE_SIZE = 50  # practices per catalogue page: light enough for a phone, short enough to print


def practice_page(practice_id: str) -> str:
    """Each practice has a page of its own: its stable, shareable address."""
    return f"praktijken/{practice_id}.md"


def region_page(region_id: str) -> str:
    return f"regios/{region_id}.md"


def data_file(folder: str, item_id: str) -> str:
    """The file a practice or region comes from: folder 'praktijken' or 'regios'."""
    return f"data/{folder}/{item_id}.yml"


def catalogue_page(number: int) -> str:
    return CATALOGUE_PAGE if number == 1 else f"praktijken/pagina-{number}.md"


def catalogue_page_count(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def fiche_page(kind: str, key: object) -> str:
    """A one-page fiche to print: kind 'rubriek' (a number), 'opdracht' (a letter) or
    'regio' (an id)."""
    return f"fiches/{kind}-{key}.md"


def url_of(src_uri: str) -> str:
    """The URL path MkDocs gives a page (directory URLs): 'a/b.md' -> 'a/b/'."""
    if src_uri == HOME_PAGE:
        return ""
    if src_uri.endswith("/index.md"):
        return src_uri[: -len("index.md")]
    return src_uri[:-3] + "/"


def href(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative link usable in raw HTML, where MkDocs does not rewrite .md links."""
    # Segment arithmetic rather than posixpath.relpath: a thousand practice pages ask
    # for a dozen links each, and relpath normalises both paths every time.
    here = url_of(from_page).split("/")[:-1]
    there = url_of(to_page).split("/")[:-1]
    shared = 0
    for a, b in zip(here, there):
        if a != b:
            break
        shared += 1
    relative = "../" * (len(here) - shared) + "".join(f"{part}/" for part in there[shared:])
    return (relative or "./") + (f"#{anchor}" if anchor else "")
