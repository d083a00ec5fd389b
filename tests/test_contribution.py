"""Contributing without Git or YAML: a submitted issue form becomes a checked data file,
or a list of problems that name the form's fields. The bodies here are written as
GitHub writes a submitted form; every name and address in them is fictional."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros import forms
from macros.contribution import convert, form_body, report
from macros.knowledge import load_knowledge_base
from macros.yamlfile import read_yaml
from tests.conftest import FIXTURES, ROOT, data_folder

TODAY = datetime.date(2026, 11, 24)


@pytest.fixture
def data(tmp_path) -> Path:
    """The real reference lists and practices, plus the fictional region."""
    return data_folder(tmp_path, practices=ROOT / "data" / "praktijken")


PRACTICE = """### Titel

Samen één onthaal voor nieuwe leerlingen

### Samenvatting

Twee centra onthalen nieuwe leerlingen samen, zodat ouders maar één keer hun verhaal doen.

### Beschrijving

Een **verzonnen** voorbeeld voor de tests.

### Hoe het werkt

- een gezamenlijk intakemoment;
- één [folder](https://example.org/folder).

### Opdrachten van artikel 16

- [ ] a) Bereikbaarheid en permanentie afstemmen
- [ ] b) Expertise over kansarmoede bundelen
- [X] c) Aanspreekpunt voor huisonderwijs
- [ ] d) Systematische contacten en vaccinaties praktisch coördineren
- [ ] e) Spijbelen en vroegtijdig schoolverlaten aanpakken
- [ ] f) Leerlingen met een woelige schoolloopbaan opvolgen
- [x] g) Bemiddelen en herstelgericht werken
- [ ] h) Objectieve informatie op scharniermomenten
- [ ] i) Expertise over radicalisering bundelen

### Rubrieken van de leidraad

- [X] 5. Rol- en taakverdeling

### Begeleidingsdomeinen

- [X] Onderwijsloopbaan

### Onderwijsniveaus

- [X] Gewoon secundair onderwijs
- [ ] Huisonderwijs

### Regio

Voorbeeldregio (fictief)

### Partners

Fictieve partner vzw
Nog een fictieve partner

### Contact

Voorbeeldregio (fictief): Coördinator NROC (Fictief CLB Voorbeeldstad)

### Links

Meer uitleg | https://example.org/uitleg

### Bron

Testgegevens

### Toestemming

