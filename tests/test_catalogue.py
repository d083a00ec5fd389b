"""The catalogue of good practices in headless Chromium, as a reader meets it: words
searched within the filtered practices, with the site search's tolerance, the state in
the address, what loads when, the keyboard, print and axe. On the site built with the
fictional practices (tests/fixtures/kennisbank/); the filters alone are in
test_browser.py."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from macros.paths import catalogue_page_count
from tests.a11y import WIDTHS
from tests.conftest import FIXTURES, copy_project, run_build
from tests.serving import serve

pytestmark = pytest.mark.browser

ALL = ["praktijk-alleen-rubriek", "praktijk-twee-opdrachten", "praktijk-vlaanderen-breed"]


def visible_practices(page) -> list[str]:
    return page.locator(".catalogus-lijst .praktijk:visible").evaluate_all("els => els.map(e => e.id)")


def entry_as_read(page, entry_id: str) -> dict:
    return page.locator(f"#{entry_id}").evaluate(
        "el => ({text: el.innerText, link: el.querySelector('a').href,"
        " classes: [...el.querySelectorAll('[class]')].map(e => e.className)})")


def answered(page) -> str:
    """Wait until the list answers the state in the address; the counter's text."""
    page.wait_for_function(
        "() => document.querySelector('[data-catalogus]').getAttribute('data-catalogus-antwoord')"
        " === location.search", timeout=15_000)
    return page.locator("[data-catalogus-teller]").inner_text()


def search(page, words: str) -> str:
    """Type words after what the field holds; the counter once the list answers them."""
    page.locator("#filter-q").press_sequentially(words)
    page.wait_for_function(  # the address first: the list answered what was there before
        "w => new URLSearchParams(location.search).get('q') === w",
        arg=page.locator("#filter-q").input_value().strip())
    return answered(page)


def open_catalogue(page, query: str = ""):
    page.goto("praktijken/" + query)
    page.wait_for_load_state("networkidle")


def test_a_word_only_in_a_description_finds_the_practice(fixture_page):
    page = fixture_page
    open_catalogue(page)
    counter = search(page, "keukentafel")
    assert visible_practices(page) == ["praktijk-twee-opdrachten"]
    assert counter == "1 van 3 goede praktijken"
    # Where the word is, marked; and the practice's page marks it too.
    entry = page.locator("#praktijk-twee-opdrachten")
    assert entry.locator(".praktijk__fragment mark").first.inner_text().lower().startswith("keukentafel")
    link = urlsplit(entry.locator("a").get_attribute("href"))
    assert link.path == "/praktijken/twee-opdrachten/" and parse_qs(link.query)["h"] == ["keukentafel"]
    assert page.external_requests == []


@pytest.mark.parametrize("words", [
    "keukentafl",              # a letter missing
    "huiswerkbyeenkomst",      # y for ij
    "coordinator",             # without the diaeresis
    "keuken tafel",            # a compound in two words
    "bijeenkomst",             # the end of a compound (huiswerkbijeenkomst), its main word
])
def test_a_word_typed_as_readers_type_finds_the_practice(fixture_page, words):
    open_catalogue(fixture_page)
    search(fixture_page, words)
    assert visible_practices(fixture_page)[:1] == ["praktijk-twee-opdrachten"]


@pytest.mark.parametrize("words, found", [
    ("voorbeeldregio", ["praktijk-alleen-rubriek", "praktijk-twee-opdrachten"]),  # a region
    ("psychisch", ["praktijk-twee-opdrachten"]),  # the first word of a detail: its domain
])
def test_a_detail_of_a_practice_finds_it_and_shows_where(fixture_page, words, found):
    """The details under a practice are found, and where they are shows them as words of
    their own: Pagefind's text had each label and its value as one ("DomeinenPsychisch")."""
    page = fixture_page
    open_catalogue(page)
    search(page, words)
    assert sorted(visible_practices(page)) == found
    excerpt = page.locator(f"#{found[0]} .praktijk__fragment").inner_text()
    assert re.search(rf"(^|[\s(]){words}\b", excerpt, re.IGNORECASE), excerpt


