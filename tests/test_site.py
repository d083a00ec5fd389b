"""What a reader finds in the built site: every page there, rendered whole, in Dutch,
with its source, its abbreviations explained and nothing loaded from elsewhere."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from macros import render
from macros.reference import load_reference
from tests.conftest import ROOT

REFERENCE = load_reference(ROOT / "data")
CONTENT_PAGES = [p for p in (ROOT / "docs").rglob("*.md")]


def page_html(html_pages, doc: str) -> str:
    """HTML of the page built from docs/<doc> (e.g. 'leidraad/rubriek-5.md')."""
    key = "index.html" if doc == "index.md" else (
        doc[: -len("index.md")] + "index.html" if doc.endswith("/index.md")
        else doc[:-3] + "/index.html")
    return html_pages[key]


def article(html: str) -> str:
    """Just the page content, without navigation."""
    start = html.index('<article class="md-content__inner')
    return html[start: html.index("</article>", start)]


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_strict_build_passes_without_warnings(build_result):
    result, _ = build_result
    assert result.returncode == 0, result.stderr[-4000:]
    assert "WARNING" not in result.stderr


@pytest.mark.parametrize("number", range(1, 9))
def test_every_rubric_has_its_page_with_its_questions(html_pages, number):
    rubric = REFERENCE.rubrics[number]
    html = article(page_html(html_pages, rubric.page))
    assert f"Rubriek {number}" in html
    assert len(visible_text(html)) > 1200, "de rubriekpagina is nauwelijks gevuld"
    for question in rubric.questions:
        assert f'<li id="{question.id}"' in html
    assert html.count('<li id="rubriek-') == len(rubric.questions)


@pytest.mark.parametrize("number, origin, additions", [
    (1, "geeft bij deze rubriek geen reflectievragen", []),
    (5, "De vragen volgen de reflectievragen uit de toelichting", []),
    (6, "die met ‘aanvulling’ leidde de kennisbank af",
     ["rubriek-6-welke-informatie", "rubriek-6-toestemming", "rubriek-6-interne-doorstroming"]),
    (8, "die met ‘aanvulling’ leidde de kennisbank af", ["rubriek-8-kwaliteitszorg"]),
    # Rubric 4's questions are the leidraad's examples of information, not reflection
    # questions, and it asks nothing about the centrumbeleid.
    (4, "wel voorbeelden van praktische informatie in vraagvorm", ["rubriek-4-centrumbeleid"]),
])
def test_a_rubric_page_says_which_questions_are_the_leidraads(html_pages, number, origin,
                                                               additions):
    """MLER_136 asks no questions for rubrics 1, 2, 3 and 7 and only some of those on
    rubrics 6 and 8: a reader must not take ours for the leidraad's."""
    html = article(page_html(html_pages, REFERENCE.rubrics[number].page))
    assert origin in visible_text(html)
    marked = re.findall(r'<li id="([^"]+)">(?:(?!</li>).)*class="vraag-aanvulling"', html, re.S)
    assert marked == additions


@pytest.mark.parametrize("number", range(1, 9))
def test_each_leidraad_question_quotes_the_passage_it_paraphrases(html_pages, number):
    rubric = REFERENCE.rubrics[number]
    html = article(page_html(html_pages, rubric.page))
    for question in rubric.questions:
        item = html.split(f'<li id="{question.id}"', 1)[1].split("</li>", 1)[0]
        if question.from_source:
            assert 'class="vraag-bron">Toelichting: „' in item, question.id
            words = re.sub(r"<[^>]+>", "", item)  # abbreviations get their <abbr>
            for passage in question.passages:
                assert passage in words, (question.id, passage)
        else:
            assert "vraag-bron" not in item, question.id


def test_where_no_region_gave_a_contact_the_page_links_the_form_for_regions(html_pages):
    form = "/issues/new?template=regio.yml"
    for letter in "abcdefghi":
        text = article(page_html(html_pages, REFERENCE.tasks[letter].page))
        assert "Nog geen regio heeft voor deze opdracht een aanspreekpunt opgegeven." in text
        assert form in text.split("Nog geen regio heeft")[1].split("</p>")[0], letter
    regions = article(page_html(html_pages, "regios/index.md"))
    assert "Er zijn nog geen regio" in regions and form in regions


