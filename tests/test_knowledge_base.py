"""Good practices and regions: a contributor's mistake is caught with a message they can
act on, and every practice and contact shows where a reader looks for it.

The data here is fictional (tests/fixtures/kennisbank/), on example.org."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros import catalogue_words
from macros import safe_markdown
from macros.knowledge import load_knowledge_base
from macros.paths import PAGE_SIZE, href
from macros.practices_html import LIST_FILE_SIZE, catalogue, catalogue_files, practice_body
from macros.reference import DataError
from tests.conftest import FIXTURES, ROOT, copy_project, data_folder, edit, run_build


def make_data(tmp_path: Path) -> Path:
    """The real reference lists plus the fictional practices and region."""
    return data_folder(tmp_path)


@pytest.fixture
def data(tmp_path) -> Path:
    return make_data(tmp_path)


def add_copies(folder: Path, fixture: str, count: int, prefix: str) -> None:
    """`count` more fictional practices, copies of a fixture under new ids."""
    template = (FIXTURES / "praktijken" / f"{fixture}.yml").read_text(encoding="utf-8")
    for number in range(count):
        (folder / f"{prefix}-{number:03}.yml").write_text(
            template.replace(f"id: {fixture}", f"id: {prefix}-{number:03}"), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_knowledge_base(data)
    return [str(p) for p in caught.value.problems]


def assert_reported(messages: list[str], file: str, line: int | None, field: str, *words: str):
    prefix = f"{file}:{line}:" if line else f"{file}:"
    hits = [m for m in messages if m.startswith(prefix) and (not field or f"veld '{field}'" in m)
            and all(w in m for w in words)]
    assert hits, f"verwacht {prefix} veld '{field}' {words}, gekregen:\n" + "\n".join(messages)


def test_fixtures_are_valid_and_indexed(data):
    kb = load_knowledge_base(data)
    assert set(kb.practices) == {"twee-opdrachten", "vlaanderen-breed", "alleen-rubriek"}
    assert [p.id for p in kb.by_task["c"]] == ["twee-opdrachten"]
    assert [p.id for p in kb.by_task["g"]] == ["twee-opdrachten"]
    assert [p.id for p in kb.by_rubric[5]] == ["alleen-rubriek"]
    assert [r.name for r, _ in kb.contact_points_by_task["g"]] == ["Voorbeeldregio (fictief)"]


PRACTICE = "data/praktijken/twee-opdrachten.yml"
REGION = "data/regios/voorbeeldregio.yml"

# (file, text to replace, replacement, line marker, field, words in the message)
ERROR_CASES = {
    "yaml-syntax": ("twee-opdrachten.yml", "titel: Fictieve", "titel: Fictieve: ", "titel:", "",
                    ("geen geldige YAML", "dubbele punt")),
    "duplicate-key": ("twee-opdrachten.yml", "regio: voorbeeldregio\n",
                      "regio: voorbeeldregio\nregio: vlaanderen\n", "regio: vlaanderen", "regio",
                      ("twee keer",)),
    "unknown-field": ("twee-opdrachten.yml", "samenvatting:", "samenvating:", "samenvating:",
                      "samenvating", ("bestaat niet", "Bedoel je 'samenvatting'?")),
    "wrong-type": ("twee-opdrachten.yml", "rubrieken: [6]", "rubrieken: zes", "rubrieken:",
                   "rubrieken", ("een lijst",)),
    "missing-field": ("twee-opdrachten.yml", "bron: Testgegevens\n", "", "id:", "bron",
                      ("ontbreekt",)),
    "unknown-task": ("twee-opdrachten.yml", "opdrachten: [c, g]", "opdrachten: [c, k]",
                     "opdrachten:", "opdrachten[2]", ("een letter van a tot i",)),
    "unknown-rubric": ("twee-opdrachten.yml", "rubrieken: [6]", "rubrieken: [9]", "rubrieken:",
                       "rubrieken[1]", ("bereik",)),
    "unknown-domain": ("twee-opdrachten.yml", "domeinen: [psychisch-en-sociaal-functioneren]",
                       "domeinen: [welzijn]", "domeinen:", "domeinen[1]",
                       ("'welzijn'", "begeleidingsdomein", "onderwijsloopbaan")),
    "unknown-level": ("twee-opdrachten.yml", "niveaus: [huisonderwijs, secundair]",
                      "niveaus: [huisonderwijs, hoger]", "niveaus:", "niveaus[2]",
                      ("'hoger'", "onderwijsniveau")),
    "unknown-region": ("twee-opdrachten.yml", "regio: voorbeeldregio", "regio: nergensland",
                       "regio:", "regio", ("'nergensland'", "vlaanderen")),
    "unknown-contact": ("twee-opdrachten.yml", "contact: voorbeeldregio/coordinator",
                        "contact: voorbeeldregio/directeur", "contact:", "contact",
                        ("geen contact 'directeur'", "coordinator")),
    "id-not-file-name": ("twee-opdrachten.yml", "id: twee-opdrachten", "id: andere-naam", "id:",
                         "id", ("bestandsnaam",)),
    "bad-url": ("twee-opdrachten.yml", "url: https://example.org/praktijk",
                "url: example.org/praktijk", "url:", "links[1].url", ("https://",)),
    "bad-date": ("twee-opdrachten.yml", "toegevoegd: 2026-02-01", "toegevoegd: 1 februari 2026",
                 "toegevoegd:", "toegevoegd", ("JJJJ-MM-DD",)),
    "raw-html": ("twee-opdrachten.yml", "Deze praktijk bestaat niet.",
                 "Deze <img src=x onerror=alert(1)> bestaat niet.", "beschrijving:",
                 "beschrijving", ("HTML is niet toegelaten",)),
    "javascript-link": ("twee-opdrachten.yml", "(mailto:nroc@example.org)", "(javascript:alert(1))",
                        "beschrijving:", "beschrijving", ("javascript:alert(", "niet toegelaten")),
    "data-link": ("twee-opdrachten.yml", "(mailto:nroc@example.org)",
                  "(data:text/html;base64,PHNjcmlwdD4=)", "beschrijving:", "beschrijving",
                  ("data:text/html", "niet toegelaten")),
    "too-long": ("twee-opdrachten.yml", "titel: Fictieve praktijk voor huisonderwijs en bemiddeling",
                 "titel: " + "Heel lang " * 20, "titel:", "titel", ("te lang", "120")),
    "impossible-date": ("twee-opdrachten.yml", "toegevoegd: 2026-02-01", "toegevoegd: 2026-13-01",
                        "toegevoegd:", "toegevoegd", ("JJJJ-MM-DD",)),
    "set-tag": ("twee-opdrachten.yml", "rubrieken: [6]", "rubrieken: !!set {6}", "rubrieken:",
                "rubrieken", ("'!!set' is niet toegelaten",)),
    "unsafe-tag": ("twee-opdrachten.yml", "bron: Testgegevens",
                   "bron: !!python/object/apply:os.system ['echo gehackt']", "bron:", "",
                   ("niet toegelaten",)),
    "alias": ("twee-opdrachten.yml", "rubrieken: [6]\n", "rubrieken: &r [6]\nextra: *r\n",
              "extra:", "extra", ("ankers en verwijzingen",)),
    "list-as-field-name": ("twee-opdrachten.yml", "bron: Testgegevens",
                           "? [bron]\n: Testgegevens", "? [bron]", "", ("gewone tekst",)),
    "bad-email": ("voorbeeldregio.yml", "email: nroc@example.org", "email: nroc(at)example.org",
                  "email:", "contacten[1].email", ("e-mailadres",)),
    "name-without-consent": ("voorbeeldregio.yml", "    toestemming: 2026-01-15\n", "", "naam: Fictieve",
                             "contacten[2].naam", ("toestemming",)),
    "unknown-network": ("voorbeeldregio.yml", "net: vrij", "net: katholiek", "net: katholiek",
                        "clbs[1].net", ("'katholiek'", "go, vrij, officieel")),
    "contact-point-unknown-contact": ("voorbeeldregio.yml", "contact: bemiddeling",
                                      "contact: onbekend", "contact: onbekend",
                                      "aanspreekpunten[1].contact", ("'onbekend'", "coordinator")),
}


@pytest.mark.parametrize("case", ERROR_CASES)
def test_each_kind_of_mistake_gets_a_dutch_message_with_file_line_and_field(data, case):
    name, old, new, marker, field, words = ERROR_CASES[case]
    folder = "praktijken" if name != "voorbeeldregio.yml" else "regios"
    path = data / folder / name
    edit(path, old, new)
    assert_reported(problems(data), f"data/{folder}/{name}", line_of(path, marker), field, *words)


def test_non_utf8_file_is_reported(data):
    path = data / "praktijken" / "alleen-rubriek.yml"
    path.write_bytes(path.read_bytes().replace("Een verzonnen voorbeeld.".encode(),
                                               "Een verzonnen caf\xe9.".encode("latin-1")))
    assert_reported(problems(data), "data/praktijken/alleen-rubriek.yml",
                    line_of_bytes(path, b"caf"), "", "UTF-8")


def test_yaml_bomb_is_refused_at_once(data):
    """A few lines of anchors would otherwise expand into a billion strings."""
    path = data / "praktijken" / "alleen-rubriek.yml"
    bomb = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    path.write_text(path.read_text(encoding="utf-8") + "\n".join(bomb) + "\n", encoding="utf-8")
    messages = [m for m in problems(data) if "ankers en verwijzingen" in m]
    assert messages and all(m.startswith("data/praktijken/alleen-rubriek.yml:") for m in messages)


def test_self_referencing_alias_is_refused(data):
    path = data / "praktijken" / "alleen-rubriek.yml"
    path.write_text(path.read_text(encoding="utf-8") + "lus: &lus [*lus]\n", encoding="utf-8")
    assert_reported(problems(data), "data/praktijken/alleen-rubriek.yml", line_of(path, "lus:"),
                    "lus[1]", "ankers en verwijzingen")


def line_of_bytes(path: Path, needle: bytes) -> int:
    return next(i for i, line in enumerate(path.read_bytes().splitlines(), start=1) if needle in line)


def test_duplicate_id_across_files_is_reported(data):
    shutil.copy(data / "praktijken" / "alleen-rubriek.yml", data / "praktijken" / "kopie.yml")
    assert_reported(problems(data), "data/praktijken/kopie.yml", None, "id", "bestandsnaam")


def test_wrong_extension_is_reported(data):
    shutil.move(data / "praktijken" / "alleen-rubriek.yml", data / "praktijken" / "alleen-rubriek.yaml")
    assert any("alleen-rubriek.yaml" in m and ".yml" in m for m in problems(data))


def test_all_mistakes_of_a_run_are_reported_together(data):
    edit(data / "praktijken" / "twee-opdrachten.yml", "samenvatting:", "samenvating:")
    edit(data / "praktijken" / "alleen-rubriek.yml", "niveaus: [basis]", "niveaus: [kleuter]")
    edit(data / "regios" / "voorbeeldregio.yml", "email: nroc@example.org", "email: geen-adres")
    messages = problems(data)
    files = {m.split(":")[0] for m in messages}
    assert files == {"data/praktijken/twee-opdrachten.yml", "data/praktijken/alleen-rubriek.yml",
                     "data/regios/voorbeeldregio.yml"}, messages


def test_check_command_reports_all_and_never_a_traceback(data):
    edit(data / "praktijken" / "twee-opdrachten.yml", "opdrachten: [c, g]", "opdrachten: [z]")
    edit(data / "praktijken" / "alleen-rubriek.yml", "titel:", "title:")
    result = subprocess.run([sys.executable, "-m", "macros.check", str(data), "--github"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Er zijn 2 problemen" in result.stdout
    assert "::error file=data/praktijken/twee-opdrachten.yml,line=" in result.stdout
    assert "Bedoel je 'titel'?" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_command_on_the_real_data_is_green():
    result = subprocess.run([sys.executable, "-m", "macros.check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert "Alle gegevens zijn in orde" in result.stdout


# --- rendering, without a build ---

def test_every_yaml_string_is_escaped_and_templates_are_not_evaluated(data):
    kb = load_knowledge_base(data)
    html = catalogue(kb)
    assert "<b>school</b>" not in html and "&lt;b&gt;school&lt;/b&gt;" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "{{" not in html and "{%" not in html
    assert "&#123;&#123; config.site_name &#125;&#125;" in html
    assert "Ouders &amp;" in html


@pytest.mark.parametrize("markdown, forbidden", [
    ("[klik](javascript:alert(1))", "javascript:"),
    ("[klik](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
    ("<script>alert(1)</script>", "<script"),
    ("<img src=x onerror=alert(1)>", "<img"),
    ('<a href="javascript:alert(1)">x</a>', '<a href="javascript'),
    ("[x](vbscript:msgbox)", "vbscript:"),
])
def test_unsafe_markdown_is_neutralised_even_if_it_passed_the_check(markdown, forbidden):
    assert safe_markdown.problems_in(markdown)
    assert forbidden not in safe_markdown.to_html(markdown)


def test_contributions_in_a_page_are_sanitised_after_conversion():
    """What the page's Markdown extensions might make of a description is cleaned."""
    placed = safe_markdown.for_page("<script>x()</script> **vet**{: onclick=y } `{{ 7 }}`")
    assert "<script" not in placed and "{" not in placed and "}" not in placed
    converted = ('<p>voor</p><!-- bijdrage --><script>alert(1)</script>'
                 '<a href="javascript:x()" onclick="y()" class="md-button">x</a>'
                 '<img src="x" onerror="y()"><h3 id="aanpak" style="color:red">Aanpak'
                 '<a class="headerlink" href="#aanpak">¶</a></h3><code>\ue000\ue000 7 \ue001\ue001</code>'
                 '<!-- /bijdrage --><p onclick="ours()">na</p>')
    clean = safe_markdown.clean_page(converted)
    for forbidden in ("<script", "javascript:", 'onclick="y()"', "<img", "md-button", "style=",
                      "bijdrage", "\ue000"):
        assert forbidden not in clean, forbidden
    assert '<h3 id="aanpak">' in clean and 'class="headerlink"' in clean
    assert "<code>&#123;&#123; 7 &#125;&#125;</code>" in clean
    # Only the marked part is touched: the page's own HTML stays as it was.
    assert clean.startswith("<p>voor</p>") and clean.endswith('<p onclick="ours()">na</p>')


