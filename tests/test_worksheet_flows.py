"""The worksheet's longer flows in headless Chromium, as a school and its CLB live them:
prepare apart and merge, several worksheets in one browser, evaluations over the years,
files of today's and the earlier format, storage that is full or refused, the Word
document loaded only when asked for, and axe in every state, at phone and desktop width.
All names and texts are invented."""

from __future__ import annotations

import json

import pytest

from macros import worksheet as ws
from tests import a11y
from tests.conftest import _new_page
from tests.test_worksheet import (
    REFERENCE, click_and_answer, fill, open_worksheet, pdf_text, reopen, squash, stored, values,
)

pytestmark = pytest.mark.browser
V1_KEY = "kennisbank-werkblad-v1"

SCHOOL = {
    "gesprek-datum": "2026-11-23",
    "rubriek-1-school": "Basisschool Het Voorbeeld",
    "rubriek-2-notities": "Het zorgbeleid staat in het schoolwerkplan.",
    "rubriek-5-afspraken": "De zorgcoördinator belt het CLB elke eerste maandag.",
}
CLB = {
    "rubriek-1-centrum": "CLB Voorbeeldstad",
    "rubriek-1-school": "Basisschool Het Voorbeeld",
    "rubriek-4-verwijzingen": "Centrumbeleid: de brochure van het CLB.",
    "rubriek-5-afspraken": "Het CLB is om de twee weken op het MDO.",
}


@pytest.fixture(params=list(a11y.WIDTHS))
def width(request):
    return a11y.WIDTHS[request.param]


def partner(browser, site_url, viewport):
    """A browser of its own (its own localStorage), as on the school's or the CLB's computer."""
    context, page = _new_page(browser, site_url)
    page.set_viewport_size(viewport)
    open_worksheet(page)
    return context, page


def export(page, tmp_path, selector="button[data-werkblad-actie='exporteren']"):
    with page.expect_download() as info:
        page.click(selector)
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def status(page) -> str:
    return page.locator("[data-werkblad-status]").inner_text()


