"""The worksheet for the agreements between school and CLB (leidraad/werkblad/): its HTML
from the reference data, and in headless Chromium what a school and its CLB do with it:
fill it in, reload, export, import, print, clear, and read it without JavaScript.
tests/test_worksheet_flows.py drives the longer flows: merging, several worksheets,
evaluations, storage trouble and the Word document."""

from __future__ import annotations

import html
import io
import json
import re
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from macros import worksheet as ws
from macros.reference import Question, Reference, Rubric, load_reference, questions_origin
from tests.a11y import WIDTHS, axe_violations
from tests.conftest import ROOT

REFERENCE = load_reference(ROOT / "data")
PAGE = "leidraad/werkblad/"
# Where the worksheets live in localStorage: one key per worksheet.
PREFIX = "kennisbank-werkblad-v2:"
# Only the tests that drive Chromium carry the marker; the HTML tests need no browser.
browser_test = pytest.mark.browser

# Fictional entries, with characters that must stay text (quotes, <, &, accents).
ENTRIES = {
    "gesprek-datum": "2026-11-23",
    "rubriek-1-school": "Basisschool Het Voorbeeld",
    "rubriek-1-centrum": "CLB Voorbeeldstad",
    "rubriek-1-scholen": "Basisschool Het Voorbeeld, instellingsnummer 000000\nWijkschool 't Voorbeeldje",
    "rubriek-3-notities": "Schoolbegeleider vragen naar de nascholing over <b>leesbeleid</b> & taal.",
    "rubriek-5-afspraken": "De zorgcoördinator belt de CLB-medewerker elke eerste maandag.\n"
                           "Het MDO valt op donderdag; het CLB is er om de twee weken bij.",
}
TITLE = "Samenwerkingsafspraken Basisschool Het Voorbeeld – CLB Voorbeeldstad – 23 november 2026"


# --- The HTML, without a build --------------------------------------------------------

class _Form(HTMLParser):
    """Collects the worksheet's fields, labels, ids, headings and question links."""

    def __init__(self):
        super().__init__()
        self.fields: list[dict] = []
        self.labels: set[str] = set()
        self.ids: list[str] = []
        self.h2: list[str] = []
        self.links: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag in ("input", "textarea") and "data-werkblad-veld" in attrs:
            self.fields.append({"tag": tag, **attrs})
        if tag == "label":
            self.labels.add(attrs.get("for"))
        if tag == "a" and "werkblad__vraaglink" in attrs.get("class", ""):
            self.links.append(attrs["href"])
        if tag == "h2":
            self._in_h2 = True
            self.h2.append("")

    def handle_endtag(self, tag):
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data):
        if self._in_h2:
            self.h2[-1] += data


def parse(markup: str) -> _Form:
    parser = _Form()
    parser.feed(markup)
    return parser


def test_worksheet_has_a_section_per_rubric_and_every_question_from_the_data():
    markup = ws.worksheet(REFERENCE)
    form = parse(markup)
    for number, rubric in REFERENCE.rubrics.items():
        assert f"Rubriek {number} - {rubric.short_title}" in form.h2
        for question in rubric.questions:
            assert html.escape(question.text) in markup, question.id
            assert f"../rubriek-{number}/#{question.id}" in form.links
    assert len(form.links) == sum(len(r.questions) for r in REFERENCE.rubrics.values())


def test_worksheet_says_which_questions_are_the_leidraads():
    markup = ws.worksheet(REFERENCE)
    for rubric in REFERENCE.rubrics.values():
        section = markup[markup.index(f'<h2 id="rubriek-{rubric.number}">'):]
        section = section[:section.index("</section>")]
        assert html.escape(questions_origin(rubric)) in section
        derived = [q for q in rubric.questions if not q.from_source]
        expected = len(derived) if len(derived) < len(rubric.questions) else 0
        assert section.count('class="vraag-aanvulling"') == expected, rubric.number