def test_safe_markdown_keeps_ordinary_formatting_and_links():
    html = safe_markdown.to_html("Een **vette** [link](https://example.org/a) en <https://example.org/b>.")
    assert "<strong>vette</strong>" in html
    assert 'href="https://example.org/a"' in html and 'href="https://example.org/b"' in html
    assert safe_markdown.problems_in("Zie [site](https://example.org) of <https://example.org>.") == []


def test_catalogue_entry_links_to_the_practice_page(data):
    kb = load_knowledge_base(data)
    html = catalogue(kb)
    entry = html[html.index('<li class="praktijk" id="praktijk-twee-opdrachten"'):]
    entry = entry[:entry.index("</li>")]
    assert 'href="twee-opdrachten/"' in entry


def test_practice_page_shows_everything_about_it(data):
    kb = load_knowledge_base(data)
    body = practice_body(kb, kb.practices["twee-opdrachten"], "praktijken/twee-opdrachten.md")
    # The description stays Markdown, converted with the page and then sanitised.
    assert "[de coördinator](mailto:nroc@example.org)" in body
    assert body.count("<!-- bijdrage -->") == body.count("<!-- /bijdrage -->") == 1
    assert 'href="../../regios/voorbeeldregio/"' in body
    assert 'href="../../nroc/artikel-16/opdracht-g/"' in body
    assert "Fictieve partner vzw" in body and "1 maart 2026" in body