def test_two_partners_prepare_apart_and_merge_field_by_field(browser, site_url, width, tmp_path):
    school_context, school = partner(browser, site_url, width)
    clb_context, clb = partner(browser, site_url, width)
    fill(school, SCHOOL)
    (tmp_path / "school").mkdir()
    school_file = export(school, tmp_path / "school")

    # The CLB sends only what it prepared: rubrics 1, 4 and 5.
    fill(clb, CLB)
    clb.click("button[data-werkblad-actie='delen']")
    for part in ("1", "4", "5"):
        clb.check(f".werkblad__delen input[value='{part}']")
    (tmp_path / "clb").mkdir()
    clb_file = export(clb, tmp_path / "clb", "[data-paneel='maken']")
    sent = json.loads(clb_file.read_text(encoding="utf-8"))
    assert sent["onderdelen"] == [1, 4, 5]
    assert {name.split("-")[1] for name in sent["velden"]} == {"1", "4", "5"}

    # The CLB imports the school's file: one field differs, and nothing changes yet.
    before = values(clb)
    clb.set_input_files("[data-werkblad-bestand]", school_file)
    panel = clb.locator("[data-werkblad-paneel]")
    panel.get_by_role("heading", name=f"Samenvoegen met {school_file.name}").wait_for()
    conflicts = panel.locator("fieldset")
    assert conflicts.count() == 1
    assert "Rubriek 5 - Rol- en taakverdeling: Afspraken" in conflicts.locator("legend").inner_text()
    assert CLB["rubriek-5-afspraken"] in conflicts.inner_text()
    assert SCHOOL["rubriek-5-afspraken"] in conflicts.inner_text()
    assert values(clb) == before, "het werkblad veranderde voor er gekozen werd"

    # Without a choice, nothing is merged.
    panel.locator("[data-paneel='samenvoegen']").click()
    clb.locator("[data-werkblad-melding]", has_text="Kies nog wat je houdt").wait_for()
    assert values(clb) == before

    # The choice by keyboard: Space picks the first option, the arrows the next ones.
    conflicts.locator("input[type='radio']").first.focus()
    clb.keyboard.press("Space")
    clb.keyboard.press("ArrowDown")
    clb.keyboard.press("ArrowDown")
    assert conflicts.locator("input[value='beide']").is_checked()
    panel.locator("[data-paneel='samenvoegen']").focus()
    clb.keyboard.press("Enter")
    clb.locator("[data-werkblad-status]", has_text="samengevoegd").wait_for()
    merged = values(clb)
    assert merged["rubriek-5-afspraken"] == (f"{CLB['rubriek-5-afspraken']}\n\n--- Uit het bestand "
                                             f"{school_file.name} ---\n{SCHOOL['rubriek-5-afspraken']}")
    assert merged["rubriek-2-notities"] == SCHOOL["rubriek-2-notities"]
    assert merged["rubriek-4-verwijzingen"] == CLB["rubriek-4-verwijzingen"]
    assert merged["gesprek-datum"] == SCHOOL["gesprek-datum"]
    [record] = stored(clb).values()
    assert record["velden"]["rubriek-2-notities"] == SCHOOL["rubriek-2-notities"]

    # The whole import can be undone.
    clb.click("button[data-werkblad-actie='herstel']")
    clb.locator("[data-werkblad-status]", has_text="ongedaan gemaakt").wait_for()
    assert values(clb) == before
    [record] = stored(clb).values()
    assert record["velden"]["rubriek-2-notities"] == ""

    # The school takes the CLB's chosen rubrics: its own other fields stay.
    school.set_input_files("[data-werkblad-bestand]", clb_file)
    school_panel = school.locator("[data-werkblad-paneel]")
    school_panel.locator("fieldset").wait_for()
    school_panel.get_by_label("Neem de tekst uit het bestand").check()
    school_panel.locator("[data-paneel='samenvoegen']").click()
    school.locator("[data-werkblad-status]", has_text="samengevoegd").wait_for()
    result = values(school)
    assert result["rubriek-5-afspraken"] == CLB["rubriek-5-afspraken"]
    assert result["rubriek-4-verwijzingen"] == CLB["rubriek-4-verwijzingen"]
    assert result["rubriek-1-centrum"] == CLB["rubriek-1-centrum"]
    assert result["rubriek-2-notities"] == SCHOOL["rubriek-2-notities"]
    assert school.external_requests == [] and clb.external_requests == []
    school_context.close()
    clb_context.close()


def test_cancelling_a_merge_changes_nothing(page, tmp_path):
    open_worksheet(page)
    fill(page, SCHOOL)
    before, kept = values(page), stored(page)
    other = tmp_path / "clb.json"
    other.write_text(json.dumps({"versie": 1, "velden": {"rubriek-5-afspraken": "Anders.",
                                                          "rubriek-3-notities": "Nieuw."}}), encoding="utf-8")
    page.set_input_files("[data-werkblad-bestand]", other)
    page.locator("[data-paneel='annuleren']").click()
    page.locator("[data-werkblad-status]", has_text="afgebroken").wait_for()
    assert values(page) == before and stored(page) == kept
    assert page.locator("[data-werkblad-paneel] *").count() == 0
    # Focus goes back to where the reader was.
    assert page.evaluate("document.activeElement.dataset.werkbladActie") == "importeren"


def list_names(page) -> list[str]:
    return page.locator("[data-werkblad-lijst] li h3").all_inner_texts()