def test_words_and_filters_narrow_each_other_and_the_options_count_what_is_left(fixture_page):
    page = fixture_page
    open_catalogue(page)
    assert search(page, "verzonnen") == "3 van 3 goede praktijken"
    page.select_option("#filter-opdracht", "h")
    assert answered(page) == "1 van 3 goede praktijken"
    assert visible_practices(page) == ["praktijk-vlaanderen-breed"]
    # Counted among what the word found, with the other filters kept, once typing paused.
    page.wait_for_function(
        "() => document.querySelector('[data-catalogus]').getAttribute('data-catalogus-aantallen')"
        " === location.search")
    assert page.locator("#filter-opdracht option[value='g']").inner_text().endswith("(1)")
    assert page.locator("#filter-regio option[value='voorbeeldregio']").inner_text().endswith("(0)")
    assert page.locator("#filter-regio option[value='vlaanderen']").inner_text().endswith("(1)")
    # A word that no practice with this task has: an empty list that says what to do.
    page.fill("#filter-q", "")
    search(page, "keukentafel")
    assert visible_practices(page) == []
    empty = page.locator("[data-catalogus-leeg]")
    assert empty.is_visible() and "met deze filters" in empty.inner_text()
    # Everything cleared: the page as built.
    page.click("form[data-catalogus-filter] button[type=reset]")
    page.wait_for_function("() => !location.search")
    answered(page)
    assert visible_practices(page) == ALL
    assert page.locator("#filter-q").input_value() == ""


def test_a_shared_address_restores_the_words_and_the_filters(fixture_page):
    """And searches the catalogue's own word index: none of Pagefind's code, WebAssembly
    or index is fetched, only the file of the word's first two letters."""
    page = fixture_page
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    open_catalogue(page, "?q=verzonnen&opdracht=h")
    assert answered(page) == "1 van 3 goede praktijken"
    assert page.locator("#filter-q").input_value() == "verzonnen"
    assert page.locator("#filter-opdracht").input_value() == "h"
    assert visible_practices(page) == ["praktijk-vlaanderen-breed"]
    assert "/zoeken/catalogus/woorden/ve.json" in fetched
    assert not [path for path in fetched if "/pagefind/" in path]


def test_back_from_a_practice_the_search_is_still_there(fixture_page):
    page = fixture_page
    open_catalogue(page)
    search(page, "verzonnen")
    page.select_option("#filter-opdracht", "h")
    answered(page)
    page.click("#praktijk-vlaanderen-breed a")
    page.wait_for_url("**/praktijken/vlaanderen-breed/**")
    page.go_back()
    assert answered(page) == "1 van 3 goede praktijken"
    assert page.locator("#filter-q").input_value() == "verzonnen"
    assert visible_practices(page) == ["praktijk-vlaanderen-breed"]


def test_a_word_no_practice_has_is_left_out_and_named(fixture_page):
    page = fixture_page
    open_catalogue(page)
    counter = search(page, "keukentafel paardrijden")
    assert counter == ("Geen praktijken met \u201cpaardrijden\u201d; dit zijn de 1 van 3 goede "
                       "praktijken zonder dat woord")
    assert visible_practices(page) == ["praktijk-twee-opdrachten"]
    # Nothing at all: said so, and nothing listed. No practice has a word that starts
    # with "qx": its file of the word index is not there, and not asked for.
    page.fill("#filter-q", "")
    answers: list[tuple[str, int]] = []
    page.on("response", lambda response: answers.append((urlsplit(response.url).path, response.status)))
    assert search(page, "qxzwv") == "0 van 3 goede praktijken"
    assert visible_practices(page) == []
    assert "Probeer een ander woord" in page.locator("[data-catalogus-leeg]").inner_text()
    assert [path for path, status in answers if status >= 400] == []
    assert not [path for path, _ in answers if path.startswith("/zoeken/catalogus/woorden/qx")]