def test_every_field_has_a_label_and_a_stable_unique_name():
    form = parse(ws.worksheet(REFERENCE))
    names = [f["name"] for f in form.fields]
    assert names == ws.field_names(REFERENCE)
    assert len(set(form.ids)) == len(form.ids), "een id komt twee keer voor"
    for field in form.fields:
        assert field["id"] == field["name"]
        assert field["id"] in form.labels, f"{field['id']} heeft geen label"
    for name in ("gesprek-datum", "rubriek-1-centrum", "rubriek-1-centrumbestuur", "rubriek-1-school",
                 "rubriek-1-scholen", "rubriek-1-schoolbestuur", "rubriek-1-scholengemeenschap",
                 "rubriek-2-verwijzingen", "rubriek-4-notities", "rubriek-5-afspraken",
                 "rubriek-8-afspraken"):
        assert name in names
    assert next(f for f in form.fields if f["name"] == "gesprek-datum")["type"] == "date"


def test_worksheet_is_raw_html_blocks_without_blank_lines_inside():
    # Python-Markdown passes an HTML block through untouched; a blank line would end it.
    blocks = ws.worksheet(REFERENCE).split("\n\n")
    assert len(blocks) == len(REFERENCE.rubrics) + 3
    for block in blocks:
        assert block.strip() == block and block.startswith("<")
        assert "\n\n" not in block and not re.search(r"^\s+\S", block, re.M)


def _rubric(number: int, part: str, questions: tuple[Question, ...], title: str = "Titel") -> Rubric:
    return Rubric(number, title, f"Kort {number}", part, f"leidraad/rubriek-{number}.md",
                  questions, True)


def test_text_from_the_data_is_escaped():
    evil = "<script>alert('x')</script> & \"aanhalingstekens\""
    rubrics = {n: _rubric(n, "informatie" if n < 5 else "afspraken",
                          (Question(f"rubriek-{n}-vraag", f"Vraag {n}?", None),)) for n in range(1, 9)}
    rubrics[5] = _rubric(5, "afspraken", (
        Question("rubriek-5-\"><script>x</script>", evil, "<i>groep</i>"),), title=evil)
    markup = ws.worksheet(Reference(rubrics=rubrics, tasks={}, terms=(), sources={}))
    assert "<script>" not in markup and "<i>" not in markup
    assert html.escape(evil) in markup
    assert "&lt;i&gt;groep&lt;/i&gt;" in markup
    assert 'href="../rubriek-5/#rubriek-5-&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in markup


def test_a_rubric_1_question_the_worksheet_does_not_know_still_shows():
    rubrics = dict(REFERENCE.rubrics)
    one = rubrics[1]
    extra = Question("rubriek-1-nieuwe-vraag", "Een vraag die er later bij kwam?", None)
    rubrics[1] = Rubric(one.number, one.title, one.short_title, one.part, one.page,
                        one.questions + (extra,))
    markup = ws.worksheet(Reference(rubrics, {}, (), {}))
    assert "Een vraag die er later bij kwam?" in markup
    assert f'<li value="{len(one.questions) + 1}">' in markup


def test_every_question_link_lands_on_its_anchor_in_the_built_site(html_pages):
    built = html_pages["leidraad/werkblad/index.html"]
    links = re.findall(r'class="werkblad__vraaglink" href="\.\./(rubriek-\d)/#([^"]+)"', built)
    assert len(links) == sum(len(r.questions) for r in REFERENCE.rubrics.values())
    for page, anchor in links:
        assert f'id="{anchor}"' in html_pages[f"leidraad/{page}/index.html"], anchor
    # The form reached the page as HTML, not as escaped or paragraph-wrapped text.
    assert "<form class=\"werkblad\"" in built and "<p><section" not in built


# --- In the browser -------------------------------------------------------------------

def open_worksheet(page):
    page.goto(PAGE)
    page.wait_for_selector("[data-werkblad-knoppen]:not([hidden])")


def reopen(page):
    """Reloads the page; the worksheet kept in the browser is back once the form is ready."""
    page.reload()
    page.wait_for_selector("[data-werkblad-klaar]")


def fill(page, entries: dict[str, str]) -> None:
    """Types `entries` into their fields and waits until the browser kept them."""
    for name, value in entries.items():
        page.fill(f"[name='{name}']", value)
    page.wait_for_function(
        """([prefix, entries]) => Object.keys(localStorage).filter(k => k.startsWith(prefix))
            .map(k => JSON.parse(localStorage[k]).velden)
            .some(v => Object.entries(entries).every(([name, value]) => v[name] === value))""",
        arg=[PREFIX, entries])