def test_several_worksheets_are_kept_apart(page, width):
    page.set_viewport_size(width)
    open_worksheet(page)
    first = {"rubriek-1-school": "Basisschool De Linde", "rubriek-1-centrum": "CLB Voorbeeldstad",
             "rubriek-2-notities": "Beleid van De Linde.", "rubriek-4-notities": "Werking van het CLB.",
             "rubriek-5-afspraken": "Afspraken met De Linde.", "rubriek-8-frequentie": "Elk schooljaar",
             "rubriek-8-volgende-evaluatie": "2020-05-01"}
    fill(page, first)
    page.locator("[data-werkblad-overzicht]", has_text="aan de beurt").wait_for()
    page.click("button[data-werkblad-actie='nieuw']")
    page.locator("[data-werkblad-status]", has_text="nieuw, leeg werkblad").wait_for()
    assert all(v == "" for v in values(page).values())
    second = {"rubriek-1-school": "Atheneum Voorbeeld", "rubriek-5-afspraken": "Afspraken met het atheneum."}
    fill(page, second)
    records = {r["velden"]["rubriek-1-school"]: r for r in stored(page).values()}
    assert set(records) == {"Basisschool De Linde", "Atheneum Voorbeeld"}
    assert records["Atheneum Voorbeeld"]["velden"].get("rubriek-2-notities", "") == ""
    assert records["Basisschool De Linde"]["velden"]["rubriek-5-afspraken"] == "Afspraken met De Linde."

    # The list, by keyboard: which is open, whose evaluation is due.
    toggle = page.locator("button[data-werkblad-actie='lijst']")
    toggle.focus()
    page.keyboard.press("Enter")
    page.locator("[data-werkblad-lijst] li").nth(1).wait_for()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert list_names(page) == ["Atheneum Voorbeeld", "Basisschool De Linde – CLB Voorbeeldstad"]
    linde = page.locator("[data-werkblad-lijst] li", has_text="De Linde")
    assert "Evaluatie aan de beurt: gepland op 1 mei 2020" in linde.inner_text()
    assert "Dit werkblad is nu open" in page.locator("[data-werkblad-lijst] li", has_text="Atheneum").inner_text()

    linde.get_by_role("button", name="Openen Basisschool De Linde").click()
    page.locator("[data-werkblad-lijst] [role='status']", has_text="is open").wait_for()
    assert values(page)["rubriek-5-afspraken"] == "Afspraken met De Linde."
    reopen(page)
    assert values(page)["rubriek-1-school"] == "Basisschool De Linde", "het laatst geopende opent opnieuw"

    # Rename.
    page.click("button[data-werkblad-actie='lijst']")
    linde = page.locator("[data-werkblad-lijst] li", has_text="De Linde")
    linde.get_by_role("button", name="Naam wijzigen").click()
    page.keyboard.type("Campus Noord")
    page.keyboard.press("Enter")
    page.locator("[data-werkblad-lijst] [role='status']", has_text="naam is bewaard").wait_for()
    assert "Campus Noord" in list_names(page)
    assert {r["naam"] for r in stored(page).values()} == {"", "Campus Noord"}

    # A copy for a third school keeps the CLB's part and the agreements, not the school's.
    page.locator("[data-werkblad-lijst] li", has_text="Campus Noord").get_by_role(
        "button", name="Kopie voor een andere school").click()
    page.locator("[data-werkblad-lijst] [role='status']", has_text="Nieuw werkblad gemaakt").wait_for()
    copy = values(page)
    assert copy["rubriek-1-centrum"] == "CLB Voorbeeldstad"
    assert copy["rubriek-4-notities"] == "Werking van het CLB."
    assert copy["rubriek-5-afspraken"] == "Afspraken met De Linde."
    assert copy["rubriek-8-frequentie"] == "Elk schooljaar"
    assert copy["rubriek-1-school"] == copy["rubriek-2-notities"] == copy["rubriek-8-volgende-evaluatie"] == ""
    assert len(stored(page)) == 3

    # Delete, after a question, with an undo.
    atheneum = page.locator("[data-werkblad-lijst] li", has_text="Atheneum")
    question = click_and_answer(page, "[data-werkblad-lijst] li:has-text('Atheneum') [data-paneel='verwijderen']",
                                accept=True)
    assert "Atheneum Voorbeeld" in question
    page.locator("[data-werkblad-lijst] [role='status']", has_text="is verwijderd").wait_for()
    assert atheneum.count() == 0 and len(stored(page)) == 2
    assert page.evaluate("document.activeElement.textContent") == "Ongedaan maken"
    page.keyboard.press("Enter")
    page.locator("[data-werkblad-lijst] [role='status']", has_text="Ongedaan gemaakt").wait_for()
    assert len(stored(page)) == 3
    assert "Atheneum Voorbeeld" in list_names(page)
    assert page.external_requests == []


