"""Searching the built site in headless Chromium, typed as readers type: without
diacritics, with a typo, a compound split or joined, a name without its symbol, an
abbreviation for its expansion and back. Each query names the page a reader looks for;
it must be among the first five results."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from macros.reference import load_reference
from macros.search_terms import fold, indexed_text, word_key
from tests.a11y import WIDTHS, axe_violations
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

RESULTS = "[data-zoeken-resultaten] a"
STATUS = "[data-zoeken-status]"
REFERENCE = load_reference(ROOT / "data")


def open_search(page, url: str = "./"):
    page.goto(url)
    page.keyboard.press("/")
    return page.locator("[data-zoeken-invoer]")


def search(page, query: str, url: str = "./") -> list[str]:
    """Type a query as a reader does and return the first five result pages, best first."""
    box = open_search(page, url)
    box.press_sequentially(query)
    answered(page)
    return [urlsplit(h).path for h in page.locator(RESULTS).evaluate_all(
        "links => links.slice(0, 5).map(a => a.href)")]


def answered(page) -> str:
    """Wait until the results (or their absence) are shown for what is in the box."""
    page.wait_for_function(
        "() => document.querySelector('[data-zoeken-resultaten]').getAttribute('data-zoeken-vraag')"
        " === document.querySelector('[data-zoeken-invoer]').value.trim()", timeout=15_000)
    return page.locator(STATUS).inner_text()


def every_result(page) -> list[str]:
    """All result pages, following "Meer resultaten" to the end."""
    more = page.locator("[data-zoeken-meer] button")
    while more.is_visible():
        count = page.locator(RESULTS).count()
        more.click()
        page.wait_for_function(f"() => document.querySelectorAll('{RESULTS}').length > {count}")
    return [urlsplit(h).path for h in page.locator(RESULTS).evaluate_all("ls => ls.map(a => a.href)")]


def assert_found(page, query: str, expected: str) -> None:
    pages = search(page, query)
    assert "/" + expected in pages, f"{query!r}: {expected} niet bij de eerste vijf: {pages}"
    assert page.external_requests == []


# Words the site uses, each found where it is written, spelled as on the site.
EXACT = [
    ("beroepsgeheim", "leidraad/rubriek-6/"),
    ("spijbelen", "nroc/artikel-16/opdracht-e/"),
    ("huisonderwijs", "nroc/artikel-16/opdracht-c/"),
    ("vaccinaties", "nroc/artikel-16/opdracht-d/"),
    ("schoolraad", "leidraad/regelgeving/"),
    ("draaischijffunctie", "leidraad/rubriek-4/"),
]
# Without the diacritics the site writes, and with diacritics the site does not write.
DIACRITICS = [
    ("zorgcontinuum", "achtergrond/"),
    ("hierarchische", "leidraad/rubriek-6/"),
    ("officiele", "over/"),
    ("continuum van zorg", "leidraad/rubriek-5/"),
    ("efficiente", "nroc/artikel-16/opdracht-b/"),
    ("spijbelén", "nroc/artikel-16/opdracht-e/"),
    ("beroepsgeheïm", "leidraad/rubriek-6/"),
]
# One letter wrong, missing, extra or two swapped, in words of five letters or more,
# the first letter included.
TYPOS = [
    ("hierarchsiche", "leidraad/rubriek-6/"),
    ("draaischijfunctie", "leidraad/rubriek-4/"),
    ("beroepsgeheimm", "leidraad/rubriek-6/"),
    ("spijbelem", "nroc/artikel-16/opdracht-e/"),
    ("huisonderwjis", "nroc/artikel-16/opdracht-c/"),
    ("vaccinatis", "nroc/artikel-16/opdracht-d/"),
    ("xpijbelen", "nroc/artikel-16/opdracht-e/"),
    ("uisonderwijs", "nroc/artikel-16/opdracht-c/"),
]
# A compound typed as two words or two words as one; a name without its symbol.
VARIANTS = [
    ("zorg continuum", "achtergrond/"),
    ("draaischijf functie", "leidraad/rubriek-4/"),
    ("beroeps geheim", "leidraad/rubriek-6/"),
    ("school raad", "leidraad/regelgeving/"),
    ("celleerlingenbegeleiding", "leidraad/rubriek-5/"),
    ("clbchat", "praktijken/clbchat/"),
    ("clb chat", "praktijken/clbchat/"),
    ("sidin", "praktijken/sid-in-beurs/"),
    ("sid in beurs", "praktijken/sid-in-beurs/"),
    # A word the site has only as the end of compounds, Dutch's main word.
    ("uitval", "praktijken/samen-tegen-schooluitval/"),
    ("dossier", "leidraad/rubriek-6/"),
]
# data/referentie/begrippen.yml both ways: each page writes only the other form.
ABBREVIATIONS = [
    ("multidisciplinair overleg", "leidraad/rubriek-6/"),
    ("gelijke onderwijskansen", "leidraad/rubriek-2/"),
    ("ondersteuningsnetwerk", "leidraad/rubriek-3/"),
    ("multifunctioneel centrum", "leidraad/rubriek-2/"),
    ("lokaal overlegcomite", "nroc/"),
]


@pytest.mark.parametrize("query, expected", EXACT + DIACRITICS + TYPOS + VARIANTS + ABBREVIATIONS)
def test_search_finds_the_page_a_reader_means(page, query, expected):
    assert_found(page, query, expected)


# Another Dutch spelling of a sound, two edits or more from the site's word
# (docs/javascripts/zoeken/spelling.js): y for ij and back, ij for ei, gt for cht, qu for
# kw, k for c and ks for x, -iese for -ische. Each differs early in the word, where what
# Pagefind makes of it (the longest start it has) does not find the page.
SPELLINGS = [
    ("byzondere", "leidraad/"),
    ("analijse", "achtergrond/"),
    ("gehijmhouding", "wegwijs/clb/"),
    ("oprigting", "nroc/"),
    ("qualiteitszorg", "leidraad/rubriek-8/"),
    ("kontekst", "leidraad/bijlagen/"),
    ("juridiese", "leidraad/rubriek-6/"),
]


@pytest.mark.parametrize("query, expected", SPELLINGS)
def test_search_finds_a_word_typed_in_another_dutch_spelling(page, query, expected):
    assert_found(page, query, expected)
    assert page.locator("[data-zoeken-suggesties]").inner_text().startswith("Bedoelde je: ")


def written_only(pages: dict[str, str], form: str, other: str) -> set[str]:
    def has(text, words):
        return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None
    return {url for url, text in pages.items() if has(text, form) and not has(text, other)}


def test_every_abbreviation_and_its_expansion_find_each_other(page, site):
    """For every term in begrippen.yml with a page that writes only one of its forms,
    searching the other form finds such a page (where both forms are common, pages that
    write both may rank above it; the hand-picked cases above check the first five)."""
    pages = {}
    for path in site.rglob("index.html"):
        text = indexed_text(path.read_text(encoding="utf-8"))
        if text:
            pages["/" + path.parent.relative_to(site).as_posix().strip(".") + "/"] = fold(text)
    checked, missed = 0, []
    for term in REFERENCE.terms:
        short, full = fold(term.abbreviation), fold(re.split(r", | \(", term.full)[0])
        for query, targets in ((term.abbreviation, written_only(pages, full, short)),
                               (full, written_only(pages, short, full))):
            if not targets:
                continue
            checked += 1
            search(page, query)
            found = every_result(page)
            if not targets & set(found):
                missed.append(f"{query!r}: {sorted(targets)[:3]} niet in {found}")
    assert checked >= 10, checked
    assert missed == [], "\n".join(missed)


def test_exact_spelling_ranks_above_a_correction(page):
    # "continuum" is a word of its own on rubric 5 and part of "zorgcontinuüm" elsewhere.
    assert search(page, "continuüm")[0] == "/leidraad/rubriek-5/"


def test_a_typo_is_answered_with_the_word_the_site_uses(page):
    search(page, "hierarchsiche")
    suggestion = page.locator("[data-zoeken-suggesties]")
    assert "Bedoelde je: hierarchische" in suggestion.inner_text()


@pytest.mark.parametrize("query, shown", [
    ("intake", False),              # shares "int" with the site: pages about anything
    ("dyslexie", False),
    ("leerlingbespreking", True),   # shares "leerlingbe": pages about leerlingbegeleiding
])
def test_a_word_the_site_lacks_shows_what_starts_like_it_only_when_that_is_much_of_it(page, query, shown):
    box = open_search(page)
    box.press_sequentially(query)
    status = answered(page)
    links = page.locator(RESULTS).count()
    if shown:
        assert status.startswith(f"Geen resultaten voor “{query}”; wel ") and links > 0
    else:
        assert status == f"Geen resultaten voor “{query}”" and links == 0


def test_a_query_without_result_says_so_suggests_terms_and_links_the_catalogue(page):
    # Two letters too many: no correction, but the closest word on the site is suggested.
    box = open_search(page)
    box.press_sequentially("samenwerkingsafsprakkenn")
    assert answered(page).startswith("Geen resultaten voor “samenwerkingsafsprakkenn”")
    suggestions = page.locator("[data-zoeken-suggesties]")
    assert "Bedoelde je: samenwerkingsafspraken" in suggestions.inner_text()
    catalogue = suggestions.get_by_role("link", name="catalogus van goede praktijken")
    assert urlsplit(catalogue.get_attribute("href")).path == "/praktijken/"
    # Following the suggestion searches again and finds the leidraad.
    suggestions.get_by_role("button", name="samenwerkingsafspraken").click()
    page.wait_for_function("() => /^\\d+ resultaten$/.test("
                           "document.querySelector('[data-zoeken-status]').textContent)")
    assert "/leidraad/" in [urlsplit(h).path for h in page.locator(RESULTS).evaluate_all(
        "links => links.slice(0, 5).map(a => a.href)")]


def test_a_word_on_no_page_is_left_out_and_the_reader_told_which(page):
    # "paardrijden" is on no page and nothing near it is: what "huisonderwijs" finds is
    # shown, not what Pagefind makes of "p..." with it.
    assert "/nroc/artikel-16/opdracht-c/" in search(page, "huisonderwijs paardrijden")
    status = page.locator(STATUS)
    assert re.fullmatch(r"Geen resultaten met “paardrijden”; dit zijn de \d+ resultaten zonder dat woord",
                        status.inner_text()), status.inner_text()
    assert status.get_attribute("role") == "status"  # a screen reader hears it


def test_nonsense_finds_nothing_and_says_so(page):
    box = open_search(page)
    box.press_sequentially("xqzvwk")
    assert answered(page) == "Geen resultaten voor “xqzvwk”"
    assert page.locator(RESULTS).count() == 0
    suggestions = page.locator("[data-zoeken-suggesties]")
    assert suggestions.inner_text().startswith("Blader in de catalogus van goede praktijken")


def test_practice_results_show_region_and_tasks(page):
    search(page, "clbchat")
    first = page.locator(RESULTS).first
    assert urlsplit(first.get_attribute("href")).path == "/praktijken/clbchat/"
    assert "Regio: Heel Vlaanderen · Opdrachten: a" in first.inner_text()


def _words(site: Path) -> list[list]:
    """The site's word list (macros/search_terms.py): [key, pages, practices, form?]."""
    return [e for f in sorted((site / "zoeken" / "woorden").glob("v-*.json"))
            for e in json.loads(f.read_text(encoding="utf-8"))]