def values(page) -> dict[str, str]:
    return page.eval_on_selector_all(
        "[data-werkblad-veld]", "els => Object.fromEntries(els.map(e => [e.name, e.value]))")


def stored(page) -> dict[str, dict]:
    """The worksheets in the browser's localStorage, by id."""
    return page.evaluate(f"""Object.fromEntries(Object.keys(localStorage)
        .filter(k => k.startsWith('{PREFIX}')).map(k => [k.slice({len(PREFIX)}), JSON.parse(localStorage[k])]))""")


def saved(page) -> None:
    """Waits until the worksheet says it kept the last change."""
    page.locator("[data-werkblad-status]", has_text="Bewaard in deze browser").wait_for()


def click_and_answer(page, selector: str, accept: bool) -> str:
    """Clicks `selector`, answers the confirmation it asks, and returns its question."""
    asked: list[str] = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", answer)
    page.click(selector)
    for _ in range(200):
        if asked:
            return asked[0]
        page.wait_for_timeout(50)
    raise AssertionError(f"{selector} vroeg niets")


def pdf_pages(page) -> list[str]:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return [p.extract_text() or "" for p in reader.pages]


def pdf_text(page) -> str:
    return " ".join(pdf_pages(page))


def squash(text: str) -> str:
    """Compare text without whitespace: PDF extraction breaks and joins lines freely."""
    return re.sub(r"\s+", "", text)


@browser_test
def test_entries_survive_a_reload(page):
    open_worksheet(page)
    fill(page, ENTRIES)
    assert "Bewaard in deze browser" in page.locator("[data-werkblad-status]").inner_text()
    reopen(page)
    current = values(page)
    for name, value in ENTRIES.items():
        assert current[name] == value, name
    assert "staat terug" in page.locator("[data-werkblad-status]").inner_text()
    [record] = stored(page).values()
    assert record["versie"] == 2 and record["velden"]["rubriek-1-school"] == ENTRIES["rubriek-1-school"]
    assert page.external_requests == []


@browser_test
def test_export_and_import_in_a_fresh_browser_gives_the_same_worksheet(page, browser, site_url, tmp_path):
    open_worksheet(page)
    fill(page, ENTRIES)
    with page.expect_download() as info:
        page.click("button[data-werkblad-actie='exporteren']")
    download = info.value
    assert re.fullmatch(r"samenwerkingsafspraken-basisschool-het-voorbeeld-\d{4}-\d{2}-\d{2}\.json",
                        download.suggested_filename), download.suggested_filename
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["versie"] == 2 and data["werkblad"] == "samenwerkingsafspraken-school-clb"
    assert data["versies"] == []
    assert re.match(r"\d{4}-\d{2}-\d{2}T", data["bewaard"])
    assert set(data["velden"]) == set(ws.field_names(REFERENCE))
    assert {k: data["velden"][k] for k in ENTRIES} == ENTRIES
    assert "geëxporteerd" in page.locator("[data-werkblad-status]").inner_text()

    # A new context has an empty localStorage: the partner's browser, or next year's.
    context = browser.new_context(base_url=site_url, locale="nl-BE")
    other = context.new_page()
    open_worksheet(other)
    assert all(v == "" for v in values(other).values())
    with other.expect_file_chooser() as chooser:
        other.click("button[data-werkblad-actie='importeren']")
    chooser.value.set_files(path)
    other.locator("[data-werkblad-status]", has_text="samengevoegd").wait_for()
    assert values(other) == data["velden"]
    reopen(other)
    assert values(other) == data["velden"], "het geïmporteerde werkblad blijft niet bewaard"
    context.close()
    assert page.external_requests == []