def test_an_evaluation_keeps_the_previous_version_and_shows_what_changed(page):
    open_worksheet(page)
    fill(page, {"gesprek-datum": "2025-11-20", "rubriek-5-afspraken": "Overleg elke maandag.\nMDO op donderdag.",
                "rubriek-7-afspraken": "Infoavond in maart."})
    question = click_and_answer(page, "button[data-werkblad-actie='evaluatie']", accept=True)
    assert "Afspraken van 20 november 2025" in question
    page.locator("[data-werkblad-status]", has_text="bewaard als versie").wait_for()
    fill(page, {"gesprek-datum": "2026-11-23", "rubriek-5-afspraken": "Overleg elke dinsdag.\nMDO op donderdag.",
                "rubriek-6-afspraken": "Verslag binnen een week.", "rubriek-7-afspraken": ""})
    click_and_answer(page, "button[data-werkblad-actie='evaluatie']", accept=True)
    page.locator("[data-werkblad-status]", has_text="Afspraken van 23 november 2026").wait_for()
    [record] = stored(page).values()
    assert [v["datum"] for v in record["versies"]] == ["2025-11-20", "2026-11-23"]
    assert record["versies"][0]["velden"]["rubriek-5-afspraken"] == "Overleg elke maandag.\nMDO op donderdag."

    # Unchanged agreements make no new version.
    page.click("button[data-werkblad-actie='evaluatie']")
    page.locator("[data-werkblad-status]", has_text="niet veranderd").wait_for()
    assert len(next(iter(stored(page).values()))["versies"]) == 2

    page.click("button[data-werkblad-actie='versies']")
    panel = page.locator("[data-werkblad-paneel]")
    latest = panel.locator("details", has_text="Afspraken van 23 november 2026 (versie 2)")
    latest.locator("summary").focus()
    page.keyboard.press("Enter")
    text = latest.inner_text()
    for expected in ("Wat veranderde tegenover de afspraken van 20 november 2025",
                     "Rubriek 5 - Rol- en taakverdeling: Afspraken (gewijzigd)",
                     "Geschrapt: Overleg elke maandag.", "Toegevoegd: Overleg elke dinsdag.",
                     "Afspraken (nieuw ingevuld)", "Geschrapt: Infoavond in maart.", "(leeggemaakt)"):
        assert expected in text, expected
    assert "MDO op donderdag" not in text.split("De tekst van deze versie")[0], "ongewijzigde regels zijn geen wijziging"
    oldest = panel.locator("details", has_text="versie 1")
    oldest.locator("summary").click()
    assert "Dit is de eerste bewaarde versie" in oldest.inner_text()
    assert "Overleg elke maandag." in oldest.inner_text()
    # Earlier versions are read, not edited.
    assert panel.locator("textarea, input").count() == 0
    assert values(page)["rubriek-5-afspraken"] == "Overleg elke dinsdag.\nMDO op donderdag."

    # On paper: the current version, and the earlier ones only as an asked-for annex.
    plain = squash(pdf_text(page))
    assert squash("Overleg elke dinsdag.") in plain
    assert "Bijlage" not in plain and squash("Overleg elke maandag.") not in plain
    page.check("[data-werkblad-bijlage]")
    page.locator("[data-werkblad-bijlage-tekst]").wait_for(state="attached")
    annexed = squash(pdf_text(page))
    assert squash("Bijlage: eerdere versies") in annexed
    assert squash("Afspraken van 20 november 2025 (versie 1)") in annexed
    assert squash("Geschrapt: Overleg elke maandag.") in annexed
    for screen_only in ("Eerdere versies", "Versies sluiten", "Je werkbladen", "Alle werkbladen",
                        "Evaluatie starten", "Ongedaan maken"):
        assert squash(screen_only) not in annexed, screen_only
    assert page.external_requests == []