@pytest.mark.parametrize("letter", list("abcdefghi"))
def test_every_task_has_its_page_with_reading_and_examples(html_pages, letter):
    task = REFERENCE.tasks[letter]
    html = article(page_html(html_pages, task.page))
    text = visible_text(html)
    assert f"Opdracht {letter})" in text
    for section in ("Wat het decreet vraagt", "Hoe de nota dit leest", "Voorbeelden"):
        assert section in text, f"opdracht {letter} mist de sectie '{section}'"


def test_task_overview_links_every_task(html_pages):
    html = article(page_html(html_pages, "nroc/artikel-16/index.md"))
    for letter in "abcdefghi":
        assert f'href="opdracht-{letter}/"' in html


def test_no_template_code_left_in_any_page(html_pages):
    for name, html in html_pages.items():
        assert "{{" not in html and "{%" not in html, name


_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)  # a Markdown paragraph carries no attributes
_ABBR_OR_CODE = re.compile(r"<abbr\b[^>]*>.*?</abbr>|<code>.*?</code>", re.S)


def test_abbreviations_explained_on_every_page(html_pages):
    """Wherever running text uses an abbreviation from the glossary, it is explained."""
    terms = [t for t in REFERENCE.terms if render._tooltip_safe(t)]
    words = {t.abbreviation: re.compile(rf"(?<![\w-]){re.escape(t.abbreviation)}(?![\w-])")
             for t in terms}
    unexplained, checked = [], 0
    for name, html in html_pages.items():
        if '<article class="md-content__inner' not in html:
            continue
        for paragraph in _PARAGRAPH.findall(article(html)):
            text = visible_text(_ABBR_OR_CODE.sub(" ", paragraph))
            for term, pattern in words.items():
                if pattern.search(text):
                    unexplained.append(f"{name}: {term}")
            checked += 1
    assert checked > 500, checked  # the test looked at the site, not at nothing
    assert not unexplained, unexplained[:20]
    html = article(page_html(html_pages, "leidraad/rubriek-6.md"))
    assert re.search(r'<abbr title="[^"]*[Cc]entrum voor leerlingenbegeleiding[^"]*">CLB</abbr>', html)
    for term in ("CLB", "NROC", "OCNROC", "ISC", "PBD", "ONW", "MDO", "GOK", "BuO", "MFC",
                 "SID-in", "POC", "LLB"):
        assert any(t.abbreviation == term for t in REFERENCE.terms), f"{term} ontbreekt in begrippen"


def test_glossary_lists_every_term_with_anchor(html_pages):
    html = article(page_html(html_pages, "begrippen.md"))
    for term in REFERENCE.terms:
        anchor = "begrip-" + re.sub(r"[^a-z0-9]+", "-", term.abbreviation.lower()).strip("-")
        match = re.search(rf'<dt id="{re.escape(anchor)}">(.*?)</dt>', html, re.S)
        assert match, f"geen <dt id=\"{anchor}\"> voor {term.abbreviation}"
        assert visible_text(match.group(1)).strip() == term.abbreviation
    anchors = re.findall(r'<dt id="([^"]+)"', html)
    assert len(anchors) == len(set(anchors)) == len(REFERENCE.terms)


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video") and attrs.get("src"):
            self.urls.append((tag, attrs["src"]))
        if tag == "link" and attrs.get("href") and attrs.get("rel") in (
                "stylesheet", "preload", "preconnect", "dns-prefetch", "icon", "modulepreload"):
            self.urls.append((tag, attrs["href"]))