def test_a_word_two_letters_off_is_offered_as_the_practices_write_it(fixture_page):
    """Too far off to be corrected silently, so left out; "Bedoelde je" offers the word
    the practices have, and choosing it searches for it."""
    page = fixture_page
    open_catalogue(page)
    assert search(page, "keukentaffell") == "0 van 3 goede praktijken"
    hints = page.locator("[data-catalogus-suggesties]")
    hints.wait_for(state="visible")
    assert hints.inner_text() == "Bedoelde je: keukentafel"
    hints.get_by_role("button", name="keukentafel").click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'keukentafel'")
    assert answered(page) == "1 van 3 goede praktijken"
    assert visible_practices(page) == ["praktijk-twee-opdrachten"]
    assert hints.is_hidden()
    assert page.evaluate("document.activeElement.id") == "filter-q"


SEARCH_FILES = ("/pagefind/", "/zoeken/", "/javascripts/zoeken/logica.js")


def test_the_search_loads_only_once_the_reader_types(fixture_page):
    """Opening the catalogue, or using its filters, fetches nothing of the search:
    neither its word logic nor its index. The first key in the field starts it."""
    page = fixture_page
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    open_catalogue(page)
    page.select_option("#filter-opdracht", "g")
    answered(page)
    page.locator("#filter-q").focus()
    page.wait_for_timeout(300)
    assert [path for path in fetched if path.startswith(SEARCH_FILES)] == []
    with page.expect_request(lambda request: "/javascripts/zoeken/logica.js" in request.url):
        page.locator("#filter-q").press("k")
    search(page, "eukentafel")
    assert any(path.startswith("/zoeken/woorden/") for path in fetched)
    assert "/zoeken/catalogus/woorden/ke.json" in fetched
    # The word logic in one file (hooks/bundle_js.py), not module by module.
    assert "/javascripts/zoeken/logica.js" in fetched
    assert "/javascripts/zoeken/wordlist.js" not in fetched


def test_the_catalogue_works_with_the_keyboard_alone(fixture_page):
    page = fixture_page
    open_catalogue(page)
    page.locator("#filter-q").focus()
    page.keyboard.type("verzonnen")
    page.keyboard.press("Enter")  # searches at once, and stays on the page
    assert answered(page) == "3 van 3 goede praktijken"
    assert urlsplit(page.url).path == "/praktijken/"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "filter-opdracht"
    page.keyboard.press("h")  # the option that starts with "h)"
    page.wait_for_function("() => location.search.includes('opdracht=h')")
    assert answered(page) == "1 van 3 goede praktijken"
    # On through the other filters and the button, to the practice found.
    for _ in range(6):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li') && "
                         "document.activeElement.closest('li').id") == "praktijk-vlaanderen-breed"