def test_a_stop_shows_the_31_december_rule():
    markup = ws.worksheet(REFERENCE)
    section = markup[markup.index('<label for="rubriek-8-stopzetting">'):]
    hint = section[:section.index("</p>")]
    assert "31 december" in hint and "volgende schooljaar" in hint
    assert 'aria-describedby="rubriek-8-stopzetting-hint"' in section
    assert '<input type="date" id="rubriek-8-volgende-evaluatie"' in markup
    assert 'id="rubriek-8-frequentie"' in markup


def version_1_fields() -> dict[str, str]:
    """A whole worksheet as the page wrote it before version 2: every field it then had."""
    new = {"rubriek-8-frequentie", "rubriek-8-volgende-evaluatie", "rubriek-8-stopzetting"}
    fields = {name: "" for name in ws.field_names(REFERENCE) if name not in new}
    fields.update(SCHOOL)
    return fields


def test_a_version_1_file_imports_unchanged(page, tmp_path):
    open_worksheet(page)
    path = tmp_path / "samenwerkingsafspraken-basisschool-het-voorbeeld-2026-11-23.json"
    path.write_text(json.dumps({"versie": 1, "velden": version_1_fields(),
                                "bewaard": "2026-11-23T10:00:00.000Z"}, indent=2), encoding="utf-8")
    page.set_input_files("[data-werkblad-bestand]", path)
    page.locator("[data-werkblad-status]", has_text="samengevoegd").wait_for()
    current = values(page)
    for name, value in version_1_fields().items():
        assert current[name] == value, name
    [record] = stored(page).values()
    assert record["versie"] == 2 and record["velden"]["rubriek-5-afspraken"] == SCHOOL["rubriek-5-afspraken"]


def test_the_version_1_worksheet_in_the_browser_joins_the_list(page):
    open_worksheet(page)
    old = {"versie": 1, "velden": version_1_fields(), "bewaard": "2026-11-23T10:00:00.000Z"}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [V1_KEY, json.dumps(old)])
    reopen(page)
    assert values(page)["rubriek-5-afspraken"] == SCHOOL["rubriek-5-afspraken"]
    assert page.evaluate(f"localStorage.getItem('{V1_KEY}')") is None
    [record] = stored(page).values()
    assert record["velden"] == old["velden"]
    assert "staat terug" in status(page)


FULL = """
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (key.startsWith("kennisbank-werkblad-v2:")) throw new DOMException("vol", "QuotaExceededError");
  return setItem.call(this, key, value);
};
"""
BLOCKED = """
Object.defineProperty(window, "localStorage", {
  get() { throw new DOMException("geweigerd", "SecurityError"); },
});
"""


@pytest.mark.parametrize("script, message", [
    (FULL, "bewaarruimte van deze browser is vol"),
    (BLOCKED, "laat niet toe dat de pagina iets bewaart"),
])
def test_full_or_refused_storage_says_so_and_loses_nothing(page, tmp_path, script, message):
    page.context.add_init_script(script)
    open_worksheet(page)
    page.fill("[name='rubriek-5-afspraken']", "Niet kwijtraken.")
    alert = page.locator("[data-werkblad-melding]", has_text=message)
    alert.wait_for()
    assert "exporteer" in alert.inner_text().lower()
    assert values(page)["rubriek-5-afspraken"] == "Niet kwijtraken."
    # The worksheet is still there to export, and in the list.
    data = json.loads(export(page, tmp_path).read_text(encoding="utf-8"))
    assert data["velden"]["rubriek-5-afspraken"] == "Niet kwijtraken."
    page.click("button[data-werkblad-actie='lijst']")
    page.locator("[data-werkblad-lijst] li").first.wait_for()
    assert page.external_requests == []


def worksheet_requests(page) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    return requests


