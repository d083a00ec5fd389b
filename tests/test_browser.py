"""The built site in headless Chromium, as a reader meets it: printing a handout, the
catalogue's filters, and axe-core's WCAG 2.2 AA rules on every page, on a phone and on a
desktop (searching is in test_search.py)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from macros.reference import load_reference
from tests.a11y import WIDTHS, axe_violations, scroll_sidebars
from tests.conftest import ROOT
from tests.test_catalogue import answered, entry_as_read, visible_practices

pytestmark = pytest.mark.browser
REFERENCE = load_reference(ROOT / "data")


def pdf_pages(page, path: str) -> list[str]:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    pdf = page.pdf(format="A4", print_background=False)
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]


def squash(text: str) -> str:
    """Compare text without whitespace: PDF extraction breaks and joins lines freely."""
    return re.sub(r"\s+", "", text)


def test_rubric_prints_as_handout_with_questions_and_no_navigation(page):
    rubric = REFERENCE.rubrics[5]
    pages = pdf_pages(page, "leidraad/rubriek-5/")
    text = " ".join(pages)
    assert "Rubriek 5" in text
    for question in rubric.questions:
        assert squash(question.text)[:60] in squash(text), f"vraag ontbreekt: {question.text}"
    # Navigation, search and buttons stay on screen.
    for screen_only in ("Zoeken", "Ik werk in een NROC-regio", "Wijzig deze pagina",
                        "Link naar deze vraag", "Terug naar boven"):
        assert screen_only not in text, f"'{screen_only}' staat in de afdruk"
    # Source and review date travel with the handout.
    assert "Laatst nagekeken" in text
    # Link targets are visible on paper.
    assert "http://127.0.0.1" in text


def test_printed_questions_are_not_cut_between_pages(page):
    pages = pdf_pages(page, "leidraad/rubriek-5/")
    for question in REFERENCE.rubrics[5].questions:
        words = question.text.split()
        first, last = squash(" ".join(words[:5])), squash(" ".join(words[-4:]))
        holders = [i for i, p in enumerate(pages) if first in squash(p)]
        assert holders, question.text
        assert last in squash(pages[holders[0]]), f"vraag over twee pagina's gesplitst: {question.text}"


def test_whole_handbook_prints_with_contents_and_without_navigation(page):
    pages = pdf_pages(page, "handboek/")
    text = " ".join(pages)
    assert len(pages) > 30, "het handboek lijkt onvolledig"
    assert "Inhoud" in pages[0]
    assert "Rubriek 5 - Rol- en taakverdeling" in text and "Opdracht i)" in text
    for screen_only in ("Zoeken", "Wijzig deze pagina", "Terug naar boven"):
        assert screen_only not in text
    assert "Pagina 2" in pages[1] and "Page " not in text


def built_pages():
    return sorted(
        p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")
    )


def url_of(doc: str) -> str:
    if doc == "index.md":
        return "./"
    return doc[: -len("index.md")] if doc.endswith("/index.md") else doc[:-3] + "/"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("url", [url_of(doc) for doc in built_pages()] + ["handboek/"])
def test_axe_finds_no_accessibility_violation(page, url, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto(url)
    page.wait_for_load_state("networkidle")
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)
    assert page.external_requests == []


# On a long page the navigation or the table of contents scrolls, under its sticky title.
# The rest of the page does not change as the sidebars scroll: the test above checks it.
@pytest.mark.parametrize("url", ["praktijken/", "begrippen/", "handboek/"])
def test_axe_finds_no_violation_in_a_scrolled_sidebar(page, url):
    page.set_viewport_size(WIDTHS["desktop"])
    page.goto(url)
    page.wait_for_load_state("networkidle")
    for fraction in (0.5, 1):
        assert scroll_sidebars(page, fraction), f"op {url} scrolt geen zijbalk: de test toetst niets"
        violations = axe_violations(page, within=".md-sidebar")
        assert violations == [], f"zijbalk voor {fraction:.0%} gescrold:\n" + "\n".join(violations)


def test_a_table_too_wide_for_the_screen_is_reachable_by_keyboard_and_only_then(page):
    # The table of rubric 1 fits a desktop, not a phone: there it scrolls sideways.
    wrapper = page.locator(".md-typeset__scrollwrap").first
    page.set_viewport_size(WIDTHS["desktop"])
    page.goto("leidraad/rubriek-1/")
    page.wait_for_load_state("networkidle")
    assert wrapper.get_attribute("tabindex") is None
    page.set_viewport_size(WIDTHS["phone"])
    page.wait_for_function("() => document.querySelector('.md-typeset__scrollwrap').tabIndex === 0",
                           timeout=5_000)
    wrapper.focus()
    page.keyboard.press("ArrowRight")  # the browser scrolls smoothly: wait for it
    page.wait_for_function("() => document.querySelector('.md-typeset__scrollwrap').scrollLeft > 0",
                           timeout=5_000)
    page.set_viewport_size(WIDTHS["desktop"])
    page.wait_for_function("() => !document.querySelector('.md-typeset__scrollwrap').hasAttribute('tabindex')",
                           timeout=5_000)


def test_catalogue_filters_by_task_and_region_and_keeps_state_in_url(fixture_page):
    page = fixture_page
    page.goto("praktijken/")
    assert len(visible_practices(page)) == 3
    served = entry_as_read(page, "praktijk-twee-opdrachten")
    page.select_option("#filter-opdracht", "g")
    page.select_option("#filter-regio", "voorbeeldregio")
    answered(page)  # the filters' index loads with the first choice
    assert visible_practices(page) == ["praktijk-twee-opdrachten"]
    # Drawn by the script from the page's template: it reads as the page's own entry.
    assert entry_as_read(page, "praktijk-twee-opdrachten") == served
    assert "1 van 3 goede praktijken" in page.locator("[data-catalogus-teller]").inner_text()
    assert "opdracht=g" in page.url and "regio=voorbeeldregio" in page.url
    # Each option says how many practices it would leave with the other filter kept.
    assert page.locator("#filter-opdracht option[value='c']").inner_text().endswith("(1)")
    assert page.locator("#filter-opdracht option[value='h']").inner_text().endswith("(0)")

    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    answered(page)
    assert page.locator("#filter-opdracht").input_value() == "g"
    assert page.locator("#filter-regio").input_value() == "voorbeeldregio"
    assert visible_practices(page) == ["praktijk-twee-opdrachten"]

    page.select_option("#filter-regio", "vlaanderen")
    answered(page)
    assert visible_practices(page) == []
    assert page.locator("[data-catalogus-leeg]").is_visible()
    page.click("form[data-catalogus-filter] button[type=reset]")
    page.wait_for_function("document.querySelectorAll('.catalogus-lijst .praktijk').length === 3")
    assert "opdracht=" not in page.url


def test_catalogue_without_javascript_shows_every_practice(browser, fixture_site_url):
    context = browser.new_context(base_url=fixture_site_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("praktijken/")
    assert len(visible_practices(page)) == 3
    assert not page.locator("form[data-catalogus-filter]").is_visible()
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["praktijken/", "praktijken/twee-opdrachten/", "regios/", "regios/voorbeeldregio/",
                                  "nroc/artikel-16/opdracht-g/"])
def test_axe_finds_no_violation_on_knowledge_base_pages(fixture_page, path, width):
    fixture_page.set_viewport_size(WIDTHS[width])
    fixture_page.goto(path)
    fixture_page.wait_for_load_state("networkidle")
    violations = axe_violations(fixture_page)
    assert violations == [], "\n".join(violations)
