"""How long a phone waits for search results, and what it downloads for them: Chromium
with the CPU slowed down 4x, a query typed at a reader's pace on a freshly opened page,
the time from the last keystroke until the first results for the whole query are on
screen (docs/javascripts/zoeken.js marks the list with data-zoeken-eerste; results for
other forms of the query, such as an abbreviation's expansion, and from the practices'
index once typing pauses, may follow), and every byte the page asked for (compressed, as
served) from opening until then."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path

import yaml

from .budgets import NotMeasured
from .reader import CHROME_FLAGS, CHROMIUM, serve  # reader puts the project on sys.path
from tests.serving import ByteCount  # noqa: E402

# One query per kind of search the site supports: a common word, a rare one, a word
# typed without diacritics, one with a typo, a compound in two words, an abbreviation,
# a two-word query; and the heaviest: the site's commonest abbreviation (on almost every
# practice) and its expansion, with a function word. Besides these, a name only one
# practice has (practice_name): a query the pages cannot answer, so the first result
# waits for the practices' index.
QUERIES = ["leerlingen", "draaischijffunctie", "zorgcontinuum", "hierarchsiche",
           "zorg continuum", "PBD", "samenwerking school", "CLB", "NROC",
           "centrum voor leerlingenbegeleiding"]


def practice_name(site: Path) -> list[str]:
    """The invented name at the end of the first fictional practice's title
    (benchmark/sites.py, benchmark/text.py), if the site was built from such data."""
    data = site.parent / "data" / "praktijken" / "praktijk-0.yml"
    if not data.exists():
        return []
    title = yaml.safe_load(data.read_text(encoding="utf-8"))["titel"]
    return [title.split()[-1]]
THROTTLE = 4
KEY_DELAY_MS = 120

def watch_script(selector: str, attribute: str) -> str:
    """The page notes its last key, and the moment `attribute` of `selector` names the
    query: its script marks so that the first results for the whole query are on screen."""
    return """() => {
  window.__timing = {};
  document.addEventListener("keydown", () => { window.__timing.last = performance.now(); }, true);
  const marked = document.querySelector(%s);
  new MutationObserver(() => {
    if (marked.getAttribute(%s) === window.__query && !window.__timing.first) {
      window.__timing.first = performance.now();
    }
  }).observe(marked, {attributes: true, attributeFilter: [%s]});
}""" % (json.dumps(selector), json.dumps(attribute), json.dumps(attribute))


WATCH = watch_script("[data-zoeken-resultaten]", "data-zoeken-eerste")


def first_moment(page, timing: dict) -> float:
    """When the first results were on screen, in seconds since the epoch: what was asked
    for after that (the rest of the query's forms, more fragments) is not counted."""
    return (page.evaluate("performance.timeOrigin") + timing["first"]) / 1000


def typed_until_first(browser, counter: ByteCount, address: str, query: str, watch: str,
                      start: Callable, timeout_ms: int) -> tuple[float, int]:
    """Open `address` in a fresh browser context with the CPU slowed down, let `start(page)`
    get the field ready (and choose filters), type `query` at a reader's pace: the ms from
    the last key to the first results (`watch`), and the bytes asked for until then."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": THROTTLE})
    counter.reset()
    page.goto(address, wait_until="load")
    page.evaluate(watch)
    page.evaluate("q => { window.__query = q; }", query)
    start(page)
    page.keyboard.type(query, delay=KEY_DELAY_MS)
    page.wait_for_function("() => window.__timing.first", timeout=timeout_ms)
    timing = page.evaluate("window.__timing")
    total = counter.asked_before(first_moment(page, timing))
    context.close()
    return timing["first"] - timing["last"], total


def _one(browser, url: str, counter: ByteCount, query: str) -> tuple[float, int]:
    return typed_until_first(browser, counter, url, query, WATCH,
                             lambda page: page.keyboard.press("/"), 30_000)


@contextlib.contextmanager
def browser_on(site: Path, needs: str, missing: str):
    """(browser, base URL, byte counter) for `site` served with gzip; NotMeasured without
    Playwright, Chromium or the file `needs` of the build (`missing` says what it is)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise NotMeasured("Playwright voor Python ontbreekt") from None
    if not Path(CHROMIUM).exists():
        raise NotMeasured(f"Chromium ontbreekt ({CHROMIUM})")
    if not (site / needs).exists():
        raise NotMeasured(missing)
    counter = ByteCount()
    with serve(site, gzip=True, counter=counter) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS)
        try:
            yield browser, url, counter
        finally:
            browser.close()


def search_time(site: Path) -> dict[str, dict]:
    results = {}
    with browser_on(site, "pagefind/pagefind.js", "geen Pagefind-index in de build") as (browser, url, counter):
        for query in QUERIES + practice_name(site):
            ms, size = _one(browser, url, counter, query)
            results[query] = {"ms": round(ms), "kb": round(size / 1024, 1)}
    return results


def search_budgets(site: Path) -> tuple[tuple[float, dict], tuple[float, dict]]:
    """(slowest seconds, details) and (most KB, details) over the queries."""
    return slowest_and_heaviest(search_time(site), f"CPU {THROTTLE}x vertraagd, "
                                f"{KEY_DELAY_MS} ms per toets, gzip")


def slowest_and_heaviest(results: dict[str, dict], how: str) -> tuple[tuple[float, dict], tuple[float, dict]]:
    """From {query: {ms, kb}}: (slowest seconds, details) and (most KB, details)."""
    slowest = max(results, key=lambda q: results[q]["ms"])
    heaviest = max(results, key=lambda q: results[q]["kb"])
    return ((results[slowest]["ms"] / 1000, {"note": slowest, "per_zoekvraag": results, "meting": how}),
            (results[heaviest]["kb"], {"note": heaviest, "per_zoekvraag": results, "meting": how}))
