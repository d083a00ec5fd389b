"""The worksheet as a Word document: docs/javascripts/werkblad-docx.js, run in Node on a
worksheet made from the real rubrics, and the .docx read back with python-docx as Word
would: headings, questions with their marks, answers, the signature table, page numbers
and the document's title. Also runs the writer's own Node tests (tests/js/)."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile

import docx
import pytest
from docx.document import Document

from macros.reference import load_reference, questions_origin
from tests.conftest import ROOT, node_or_skip

REFERENCE = load_reference(ROOT / "data")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# A fictional worksheet on the real rubrics: every name and answer here is invented.
ANSWERS = {
    (1, "Notities"): "Basisschool Het Voorbeeld, instellingsnummer 000000\n"
                     "Wijkschool 't Voorbeeldje <campus> & co",
    (5, "Afspraken"): "De zorgcoördinator belt de CLB-medewerker elke eerste maandag.\n\n"
                      "Het MDO valt op donderdag; het CLB is er om de twee weken bij.",
}
MARKS = {True: " (uit de leidraad)", False: " (aanvulling van de kennisbank)"}


def fields(rubric) -> list[str]:
    return ["Verwijzingen", "Notities"] if rubric.part == "informatie" else ["Afspraken"]


def rubric_data(rubric, answers=ANSWERS) -> dict:
    return {
        "number": rubric.number, "title": rubric.short_title, "part": rubric.part,
        "origin": questions_origin(rubric),
        "questions": [{"text": q.text, "fromSource": q.from_source} for q in rubric.questions],
        "fields": [{"label": label, "value": answers.get((rubric.number, label), "")}
                   for label in fields(rubric)],
    }


DOC = {
    "title": "Samenwerkingsafspraken school-CLB",
    "school": "Basisschool Het Voorbeeld", "clb": "CLB Voorbeeldstad", "date": "2026-11-23",
    "generated": "2026-11-30", "siteUrl": "https://example.org/leidraad/werkblad/",
    "conversation": [
        {"label": "Datum van het gesprek", "value": "23 november 2026", "kind": "date"},
        {"label": "Aanwezig voor de school en voor het CLB", "kind": "textarea",
         "value": "Directeur (fictief)\nCLB-medewerker (fictief)\n"},
    ],
    "rubrics": [rubric_data(r) for r in REFERENCE.rubrics.values()],
    "evaluation": {"frequency": "Elk schooljaar, in juni", "next": "2027-06-30"},
    "history": [{"date": "2025-06-20", "label": "Evaluatie 2025",
                 "rubrics": [rubric_data(REFERENCE.rubrics[5],
                                         {(5, "Afspraken"): "De vorige afspraak.\nMet twee regels."})]}],
    "signatures": ["School", "CLB"],
}


def node() -> str:
    return node_or_skip("de Word-schrijver van het werkblad (die draait in Node)")


def make_docx(doc: dict) -> bytes:
    result = subprocess.run([node(), str(ROOT / "tests" / "js" / "make-docx.mjs")],
                            input=json.dumps(doc).encode(), capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    return make_docx(DOC)


@pytest.fixture(scope="module")
def document(docx_bytes) -> Document:
    return docx.Document(io.BytesIO(docx_bytes))



def test_the_file_is_a_sound_zip(docx_bytes):
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        assert archive.testzip() is None  # every CRC checked
        assert archive.namelist()[0] == "[Content_Types].xml"


def test_rubrics_are_headings_under_the_two_parts(document):
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style.name.startswith("Heading")]
    top = [(style, text) for style, text in headings if style in ("Heading 1", "Heading 2")]
    main = top[:top.index(("Heading 1", "Bijlage: eerdere versies"))]
    assert main == [
        ("Heading 1", "Deel 1: informatie (rubriek 1 tot 4)"),
        *[("Heading 2", f"Rubriek {r.number} - {r.short_title}")
          for r in REFERENCE.rubrics.values() if r.part == "informatie"],
        ("Heading 1", "Deel 2: afspraken (rubriek 5 tot 8)"),
        *[("Heading 2", f"Rubriek {r.number} - {r.short_title}")
          for r in REFERENCE.rubrics.values() if r.part == "afspraken"],
        ("Heading 1", "Evaluatie"),
        ("Heading 1", "Ondertekening"),
    ]
    # Word's built-in heading styles, with their outline level for the navigation pane.
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"]
        assert style.element.pPr.find(f"{W}outlineLvl").get(f"{W}val") == str(level - 1)


def test_title_names_school_clb_date_and_who_took_part(document):
    texts = [p.text for p in document.paragraphs[:7]]
    assert document.paragraphs[0].style.name == "Title"
    # The date of the conversation once; who took part, a line each.
    assert texts == ["Samenwerkingsafspraken school-CLB", "School: Basisschool Het Voorbeeld",
                     "CLB: CLB Voorbeeldstad", "Datum: 23 november 2026",
                     "Aanwezig voor de school en voor het CLB:", "Directeur (fictief)",
                     "CLB-medewerker (fictief)"]
    assert document.paragraphs[7].text.startswith("Gemaakt op 30 november 2026")


def test_no_one_named_yet_leaves_a_line_to_write_on():
    doc = dict(DOC, conversation=[{"label": "Aanwezig", "value": "", "kind": "textarea"}])
    texts = [p.text for p in docx.Document(io.BytesIO(make_docx(doc))).paragraphs[:5]]
    assert texts[4] == "Aanwezig: \t"


def test_each_rubrics_questions_in_order_with_their_marks(document):
    paragraphs = document.paragraphs
    for rubric in REFERENCE.rubrics.values():
        start = next(i for i, p in enumerate(paragraphs)
                     if p.text == f"Rubriek {rubric.number} - {rubric.short_title}")
        assert paragraphs[start + 1].text == questions_origin(rubric)
        assert paragraphs[start + 2].text == "Reflectievragen"
        listed = paragraphs[start + 3:start + 3 + len(rubric.questions)]
        assert [p.text for p in listed] == [q.text + MARKS[q.from_source] for q in rubric.questions]
        # A real numbered list, so Word and a screen reader treat it as one.
        assert all(p.style.name == "List Paragraph" and p._p.pPr.numPr is not None for p in listed)
    marks = {p.text.rsplit(" (", 1)[-1] for p in paragraphs if p.style.name == "List Paragraph"}
    assert marks == {"uit de leidraad)", "aanvulling van de kennisbank)"}


def test_answers_keep_their_lines_and_empty_ones_leave_room(document):
    paragraphs = document.paragraphs

    def answer(rubric: int, label: str) -> list[str]:
        start = next(i for i, p in enumerate(paragraphs) if p.text.startswith(f"Rubriek {rubric} - "))
        at = next(i for i in range(start, len(paragraphs)) if paragraphs[i].text == label)
        assert paragraphs[at].style.name == "Heading 3"
        lines = []
        for p in paragraphs[at + 1:]:
            if p.style.name != "Antwoord":
                break
            lines.append(p.text)
        return lines

    assert answer(1, "Notities") == ANSWERS[(1, "Notities")].split("\n")
    assert answer(5, "Afspraken") == ANSWERS[(5, "Afspraken")].split("\n")
    assert answer(6, "Afspraken") == ["", "", "", ""]  # an empty box to write in
    box = document.styles["Antwoord"].element.pPr.find(f"{W}pBdr")
    assert [child.tag.removeprefix(W) for child in box] == ["top", "left", "bottom", "right"]


def test_signature_table(document):
    assert len(document.tables) == 1
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [["", "School", "CLB"], ["Naam", "", ""], ["Functie", "", ""],
                    ["Datum", "", ""], ["Handtekening", "", ""]]
    heading = next(i for i, p in enumerate(document.paragraphs) if p.text == "Ondertekening")
    assert document.paragraphs[heading].style.name == "Heading 1"


def test_history_annex_after_a_page_break(document):
    paragraphs = document.paragraphs
    annex = next(i for i, p in enumerate(paragraphs) if p.text == "Bijlage: eerdere versies")
    assert paragraphs[annex - 1]._p.xpath("./w:r/w:br[@w:type='page']")
    texts = [p.text for p in paragraphs[annex:]]
    assert "Evaluatie 2025 (20 juni 2025)" in texts
    at = texts.index("Afspraken")
    assert texts[at + 1:at + 3] == ["De vorige afspraak.", "Met twee regels."]


def test_footer_numbers_the_pages(document):
    footer = document.sections[0].footer
    assert not footer.is_linked_to_previous
    instructions = [t.strip() for t in footer._element.xpath(".//w:instrText/text()")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert re.sub(r"\s+", " ", footer.paragraphs[0].text) == "pagina 1 van 1"


def test_document_properties_and_language(document):
    core = document.core_properties
    assert core.title == ("Samenwerkingsafspraken school-CLB – Basisschool Het Voorbeeld – "
                          "CLB Voorbeeldstad – 23 november 2026")
    assert core.created.isoformat().startswith("2026-11-30T00:00:00")
    assert core.language == "nl-BE"
    lang = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang")[0]
    assert lang.get(f"{W}val") == "nl-BE"


def test_text_with_markup_and_control_characters_stays_text():
    nasty = "<b>vet</b> & \"quote\" \x00\x07\x1b 👩‍👩‍👧 " + "lang " * 20000
    doc = {**DOC, "school": nasty, "rubrics": [{**rubric_data(REFERENCE.rubrics[5]),
                                                "fields": [{"label": "Afspraken", "value": nasty}]}]}
    document = docx.Document(io.BytesIO(make_docx(doc)))
    expected = nasty.replace("\x00", "").replace("\x07", "").replace("\x1b", "")
    assert document.paragraphs[1].text == "School: " + expected
    # Blank space at the end of an answer is left out; the rest stays as typed.
    assert expected.rstrip() in [p.text for p in document.paragraphs if p.style.name == "Antwoord"]