def test_catalogue_is_paginated_without_javascript_and_indexed_for_the_filters(data):
    add_copies(data / "praktijken", "alleen-rubriek", PAGE_SIZE + 5, "extra")
    kb = load_knowledge_base(data)
    first = catalogue(kb, "praktijken/index.md", 1)
    second = catalogue(kb, "praktijken/pagina-2.md", 2)
    assert first.count('<li class="praktijk" id=') == PAGE_SIZE
    assert second.count('<li class="praktijk" id=') == len(kb.practices) - PAGE_SIZE
    assert 'href="pagina-2/"' in first and 'aria-current="page">2<' in second


def test_the_catalogue_index_knows_every_practice_in_catalogue_order(data):
    """What the catalogue's script filters and draws from (catalogue_files): each
    practice's filter values, and what its entry shows, in small files."""
    add_copies(data / "praktijken", "alleen-rubriek", LIST_FILE_SIZE + 5, "extra")
    kb = load_knowledge_base(data)
    files = catalogue_files(kb)
    index = files["filters.json"]
    own = [[[int(i, 36) for i in values.split(".") if i] for values in column.split(",")]
           for column in index["praktijken"]]
    assert [len(column) for column in own] == [len(kb.practices)] * len(index["namen"])
    lists = [row for n in range(len(files) - 1) for row in files[f"lijst-{n}.json"]]
    assert [row[0] for row in lists] == list(kb.practices)
    assert len(files["lijst-0.json"]) == LIST_FILE_SIZE
    # Each practice's values, looked up by their index, are its own.
    twee = list(kb.practices).index("twee-opdrachten")
    values = {name: [index["waarden"][n][i] for i in own[n][twee]]
              for n, name in enumerate(index["namen"])}
    assert values == {"opdracht": ["c", "g"], "rubriek": ["6"], "regio": ["voorbeeldregio"],
                      "domein": ["psychisch-en-sociaal-functioneren"],
                      "niveau": ["huisonderwijs", "secundair"]}
    assert lists[twee][1:4] == ["praktijken/twee-opdrachten/",
                                "Fictieve praktijk voor huisonderwijs en bemiddeling",
                                "Voorbeeldregio (fictief)"]