- [X] De praktijk loopt echt, de tekst is in eigen woorden, en wie met naam vermeld wordt, gaf daarvoor toestemming.
"""

EXPECTED_PRACTICE = """# yaml-language-server: $schema=../../schemas/praktijk.schema.json
# Bijdrage via het formulier in issue #7.
id: samen-een-onthaal-voor-nieuwe-leerlingen
titel: "Samen één onthaal voor nieuwe leerlingen"
samenvatting: "Twee centra onthalen nieuwe leerlingen samen, zodat ouders maar één keer hun verhaal doen."
beschrijving: |
  Een **verzonnen** voorbeeld voor de tests.

  ### Hoe het werkt

  - een gezamenlijk intakemoment;
  - één [folder](https://example.org/folder).
opdrachten: [c, g]
rubrieken: [5]
domeinen: [onderwijsloopbaan]
niveaus: [secundair]
regio: voorbeeldregio
partners:
  - "Fictieve partner vzw"
  - "Nog een fictieve partner"
contact: voorbeeldregio/coordinator
links:
  - titel: "Meer uitleg"
    url: "https://example.org/uitleg"
bron: "Testgegevens"
toegevoegd: 2026-11-24
herzien: 2026-11-24
"""


LABELS = [f.label for kind in ("praktijk", "regio")
          for f in forms.forms_for(kind, load_knowledge_base(FIXTURES.parent.parent.parent / "data")).fields]


def field_value(body: str, label: str, value: str) -> str:
    """The body with one field's value replaced (as if the contributor typed it)."""
    start = body.index(f"### {label}\n\n") + len(f"### {label}\n\n")
    ends = [body.find(f"\n\n### {other}\n", start) for other in LABELS]
    end = min((e for e in ends if e >= 0), default=-1)
    return body[:start] + value + (body[end:] if end >= 0 else "\n")


def written(data: Path) -> set[str]:
    return {p.name for p in (data / "praktijken").glob("*.yml")} | \
        {p.name for p in (data / "regios").glob("*.yml")}


def test_a_filled_practice_form_gives_exactly_the_expected_file(data):
    outcome = convert(PRACTICE, data, issue=7, today=TODAY)
    assert outcome.problems == []
    assert outcome.path == data / "praktijken" / "samen-een-onthaal-voor-nieuwe-leerlingen.yml"
    assert outcome.path.read_text(encoding="utf-8") == EXPECTED_PRACTICE


def test_windows_line_endings_give_the_same_file(data):
    outcome = convert(PRACTICE.replace("\n", "\r\n"), data, issue=7, today=TODAY)
    assert outcome.path.read_text(encoding="utf-8") == EXPECTED_PRACTICE


@pytest.mark.parametrize("edges", [
    ("\ufeff", ""),                      # a byte-order mark, as Notepad saves UTF-8
    ("\ufeff\r\n\r\n", "\r\n"),          # the same with Windows line ends
    ("\u200b", "\u200b"),                # zero-width spaces around the whole text
    ("\u200d\u2060", "\u200c"),           # a joiner, a word joiner, a non-joiner
    ("\n\n  \n", "\n\n"),                # blank lines and spaces
    ("", "\x00\x00\x00"),                 # a file padded with NULs
    ("\u200e\ufeff", "\n\u200f"),         # direction marks an editor added
], ids=["bom", "bom-crlf", "zwsp", "joiners", "blank", "nul", "marks"])
def test_invisible_characters_around_the_body_change_nothing(data, edges):
    """A body as editors save it: the first field is read like the others."""
    start, end = edges
    body = PRACTICE.replace("\n", "\r\n") if "\r" in start else PRACTICE
    outcome = convert(start + body + end, data, issue=7, today=TODAY)
    assert outcome.problems == []
    assert outcome.path.read_text(encoding="utf-8") == EXPECTED_PRACTICE


def test_invisible_characters_around_a_value_are_not_kept(data):
    body = field_value(PRACTICE, "Titel", "\u200bSamen één onthaal voor nieuwe leerlingen\ufeff")
    outcome = convert(body, data, issue=7, today=TODAY)
    assert outcome.path.read_text(encoding="utf-8") == EXPECTED_PRACTICE


def test_a_body_saved_as_utf16_with_its_mark_is_read(tmp_path, data):
    """Windows editors save "Unicode" as UTF-16 with a byte-order mark."""
    saved = tmp_path / "issue.md"
    saved.write_bytes(PRACTICE.replace("\n", "\r\n").encode("utf-16"))
    command = [sys.executable, "-m", "macros.contribution", "--gegevens", str(data),
               "--datum", "2026-11-24", "--issue", "7", str(saved)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    written_file = data / "praktijken" / "samen-een-onthaal-voor-nieuwe-leerlingen.yml"
    assert written_file.read_text(encoding="utf-8") == EXPECTED_PRACTICE


@pytest.mark.parametrize("label, message", [
    ("Titel", "vul dit veld in"),
    ("Samenvatting", "vul dit veld in"),
    ("Beschrijving", "vul dit veld in"),
    ("Regio", "vul dit veld in"),
    ("Bron", "vul dit veld in"),
])
def test_each_required_field_left_empty_is_named_and_nothing_is_written(data, label, message):
    before = written(data)
    outcome = convert(field_value(PRACTICE, label, forms.NO_RESPONSE), data, today=TODAY)
    assert f"{label}: {message}" in "\n".join(outcome.problems), outcome.problems
    assert outcome.path is None and written(data) == before


def test_the_consent_box_must_be_ticked(data):
    body = PRACTICE.replace("- [X] De praktijk loopt echt", "- [ ] De praktijk loopt echt")
    outcome = convert(body, data, today=TODAY)
    assert any(p.startswith("Toestemming: ") for p in outcome.problems)


@pytest.mark.parametrize("label, value, expected", [
    ("Titel", "x" * 121, "Titel: "),
    ("Samenvatting", "Te kort", "Samenvatting: "),
    ("Beschrijving", "Klik [hier](javascript:alert(1)) voor meer.", "Beschrijving: de link"),
    ("Beschrijving", "Een <script>alert(1)</script> in de tekst.", "Beschrijving: HTML is niet"),
    ("Beschrijving", "Lang. " * 10_000, "Beschrijving: "),
    ("Links", "Zonder streep https://example.org", "Links: regel 1"),
    ("Links", "Gevaarlijk | javascript:alert(1)", "Links, regel 1: "),
    ("Regio", forms.NEW_REGION_OPTION, "Regio: je regio staat nog niet"),
    ("Regio", "Een regio die niet bestaat", "Regio: 'Een regio die niet bestaat' is geen keuze"),
    ("Contact", "Iemand anders", "Contact: 'Iemand anders' is geen keuze"),
    ("Titel", "Met een \u202e omgekeerd stuk", "Titel: de tekst bevat een onzichtbaar stuurteken"),
    ("Samenvatting", "Een belletje \x07 in een samenvatting van genoeg tekens.", "Samenvatting: de tekst bevat"),
])
def test_each_invalid_value_is_named_by_its_label_and_nothing_is_written(data, label, value, expected):
    before = written(data)
    outcome = convert(field_value(PRACTICE, label, value), data, today=TODAY)
    assert any(p.startswith(expected) for p in outcome.problems), outcome.problems
    assert outcome.path is None and written(data) == before


def test_a_practice_needs_a_task_or_a_rubric(data):
    body = PRACTICE.replace("- [X] c)", "- [ ] c)").replace("- [x] g)", "- [ ] g)")
    body = body.replace("- [X] 5. Rol", "- [ ] 5. Rol")
    outcome = convert(body, data, today=TODAY)
    assert any(p.startswith("Opdrachten van artikel 16: kies minstens") for p in outcome.problems)


def test_every_problem_is_reported_at_once(data):
    body = field_value(field_value(PRACTICE, "Titel", forms.NO_RESPONSE), "Bron", forms.NO_RESPONSE)
    body = field_value(body, "Links", "geen streep")
    outcome = convert(body, data, today=TODAY)
    labels = {p.split(":")[0] for p in outcome.problems}
    assert {"Titel", "Bron", "Links"} <= labels


@pytest.mark.parametrize("title", [
    "$(touch /tmp/gehackt) `id` ; rm -rf / && echo",
    "${{ github.token }} {{ config.site_name }} {% raw %}",
    "<img src=x onerror=alert(1)> & <b>vet</b>",
    "Emoji 🎒📚 en één ‘aanhalingsteken’",
])
def test_hostile_titles_become_plain_text_in_the_file(data, title):
    outcome = convert(field_value(PRACTICE, "Titel", title), data, today=TODAY)
    if outcome.problems:  # refused is fine too, as long as it says why
        assert all(":" in p for p in outcome.problems)
        return
    assert read_yaml(outcome.path).data["titel"] == title
    assert outcome.path.name.endswith(".yml") and "/" not in outcome.path.stem


def test_another_forms_body_is_refused(data):
    correction = "### Pagina\n\nRubriek 5\n\n### Adres van de pagina\n\nhttps://example.org/\n"
    outcome = convert(correction, data, today=TODAY)
    assert outcome.path is None and outcome.problems
    assert "formulier" in outcome.problems[0]
    region_as_practice = convert(REGION, data, today=TODAY, kind="praktijk")
    assert region_as_practice.path is None and "niet het formulier" in region_as_practice.problems[0]


def test_an_empty_or_huge_body_is_refused_without_a_traceback(data):
    assert convert("", data).problems
    assert convert("x" * 200_000, data).problems


def test_a_title_like_an_existing_one_gets_its_own_file(data):
    first = convert(PRACTICE, data, today=TODAY)
    second = convert(PRACTICE, data, today=TODAY)
    assert first.path != second.path
    assert second.path.stem == first.path.stem + "-2"


def test_an_edited_issue_rewrites_the_same_file(data):
    wrong = convert(field_value(PRACTICE, "Bron", forms.NO_RESPONSE), data, issue=12, today=TODAY)
    assert wrong.path is None
    first = convert(PRACTICE, data, issue=12, today=TODAY)
    later = datetime.date(2026, 12, 1)
    edited = convert(field_value(PRACTICE, "Titel", "Een betere titel voor het onthaal"), data,
                     issue=12, today=later)
    assert edited.path == first.path
    saved = read_yaml(edited.path).data
    assert saved["titel"] == "Een betere titel voor het onthaal"
    assert saved["toegevoegd"] == "2026-11-24" and saved["herzien"] == "2026-12-01"
    assert len([p for p in (data / "praktijken").glob("*.yml")
                if "issue #12." in p.read_text(encoding="utf-8")]) == 1


REGION = """### Naam van de regio

Proefregio (fictief)

### Werkgebied

De verzonnen gemeenten Testdorp en Proefstad.

### CLB's in de regio

Fictief CLB Testdorp | vrij | https://example.org/clb
Fictief CLB Proefstad | GO!

### Contacten

coordinator | Coördinator NROC | Fictief CLB Testdorp | nroc@example.org
bemiddeling | Aanspreekpunt bemiddeling | Fictief CLB Proefstad | | 012 34 56 78

### Aanspreekpunten per opdracht

g | Bemiddeling | bemiddeling
c) | Huisonderwijs | coordinator

### Bereikbaarheid en openingsuren

_No response_

### Permanentie in de vakanties

In de zomer neemt telkens één centrum de permanentie op.

### Toestemming

- [X] De gegevens kloppen, en wie met naam vermeld wordt, gaf daarvoor toestemming.
"""


def test_a_filled_region_form_gives_a_valid_region_file(data):
    outcome = convert(REGION, data, issue=3, today=TODAY)
    assert outcome.problems == []
    saved = read_yaml(outcome.path).data
    assert outcome.path.name == "proefregio-fictief.yml"
    assert saved["clbs"] == [
        {"naam": "Fictief CLB Testdorp", "net": "vrij", "website": "https://example.org/clb"},
        {"naam": "Fictief CLB Proefstad", "net": "go"}]
    assert saved["contacten"][1] == {"id": "bemiddeling", "functie": "Aanspreekpunt bemiddeling",
                                     "organisatie": "Fictief CLB Proefstad",
                                     "telefoon": "012 34 56 78"}
    assert saved["aanspreekpunten"][1] == {"opdracht": "c", "onderwerp": "Huisonderwijs",
                                           "contact": "coordinator"}
    assert "bereikbaarheid" not in saved
    assert load_knowledge_base(data).regions["proefregio-fictief"].name == "Proefregio (fictief)"


@pytest.mark.parametrize("label, value, expected", [
    ("CLB's in de regio", "Fictief CLB | paars", "CLB's in de regio: regel 1: 'paars' is geen net"),
    ("Contacten", "coordinator | Coördinator | Fictief CLB", "Contacten, regel 1: geef minstens"),
    ("Contacten", "Coördinator NROC | Fictief CLB | nroc@example.org", "Contacten, regel 1: "),
    ("Aanspreekpunten per opdracht", "g | Bemiddeling | niemand", "Aanspreekpunten per opdracht, regel 1: 'niemand'"),
    ("Aanspreekpunten per opdracht", "z | Iets | coordinator", "Aanspreekpunten per opdracht, regel 1: "),
])
def test_region_lines_with_mistakes_are_named_by_field_and_line(data, label, value, expected):
    outcome = convert(field_value(REGION, label, value), data, today=TODAY)
    assert any(p.startswith(expected) for p in outcome.problems), outcome.problems
    assert outcome.path is None


def comparable(kind: str, values: dict) -> dict:
    """What a form can carry: the id and dates follow from the issue, and ticked boxes
    come in the form's order."""
    skip = {"id", "toegevoegd", "herzien"}
    markdown = {"beschrijving", "bereikbaarheid", "vakantiepermanentie"}
    return {key: (sorted(value, key=str) if key in ("opdrachten", "rubrieken", "domeinen", "niveaus")
                  # A final newline means nothing in Markdown; files differ in writing it.
                  else value.rstrip("\n") if key in markdown else value)
            for key, value in values.items() if key not in skip}


@pytest.mark.parametrize("folder, kind", [("praktijken", "praktijk"), ("regios", "regio")])
def test_every_existing_file_written_as_a_form_converts_back_to_the_same_data(data, folder, kind):
    shutil.copytree(FIXTURES / "praktijken", data / "praktijken", dirs_exist_ok=True)
    kb = load_knowledge_base(data)
    files = sorted((data / folder).glob("*.yml"))
    assert files
    for path in files:
        original = read_yaml(path).data
        outcome = convert(form_body(kind, original, kb), data, today=TODAY, write=False)
        assert outcome.problems == [], (path.name, outcome.problems)
        assert comparable(kind, outcome.data) == comparable(kind, original), path.name


def test_the_committed_forms_are_the_generated_ones():
    kb = load_knowledge_base(ROOT / "data")
    for name, text in forms.rendered_forms(kb).items():
        committed = (forms.FORM_DIR / name).read_text(encoding="utf-8")
        assert committed == text, f"{name} verschilt: draai make formulieren"


def test_every_form_field_has_a_dutch_label_and_help_and_lists_are_choices():
    kb = load_knowledge_base(ROOT / "data")
    for form in (forms.practice_form(kb), forms.region_form(kb)):
        for item in form.fields:
            assert item.label and (item.help or item.kind == "checkboxes"), item.id
            if item.id in ("opdrachten", "rubrieken", "domeinen", "niveaus", "regio", "contact"):
                assert item.kind in ("checkboxes", "dropdown") and item.options
    regions = forms.practice_form(kb).field("regio").options
    assert regions[0] == "Heel Vlaanderen" and regions[-1] == "Mijn regio staat er nog niet in"
    assert [r.name for r in kb.regions.values()] == list(regions[1:-1])


def test_make_bijdrage_writes_the_file_or_prints_every_problem(tmp_path, data):
    good, bad = tmp_path / "goed.md", tmp_path / "fout.md"
    good.write_text(PRACTICE, encoding="utf-8")
    bad.write_text(field_value(PRACTICE, "Titel", forms.NO_RESPONSE), encoding="utf-8")
    command = [sys.executable, "-m", "macros.contribution", "--gegevens", str(data), "--datum", "2026-11-24"]
    ok = subprocess.run(command + [str(good)], cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0 and "samen-een-onthaal-voor-nieuwe-leerlingen.yml" in ok.stdout
    assert ok.stdout.startswith("In orde: ")
    failed = subprocess.run(command + [str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert failed.returncode == 1 and "- Titel: vul dit veld in." in failed.stdout
    assert "Traceback" not in failed.stdout + failed.stderr
    binary = tmp_path / "kapot.md"
    binary.write_bytes(b"### Titel\n\n\xff\xfe kapot\n")
    unreadable = subprocess.run(command + [str(binary)], cwd=ROOT, capture_output=True, text=True)
    assert unreadable.returncode == 1 and "geen geldige UTF-8" in unreadable.stdout
    assert "codec" not in unreadable.stdout and "Traceback" not in unreadable.stderr
    missing = subprocess.run(command + [str(tmp_path / "bestaat-niet.md")], cwd=ROOT,
                             capture_output=True, text=True)
    assert missing.returncode == 1 and "kan niet gelezen worden" in missing.stdout


def test_the_report_is_ready_to_post_as_a_comment(data):
    outcome = convert(field_value(PRACTICE, "Titel", forms.NO_RESPONSE), data, today=TODAY)
    text = report(outcome)
    assert text.startswith("Je bijdrage kan nog niet omgezet worden.")
    assert "\n- Titel: vul dit veld in." in text


def test_forms_are_valid_github_issue_forms():
    for path in forms.FORM_DIR.glob("*.yml"):
        form = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name == "config.yml":
            continue
        ids = [item["id"] for item in form["body"] if "id" in item]
        assert len(ids) == len(set(ids)), path.name
        for item in form["body"]:
            assert item["type"] in ("markdown", "input", "textarea", "dropdown", "checkboxes")
            if item["type"] == "dropdown":
                options = item["attributes"]["options"]
                assert options and len(options) == len(set(options)), path.name


@pytest.mark.build
def test_a_hostile_contribution_that_passes_is_inert_on_the_built_site(tmp_path):
    from tests.conftest import copy_project, run_build

    project = copy_project(tmp_path, fixture_data=True)
    hostile = ("<img src=x onerror=alert(1)> ${{ github.token }} {{ config.site_name }} "
               "$(id) 🎒")
    body = field_value(field_value(PRACTICE, "Titel", hostile[:120]), "Partners",
                       "<script>alert(1)</script>")
    body = field_value(body, "Beschrijving", "Een [link](https://example.org/a){: onclick=\"x()\" } "
                                             "en `{{ 7 * 7 }}` als code.")
    outcome = convert(body, project / "data", issue=99, today=TODAY)
    assert outcome.problems == [], outcome.problems
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    page = (tmp_path / "site" / "praktijken" / outcome.path.stem / "index.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page and "<script>alert" not in page
    assert not re.search(r"<[^>]*\sonclick=", page)  # shown as text, never an attribute
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "{{" not in page and "github.token" in page


def test_every_page_ends_with_a_fout_gezien_link_prefilled_with_its_title_and_address(html_pages):
    from urllib.parse import parse_qs, urlsplit

    checked = 0
    for name, html in html_pages.items():
        if name == "404.html":
            continue
        links = re.findall(r'<p class="fout-gezien">\s*<a href="([^"]+)"', html)
        assert len(links) == 1, name
        url = urlsplit(links[0].replace("&amp;", "&"))
        assert url.path == "/kennisbank/issues/new", name
        query = parse_qs(url.query)
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert query["template"] == ["correctie.yml"]
        assert query["pagina"][0] and title.startswith(query["pagina"][0].replace("&", "&amp;")[:20]), name
        expected = "http://127.0.0.1:8000/" + ("" if name == "index.html" else name[: -len("index.html")])
        assert query["adres"] == [expected], name
        checked += 1
    assert checked > 50


@pytest.mark.browser
def test_the_fout_gezien_link_is_not_printed(page):
    page.goto("leidraad/rubriek-5/")
    assert page.locator(".fout-gezien a").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".fout-gezien a").is_visible()


def test_the_preview_shows_a_contribution_as_it_will_read_with_its_checks(data):
    from macros.preview import preview

    shutil.copytree(FIXTURES / "praktijken", data / "praktijken", dirs_exist_ok=True)
    text = preview(["data/praktijken/twee-opdrachten.yml", "data/regios/voorbeeldregio.yml",
                    "data/praktijken/vlaanderen-breed.yml"], data)
    assert "<h3>Fictieve praktijk voor huisonderwijs en bemiddeling</h3>" in text
    assert "c) Aanspreekpunt voor huisonderwijs" in text and "6. Uitwisseling van informatie" in text
    assert "Voorbeeldregio (fictief)" in text and "nroc@example.org" in text
    assert '<a href="mailto:nroc@example.org">' in text  # the description, rendered
    assert "<h3>Regio Voorbeeldregio (fictief)</h3>" in text
    # Escaped and sanitised as on the site.
    assert "<b>school</b>" not in text and "&lt;b&gt;school&lt;/b&gt;" in text
    assert "<script>" not in text and "{{" not in text
    assert "De controle vond geen problemen" in text
    (data / "praktijken" / "kapot.yml").write_text("id: kapot\ntitel: x\n", encoding="utf-8")
    broken = preview(["data/praktijken/kapot.yml"], data)
    assert "De controle vond problemen" in broken and "data/praktijken/kapot.yml" in broken
    assert preview([], data).startswith("## Voorbeeld\n\nDeze pull request verandert geen")


# GitHub's mention rule for a text node (html-pipeline's MentionFilter): an @ at the start or
# after a character that is not a word character, followed by a letter or digit.
MENTION = re.compile(r"(?:^|[^A-Za-z0-9_])@[A-Za-z0-9]")


def mentions(markdown_or_html: str) -> list[str]:
    """The @names GitHub would notify in this comment: only text outside tags counts."""
    text = re.sub(r"<[^>]*>", " ", markdown_or_html)
    return [m.group(0) for m in MENTION.finditer(text)]


def run_converter(tmp_path, data, body: str) -> tuple[str, str]:
    issue = tmp_path / "issue.md"
    issue.write_text(body, encoding="utf-8")
    comment, preview_file = tmp_path / "verslag.md", tmp_path / "voorbeeld.md"
    subprocess.run([sys.executable, "-m", "macros.contribution", "--gegevens", str(data),
                    "--datum", "2026-11-24", "--issue", "7", "--verslag", str(comment),
                    "--voorbeeld", str(preview_file), str(issue)], cwd=ROOT, capture_output=True,
                   text=True, timeout=120)
    return comment.read_text(encoding="utf-8"), preview_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("typed", ["@iemand", "(@iemand)", "@een-team/leden", "cc:@iemand",
                                   "\u00e9@iemand"])
def test_no_value_quoted_in_the_comment_mentions_anyone(tmp_path, data, typed):
    """A value the comment quotes back cannot notify the account it names."""
    body = field_value(field_value(PRACTICE, "Regio", f"Regio van {typed}"),
                       "Links", f"Pagina van {typed} zonder adres")
    comment, preview_text = run_converter(tmp_path, data, body)
    assert "Regio:" in comment and "Links:" in comment, comment
    assert typed.replace("@", "@\u200b") in comment  # still there to read, just inert
    assert mentions(comment) == [], comment
    assert preview_text == ""  # nothing to preview while the contribution is not in order


def test_the_preview_for_the_comment_shows_the_contribution_and_mentions_no_one(tmp_path, data):
    body = field_value(PRACTICE, "Beschrijving", "Vraag het aan @iemand of mail nroc@example.org. "
                                                 "Zie haar [profiel](https://example.org/@iemand).")
    body = field_value(body, "Partners", "Vzw @voorbeeld")
    comment, preview_text = run_converter(tmp_path, data, body)
    assert comment.startswith("<!-- kennisbank-bijdrage -->\nIn orde: ")
    assert "<h3>Samen één onthaal voor nieuwe leerlingen</h3>" in preview_text
    assert "c) Aanspreekpunt voor huisonderwijs" in preview_text and "Vzw @\u200bvoorbeeld" in preview_text
    assert "Vraag het aan @\u200biemand" in preview_text
    # Addresses stay addresses: in the text and in the link the contact renders to.
    assert "nroc@example.org." in preview_text and 'href="mailto:nroc@example.org"' in preview_text
    assert 'href="https://example.org/@iemand"' in preview_text
    assert mentions(preview_text) == [] and mentions(comment) == []