def test_a_word_only_a_practice_has_finds_that_practice_first(page, site):
    # The pages cannot answer it: the practices' index is searched at once.
    word = next(e[0] for e in _words(site) if e[1] == 0 and e[2] == 1 and len(e[0]) >= 8
                and len(e) == 3 and e[0].isalpha())
    practice = next(path.parent.name for path in sorted(site.glob("praktijken/*/index.html"))
                    if word in {word_key(w) for w in indexed_text(path.read_text(encoding="utf-8")).split()})
    assert search(page, word)[0] == f"/praktijken/{practice}/", word


def test_a_word_no_practice_has_brings_up_no_practice(page, site):
    # Pagefind answers a word missing from an index with the longest start of it that is
    # there ("h" for "hierarchische"): the practices' index is not asked.
    entries = _words(site)
    practice_starts = {e[0][:n] for e in entries if e[2] for n in range(3, len(e[0]) + 1)}
    words = [e[0] for e in entries if e[1] >= 2 and e[2] == 0 and len(e[0]) >= 9
             and e[0][:-2] not in practice_starts and e[0].isalpha()]
    assert len(words) >= 3
    for word in words[:3]:
        search(page, word)
        found = every_result(page)
        assert found and not [p for p in found if p.startswith("/praktijken/") and p != "/praktijken/"], (word, found)