def test_before_any_interaction_the_page_loads_only_its_small_script(page):
    requests = worksheet_requests(page)
    open_worksheet(page)
    page.wait_for_load_state("networkidle")
    loaded = [url.split("/javascripts/")[1] for url in requests if "/javascripts/werkblad" in url]
    assert loaded == ["werkblad.js"], loaded
    assert not any("werkblad-panelen.css" in url for url in requests)
    # The first keystroke brings the worksheet, not the panels nor the Word writer.
    fill(page, {"rubriek-1-school": "Basisschool Het Voorbeeld"})
    loaded = {url.split("/javascripts/")[1] for url in requests if "/javascripts/werkblad" in url}
    assert loaded == {"werkblad.js", "werkblad/sheet.js", "werkblad/model.js", "werkblad/store.js"}, loaded


def ws_question_text(rubric: int, question_id: str) -> str:
    from macros.reference import load_reference
    from tests.conftest import ROOT

    rubric = load_reference(ROOT / "data").rubrics[rubric]
    return next(q.text for q in rubric.questions if q.id == question_id)


def test_the_word_document_is_made_on_the_device_only_when_asked_for(page, tmp_path):
    import docx

    requests = worksheet_requests(page)
    open_worksheet(page)
    fill(page, SCHOOL)
    page.wait_for_load_state("networkidle")
    assert not any("werkblad-docx.js" in url for url in requests)
    with page.expect_download() as caught:
        page.click("button[data-werkblad-actie='word']")
    assert any(url.endswith("/javascripts/werkblad-docx.js") for url in requests)
    assert caught.value.suggested_filename.endswith(".docx")
    path = tmp_path / caught.value.suggested_filename
    caught.value.save_as(path)
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    text = "\n".join(p.text for p in document.paragraphs)
    # The rubrics as headings, the leidraad's questions marked as such, the answers typed.
    assert any(h.startswith("Rubriek 5") for h in headings), headings
    question = ws_question_text(5, "rubriek-5-overlegmomenten")
    assert question + " (uit de leidraad)" in text
    assert "(aanvulling van de kennisbank)" in text
    assert SCHOOL["rubriek-5-afspraken"] in text and SCHOOL["rubriek-2-notities"] in text
    assert "Basisschool Het Voorbeeld" in document.core_properties.title
    # A signature block for school and CLB.
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Handtekening" in cells and "School" in cells and "CLB" in cells, cells
    assert page.external_requests == []


def test_a_word_writer_that_cannot_load_gets_a_dutch_message(page):
    page.route("**/werkblad-docx.js", lambda route: route.abort())
    open_worksheet(page)
    fill(page, SCHOOL)
    page.click("button[data-werkblad-actie='word']")
    page.locator("[data-werkblad-melding]", has_text="kon niet geladen worden").wait_for()
    assert values(page)["rubriek-5-afspraken"] == SCHOOL["rubriek-5-afspraken"]


def axe_violations(page) -> list[str]:
    # Off any button, past the theme's colour transition (125 ms): axe reads colours as they
    # are drawn, and a button fading between two states has neither state's colours.
    page.mouse.move(0, 0)
    page.wait_for_timeout(300)
    return a11y.axe_violations(page)


def test_axe_finds_no_violation_in_any_state(page, width, tmp_path):
    page.set_viewport_size(width)
    open_worksheet(page)
    found: dict[str, list[str]] = {"leeg": axe_violations(page)}
    fill(page, {**SCHOOL, "rubriek-8-volgende-evaluatie": "2020-05-01"})
    click_and_answer(page, "button[data-werkblad-actie='evaluatie']", accept=True)
    page.locator("[data-werkblad-status]", has_text="bewaard als versie").wait_for()
    fill(page, {"rubriek-5-afspraken": "Een nieuwe afspraak."})

    page.click("button[data-werkblad-actie='lijst']")
    page.locator("[data-werkblad-lijst] li").first.wait_for()
    page.locator("[data-werkblad-lijst] [data-paneel='naam']").first.click()
    found["lijst"] = axe_violations(page)

    page.click("button[data-werkblad-actie='delen']")
    page.locator(".werkblad__delen").wait_for()
    found["rubrieken exporteren"] = axe_violations(page)

    other = tmp_path / "ander.json"
    other.write_text(json.dumps({"versie": 1, "velden": {"rubriek-5-afspraken": "Anders.",
                                                          "gesprek-datum": "2026-12-01"}}), encoding="utf-8")
    page.set_input_files("[data-werkblad-bestand]", other)
    page.locator("[data-werkblad-paneel] fieldset").first.wait_for()
    page.locator("[data-paneel='samenvoegen']").click()
    page.locator("[data-werkblad-melding]", has_text="Kies nog").wait_for()
    found["samenvoegen"] = axe_violations(page)

    page.click("button[data-werkblad-actie='versies']")
    for summary in page.locator("[data-werkblad-paneel] summary").all():
        summary.click()
    found["versies"] = axe_violations(page)
    assert {state: v for state, v in found.items() if v} == {}
    assert page.external_requests == []