def test_links_in_raw_html_follow_directory_urls():
    assert href("praktijken/index.md", "regios/x.md") == "../regios/x/"
    assert href("nroc/artikel-16/opdracht-a.md", "praktijken/index.md", "praktijk-y") == \
        "../../../praktijken/#praktijk-y"
    assert href("index.md", "praktijken/index.md") == "praktijken/"
    assert href("praktijken/index.md", "index.md") == "../"
    assert href("praktijken/x.md", "praktijken/x.md", "top") == "./#top"
    assert href("praktijken/x.md", "praktijken/index.md") == "../"
    assert href("praktijken/x.md", "praktijken/y.md") == "../y/"
    assert href("nroc/artikel-16/opdracht-a.md", "nroc/index.md") == "../../"


# --- the whole site, built with the fictional data ---

def read(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_practice_with_two_tasks_shows_on_both_task_pages(fixture_site):
    for letter in "cg":
        html = read(fixture_site, f"nroc/artikel-16/opdracht-{letter}")
        assert "Fictieve praktijk voor huisonderwijs en bemiddeling" in html
        assert 'href="../../../praktijken/twee-opdrachten/"' in html
    assert "Fictieve praktijk voor huisonderwijs" not in read(fixture_site, "nroc/artikel-16/opdracht-a")


def test_task_page_shows_the_regions_contact_points(fixture_site):
    html = read(fixture_site, "nroc/artikel-16/opdracht-g")
    assert "Bemiddeling bij dreigende uitsluiting" in html
    assert "Fictieve Persoon" in html and 'href="tel:012345678"' in html


def test_rubric_page_shows_its_practices(fixture_site):
    assert "Fictieve afsprakennota voor rubriek 5" in read(fixture_site, "leidraad/rubriek-5")
    assert "Fictieve afsprakennota voor rubriek 5" not in read(fixture_site, "leidraad/rubriek-6")


def test_region_gets_its_own_page_without_any_markdown(fixture_site):
    html = read(fixture_site, "regios/voorbeeldregio")
    assert "<title>Regio Voorbeeldregio (fictief)" in html
    for expected in ("Fictief CLB Proefdorp", "GO! onderwijs van de Vlaamse Gemeenschap",
                     "Coördinator NROC", "nroc@example.org", "In de zomervakantie",
                     "Fictieve afsprakennota voor rubriek 5", "Gegevens laatst nagekeken op 1 november 2026"):
        assert expected in html, expected
    overview = read(fixture_site, "regios")
    assert 'href="voorbeeldregio/"' in overview
    # Its edit link opens the region's data file, on the page and on its fiche.
    for page in ("regios/voorbeeldregio", "fiches/regio-voorbeeldregio"):
        assert 'href="https://example.org/kennisbank/edit/main/data/regios/voorbeeldregio.yml"' \
            in read(fixture_site, page), page


def test_practice_description_is_formatted_and_cannot_carry_attributes(fixture_site):
    html = read(fixture_site, "praktijken/vlaanderen-breed")
    description = html[html.index('<div class="praktijk__beschrijving">'):]
    description = description[:description.index("</div>")]
    assert "<code>&#123;&#123; 7 * 7 &#125;&#125;</code>" in description
    assert '<h3 id="aanpak">' in description and 'href="#aanpak"' in html.split("praktijk__beschrijving")[0]
    assert "<th>Wie</th>" in description and "<td>Meldt</td>" in description
    # Attribute lists are not applied, so no handler reaches the page: shown as text.
    assert not re.search(r"<[^>]*\son(click|mouseover)=", html)
    assert '<strong>vette</strong>&#123;: onclick="alert(1)" &#125; stap' in description
    assert '<a href="https://example.org/a" rel="noopener noreferrer">een link</a>' in description


def test_no_template_code_or_injected_markup_in_the_built_pages(fixture_site):
    for path in fixture_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        body = html[html.index("<body"):]
        assert "{{" not in body and "{%" not in body, path
        assert "<script>alert" not in html and "<b>school</b>" not in html, path
        # The expression in the fixture's title was never evaluated.
        assert "Ouders & school Kennisbank" not in html, path


def test_validated_data_is_published_as_json_with_schemas(fixture_site):
    practices = json.loads((fixture_site / "gegevens" / "praktijken.json").read_text(encoding="utf-8"))
    assert {p["id"] for p in practices} == {"twee-opdrachten", "vlaanderen-breed", "alleen-rubriek"}
    regions = json.loads((fixture_site / "gegevens" / "regios.json").read_text(encoding="utf-8"))
    assert regions[0]["contacten"][0]["email"] == "nroc@example.org"
    reference = json.loads((fixture_site / "gegevens" / "referentie.json").read_text(encoding="utf-8"))
    assert [t["letter"] for t in reference["opdrachten"]] == list("abcdefghi")
    assert (fixture_site / "gegevens" / "schemas" / "praktijk.schema.json").exists()
    catalogue_html = read(fixture_site, "praktijken")
    assert 'href="../gegevens/praktijken.json"' in catalogue_html
    entries = catalogue_rows(fixture_site)
    assert {entry[1] for entry in entries} == {f"praktijken/{p}/" for p in
                                               {"twee-opdrachten", "vlaanderen-breed", "alleen-rubriek"}}


def test_the_catalogue_finds_each_practice_by_its_words_in_its_own_index(fixture_site):
    """zoeken/catalogus/: per two first letters of a stem, the practices (by position in
    catalogue order, as the list files have them) with a word of that stem; per practice
    the text its excerpt is cut from. No Pagefind code is left in the practices' index:
    the site search merges it with the pages' own code, the catalogue does not use it."""
    entries = catalogue_rows(fixture_site)
    folder = fixture_site / "zoeken" / "catalogus"
    position = [entry[0] for entry in entries].index("twee-opdrachten")

    def practices(key: str) -> list[int]:
        stem = catalogue_words.stem(key)
        name = catalogue_words.shard_of(stem)
        if name not in json.loads((folder / "woorden.json").read_text(encoding="utf-8")):
            return []
        words = json.loads((folder / "woorden" / f"{name}.json").read_text(encoding="utf-8"))
        positions, last = [], -1
        for entry in words.get(stem, "").split(",") if stem in words else []:
            last += int(entry.split(".")[0], 36)
            positions.append(last)
        return positions

    assert practices("keukentafel") == [position]
    assert practices("scholen") == practices("school") and practices("school")
    text = json.loads((folder / "tekst" / f"{position}.json").read_text(encoding="utf-8"))
    assert "keukentafel" in text.lower()
    assert len(list((folder / "tekst").glob("*.json"))) == len(entries)
    assert not list((fixture_site / "pagefind" / "praktijken").glob("pagefind*.js"))
    assert not list((fixture_site / "pagefind" / "praktijken").glob("wasm.*"))


def catalogue_rows(site: Path) -> list[list]:
    """Every entry of the catalogue's list files, in catalogue order."""
    folder = site / "gegevens" / "catalogus"
    count = len(list(folder.glob("lijst-*.json")))
    return [row for n in range(count)
            for row in json.loads((folder / f"lijst-{n}.json").read_text(encoding="utf-8"))]


def test_a_practice_is_indexed_with_each_detail_as_words_of_its_own(fixture_site):
    """Its region, tasks and partners are words of their own in the text the search
    keeps of it, the text its excerpts show, not glued to their labels ("RegioVoorbeeldregio")."""
    position = [row[0] for row in catalogue_rows(fixture_site)].index("twee-opdrachten")
    text = (fixture_site / "zoeken" / "catalogus" / "tekst" / f"{position}.json").read_text(encoding="utf-8")
    words = json.loads(text).split()
    assert "Voorbeeldregio" in words and "Regio" in words
    assert "Opdrachten" in words and "c)" in words


def fixture_filters() -> dict[str, dict[str, list[str]]]:
    """Each fixture practice's values per catalogue filter, read from its YAML."""
    fields = {"opdracht": "opdrachten", "rubriek": "rubrieken", "domein": "domeinen", "niveau": "niveaus"}
    out = {}
    for path in (FIXTURES / "praktijken").glob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["id"]] = {name: [str(v) for v in data.get(field, [])] for name, field in fields.items()}
        out[data["id"]]["regio"] = [data["regio"]]
    return out


