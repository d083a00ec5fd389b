"""The validated data as JSON files in the built site, with the schemas that describe
them, so others can reuse the practices and contacts without scraping pages."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path

from .knowledge import KnowledgeBase
from .practices_html import CATALOGUE_DIR, catalogue_files
from .paths import SCHEMA_DIR

EXPORT_DIR = "gegevens"
FILES = {
    "praktijken.json": "alle goede praktijken",
    "regios.json": "alle regio's met hun CLB's en contacten",
    "referentie.json": "de opdrachten, rubrieken, domeinen, niveaus en netten",
}


def write_json(kb: KnowledgeBase, site_dir: Path) -> None:
    target = site_dir / EXPORT_DIR
    target.mkdir(parents=True, exist_ok=True)
    ref = kb.reference
    documents = {
        "praktijken.json": [dict(p.data) for p in kb.practices.values()],
        "regios.json": [dict(r.data) for r in kb.regions.values()],
        "referentie.json": {
            "opdrachten": [asdict(t) for t in ref.tasks.values()],
            "rubrieken": [asdict(r) for r in ref.rubrics.values()],
            "domeinen": [asdict(c) for c in kb.domains.values()],
            "niveaus": [asdict(c) for c in kb.levels.values()],
            "netten": [asdict(c) for c in kb.networks.values()],
        },
    }
    for name, content in documents.items():
        (target / name).write_text(json.dumps(content, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    # Compact, for the catalogue's search and filters in the browser.
    catalogue = target / CATALOGUE_DIR
    shutil.rmtree(catalogue, ignore_errors=True)
    catalogue.mkdir()
    for name, content in catalogue_files(kb).items():
        (catalogue / name).write_text(
            json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    schemas = target / "schemas"
    schemas.mkdir(exist_ok=True)
    for schema in SCHEMA_DIR.glob("*.schema.json"):
        shutil.copyfile(schema, schemas / schema.name)


def download_links(root: str) -> str:
    """Links to the JSON files; `root` is the relative path to the site's root."""
    items = "".join(
        f'<li><a href="{root}{EXPORT_DIR}/{name}"><code>{name}</code></a>: {what}</li>'
        for name, what in FILES.items())
    schemas = (f'<li>De schema\'s die deze bestanden beschrijven: '
               f'<a href="{root}{EXPORT_DIR}/schemas/praktijk.schema.json"><code>praktijk.schema.json</code></a> en '
               f'<a href="{root}{EXPORT_DIR}/schemas/regio.schema.json"><code>regio.schema.json</code></a></li>')
    return f'<ul class="downloads">{items}{schemas}</ul>'