def test_nothing_loaded_from_a_third_party_host(html_pages, site):
    for name, html in html_pages.items():
        parser = _Assets()
        parser.feed(html)
        for tag, url in parser.urls:
            assert not re.match(r"^(https?:)?//", url), f"{name} laadt {url} via <{tag}>"
    for css in site.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text(encoding="utf-8"), css
        assert not re.search(r"@import\s+url\(['\"]?https?:", css.read_text(encoding="utf-8")), css


def test_every_page_has_language_title_description_source_and_date(html_pages):
    for name, html in html_pages.items():
        if name == "404.html":
            continue
        assert '<html lang="nl"' in html, name
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        if name != "index.html":  # every other page names itself before the site
            assert not title.startswith("Kennisbank leerlingenbegeleiding"), f"{name}: {title}"
        description = re.search(r'<meta name="description" content="([^"]+)"', html)
        assert description and len(description.group(1)) > 20, f"{name}: geen meta description"
        assert 'class="paginabron"' in html, f"{name}: geen bron onderaan"
        assert "Laatst nagekeken:" in html, name


def test_every_page_has_its_own_description(html_pages):
    descriptions = {}
    for name, html in html_pages.items():
        if name == "404.html":
            continue
        description = re.search(r'<meta name="description" content="([^"]+)"', html).group(1)
        assert description not in descriptions, f"{name} en {descriptions.get(description)}"
        descriptions[description] = name


def test_every_page_has_an_edit_link(html_pages):
    # The 404 page and the whole-handbook page are made by the build, not from a file.
    for name, html in html_pages.items():
        if name in ("404.html", "handboek/index.html"):
            continue
        # Pages edit their Markdown; a practice's page edits its data file.
        assert re.search(r'<a href="[^"]+/edit/main/(docs/[^"]+\.md|data/praktijken/[^"]+\.yml)"'
                         r'[^>]*class="md-content__button', html), name


def test_no_page_shows_contact_data_from_the_sources(html_pages):
    # The leidraad's source names two staff members with e-mail and phone: not for the site.
    for name, html in html_pages.items():
        assert "katholiekonderwijs.vlaanderen" not in html, name
        assert "vrijclbnetwerk.be" not in html, name
        assert not re.search(r"\b0\d \d{3} \d{2} \d{2}\b", html), name


def test_every_page_is_in_the_navigation_or_reached_from_an_overview():
    import pathspec

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = config.split("not_in_nav: |\n", 1)[1].split("\n\n", 1)[0]
    off_menu = pathspec.PathSpec.from_lines("gitignore", [line.strip() for line in block.splitlines()])
    for path in CONTENT_PAGES:
        relative = path.relative_to(ROOT / "docs").as_posix()
        if off_menu.match_file(relative):
            continue
        assert f" {relative}\n" in config, f"{relative} staat niet in de navigatie"


def test_whole_handbook_gathers_every_page_with_a_table_of_contents(html_pages):
    html = html_pages["handboek/index.html"]
    assert "Volledig handboek" in html and ">Inhoud<" in html
    for rubric in REFERENCE.rubrics.values():
        for question in rubric.questions:
            assert question.id in html  # print-site prefixes ids with the page path
    for task in REFERENCE.tasks.values():
        assert f"Opdracht {task.letter})" in html
    assert "Rollen en verantwoordelijkheden" in html
    # Tools and fiches stay out of the handbook.
    assert "data-werkblad" not in html


def test_theme_markup_is_valid_html_where_the_nu_checker_objected(html_pages):
    # hooks/valid_html.py removes what the Nu HTML checker rejects in Material's templates.
    for name, html in html_pages.items():
        assert 'tabindex=""' not in html, name
        assert not re.search(r'<input[^>]*type="checkbox"[^>]*autocomplete=', html), name
        assert " heading-number=" not in html, name


def test_catalogue_filters_take_their_place_before_the_list_is_drawn(html_pages):
    # No layout shift: the form is shown by CSS once html has the class set in <head>.
    html = html_pages["praktijken/index.html"]
    assert 'document.documentElement.classList.add("met-js")' in html.split("</head>")[0]
    assert "<form class=\"catalogus-filter\" data-catalogus-filter hidden" not in html