def test_the_catalogue_index_keeps_words_with_symbols_whole_and_in_parts():
    """As Pagefind does: 'SID-in' is found as 'sidin' and as 'sid'; 'CLBch@t' as 'clbchat'."""
    assert catalogue_words.keys_of("De SID-in en CLBch@t, CLB's.") == [
        "de", "sidin", "sid", "in", "en", "clbchat", "clbch", "t", "clbs", "clb", "s"]


def test_the_catalogue_index_weighs_a_title_word_and_repeats():
    # The text has the title too, as Pagefind's does.
    files = catalogue_words.word_index([("Spijbelen", "Spijbelen. Aanpakken: spijbelen samen"),
                                        ("Iets anders", "Iets anders. Samen spijbelen voorkomen")])
    # At position 0 twice, one of them in the title: TITLE_WEIGHT + 1. At 1 once.
    assert catalogue_words.TITLE_WEIGHT + 1 == 6
    assert files["sp"]["spijbel"] == "1.6,1"
    assert files["sa"]["sam"] == "1,1"
    assert sorted(files) == ["aa", "an", "ie", "sa", "sp", "vo"]  # only files with a stem


def test_the_catalogue_index_stems_as_the_browser_does():
    """The browser stems a query word with docs/javascripts/zoeken/stem.js, which its
    Node test checks against these cases; the index is stemmed here: both the same."""
    cases = json.loads((ROOT / "tests" / "js" / "zoeken" / "stem-cases.json").read_text(encoding="utf-8"))
    assert len(cases) > 1000
    assert {word: catalogue_words.stem(word) for word in cases} == cases


