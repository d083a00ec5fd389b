"""PDFs to download: the handbook with cover, contents, bookmarks and page numbers,
tagged for screen readers; every fiche on one page; and only links that lead to a PDF.

One build with KENNISBANK_PDF=1, on the fictional data (it has a region, so a region
fiche, and a practice with markup and Jinja in its texts)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from macros.reference import load_reference
from tests.conftest import ROOT, copy_project, run_build

pytestmark = pytest.mark.build

REFERENCE = load_reference(ROOT / "data")


@pytest.fixture(scope="module")
def pdf_site(tmp_path_factory) -> Path:
    import os

    tmp = tmp_path_factory.mktemp("pdf")
    project = copy_project(tmp, fixture_data=True)
    os.environ["KENNISBANK_PDF"] = "1"
    try:
        result = run_build(project, tmp / "site")
    finally:
        del os.environ["KENNISBANK_PDF"]
    assert result.returncode == 0, result.stderr[-3000:]
    return tmp / "site"


@pytest.fixture(scope="module")
def handbook(pdf_site) -> PdfReader:
    return PdfReader(pdf_site / "pdf" / "handboek.pdf")


def outline_titles(reader: PdfReader) -> list[tuple[str, int]]:
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))
    walk(reader.outline)
    return found


def test_the_fiche_pdfs_rule_their_notes_box_evenly(pdf_site):
    from tests.paper import page_pixels, rule_gaps

    for name in ("fiche-rubriek-5.pdf", "fiche-opdracht-g.pdf"):
        gaps = rule_gaps(page_pixels(str(pdf_site / "pdf" / name)))
        assert len(gaps) >= 5 and max(gaps) - min(gaps) <= 2, (name, gaps)


def test_the_handbook_bookmarks_every_rubric_and_task(handbook):
    titles = [title for title, _ in outline_titles(handbook)]
    for rubric in REFERENCE.rubrics.values():
        assert f"Rubriek {rubric.number} - {rubric.short_title}" in titles
    for task in REFERENCE.tasks.values():
        assert any(title.startswith(f"Opdracht {task.letter})") for title in titles), task.letter
    # The structure of the contents, not every subheading.
    assert len(titles) < 60


def test_the_contents_give_the_page_on_which_each_rubric_starts(handbook):
    contents = handbook.pages[1].extract_text()
    assert contents.startswith("Inhoud")
    bookmarks = dict(outline_titles(handbook))
    for rubric in REFERENCE.rubrics.values():
        title = f"Rubriek {rubric.number} - {rubric.short_title}"
        match = re.search(rf"{re.escape(title)}[ .]*(\d+)\s*$", contents, re.M)
        assert match, f"{title} staat niet in de inhoud"
        page = int(match.group(1))
        assert page == bookmarks[title]
        first_line = handbook.pages[page - 1].extract_text().splitlines()[0]
        assert first_line.startswith(f"Rubriek {rubric.number} - "), f"{title} niet op pagina {page}"


def test_the_handbook_has_a_cover_running_header_and_page_x_of_y(handbook):
    cover = handbook.pages[0].extract_text()
    assert "Volledig handboek" in cover and "Bronnen" in cover
    assert "Toelichting leidraad samenwerkingsafspraken school-CLB" in cover
    assert re.search(r"Gemaakt op \d{1,2} \w+ 20\d\d", cover)
    total = len(handbook.pages)
    rubric_page = dict(outline_titles(handbook))["Rubriek 6 - Uitwisseling van informatie"]
    lines = handbook.pages[rubric_page - 1].extract_text().splitlines()
    # The chapter in the header and the page number in the footer come last in the text.
    assert lines[-2:] == ["Leidraad school-CLB", f"pagina {rubric_page} van {total}"]
    assert "Fiche om af te drukken" not in "\n".join(lines)  # a button for the screen
    # Nor does the handbook explain the catalogue's filters, which only the screen has.
    assert not any("Kies hieronder een opdracht" in page.extract_text() for page in handbook.pages)


def test_the_handbook_is_tagged_with_title_and_language_and_embeds_its_fonts(handbook):
    root = handbook.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712  (a PDF boolean)
    assert root["/Lang"] == "nl"
    assert handbook.metadata.title.endswith("volledig handboek")
    fonts = 0
    for page in handbook.pages[:5]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font.get("/FontDescriptor") or
                          font["/DescendantFonts"][0].get_object()["/FontDescriptor"]).get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font
            fonts += 1
    assert fonts


def test_the_handbook_links_work_inside_and_out(handbook):
    internal = external = 0
    for page in handbook.pages:
        for annotation in page.get("/Annots", []) or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            if annotation.get("/Dest") is not None:
                internal += 1
            elif action is not None and action.get_object().get("/S") == "/URI":
                external += 1  # web addresses, e-mail and telephone
    assert internal > 30 and external > 5


def test_every_fiche_is_one_a4_page(pdf_site):
    fiches = sorted((pdf_site / "pdf").glob("fiche-*.pdf"))
    names = {path.stem for path in fiches}
    assert {f"fiche-rubriek-{n}" for n in REFERENCE.rubrics} <= names
    assert {f"fiche-opdracht-{t}" for t in REFERENCE.tasks} <= names
    assert "fiche-regio-voorbeeldregio" in names
    for path in fiches:
        reader = PdfReader(path)
        assert len(reader.pages) == 1, path.name
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842), path.name
        assert reader.trailer["/Root"]["/Lang"] == "nl" and "/StructTreeRoot" in reader.trailer["/Root"]


def test_a_fiche_pdf_holds_its_questions(pdf_site):
    text = re.sub(r"\s+", " ", PdfReader(pdf_site / "pdf" / "fiche-rubriek-5.pdf").pages[0].extract_text())
    first = re.sub(r"\s+", " ", REFERENCE.rubrics[5].questions[0].text)
    assert first[:50] in text and "Notities" in text


def test_contributed_text_stays_text_in_the_pdfs(pdf_site):
    text = PdfReader(pdf_site / "pdf" / "fiche-opdracht-h.pdf").pages[0].extract_text()
    # The practice's markup and Jinja are shown as the characters they are.
    assert "<b>school</b>" in text and "{{ config.site_name }}" in text
    assert "<script>alert('x')</script>" in text


def test_every_page_that_promises_a_pdf_links_to_one_that_exists(pdf_site):
    promised = 0
    for page in pdf_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        for href, label in re.findall(r'<p class="pdf-download"><a href="([^"]+)" download>[^<]+</a> '
                                      r"\(([^)]+)\)</p>", html):
            target = (page.parent / href).resolve()
            assert target.is_file(), f"{page}: {href}"
            pages = len(PdfReader(target).pages)
            assert label.startswith("1 pagina," if pages == 1 else f"{pages} pagina&#x27;s,"), label
            promised += 1
    # The handbook, every fiche, every rubric and task page, the region page.
    expected = 1 + 2 * (len(REFERENCE.rubrics) + len(REFERENCE.tasks)) + 2
    assert promised == expected


def test_without_pdfs_no_page_promises_one(html_pages):
    assert not any('class="pdf-download"' in html for html in html_pages.values())
