"""MkDocs hook: a page per file in data/praktijken/ (its stable address) and the further
pages of the catalogue, so adding a practice needs no Markdown.

The stubs only name the practice; the macros fill in title, description and content from
the validated data, so this hook reads no YAML.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

PAGE_SIZE = 100  # must match macros/practices_html.py


def on_files(files, config):
    folder = Path(config["config_file_path"]).parent / "data" / "praktijken"
    ids = sorted(path.stem for path in folder.glob("*.yml"))
    for practice_id in ids:
        content = (f"---\npraktijk: {practice_id}\nbron: praktijken\n---\n\n"
                   f"# {{{{ praktijk_titel({practice_id!r}) }}}}\n\n"
                   f"{{{{ praktijk_pagina({practice_id!r}) }}}}\n")
        files.append(File.generated(config, f"praktijken/{practice_id}.md", content=content))
    pages = max(1, -(-len(ids) // PAGE_SIZE))
    for number in range(2, pages + 1):
        content = (f"---\ntitle: Goede praktijken, pagina {number}\n"
                   f"description: Pagina {number} van de catalogus van goede praktijken.\n"
                   f"bron: praktijken\ncatalogus_pagina: {number}\n---\n\n"
                   f"# Goede praktijken (pagina {number})\n\n{{{{ catalogus({number}) }}}}\n")
        files.append(File.generated(config, f"praktijken/pagina-{number}.md", content=content))
    return files