def test_each_practice_has_its_own_page_with_title_description_and_edit_link(fixture_site):
    html = read(fixture_site, "praktijken/twee-opdrachten")
    assert "<title>Fictieve praktijk voor huisonderwijs en bemiddeling - " in html
    assert '<meta name="description" content="Een verzonnen praktijk die bij twee opdrachten hoort.">' in html
    assert 'href="https://example.org/kennisbank/edit/main/data/praktijken/twee-opdrachten.yml"' in html
    assert "Laatst nagekeken:</strong> 1 maart 2026" in html
    escaped = read(fixture_site, "praktijken/vlaanderen-breed")
    # The theme prints titles unescaped: angle brackets and braces are dropped there.
    assert "<title>Ouders &amp; bschool/b config.site_name - " in escaped
    assert "<b>" not in escaped
    assert "Ouders &amp; &lt;b&gt;school&lt;/b&gt; &#123;&#123; config.site_name &#125;&#125;<a class=\"headerlink\"" in escaped


@pytest.mark.build
def test_broken_practice_fails_the_build_with_the_same_message(tmp_path):
    project = copy_project(tmp_path)
    shutil.copy(FIXTURES / "praktijken" / "vlaanderen-breed.yml", project / "data" / "praktijken" / "kapot.yml")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "data/praktijken/kapot.yml:" in result.stderr and "bestandsnaam" in result.stderr
    assert "Traceback" not in result.stderr


