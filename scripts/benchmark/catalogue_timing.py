"""How long a phone waits for the catalogue's text search, and what it downloads for it,
measured as search_timing.py measures the site search: Chromium with the CPU slowed down
4x, a server that gzips, the words typed at 120 ms a key into the catalogue's field on a
freshly opened /praktijken/, some after choosing a filter. The time runs from the last
key until the first practices for the whole query are on screen (catalogus.js marks the
list with data-catalogus-eerste); the bytes are everything the page fetched from opening
until then."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from .search_timing import (KEY_DELAY_MS, THROTTLE, browser_on, practice_name,
                            slowest_and_heaviest, typed_until_first, watch_script)
from tests.serving import ByteCount  # noqa: E402  (search_timing's reader put the project on sys.path)

# A common word, a typo, a compound in two words, an abbreviation, two words, the
# commonest abbreviation (on almost every practice) and its expansion; then, with filters
# chosen first, a common word, that abbreviation, a word on almost every practice, and a
# word typed past a shorter one ("samen") after a region: the two that went over 300 KB
# with Pagefind. Besides these, a word only the first fictional practice's description
# has, and a name only it has.
QUERIES: list[tuple[str, dict[str, str]]] = [
    ("leerlingen", {}), ("hierarchsiche", {}), ("zorg continuum", {}), ("PBD", {}),
    ("samenwerking school", {}), ("CLB", {}), ("centrum voor leerlingenbegeleiding", {}),
    ("leerlingen", {"opdracht": "a"}), ("CLB", {"opdracht": "a", "niveau": "basis"}),
    ("school", {"opdracht": "a", "niveau": "basis"}), ("samenwerking", {"regio": "testregio-0"}),
]

WATCH = watch_script("[data-catalogus]", "data-catalogus-eerste")


def description_word(site: Path) -> list[str]:
    """A word of the first fictional practice's description that its title and summary
    do not have, on as few practices as the word list says: found in the catalogue only
    by searching the descriptions."""
    data = site.parent / "data" / "praktijken" / "praktijk-0.yml"
    if not data.exists():
        return []
    practice = yaml.safe_load(data.read_text(encoding="utf-8"))
    seen = set(re.findall(r"\w+", (practice["titel"] + " " + practice["samenvatting"]).lower()))
    best = None
    # Sorted: of two words as rare, every run measures the same one.
    for word in sorted(set(re.findall(r"[a-z]{6,}", practice["beschrijving"].lower())) - seen):
        shard = site / "zoeken" / "woorden" / f"v-{word[0]}.json"
        entry = next((e for e in json.loads(shard.read_text(encoding="utf-8")) if e[0] == word), None)
        if entry and (best is None or entry[2] < best[1]):
            best = (word, entry[2])
    return [best[0]] if best else []


def _one(browser, url: str, counter: ByteCount, query: str, filters: dict[str, str]) -> dict:
    def start(page) -> None:
        for name, value in filters.items():
            page.select_option(f"#filter-{name}", value)
        page.click("#filter-q")

    ms, total = typed_until_first(browser, counter, url + "praktijken/", query, WATCH, start, 60_000)
    return {"ms": round(ms), "kb": round(total / 1024, 1)}


def catalogue_search_time(site: Path) -> dict[str, dict]:
    results = {}
    with browser_on(site, "zoeken/catalogus/woorden.json",
                    "geen zoekindex voor de catalogus in de build") as (browser, url, counter):
        extra = [(word, {}) for word in description_word(site) + practice_name(site)]
        for query, filters in QUERIES + extra:
            label = query + "".join(f" +{k}={v}" for k, v in filters.items())
            results[label] = _one(browser, url, counter, query, filters)
    return results


def catalogue_budgets(site: Path) -> tuple[tuple[float, dict], tuple[float, dict]]:
    """(slowest seconds, details) and (most KB, details) over the queries."""
    return slowest_and_heaviest(catalogue_search_time(site), f"CPU {THROTTLE}x vertraagd, "
                                f"{KEY_DELAY_MS} ms per toets, gzip, catalogus")