def test_without_javascript_the_field_is_hidden_with_the_filters(browser, fixture_site_url):
    context = browser.new_context(base_url=fixture_site_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("praktijken/?q=keukentafel")
    assert not page.locator("#filter-q").is_visible()
    assert len(visible_practices(page)) == 3
    context.close()


def test_the_catalogue_prints_without_its_form(fixture_page):
    page = fixture_page
    open_catalogue(page, "?q=verzonnen")
    answered(page)
    page.emulate_media(media="print")
    assert not page.locator("form[data-catalogus-filter]").is_visible()
    assert len(visible_practices(page)) == 3


def test_a_printed_list_says_what_it_was_chosen_by(fixture_page):
    """On paper the form is not there: a line above the list names the words and the
    filters. On screen the form shows them, and the line is not there."""
    import io

    from pypdf import PdfReader

    page = fixture_page
    open_catalogue(page, "?q=keukentafel&opdracht=c")
    assert answered(page) == "1 van 3 goede praktijken"
    choice = page.locator("[data-catalogus-keuze]")
    assert not choice.is_visible()
    page.emulate_media(media="print")
    assert re.fullmatch("Gekozen: zoekwoorden \u201ckeukentafel\u201d; Opdracht \\(artikel 16\\): c\\) .+\\.",
                        choice.inner_text())
    printed = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    assert "Gekozen: zoekwoorden" in printed and "Opdracht (artikel 16): c)" in " ".join(printed.split())
    # Everything chosen away: no line, on paper either.
    page.emulate_media(media="screen")
    page.click("form[data-catalogus-filter] button[type=reset]")
    page.wait_for_function("() => !location.search")
    page.emulate_media(media="print")
    assert not choice.is_visible()


@pytest.fixture(scope="module")
def many_practices_url(tmp_path_factory):
    """The fictional practices and 110 copies of one: more than one page of the catalogue,
    and more than a few batches of its list. The copies come first (by title), so the
    other two fictional practices are on the last page."""
    tmp = tmp_path_factory.mktemp("veel-praktijken")
    project = copy_project(tmp, fixture_data=True)
    template = (FIXTURES / "praktijken" / "alleen-rubriek.yml").read_text(encoding="utf-8")
    for number in range(110):
        (project / "data" / "praktijken" / f"kopie-{number:03}.yml").write_text(
            template.replace("id: alleen-rubriek", f"id: kopie-{number:03}"), encoding="utf-8")
    result = run_build(project, tmp / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    with serve(tmp / "site") as url:
        yield url


@pytest.mark.parametrize("query", ["?rubriek=5", "?q=verzonnen&rubriek=5"])
def test_a_long_list_shows_more_on_request_and_moves_the_focus_there(browser, many_practices_url, query):
    context = browser.new_context(base_url=many_practices_url)
    page = context.new_page()
    page.goto("praktijken/" + query)
    assert answered(page) == "111 van 113 goede praktijken"
    assert len(visible_practices(page)) == 20
    more = page.locator("[data-catalogus-meer] button")
    assert more.inner_text() == "Toon 20 praktijken meer (nog 91)"
    page.emulate_media(media="print")  # on paper: the list as shown, no button
    assert not more.is_visible()
    page.emulate_media(media="screen")
    more.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('.catalogus-lijst .praktijk').length === 40")
    focused = page.evaluate("document.activeElement.closest('li').id")
    assert focused == visible_practices(page)[20]
    for shown in (60, 80, 100):
        more.click()
        page.wait_for_function(f"() => document.querySelectorAll('.catalogus-lijst .praktijk').length === {shown}")
    assert more.inner_text() == "Toon de laatste 11 praktijken"
    more.click()
    page.wait_for_function("() => document.querySelectorAll('.catalogus-lijst .praktijk').length === 111")
    assert not page.locator("[data-catalogus-meer]").is_visible()
    assert len(set(visible_practices(page))) == 111
    context.close()


def test_a_practice_beyond_the_page_is_drawn_as_its_own_page_shows_it(browser, many_practices_url):
    """The first page holds the first PAGE_SIZE practices; a filter that leaves one from
    the last page draws it from the compact index, the same as that page has it."""
    context = browser.new_context(base_url=many_practices_url)
    page = context.new_page()
    page.goto(f"praktijken/pagina-{catalogue_page_count(113)}/")
    served = entry_as_read(page, "praktijk-vlaanderen-breed")
    page.goto("praktijken/")
    page.select_option("#filter-opdracht", "h")
    assert answered(page) == "1 van 113 goede praktijken"
    assert entry_as_read(page, "praktijk-vlaanderen-breed") == served
    context.close()


def axe_violations(page) -> list[str]:
    from tests.a11y import axe_violations as violations

    # Off any button, past the theme's colour transition (as test_worksheet_flows does).
    page.mouse.move(0, 0)
    page.wait_for_timeout(300)
    return violations(page)


@pytest.mark.parametrize("width", [w["width"] for w in WIDTHS.values()])
@pytest.mark.parametrize("query", ["", "?q=keukentafel", "?q=qxzwv&opdracht=g", "?q=keukentaffell"])
def test_axe_finds_no_violation_in_the_catalogue(fixture_page, width, query):
    page = fixture_page
    page.set_viewport_size({"width": width, "height": 900})
    open_catalogue(page, query)
    if query:
        answered(page)
    if "taffell" in query:  # with "Bedoelde je"
        page.locator("[data-catalogus-suggesties]").wait_for(state="visible")
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)
