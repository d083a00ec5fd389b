"""MkDocs hook: one page per file in data/regios/, so adding a region needs no Markdown.

Each page is a stub that calls the `regio_pagina` macro; the data was already validated
by the macros module when the configuration loaded, so this only reads name and date.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from mkdocs.structure.files import File

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader


def _plain(text: str) -> str:
    # The title is not rendered by Jinja's escaping rules: keep template syntax out.
    return text.replace("{", "(").replace("}", ")").replace("%", " procent")


def on_files(files, config):
    folder = Path(config["config_file_path"]).parent / "data" / "regios"
    for path in sorted(folder.glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
        name = _plain(str(data["naam"]))
        front_matter = {
            "title": f"Regio {name}",
            "description": f"Contacten, CLB's, afspraken en goede praktijken van de NROC-regio {name}.",
            "bron": "bijdragen-regios",
            "herzien": str(data["herzien"]),
        }
        header = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}"
                           for key, value in front_matter.items())
        content = (f"---\n{header}\n---\n\n# Regio {{{{ regio_naam({path.stem!r}) }}}}\n\n"
                   f"{{{{ regio_pagina({path.stem!r}) }}}}\n")
        files.append(File.generated(config, f"regios/{path.stem}.md", content=content))
    return files