@browser_test
def test_filled_worksheet_prints_as_a_document_titled_with_school_clb_and_date(page):
    open_worksheet(page)
    fill(page, ENTRIES)
    text = pdf_text(page)
    assert squash(TITLE) in squash(text)
    for name, value in ENTRIES.items():
        if name != "gesprek-datum":
            assert squash(value) in squash(text), name
    # Typed markup stays text, on screen and on paper.
    assert page.locator(".werkblad__afdruk b").count() == 0
    for screen_only in ("Zoeken", "Wijzig deze pagina", "Exporteren", "Importeren", "Werkblad wissen",
                        "Er wordt niets verstuurd", "Lees rubriek", "Bewaard in deze browser",
                        "Je werkbladen", "Alle werkbladen", "In deze browser staat", "Word-document",
                        "Evaluatie starten", "Eerdere versies"):
        assert screen_only not in text, f"'{screen_only}' staat in de afdruk"
    assert squash(REFERENCE.rubrics[6].questions[0].text) in squash(text)


@browser_test
def test_document_title_follows_the_fields_when_printing(page):
    open_worksheet(page)
    fill(page, ENTRIES)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.title() == TITLE
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.title() != TITLE


@browser_test
def test_blank_worksheet_prints_as_a_paper_form_with_its_labels(page):
    open_worksheet(page)
    text = squash(pdf_text(page))
    assert squash("Samenwerkingsafspraken school-CLB") in text
    form = parse(ws.worksheet(REFERENCE))
    labels = re.findall(r'<label for="[^"]+">([^<]+)</label>', ws.worksheet(REFERENCE))
    assert len(labels) == len(form.fields)
    for label in labels:
        assert squash(html.unescape(label)) in text, label
    for number in REFERENCE.rubrics:
        assert f"Rubriek{number}-" in text
    assert "Zoeken" not in text and "Exporteren" not in text
    # Blank textareas print as boxes with room to write (28 mm is about 106 px at 96 dpi).
    page.emulate_media(media="print")
    printed = page.eval_on_selector_all("textarea", "els => els.map(e => e.getBoundingClientRect().height)")
    assert len(printed) == sum(f["tag"] == "textarea" for f in form.fields)
    assert min(printed) >= 100, printed


@browser_test
def test_printed_rubric_headings_stay_with_their_questions_and_fields(page):
    open_worksheet(page)
    pages = [squash(p) for p in pdf_pages(page)]
    for number, rubric in REFERENCE.rubrics.items():
        heading = squash(f"Rubriek {number} - {rubric.short_title}")
        holder = next(i for i, p in enumerate(pages) if heading in p)
        after = pages[holder][pages[holder].index(heading):]
        assert squash(rubric.questions[0].text)[:40] in after, f"rubriek {number} staat los van haar vragen"
        assert "Reflectievragen" in after


INVALID_FILES = [
    ("geen-json.json", "dit is geen JSON {", "geen JSON-bestand"),
    ("lijst.json", json.dumps(["versie", 1]), "'versie' en 'velden' ontbreken"),
    # Another page's or program's JSON file.
    ("kaart.json", json.dumps({"type": "FeatureCollection", "features": []}), "'versie' en 'velden' ontbreken"),
    ("ander-werkblad.json", json.dumps({"versie": 2, "velden": {"rubriek-1-school": "X"}, "id": "x", "naam": "",
                                        "versies": []}), "geen werkblad samenwerkingsafspraken"),
    ("vorm.json", json.dumps({"versie": 1, "velden": ["a", "b"]}), "'velden'"),
    ("nieuwer.json", json.dumps({"versie": 3, "velden": {"rubriek-1-school": "X"}}), "nieuwere versie"),
    ("veld.json", json.dumps({"versie": 1, "velden": {"rubriek-9-afspraken": "X"}}), "'rubriek-9-afspraken'"),
    ("tekst.json", json.dumps({"versie": 1, "velden": {"rubriek-1-school": 3}}), "geen tekst"),
    ("datum.json", json.dumps({"versie": 1, "velden": {"gesprek-datum": "23/11/2026"}}), "JJJJ-MM-DD"),
    # Refused on its size, before it is read: the file is sparse, its bytes are never written.
    ("groot.json", 50 * 1024 * 1024, "te groot"),
]


