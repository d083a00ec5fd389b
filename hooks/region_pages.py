"""MkDocs hook: one page per file in data/regios/, so adding a region needs no Markdown,
plus its fiche to print (fiches/regio-<id>/).

Each page is a stub that calls the `regio_pagina` or `fiche_regio` macro; the data was
already validated by the macros module when the configuration loaded, so this only reads
name and date.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import yaml
from mkdocs.structure.files import File

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader


def _plain(text: str) -> str:
    # Themes print titles and descriptions unescaped (and unescape entities for <title>),
    # and mkdocs-macros renders a title that looks like a template: drop angle brackets,
    # braces and percent signs, escape the rest. Same rule as safe_markdown.for_page_meta.
    return html.escape(re.sub(r"[<>{}%]", "", text).strip(), quote=True)


def _front_matter(values: dict) -> str:
    # JSON is valid YAML and quotes whatever the region's name contains.
    return "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}"
                     for key, value in values.items())


def on_files(files, config):
    folder = Path(config["config_file_path"]).parent / "data" / "regios"
    for path in sorted(folder.glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
        name = _plain(str(data["naam"]))
        region_id = path.stem
        header = _front_matter({
            "title": f"Regio {name}",
            "description": f"Contacten, CLB's, afspraken en goede praktijken van de NROC-regio {name}.",
            "bron": "bijdragen-regios",
            "herzien": str(data["herzien"]),
        })
        content = (f"---\n{header}\n---\n\n# Regio {{{{ regio_naam({region_id!r}) }}}}\n\n"
                   f"[Fiche om af te drukken](../fiches/regio-{region_id}.md){{ .md-button .fiche-link }}\n\n"
                   f"{{{{ regio_pagina({region_id!r}) }}}}\n")
        files.append(File.generated(config, f"regios/{region_id}.md", content=content))
        fiche_header = _front_matter({
            "title": f"Fiche regio {name}",
            "description": f"Eén A4 om af te drukken met het werkgebied, de CLB's, de contacten, "
                           f"de aanspreekpunten en de goede praktijken van de NROC-regio {name}.",
            "bron": "bijdragen-regios",
            "herzien": str(data["herzien"]),
            # The fiche's headings are raw HTML, so the contents list would be empty.
            "hide": ["toc"],
            # A fiche repeats the region's page: search leads to that page.
            "search": {"exclude": True},
        })
        fiche = (f"---\n{fiche_header}\n---\n\n# Fiche regio {{{{ regio_naam({region_id!r}) }}}}\n\n"
                 f"{{{{ fiche_regio({region_id!r}) }}}}\n")
        files.append(File.generated(config, f"fiches/regio-{region_id}.md", content=fiche))
    return files
