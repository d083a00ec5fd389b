"""Fiches: a one-page A4 handout per rubric, per article 16 task and per region, reachable
from its page and printable with one button.

The rendering is tested without a build on the real reference lists and the fictional
practices and region (tests/fixtures/kennisbank/); the printing in headless Chromium."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from macros.fiches import region_fiche, rubric_fiche, task_fiche
from macros.knowledge import load_knowledge_base
from macros.markup import escape
from macros.paths import fiche_page, href, region_page
from macros.reference import load_reference, marks_additions, questions_origin
from tests.a11y import WIDTHS, axe_violations
from tests.conftest import ROOT, data_folder, edit

REFERENCE = load_reference(ROOT / "data")
RUBRICS = list(REFERENCE.rubrics)
TASKS = list(REFERENCE.tasks)
FIXTURE_REGION = "voorbeeldregio"
SCREEN_ONLY = ("Zoeken", "Wijzig deze pagina", "Afdrukken", "Terug naar boven")


@pytest.fixture
def data(tmp_path):
    return data_folder(tmp_path)


@pytest.fixture(scope="module")
def real_kb():
    return load_knowledge_base(ROOT / "data")


def practice_titles(html: str) -> list[str]:
    return re.findall(r'<strong class="fiche__praktijk">(.*?)</strong>', html)


# --- rendering, without a build ---------------------------------------------------------

def test_every_rubric_has_a_short_summary_of_its_own():
    summaries = [r.summary for r in REFERENCE.rubrics.values()]
    assert all(summaries), "elke rubriek heeft een samenvatting nodig voor haar fiche"
    assert all(len(s) <= 400 for s in summaries)
    assert len(set(summaries)) == len(summaries)


@pytest.mark.parametrize("number", RUBRICS)
def test_rubric_fiche_has_summary_every_question_without_ids_notes_and_source(real_kb, number):
    rubric = real_kb.reference.rubrics[number]
    page = fiche_page("rubriek", number)
    html = rubric_fiche(real_kb, number, page, site_url="https://example.org/kb/",
                        reviewed="2026-11-23")
    assert escape(rubric.summary) in html
    for question in rubric.questions:
        assert f"<li>{escape(question.text)}" in html
    # Which questions are the leidraad's, also on paper.
    assert escape(questions_origin(rubric)) in html
    assert html.count("(aanvulling)") == (
        sum(not q.from_source for q in rubric.questions) if marks_additions(rubric) else 0)
    # The question anchors belong to the rubric page; ids are unique per site.
    assert " id=" not in html
    assert 'class="fiche__notities"' in html
    assert "Laatst nagekeken: 23 november 2026." in html
    assert f'href="{href(page, rubric.page)}"' in html
    assert f">https://example.org/kb/leidraad/rubriek-{number}/</a>" in html
    assert "Toelichting leidraad samenwerkingsafspraken school-CLB" in html


def test_fiche_keeps_the_numbering_of_questions_across_groups(real_kb):
    html = rubric_fiche(real_kb, 5, fiche_page("rubriek", 5))
    groups = [q.group for q in real_kb.reference.rubrics[5].questions]
    first_grouped = groups.index("Scholengemeenschap") + 1
    assert f'<ol class="fiche__vragen" start="{first_grouped}">' in html
    assert '<p class="fiche__vraaggroep">Scholengemeenschap</p>' in html


@pytest.mark.parametrize("letter", TASKS)
def test_task_fiche_lists_exactly_the_practices_of_the_task(real_kb, letter):
    html = task_fiche(real_kb, letter, fiche_page("opdracht", letter))
    expected = [escape(p.title) for p in real_kb.by_task.get(letter, [])]
    assert practice_titles(html) == expected
    assert escape(real_kb.reference.tasks[letter].summary) in html
    for practice in real_kb.by_task.get(letter, []):
        assert escape(practice.summary) in html
    # The note has no title: the fiche names it with a description, never in italics.
    assert "Bron: een nota zonder titel met richtlijnen voor de samenwerking binnen het NROC" in html


def test_a_task_without_contact_points_says_what_a_region_can_do(real_kb):
    html = task_fiche(real_kb, "c", fiche_page("opdracht", "c"),
                      region_form="https://example.org/kb/issues/new?template=regio.yml")
    assert "Nog geen regio heeft voor deze opdracht een aanspreekpunt opgegeven." in html
    assert ('<a href="https://example.org/kb/issues/new?template=regio.yml">Geef het '
            "aanspreekpunt van je regio door") in html


def test_task_fiche_with_fixture_data_lists_practices_and_contact_points(data):
    kb = load_knowledge_base(data)
    html = task_fiche(kb, "g", fiche_page("opdracht", "g"))
    assert practice_titles(html) == ["Fictieve praktijk voor huisonderwijs en bemiddeling"]
    assert "(Voorbeeldregio (fictief))" in html
    assert "Bemiddeling bij dreigende uitsluiting" in html
    assert '<a href="tel:012345678">012 34 56 78</a>' in html
    assert f'href="{href(fiche_page("opdracht", "g"), region_page(FIXTURE_REGION))}"' in html
    # A task without practices or contact points says so.
    empty = task_fiche(kb, "a", fiche_page("opdracht", "a"))
    assert practice_titles(empty) == []
    assert "nog geen goede praktijken" in empty and "aanspreekpunt opgegeven" in empty


def test_task_fiche_escapes_html_and_templates_from_data(data):
    kb = load_knowledge_base(data)
    html = task_fiche(kb, "h", fiche_page("opdracht", "h"))
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "{{" not in html and "{%" not in html
    assert "&#123;&#123; config.site_name &#125;&#125;" in html


def test_rubric_fiche_escapes_html_and_templates_from_the_summary(data):
    edit(data / "referentie" / "rubrieken.yml", "samenvatting: Vertrekkend",
         "samenvatting: <script>alert(1)</script> {{ config.site_name }} Vertrekkend")
    kb = load_knowledge_base(data)
    html = rubric_fiche(kb, 5, fiche_page("rubriek", 5))
    assert "<script" not in html and "{{" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &#123;&#123; config.site_name &#125;&#125;" in html


def test_region_fiche_shows_area_clbs_contacts_points_and_practices(data):
    kb = load_knowledge_base(data)
    page = fiche_page("regio", FIXTURE_REGION)
    html = region_fiche(kb, FIXTURE_REGION, page, site_url="https://example.org/kb")
    for text in ("De verzonnen gemeenten Voorbeeldstad en Proefdorp.", "Fictief CLB Voorbeeldstad",
                 "Fictief CLB Proefdorp", "Coördinator NROC", "Fictieve Persoon",
                 '<a href="mailto:nroc@example.org">nroc@example.org</a>',
                 '<a href="tel:012345678">012 34 56 78</a>',
                 "g) Bemiddelen en herstelgericht werken — Bemiddeling bij dreigende uitsluiting",
                 "c) Aanspreekpunt voor huisonderwijs — Huisonderwijs",
                 "Laatst nagekeken: 1 november 2026.",
                 ">https://example.org/kb/regios/voorbeeldregio/</a>",
                 "Bron: gegevens die de NROC-regio&#x27;s zelf aanleveren."):
        assert text in html, text
    assert sorted(practice_titles(html)) == sorted(
        escape(p.title) for p in kb.by_region[FIXTURE_REGION])
    assert 'class="fiche__notities"' in html


def test_region_fiche_escapes_html_and_templates_from_data(data):
    region = data / "regios" / f"{FIXTURE_REGION}.yml"
    edit(region, "werkgebied: De verzonnen", "werkgebied: <script>x()</script> {{ 7 * 7 }} De verzonnen")
    edit(region, "functie: Coördinator NROC", "functie: Coördinator <b>NROC</b> {% raw %}")
    kb = load_knowledge_base(data)
    html = region_fiche(kb, FIXTURE_REGION, fiche_page("regio", FIXTURE_REGION))
    assert "<script" not in html and "<b>" not in html
    assert "{{" not in html and "{%" not in html
    assert "&lt;script&gt;x()&lt;/script&gt; &#123;&#123; 7 * 7 &#125;&#125;" in html
    assert "Coördinator &lt;b&gt;NROC&lt;/b&gt; &#123;% raw %&#125;" in html


def test_print_button_is_hidden_until_javascript_shows_it(real_kb):
    html = rubric_fiche(real_kb, 1, fiche_page("rubriek", 1))
    button = re.search(r"<p [^>]*data-fiche-knoppen[^>]*>.*?</p>", html).group(0)
    assert " hidden" in button and 'type="button"' in button and ">Afdrukken<" in button
    assert "onclick" not in html.lower()


# --- the built site ---------------------------------------------------------------------

def built(doc: str) -> str:
    return doc[:-3] + "/index.html"


def article(html: str) -> str:
    start = html.index('<article class="md-content__inner')
    return html[start: html.index("</article>", start)]


@pytest.mark.parametrize("doc, fiche", [(REFERENCE.rubrics[n].page, fiche_page("rubriek", n)) for n in RUBRICS]
                         + [(REFERENCE.tasks[t].page, fiche_page("opdracht", t)) for t in TASKS])
def test_every_rubric_and_task_page_links_to_its_fiche(html_pages, doc, fiche):
    html = article(html_pages[built(doc)])
    assert re.search(rf'<a [^>]*href="{re.escape(href(doc, fiche))}"[^>]*>Fiche om af te drukken</a>', html)
    assert built(fiche) in html_pages
    fiche_html = article(html_pages[built(fiche)])
    assert 'class="fiche fiche--' in fiche_html
    assert "<h1" in fiche_html and "Fiche " in fiche_html
    assert f'href="{href(fiche, doc)}"' in fiche_html  # and back to the full page


def test_fiche_overview_links_every_fiche_and_is_in_the_menu(html_pages):
    html = html_pages["fiches/index.html"]
    for fiche in [fiche_page("rubriek", n) for n in RUBRICS] + [fiche_page("opdracht", t) for t in TASKS]:
        assert f'href="{href("fiches/index.md", fiche)}"' in article(html), fiche
    # The overview is in the menu; the fiches themselves are not.
    assert 'href="fiches/"' in html_pages["index.html"]
    assert "fiches/rubriek-1/" not in html_pages["index.html"]


def test_search_leads_to_the_full_pages_not_to_their_fiches(site, fixture_site):
    # Pagefind indexes only what hooks/search_index.py marks with data-pagefind-body.
    for built_site in (site, fixture_site):
        indexed = {p.parent.relative_to(built_site).as_posix() + "/"
                   for p in built_site.rglob("index.html")
                   if "data-pagefind-body" in p.read_text(encoding="utf-8")}
        assert "fiches/" in indexed and "leidraad/rubriek-6/" in indexed
        assert not [loc for loc in indexed if loc.startswith("fiches/") and loc != "fiches/"]
        assert "handboek/" not in indexed
    assert f"regios/{FIXTURE_REGION}/" in indexed


def test_fiche_pages_carry_no_question_anchors(html_pages):
    for number in RUBRICS:
        assert 'id="rubriek-' not in article(html_pages[built(fiche_page("rubriek", number))])


def test_region_page_links_to_its_generated_fiche(fixture_site):
    page = fixture_site / "regios" / FIXTURE_REGION / "index.html"
    fiche = fixture_site / "fiches" / f"regio-{FIXTURE_REGION}" / "index.html"
    link = href(region_page(FIXTURE_REGION), fiche_page("regio", FIXTURE_REGION))
    assert f'href="{link}"' in page.read_text(encoding="utf-8")
    html = fiche.read_text(encoding="utf-8")
    assert "Fiche regio Voorbeeldregio (fictief)" in html
    assert "nroc@example.org" in html


# --- printing and using them in a browser -------------------------------------------------

def printed(page, path: str) -> list[str]:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    pdf = page.pdf(format="A4", print_background=False)
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_one_clean_page(pages: list[str], path: str) -> str:
    assert len(pages) == 1, f"{path} beslaat {len(pages)} pagina's"
    text = pages[0]
    for screen_only in SCREEN_ONLY:
        assert screen_only not in text, f"'{screen_only}' staat op de afgedrukte fiche {path}"
    assert "Notities" in text and "Volledige pagina" in text
    return text


@pytest.mark.browser
@pytest.mark.parametrize("number", RUBRICS)
def test_rubric_fiche_prints_on_one_a4_with_its_questions(page, number):
    path = fiche_page("rubriek", number)[:-3] + "/"
    text = squash(assert_one_clean_page(printed(page, path), path))
    rubric = REFERENCE.rubrics[number]
    assert squash(rubric.summary)[:60] in text
    for question in rubric.questions:
        assert squash(question.text)[:60] in text, f"vraag ontbreekt: {question.text}"


@pytest.mark.browser
@pytest.mark.parametrize("letter", TASKS)
def test_task_fiche_prints_on_one_a4_with_its_practices(page, real_kb, letter):
    path = fiche_page("opdracht", letter)[:-3] + "/"
    text = squash(assert_one_clean_page(printed(page, path), path))
    assert squash(REFERENCE.tasks[letter].summary)[:60] in text
    for practice in real_kb.by_task.get(letter, []):
        assert squash(practice.title) in text, f"praktijk ontbreekt: {practice.title}"


@pytest.mark.browser
def test_region_fiche_prints_on_one_a4_with_its_contacts(fixture_page):
    path = fiche_page("regio", FIXTURE_REGION)[:-3] + "/"
    text = assert_one_clean_page(printed(fixture_page, path), path)
    for expected in ("Fiche regio Voorbeeldregio (fictief)", "Coördinator NROC", "nroc@example.org",
                     "012 34 56 78", "Fictieve praktijk voor huisonderwijs en bemiddeling"):
        assert squash(expected) in squash(text), expected


def assert_evenly_ruled(gaps: list[float], what: str) -> None:
    assert len(gaps) >= 5, f"{what}: {len(gaps)} lijnafstanden gevonden, verwacht minstens 5"
    assert max(gaps) - min(gaps) <= 2, f"{what}: de lijnen liggen ongelijk ver uit elkaar: {gaps}"


@pytest.mark.browser
@pytest.mark.parametrize("path", ["fiches/rubriek-5/", "fiches/opdracht-g/"])
def test_fiche_notes_print_as_evenly_ruled_lines(page, path):
    from tests.paper import page_pixels, rule_gaps

    page.goto(path)
    page.wait_for_load_state("networkidle")
    # As a reader prints by default: without the browser's "background graphics".
    pdf = page.pdf(format="A4", print_background=False)
    assert_evenly_ruled(rule_gaps(page_pixels(pdf)), path)


@pytest.mark.browser
def test_where_the_questions_come_from_prints_smaller_than_them_and_in_black(page):
    page.goto("fiches/rubriek-6/")
    page.emulate_media(media="print")
    style = page.evaluate("""() => {
        const look = el => getComputedStyle(el);
        const note = document.querySelector('.fiche .vragen-herkomst');
        const question = document.querySelector('.fiche__vragen > li');
        return {note: parseFloat(look(note).fontSize), question: parseFloat(look(question).fontSize),
                colour: look(note).color};
    }""")
    assert style["note"] < style["question"], style
    assert style["colour"] == "rgb(0, 0, 0)", style


@pytest.mark.browser
def test_full_page_prints_without_the_fiche_button(page):
    text = " ".join(printed(page, "leidraad/rubriek-5/"))
    assert "Fiche om af te drukken" not in text


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("built_site, path", [("real", "fiches/rubriek-5/"), ("real", "fiches/opdracht-g/"),
                                        ("fixture", f"fiches/regio-{FIXTURE_REGION}/")])
def test_axe_finds_no_violation_on_fiches(request, built_site, path, width):
    browser_page = request.getfixturevalue("page" if built_site == "real" else "fixture_page")
    browser_page.set_viewport_size(WIDTHS[width])
    browser_page.goto(path)
    browser_page.wait_for_load_state("networkidle")
    violations = axe_violations(browser_page)
    assert violations == [], "\n".join(violations)
    assert browser_page.external_requests == []


@pytest.mark.browser
def test_print_button_shows_with_javascript_and_prints(page):
    # Record the call instead of opening the print dialog of a headless browser.
    page.add_init_script("window.print = function () { window.__printed = true; };")
    page.goto("fiches/opdracht-a/")
    button = page.get_by_role("button", name="Afdrukken")
    assert button.is_visible()
    button.click()
    assert page.evaluate("window.__printed === true")


@pytest.mark.browser
def test_print_button_stays_hidden_without_javascript(browser, site_url):
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("fiches/rubriek-1/")
    assert page.locator("[data-fiche-afdrukken]").count() == 1
    assert not page.locator("[data-fiche-afdrukken]").is_visible()
    context.close()


def test_a_fiche_names_how_many_practices_do_not_fit_on_its_page(tmp_path):
    from macros.fiches import MAX_PRACTICES, task_fiche
    from macros.knowledge import load_knowledge_base

    data = data_folder(tmp_path, practices=None, regions=None)
    template = (ROOT / "tests/fixtures/kennisbank/praktijken/vlaanderen-breed.yml").read_text(encoding="utf-8")
    for number in range(MAX_PRACTICES + 3):
        (data / "praktijken" / f"p-{number}.yml").write_text(
            template.replace("id: vlaanderen-breed", f"id: p-{number}"), encoding="utf-8")
    html = task_fiche(load_knowledge_base(data), "h", "fiches/opdracht-h.md")
    assert html.count('class="fiche__praktijk"') == MAX_PRACTICES
    assert "En nog 3 andere praktijken" in html