def test_practices_are_searched_once_typing_pauses_when_the_pages_have_results(page):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(urlsplit(r.url).path))
    box = open_search(page)
    # The list as it is when the first results for the whole query are on screen.
    page.evaluate("""() => {
      const list = document.querySelector('[data-zoeken-resultaten]');
      new MutationObserver(() => {
        if (!window.__first && list.getAttribute('data-zoeken-eerste') === 'leerlingen') {
          window.__first = [...list.querySelectorAll('a')].map(a => new URL(a.href).pathname);
        }
      }).observe(list, {attributes: true, attributeFilter: ['data-zoeken-eerste']});
    }""")
    # Typed at a steady pace, shorter than the pause (400 ms) that completes a query.
    box.press_sequentially("leerlingen", delay=150)
    page.wait_for_function("() => window.__first")
    while_typing = list(requested)
    assert [p for p in while_typing if p.startswith("/pagefind/index/")]
    assert not [p for p in while_typing if p.startswith("/pagefind/praktijken/")], while_typing
    first = page.evaluate("window.__first")
    assert first and not [p for p in first if p.startswith("/praktijken/") and p != "/praktijken/"]
    answered(page)
    assert [p for p in requested if p.startswith("/pagefind/praktijken/")]
    assert [p for p in every_result(page) if p.startswith("/praktijken/") and p != "/praktijken/"]
    assert re.fullmatch(r"\d+ resultaten", page.locator(STATUS).inner_text())