def test_region_and_practice_titles_cannot_inject_markup_into_the_theme():
    """Themes print page titles unescaped, so generated titles are made safe first."""
    from macros.safe_markdown import for_page_meta

    hostile = '</title><script>alert(1)</script> "x" {{ config }} {% raw %} & co'
    safe = for_page_meta(hostile)
    assert "<" not in safe and ">" not in safe and "{" not in safe and '"' not in safe
    assert "&amp; co" in safe and "&quot;x&quot;" in safe


@pytest.mark.build
def test_catalogue_pages_beyond_the_first_are_built_and_linked(tmp_path):
    project = copy_project(tmp_path, fixture_data=True)
    add_copies(project / "data" / "praktijken", "alleen-rubriek", PAGE_SIZE, "extra")
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    first = (tmp_path / "site" / "praktijken" / "index.html").read_text(encoding="utf-8")
    second = (tmp_path / "site" / "praktijken" / "pagina-2" / "index.html").read_text(encoding="utf-8")
    assert first.count('<li class="praktijk" id=') == PAGE_SIZE
    assert second.count('<li class="praktijk" id=') == 3
    assert 'href="pagina-2/"' in first
    assert re.search(r'class="praktijk__link" href="\.\./[a-z0-9-]+/"', second)  # practice pages
    assert "pagina 2 van 2" in second and "Laatst nagekeken:</strong> 1 maart 2026" in second


