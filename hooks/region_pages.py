"""MkDocs hook: one page per region in data/regios/, so adding a region needs no Markdown,
plus its fiche to print (fiches/regio-<id>/).

Each page is a stub that calls the `regio_pagina` or `fiche_regio` macro. Like the
practice pages, it takes the regions from the knowledge base the macros module has
already loaded and validated (macros.knowledge.current()), never from the files.
"""

from __future__ import annotations

import sys

from mkdocs.structure.files import File


def on_files(files, config):
    macros = sys.modules.get("macros")
    kb = macros.knowledge.current() if macros else None
    if kb is None:  # the macros plugin did not run: nothing validated to show
        return files
    meta = macros.safe_markdown.for_page_meta
    front_matter = macros.render.front_matter
    for region_id, data in kb.regions.items():
        name = meta(data["naam"])
        header = front_matter({
            "title": f"Regio {name}",
            "description": f"Contacten, CLB's, afspraken en goede praktijken van de NROC-regio {name}.",
            "bron": "bijdragen-regios",
            "herzien": data["herzien"],
            "gegevensbestand": f"data/regios/{region_id}.yml",
        })
        content = (f"---\n{header}\n---\n\n# Regio {{{{ regio_naam({region_id!r}) }}}}\n\n"
                   f"[Fiche om af te drukken](../fiches/regio-{region_id}.md){{ .md-button .fiche-link }}\n\n"
                   f"{{{{ regio_pagina({region_id!r}) }}}}\n")
        files.append(File.generated(config, f"regios/{region_id}.md", content=content))
        fiche_header = front_matter({
            "title": f"Fiche regio {name}",
            "description": f"Eén A4 om af te drukken met het werkgebied, de CLB's, de contacten, "
                           f"de aanspreekpunten en de goede praktijken van de NROC-regio {name}.",
            "bron": "bijdragen-regios",
            "herzien": data["herzien"],
            "gegevensbestand": f"data/regios/{region_id}.yml",
            # The fiche's headings are raw HTML, so the contents list would be empty.
            "hide": ["toc"],
            # A fiche repeats the region's page: search leads to that page.
            "search": {"exclude": True},
        })
        fiche = (f"---\n{fiche_header}\n---\n\n# Fiche regio {{{{ regio_naam({region_id!r}) }}}}\n\n"
                 f"{{{{ fiche_regio({region_id!r}) }}}}\n")
        files.append(File.generated(config, f"fiches/regio-{region_id}.md", content=fiche))
    return files