# A stand-in for the Word writer: keeps the document it gets and returns a few bytes.
FAKE_WRITER = """
export async function worksheetDocx(doc) {
  window.documentForWord = doc;
  return new Uint8Array([80, 75, 3, 4]);
}
"""


def test_the_word_document_gets_the_worksheet_and_is_saved_on_this_device(page, tmp_path):
    page.route("**/werkblad-docx.js", lambda route: route.fulfill(
        status=200, content_type="text/javascript", body=FAKE_WRITER))
    open_worksheet(page)
    fill(page, {**SCHOOL, "rubriek-1-centrum": "CLB Voorbeeldstad", "rubriek-8-frequentie": "Elk schooljaar",
                "rubriek-8-volgende-evaluatie": "2027-05-03",
                "gesprek-aanwezigen": "Directeur (fictief)\nCLB-medewerker (fictief)"})
    click_and_answer(page, "button[data-werkblad-actie='evaluatie']", accept=True)
    fill(page, {"rubriek-5-afspraken": "Een nieuwe afspraak."})
    page.check("[data-werkblad-bijlage]")
    with page.expect_download() as info:
        page.click("button[data-werkblad-actie='word']")
    assert info.value.suggested_filename.startswith("samenwerkingsafspraken-basisschool-het-voorbeeld-")
    assert info.value.suggested_filename.endswith(".docx")
    assert info.value.path().read_bytes() == bytes([80, 75, 3, 4])
    doc = page.evaluate("window.documentForWord")
    assert doc["title"] == "Samenwerkingsafspraken school-CLB"
    assert (doc["school"], doc["clb"], doc["date"]) == ("Basisschool Het Voorbeeld", "CLB Voorbeeldstad",
                                                        "2026-11-23")
    assert doc["signatures"] == ["School", "CLB"]
    assert [(f["label"], f["value"]) for f in doc["conversation"] if f["kind"] != "date"] == [
        ("Aanwezig voor de school en voor het CLB", "Directeur (fictief)\nCLB-medewerker (fictief)")]
    assert doc["evaluation"] == {"frequency": "Elk schooljaar", "next": "2027-05-03"}
    assert [r["number"] for r in doc["rubrics"]] == list(REFERENCE.rubrics)
    for rubric, expected in zip(doc["rubrics"], REFERENCE.rubrics.values()):
        assert rubric["title"] == expected.title
        assert rubric["part"] == expected.part
        assert [q["text"] for q in rubric["questions"]] == [q.text for q in expected.questions]
        assert [q["fromSource"] for q in rubric["questions"]] == [q.from_source for q in expected.questions]
    five = {f["label"]: f["value"] for f in doc["rubrics"][4]["fields"]}
    assert five == {"Afspraken": "Een nieuwe afspraak."}
    [earlier] = doc["history"]
    assert (earlier["label"], earlier["date"]) == ("Versie 1", "2026-11-23")
    assert {f["label"]: f["value"] for f in earlier["rubrics"][4]["fields"]} == {
        "Afspraken": SCHOOL["rubriek-5-afspraken"]}
    assert "Word-document" in status(page)
    assert page.external_requests == []
