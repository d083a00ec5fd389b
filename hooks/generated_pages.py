"""MkDocs hook: the pages generated from the knowledge base (one per practice, one per
region with its fiche, the catalogue's further pages), so adding a practice or a region
needs no Markdown; and the sanitising of contributed descriptions in their HTML.

What the pages say is decided by the plain core (`macros.pages`); this hook only hands
them to MkDocs. The knowledge base comes from the macros plugin, which loaded and
checked data/ in its on_config (macros/main.py) and keeps it as `knowledge_base`:
never from the files again, so nothing unvalidated is shown.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

# MkDocs loads hooks by their file path: make the project root importable for the core.
_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from macros import pages, safe_markdown  # noqa: E402
from macros.knowledge import KnowledgeBase  # noqa: E402
from macros.main import knowledge_base_for  # noqa: E402


def knowledge_base(config) -> KnowledgeBase:
    return knowledge_base_for(config, "hooks/generated_pages.py",
                              "kunnen de pagina's van de praktijken en regio's niet gemaakt worden")


def on_files(files, config):
    for page in pages.all_pages(knowledge_base(config)):
        files.append(File.generated(config, page.path, content=page.content))
    return files


@event_priority(100)  # before any plugin (search, the handbook) reads the page's HTML
def on_page_content(html, page, config, files):
    # A practice's description was converted with its page: sanitise it now.
    return safe_markdown.clean_page(html)