def test_on_a_slow_connection_a_late_answer_does_not_break_the_search(page):
    # Index chunks that take half a second: the answer for what was typed before the
    # pause arrives after the search that the pause starts, and must not undo it.
    page.context.route("**/pagefind/index/**", lambda route: (time.sleep(0.5), route.continue_()))
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    assert search(page, "beroepsgeheim")[0] == "/leidraad/rubriek-6/"
    assert re.fullmatch(r"\d+ resultaten?", page.locator(STATUS).inner_text())
    assert errors == []


def test_fiches_and_handbook_are_not_results(page):
    # Both repeat pages that are found themselves.
    for query in ("beroepsgeheim", "spijbelen", "Internettensamenwerkingscel"):
        pages = search(page, query)
        assert pages and not [p for p in pages if p.startswith(("/fiches/", "/handboek/"))], pages


def test_keyboard_slash_arrows_enter_and_highlight_on_the_target_page(page):
    page.goto("leidraad/")
    page.keyboard.press("/")
    page.keyboard.type("hierarchische")
    answered(page)
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused.startswith("/leidraad/rubriek-6/")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.matches('[data-zoeken-invoer]')")
    page.keyboard.press("Enter")  # Enter in the box opens the first result
    page.wait_for_url(re.compile(r"/leidraad/rubriek-6/\?h="))
    assert parse_qs(urlsplit(page.url).query)["h"] == ["hierarchische"]
    marks = page.locator("article mark[data-md-highlight]")
    assert marks.first.inner_text() == "hiërarchische"
    # A handout printed from here does not carry the marks.
    page.emulate_media(media="print")
    assert marks.first.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.emulate_media(media="screen")
    # Escape closes the search again.
    page.keyboard.press("/")
    assert page.locator("#__search").is_checked()
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()


def test_search_loads_nothing_until_used_and_nothing_from_another_host(page):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(urlsplit(r.url).path))
    page.goto("./")
    page.wait_for_load_state("networkidle")
    assert not [p for p in requested if p.startswith(("/pagefind/", "/zoeken/"))]
    search(page, "beroepsgeheim")
    assert [p for p in requested if p.startswith("/pagefind/")]
    assert page.external_requests == []


def test_the_page_under_the_open_search_is_out_of_reach_until_it_closes(page):
    in_page = "() => !!document.activeElement.closest('.md-container')"
    search(page, "beroepsgeheim")
    for _ in range(30):  # round the dialog and the header more than once
        page.keyboard.press("Tab")
        assert not page.evaluate(in_page), "Tab komt op de pagina onder de open zoekfunctie"
    page.keyboard.press("Escape")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate(in_page):
            break
    else:
        pytest.fail("na het sluiten van de zoekfunctie bereikt Tab de pagina niet meer")


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_violation_in_open_search_with_results(page, width):
    page.set_viewport_size(WIDTHS[width])
    search(page, "hierarchsiche")
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)


@pytest.mark.parametrize("query", ["!!!", "<img src=x onerror=alert(1)>", "a", "  spijbelen   "])
def test_odd_input_gets_an_answer_and_never_markup_or_an_error(page, query):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    box = open_search(page)
    box.press_sequentially(query)
    status = answered(page)
    assert "resulta" in status
    assert page.locator("[data-zoeken] img").count() == 0  # typed text is never HTML
    assert errors == []
