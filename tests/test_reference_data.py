"""The reference lists in data/referentie/: a contributor's mistake gets a Dutch message
with file, line and field, all mistakes at once, and never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros import render
from macros.reference import DataError, Question, Rubric, load_reference
from macros.yamlfile import read_yaml
from tests.conftest import ROOT, copy_project, run_build


@pytest.fixture
def data_copy(tmp_path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} staat niet in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_reference(data_dir)
    return [str(p) for p in caught.value.problems]


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_real_reference_data_is_valid():
    reference = load_reference(ROOT / "data")
    assert sorted(reference.rubrics) == list(range(1, 9))
    assert "".join(sorted(reference.tasks)) == "abcdefghi"


def test_unknown_field_names_file_line_and_nearest_valid_name(data_copy):
    path = data_copy / "referentie" / "opdrachten.yml"
    replace_in(path, "  samenvatting:", "  samenvating:")
    line = line_of(path, "samenvating:")
    messages = problems_of(data_copy)
    assert any(f"data/referentie/opdrachten.yml:{line}:" in m and "samenvating" in m
               and "Bedoel je 'samenvatting'?" in m for m in messages), messages


def test_duplicate_key_is_reported_not_silently_merged(data_copy):
    path = data_copy / "referentie" / "opdrachten.yml"
    replace_in(path, "- letter: a\n", "- letter: a\n  letter: b\n")
    messages = problems_of(data_copy)
    assert any("opdrachten.yml:" in m and "twee keer" in m and "letter" in m for m in messages)


def test_wrong_type_and_missing_field_reported_together(data_copy):
    rubrics = data_copy / "referentie" / "rubrieken.yml"
    replace_in(rubrics, "- nummer: 3\n", "- nummer: drie\n")
    terms = data_copy / "referentie" / "begrippen.yml"
    replace_in(terms, "  voluit:", "  uitgeschreven:")
    messages = problems_of(data_copy)
    assert any("rubrieken.yml:" in m and "'[3].nummer'" in m and "geheel getal" in m
               and "'drie'" in m for m in messages), messages
    assert any("begrippen.yml:" in m and "voluit" in m and "ontbreekt" in m for m in messages)


def test_question_id_must_be_unique_and_carry_its_rubric(data_copy):
    path = data_copy / "referentie" / "rubrieken.yml"
    first_id = read_yaml(path).data[4]["vragen"][0]["id"]
    second_id = read_yaml(path).data[4]["vragen"][1]["id"]
    replace_in(path, f"id: {second_id}\n", f"id: {first_id}\n")
    messages = problems_of(data_copy)
    assert any("al gebruikt" in m and first_id in m for m in messages), messages


def test_yaml_syntax_error_names_the_line(data_copy):
    path = data_copy / "referentie" / "bronnen.yml"
    replace_in(path, "- id: mler-136\n", "- id: mler-136\n   soort: [niet gesloten\n")
    messages = problems_of(data_copy)
    assert any(m.startswith("data/referentie/bronnen.yml:") and "geen geldige YAML" in m
               for m in messages), messages


def test_python_tags_are_refused(data_copy):
    path = data_copy / "referentie" / "bronnen.yml"
    replace_in(path, "- id: mler-136\n", "- id: !!python/object/apply:os.system ['true']\n")
    messages = problems_of(data_copy)
    assert any("niet toegelaten" in m and "bronnen.yml:" in m for m in messages), messages


def test_non_utf8_file_is_reported(data_copy):
    path = data_copy / "referentie" / "begrippen.yml"
    path.write_bytes(path.read_bytes().replace("leerlingenbegeleiding".encode(),
                                               "leerlingenbegeleiding é".encode("latin-1"), 1))
    messages = problems_of(data_copy)
    assert any("UTF-8" in m and "begrippen.yml:" in m for m in messages), messages


def test_invalid_date_is_reported(data_copy):
    path = data_copy / "referentie" / "bronnen.yml"
    replace_in(path, "datum: 2020-01-14", "datum: 14/01/2020")
    messages = problems_of(data_copy)
    assert any("datum" in m and "JJJJ-MM-DD" in m for m in messages), messages


@pytest.mark.build
def test_broken_data_fails_the_build_with_a_dutch_message_and_no_traceback(tmp_path):
    project = copy_project(tmp_path)
    replace_in(project / "data/referentie/opdrachten.yml", "  titel:", "  titl:")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "data/referentie/opdrachten.yml:" in result.stderr
    assert "Bedoel je 'titel'?" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.build
def test_page_without_source_fails_the_build(tmp_path):
    project = copy_project(tmp_path)
    replace_in(project / "docs/leidraad/rubriek-3.md", "bron: mler-136\n", "")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/leidraad/rubriek-3.md" in result.stderr and "'bron' ontbreekt" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.build
def test_front_matter_that_is_not_yaml_is_named_not_reported_as_missing_fields(tmp_path):
    project = copy_project(tmp_path)
    replace_in(project / "docs/leidraad/rubriek-3.md", "\ndescription: ",
               "\ndescription: Rubriek 3: ")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/leidraad/rubriek-3.md:3: de front matter bovenaan is geen geldige YAML" \
        in result.stderr, result.stderr[-2000:]
    assert "ontbreekt" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.build
def test_undefined_variable_in_a_page_fails_the_build(tmp_path):
    project = copy_project(tmp_path)
    path = project / "docs/leidraad/rubriek-3.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n{{ bestaat_niet }}\n", encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "bestaat_niet" in result.stderr


# --- rendering core, without a build ---

def make_rubric(*questions: Question) -> Rubric:
    return Rubric(5, "Titel", "Kort", "afspraken", "leidraad/rubriek-5.md", questions, True)


def test_questions_carry_their_stable_anchor_and_escape_html():
    html = render.reflection_questions(make_rubric(
        Question("rubriek-5-een", "Wat met <script>alert(1)</script>?", None),
        Question("rubriek-5-twee", "Tweede vraag", "Scholengemeenschap"),
    ))
    assert '<li id="rubriek-5-een" markdown>' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<ol class="reflectievragen" start="2" markdown>' in html  # numbering runs on
    assert "**Scholengemeenschap**" in html


def test_footer_names_source_and_review_date():
    reference = load_reference(ROOT / "data")
    footer = render.page_footer({"bron": "mler-136", "herzien": "2026-11-23"}, reference, "x.md")
    assert "MLER_136" in footer and "14 januari 2020" in footer and "3 juni 2021" in footer
    assert "23 november 2026" in footer


@pytest.mark.parametrize("meta, expected", [
    ({"herzien": "2026-11-23"}, "'bron' ontbreekt"),
    ({"bron": "mler-136"}, "'herzien' ontbreekt"),
    ({"bron": "onbekend", "herzien": "2026-11-23"}, "onbekende bron 'onbekend'"),
    ({"bron": "mler-136", "herzien": "gisteren"}, "geen datum"),
])
def test_footer_refuses_incomplete_front_matter(meta, expected):
    reference = load_reference(ROOT / "data")
    with pytest.raises(render.PageMetaError, match=expected):
        render.page_footer(meta, reference, "leidraad/x.md")


def test_abbreviations_skip_terms_that_cannot_match_as_words():
    from macros.reference import Term

    defs = render.abbreviation_definitions((Term("CLB", "centrum [x]", None), Term("GO!", "x", None)))
    assert "*[CLB]: centrum [x)" in defs
    assert "GO!" not in defs


def test_relative_links_between_pages():
    assert render.link("nroc/artikel-16/index.md", "nroc/artikel-16/opdracht-a.md") == "opdracht-a.md"
    assert render.link("index.md", "leidraad/rubriek-1.md") == "leidraad/rubriek-1.md"
    assert render.link("wegwijs/school.md", "leidraad/rubriek-1.md") == "../leidraad/rubriek-1.md"


def test_term_variants_must_be_a_list_of_texts(data_copy):
    terms = data_copy / "referentie" / "begrippen.yml"
    replace_in(terms, "  varianten: [leerlingbegeleiding]\n", "  varianten: leerlingbegeleiding\n")
    messages = problems_of(data_copy)
    assert any("begrippen.yml:" in m and "varianten" in m and "lijst" in m for m in messages), messages


# --- reflection questions traceable to the leidraad (MLER_136) ---

# What the source asks, rubric by rubric, in its own words (shortened where "…" stands):
# the questions under "Reflectievragen" in rubrics 5, 6 and 8, and the examples of
# practical information that rubric 4 puts as questions. Rubrics 1-3 and 7 ask none.
# Counted from ../shared/sources/003_7b3cf3778320b15a.txt (MLER_136, 2021-06-03).
SOURCE_QUESTIONS = {
    4: ["Wie zijn de contactpersonen van het CLB?",
        "Hoe en wanneer is het CLB zichtbaar, vlot toegankelijk en laagdrempelig bereikbaar?",
        "Hoe organiseert het CLB de systematische contacten, de vaccinaties …",
        "Hoe organiseert het CLB haar draaischijffunctie?"],
    5: ["Is het voor het CLB duidelijk hoe de leerlingenbegeleiding in de school georganiseerd is …",
        "Is het voor de school duidelijk hoe het CLB georganiseerd is …",
        "Is het voor de school en het CLB duidelijk welke taken de school opneemt …",
        "Op welke momenten is een CLB-medewerker aanwezig in de school?",
        "Welke afspraken maak je over deelname van het CLB aan overlegmomenten …",
        "Hoe verloopt de samenwerking tussen de personeelsleden van de school …",
        "… op binnen de vier begeleidingsdomeinen …",
        "… de uitbouw binnen een GOK-beleid op school?",
        "… bij de opvolging van de aan- en afwezigheden van leerlingen …",
        "Welke afspraken worden er gemaakt op het niveau van de scholengemeenschap …",
        "Hoe verloopt de samenwerking in het kader van het ondersteuningsmodel?",
        "Hoe verloopt de communicatie en verslaggeving?",
        "Welke leerlingen worden aangemeld bij het zorgloket? …"],
    6: ["Is het voor personeelsleden van de school en CLB-medewerkers duidelijk wat ambts- en "
        "beroepsgeheim inhouden …",
        "Hoe verloopt de uitwisseling van informatie concreet? …"],
    8: ["wanneer de samenwerkingsafspraken worden geëvalueerd",
        "hoe de afspraken worden bijgestuurd. …"],
}
SOURCE_FILE = ROOT.parent / "shared" / "sources" / "003_7b3cf3778320b15a.txt"


def test_every_source_question_of_the_leidraad_is_there_once_and_no_other():
    """Per rubric, the questions marked as the leidraad's cover exactly the source's
    questions: as many, each named once (two where the site merges two)."""
    reference = load_reference(ROOT / "data")
    for number, rubric in reference.rubrics.items():
        named = [p for q in rubric.questions if q.from_source for p in q.passages]
        assert sorted(named) == sorted(SOURCE_QUESTIONS.get(number, [])), f"rubriek {number}"
        assert all(q.passages for q in rubric.questions if q.from_source), f"rubriek {number}"
        assert not any(q.passages for q in rubric.questions if not q.from_source)


def test_rubric_4_says_its_questions_are_the_leidraads_examples_of_information():
    reference = load_reference(ROOT / "data")
    from macros.reference import questions_origin
    assert "voorbeelden van praktische informatie" in questions_origin(reference.rubrics[4])
    assert "voorbeelden" not in questions_origin(reference.rubrics[5])


@pytest.mark.skipif(not SOURCE_FILE.exists(), reason="de bronnen (../shared/sources/) staan "
                    "niet naast deze checkout; de letterlijke controle van de passages slaat over")
def test_each_listed_source_question_is_verbatim_in_mler_136():
    source = " ".join(SOURCE_FILE.read_text(encoding="utf-8").replace("\\_", "_").split())
    for passages in SOURCE_QUESTIONS.values():
        for passage in passages:
            for piece in passage.split("…"):
                assert " ".join(piece.split()) in source, piece


@pytest.mark.parametrize("old, new, expected", [
    # A derived question flagged as the leidraad's: it names no passage.
    ("      uit_bron: false\n    - id: rubriek-6-toestemming",
     "      uit_bron: true\n    - id: rubriek-6-toestemming",
     "'rubriek-6-welke-informatie' staat als vraag uit de toelichting"),
    # A question of the leidraad flagged as derived, its passage left in place.
    ("    - id: rubriek-5-overlegmomenten\n",
     "    - id: rubriek-5-overlegmomenten\n      uit_bron: false\n",
     "'rubriek-5-overlegmomenten' is afgeleid (uit_bron: false) maar noemt een passage"),
])
def test_a_wrong_source_flag_is_refused_with_the_question_named(data_copy, old, new, expected):
    path = data_copy / "referentie" / "rubrieken.yml"
    replace_in(path, old, new)
    messages = problems_of(data_copy)
    assert any(expected in m and "bronpassage" in m and "rubrieken.yml:" in m
               for m in messages), messages


def test_rubric_page_quotes_the_passage_each_source_question_paraphrases():
    reference = load_reference(ROOT / "data")
    html = render.reflection_questions(reference.rubrics[5])
    assert ("<span class=\"vraag-bron\">Toelichting: „Op welke momenten is een "
            "CLB-medewerker aanwezig in de school?” en „Welke afspraken maak je") in html
    derived = render.reflection_questions(reference.rubrics[6])
    item = derived.split('id="rubriek-6-toestemming"')[1].split("</li>")[0]
    assert "vraag-bron" not in item and "aanvulling" in item
