"""MkDocs hook: a page per practice in data/praktijken/ (its stable address) and the
further pages of the catalogue, so adding a practice needs no Markdown.

Practice pages are written out in full from the knowledge base the macros module has
already loaded and validated (macros.knowledge.current()), with macro rendering off:
a thousand tiny Jinja templates would cost more than the pages themselves. Their source
footer and abbreviations are still added by the macros module. A description is
Markdown in its page, converted with it and sanitised here once it is HTML.
"""

from __future__ import annotations

import re
import sys

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

def _markdown_text(text: str) -> str:
    """Escaped HTML, with Markdown's own markers escaped too, for a heading."""
    return re.sub(r"([\\`*_\[\]#!<>])", r"\\\1", text)


def on_files(files, config):
    macros = sys.modules.get("macros")
    kb = macros.knowledge.current() if macros else None
    if kb is None:  # the macros plugin did not run: nothing validated to show
        return files
    html = macros.practices_html
    meta = macros.safe_markdown.for_page_meta
    for practice_id, practice in kb.practices.items():
        path = html.practice_page(practice_id)
        front = {
            "title": meta(practice["titel"]),
            "description": meta(practice["samenvatting"]),
            "bron": "praktijken",
            "herzien": practice["herzien"],
            "gegevensbestand": f"data/praktijken/{practice_id}.yml",  # for the edit link
            "render_macros": False,
        }
        header = macros.render.front_matter(front)
        title = macros.safe_markdown.escape(practice["titel"])
        content = (f"---\n{header}\n---\n\n# {_markdown_text(title)}\n\n"
                   f"{html.practice_body(kb, practice, path)}\n")
        files.append(File.generated(config, path, content=content))
    pages = html.catalogue_page_count(len(kb.practices))
    for number in range(2, pages + 1):
        content = (f"---\ntitle: Goede praktijken, pagina {number}\n"
                   f"description: Pagina {number} van de catalogus van goede praktijken.\n"
                   f"bron: praktijken\nherzien: {kb.latest_revision}\n---\n\n"
                   f"# Goede praktijken (pagina {number})\n\n{{{{ catalogus({number}) }}}}\n")
        files.append(File.generated(config, html.catalogue_page(number), content=content))
    return files


@event_priority(100)  # before any plugin (search, the handbook) reads the page's HTML
def on_page_content(html, page, config, files):
    # A practice's description was converted with its page: sanitise it now.
    macros = sys.modules.get("macros")
    return macros.safe_markdown.clean_page(html) if macros else html