def test_long_lists_on_task_pages_hand_over_to_the_filtered_catalogue(data):
    from macros.practices_html import LIST_LIMIT, practices_for_task

    add_copies(data / "praktijken", "vlaanderen-breed", LIST_LIMIT + 2, "h")
    kb = load_knowledge_base(data)
    html = practices_for_task(kb, "h", "nroc/artikel-16/opdracht-h.md")
    assert html.count("<li>") == LIST_LIMIT
    assert f'href="../../../praktijken/?opdracht=h">Alle {LIST_LIMIT + 3} praktijken' in html


def test_the_catalogue_entry_is_written_once_and_the_script_clones_it(data):
    """The filter script draws entries from the page's <template>, not from markup of its
    own, so a change to an entry reaches both."""
    kb = load_knowledge_base(data)
    html = catalogue(kb)
    template = html[html.index("<template data-catalogus-sjabloon"):]
    entry = template[template.index("<li"):template.index("</template>")]
    assert 'class="praktijk__link"' in entry and 'class="praktijk__regio"' in entry
    assert 'class="praktijk__samenvatting"' in entry and " id=" not in entry
    script = (ROOT / "docs" / "javascripts" / "catalogus.js").read_text(encoding="utf-8")
    assert "template[data-catalogus-sjabloon]" in script
    # No entry of its own: the only element it makes is the button of a suggestion.
    assert re.findall(r"createElement\((.*?)\)", script) == ['"button"']
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script


# --- text nobody should publish, and files built to hurt the build ---

@pytest.mark.parametrize("character", ["\u202e", "\u202a", "\u2066", "\u2069", "\x07", "\x1b",
                                       "\x00", "\x85", "\x7f"])
@pytest.mark.parametrize("fixture, field", [("alleen-rubriek", "titel"),
                                            ("twee-opdrachten", "samenvatting")])
def test_control_and_bidi_characters_in_a_text_field_are_refused(data, character, fixture, field):
    path = data / "praktijken" / f"{fixture}.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"\n{field}: ") + len(field) + 3
    value = text[start:text.index("\n", start)]
    # Written as a YAML escape, as an editor could not show the character anyway.
    escaped = value[:5] + f"\\u{ord(character):04X}" + value[5:]
    path.write_text(text.replace(f"{field}: {value}", f'{field}: "{escaped}"'), encoding="utf-8")
    assert_reported(problems(data), f"data/praktijken/{fixture}.yml", line_of(path, f"{field}:"),
                    field, f"stuurteken (U+{ord(character):04X}")


def test_a_control_character_typed_into_the_file_names_its_line(data):
    path = data / "praktijken" / "alleen-rubriek.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Een verzonnen voorbeeld.", "Een verzonnen\x08 voorbeeld."), encoding="utf-8")
    assert_reported(problems(data), "data/praktijken/alleen-rubriek.yml",
                    line_of(path, "verzonnen\x08"), "", "stuurteken (U+0008)")


@pytest.mark.parametrize("nesting", [
    "lus: " + "[" * 90_000 + "]" * 90_000,           # would crash libyaml's composer
    "lus: " + "{a: " * 30 + "1" + "}" * 30,
    "lus:\n" + "- " * 5_000 + "x",
])
def test_pathological_nesting_is_refused_with_a_dutch_message(data, nesting):
    # 90,000 levels crashed the process before (libyaml's composer recurses per level).
    path = data / "regios" / "voorbeeldregio.yml"
    path.write_text(path.read_text(encoding="utf-8") + nesting + "\n", encoding="utf-8")
    messages = problems(data)
    assert any(m.startswith("data/regios/voorbeeldregio.yml") and "te diep genest" in m
               for m in messages), messages


def test_an_oversized_file_is_refused_before_it_is_read(data):
    path = data / "praktijken" / "alleen-rubriek.yml"
    path.write_text(path.read_text(encoding="utf-8") + "# " + "x" * 250_000 + "\n",
                    encoding="utf-8")
    assert_reported(problems(data), "data/praktijken/alleen-rubriek.yml", None, "", "te groot")