@browser_test
def test_invalid_import_files_show_a_dutch_message_and_change_nothing(page, tmp_path):
    open_worksheet(page)
    fill(page, ENTRIES)
    before, kept = values(page), stored(page)
    alert = page.locator("[role='alert'][data-werkblad-melding]")
    for name, content, reason in INVALID_FILES:
        path = tmp_path / name
        if isinstance(content, int):
            with path.open("wb") as sparse:
                sparse.truncate(content)
        else:
            path.write_text(content, encoding="utf-8")
        page.set_input_files("[data-werkblad-bestand]", path)
        # Each message names its file, so this waits for the message about this one.
        alert.filter(has_text=name).wait_for()
        message = alert.inner_text()
        assert "is niet ingelezen" in message and "Er is niets veranderd" in message, message
        assert reason in message, (name, message)
        assert alert.is_visible()
        assert values(page) == before, name
        assert stored(page) == kept, name
        assert page.locator("[data-werkblad-paneel] *").count() == 0, name
    # A good file afterwards clears the message, and adds to the worksheet without replacing it.
    good = tmp_path / "goed.json"
    good.write_text(json.dumps({"versie": 1, "velden": {"rubriek-2-notities": "Aangevuld"}}), encoding="utf-8")
    page.set_input_files("[data-werkblad-bestand]", good)
    page.wait_for_function("document.querySelector('[name=\"rubriek-2-notities\"]').value === 'Aangevuld'")
    assert alert.inner_text() == ""
    assert values(page)["rubriek-5-afspraken"] == ENTRIES["rubriek-5-afspraken"]
    assert page.external_requests == []


@browser_test
def test_clearing_the_worksheet_asks_first_and_can_be_undone(page):
    open_worksheet(page)
    fill(page, ENTRIES)
    click_and_answer(page, "button[data-werkblad-actie='wissen']", accept=False)
    assert values(page)["rubriek-1-school"] == ENTRIES["rubriek-1-school"]
    assert len(stored(page)) == 1
    assert "wissen" in click_and_answer(page, "button[data-werkblad-actie='wissen']", accept=True)
    page.locator("[data-werkblad-status]", has_text="gewist").wait_for()
    assert all(v == "" for v in values(page).values())
    assert stored(page) == {}
    # Undo puts it back; once the reader types on, it stays gone.
    page.click("button[data-werkblad-actie='herstel']")
    page.locator("[data-werkblad-status]", has_text="staat terug").wait_for()
    assert values(page)["rubriek-1-school"] == ENTRIES["rubriek-1-school"]
    assert len(stored(page)) == 1
    click_and_answer(page, "button[data-werkblad-actie='wissen']", accept=True)
    page.locator("[data-werkblad-status]", has_text="gewist").wait_for()
    fill(page, {"rubriek-2-notities": "Iets nieuws"})
    assert page.locator("[data-werkblad-herstel]").is_hidden()
    reopen(page)
    assert values(page)["rubriek-1-school"] == ""
    assert values(page)["rubriek-2-notities"] == "Iets nieuws"


@browser_test
def test_without_javascript_the_rubrics_and_questions_still_show(browser, site_url):
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(PAGE)
    headings = page.locator(".werkblad h2").all_inner_texts()
    for number, rubric in REFERENCE.rubrics.items():
        assert f"Rubriek {number} - {rubric.short_title}" in headings
    text = page.locator(".werkblad").inner_text()
    for rubric in REFERENCE.rubrics.values():
        for question in rubric.questions:
            assert question.text in text, question.id
    assert not page.locator("[data-werkblad-knoppen]").is_visible()
    assert not page.locator("[data-werkblad-beheer]").is_visible()
    assert page.locator("[data-werkblad-zonder-js]").is_visible()
    # The rubric 8 fields and the rule for a stop are on paper too.
    assert page.locator("#rubriek-8-volgende-evaluatie").is_visible()
    assert "31 december" in page.locator("#rubriek-8-stopzetting-hint").inner_text()
    context.close()


@browser_test
@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_violation_on_the_worksheet(page, tmp_path, width):
    page.set_viewport_size(WIDTHS[width])
    open_worksheet(page)
    fill(page, ENTRIES)
    # With a message in the alert area too.
    path = tmp_path / "fout.json"
    path.write_text("{", encoding="utf-8")
    page.set_input_files("[data-werkblad-bestand]", path)
    page.locator("[data-werkblad-melding]", has_text="niet ingelezen").wait_for()
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)
    assert page.external_requests == []
