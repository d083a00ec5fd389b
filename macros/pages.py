"""Pages generated from the knowledge base, so adding a practice or a region needs no
Markdown: each as its path in docs/ and its Markdown with front matter. The hooks only
hand them to MkDocs.

- A practice page is written out in full, with macro rendering off: a thousand tiny
  Jinja templates would cost more than the pages themselves. Its description is Markdown
  in the page, converted with it; the page's HTML must then pass through
  `safe_markdown.clean_page`.
- A region page and its fiche are stubs that call the `regio_pagina` and `fiche_regio`
  macros.
- Catalogue pages 2 and further call the `catalogus` macro.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import paths
from .knowledge import KnowledgeBase
from .models import Practice
from .markup import markdown_literal
from .practices_html import practice_body
from .render import front_matter
from .safe_markdown import for_page_meta

PRACTICE_SOURCE = "praktijken"
REGION_SOURCE = "bijdragen-regios"


@dataclass(frozen=True)
class GeneratedPage:
    path: str  # in docs/, e.g. "praktijken/<id>.md"
    content: str  # Markdown with its front matter


# The catalogue's search and filters, an ES module; loaded only on its pages
# (overrides/main.html).
CATALOGUE_SCRIPT = {"path": "javascripts/catalogus.js", "type": "module"}


def _page(path: str, meta: dict, body: str) -> GeneratedPage:
    return GeneratedPage(path, f"---\n{front_matter(meta)}\n---\n\n{body}\n")


def practice_page(kb: KnowledgeBase, practice: Practice) -> GeneratedPage:
    path = paths.practice_page(practice.id)
    meta = {
        "title": for_page_meta(practice.title),
        "description": for_page_meta(practice.summary),
        "bron": PRACTICE_SOURCE,
        "herzien": practice.reviewed,
        "gegevensbestand": paths.data_file("praktijken", practice.id),  # for the edit link
        "render_macros": False,
    }
    body = f"# {markdown_literal(practice.title)}\n\n{practice_body(kb, practice, path)}"
    return _page(path, meta, body)


def catalogue_pages(kb: KnowledgeBase) -> list[GeneratedPage]:
    """The catalogue's pages after the first (docs/praktijken/index.md is the first)."""
    count = paths.catalogue_page_count(len(kb.practices))
    return [_page(paths.catalogue_page(number), {
        "title": f"Goede praktijken, pagina {number}",
        "description": f"Pagina {number} van de catalogus van goede praktijken.",
        "bron": PRACTICE_SOURCE,
        "herzien": kb.latest_revision,
        # Every practice is found on its own page: a list of them would only rank twice.
        "search": {"exclude": True},
        "extra_scripts": [CATALOGUE_SCRIPT],
    }, f"# Goede praktijken (pagina {number})\n\n{{{{ catalogus({number}) }}}}")
        for number in range(2, count + 1)]


def region_pages(kb: KnowledgeBase, region_id: str) -> list[GeneratedPage]:
    """A region's page and its one-page fiche to print."""
    region = kb.regions[region_id]
    name = for_page_meta(region.name)
    fiche_path = paths.fiche_page("regio", region_id)
    shared = {"bron": REGION_SOURCE, "herzien": region.reviewed,
              "gegevensbestand": paths.data_file("regios", region_id)}
    # The id is a schema-checked slug; repr() makes it a Jinja string literal.
    page = _page(paths.region_page(region_id), {
        "title": f"Regio {name}",
        "description": f"Contacten, CLB's, afspraken en goede praktijken van de NROC-regio {name}.",
        **shared,
    }, f"# Regio {{{{ regio_naam({region_id!r}) }}}}\n\n"
       f"[Fiche om af te drukken](../{fiche_path}){{ .md-button .fiche-link }}\n\n"
       f"{{{{ regio_pagina({region_id!r}) }}}}")
    fiche = _page(fiche_path, {
        "title": f"Fiche regio {name}",
        "description": f"Eén A4 om af te drukken met het werkgebied, de CLB's, de contacten, "
                       f"de aanspreekpunten en de goede praktijken van de NROC-regio {name}.",
        **shared,
        # The fiche's headings are raw HTML, so the contents list would be empty.
        "hide": ["toc"],
        # A fiche repeats the region's page: search leads to that page.
        "search": {"exclude": True},
    }, f"# Fiche regio {{{{ regio_naam({region_id!r}) }}}}\n\n{{{{ fiche_regio({region_id!r}) }}}}")
    return [page, fiche]


def all_pages(kb: KnowledgeBase) -> list[GeneratedPage]:
    """Every generated page of the site, in a stable order."""
    generated = [page for region_id in kb.regions for page in region_pages(kb, region_id)]
    generated += [practice_page(kb, practice) for practice in kb.practices.values()]
    return generated + catalogue_pages(kb)
