"""The pages generated from the knowledge base, without a build: every practice and
region gets its page at a stable address, with the front matter the footer and the edit
link need, and data never becomes Markdown, HTML or Jinja on the way."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import yaml

from macros import paths
from macros.knowledge import load_knowledge_base
from macros.pages import all_pages, catalogue_pages, practice_page, region_pages
from tests.conftest import ROOT, data_folder


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return load_knowledge_base(data_folder(tmp_path_factory.mktemp("pages")))


def split(content: str) -> tuple[dict, str]:
    assert content.startswith("---\n")
    header, body = content[4:].split("\n---\n", 1)
    return yaml.safe_load(header), body


def test_every_practice_and_region_gets_its_pages_once(kb):
    generated = [page.path for page in all_pages(kb)]
    assert len(generated) == len(set(generated))
    for practice_id in kb.practices:
        assert f"praktijken/{practice_id}.md" in generated
    for region_id in kb.regions:
        assert f"regios/{region_id}.md" in generated
        assert f"fiches/regio-{region_id}.md" in generated


def test_a_practice_page_names_its_source_date_and_data_file(kb):
    page = practice_page(kb, kb.practices["twee-opdrachten"])
    meta, body = split(page.content)
    assert page.path == "praktijken/twee-opdrachten.md"
    assert meta["title"] == "Fictieve praktijk voor huisonderwijs en bemiddeling"
    assert meta["bron"] == "praktijken" and meta["herzien"] == "2026-03-01"
    assert meta["gegevensbestand"] == "data/praktijken/twee-opdrachten.yml"
    assert meta["render_macros"] is False
    assert body.startswith("\n# Fictieve praktijk voor huisonderwijs en bemiddeling\n")


def test_a_hostile_title_stays_text_in_front_matter_and_heading(kb):
    page = practice_page(kb, kb.practices["vlaanderen-breed"])
    meta, body = split(page.content)
    # Themes print the title unescaped: no tag and no Jinja may survive in it.
    assert "<" not in meta["title"] and "{" not in meta["title"]
    heading = body.strip().splitlines()[0]
    assert heading.startswith("# ") and "<b>" not in heading and "{{" not in heading
    assert "&lt;b&gt;" in heading


def test_region_pages_call_their_macros_with_the_region_id(kb):
    page, fiche = region_pages(kb, "voorbeeldregio")
    meta, body = split(page.content)
    assert page.path == "regios/voorbeeldregio.md"
    assert meta["title"] == "Regio Voorbeeldregio (fictief)"
    assert meta["gegevensbestand"] == "data/regios/voorbeeldregio.yml"
    assert "{{ regio_pagina('voorbeeldregio') }}" in body
    assert "(../fiches/regio-voorbeeldregio.md)" in body
    fiche_meta, fiche_body = split(fiche.content)
    assert fiche.path == "fiches/regio-voorbeeldregio.md"
    assert fiche_meta["search"] == {"exclude": True} and fiche_meta["hide"] == ["toc"]
    assert "{{ fiche_regio('voorbeeldregio') }}" in fiche_body


def test_the_catalogue_gets_a_page_per_hundred_practices(kb):
    assert catalogue_pages(kb) == []  # three practices fit on the first page
    assert paths.catalogue_page_count(0) == 1
    assert paths.catalogue_page_count(paths.PAGE_SIZE) == 1
    assert paths.catalogue_page_count(paths.PAGE_SIZE + 1) == 2


def test_further_catalogue_pages_are_not_searched(kb):
    # Each practice is found on its own page; its entry on a list page would rank twice.
    many = SimpleNamespace(practices=dict.fromkeys(range(paths.PAGE_SIZE + 1)),
                           latest_revision=kb.latest_revision)
    [second] = catalogue_pages(many)
    meta, _ = split(second.content)
    assert meta["search"] == {"exclude": True}


@pytest.mark.parametrize(("from_page", "to_page", "anchor", "expected"), [
    ("index.md", "praktijken/index.md", "", "praktijken/"),
    ("praktijken/index.md", "praktijken/a.md", "", "a/"),
    ("praktijken/a.md", "praktijken/index.md", "", "../"),
    ("nroc/artikel-16/opdracht-c.md", "regios/x.md", "", "../../../regios/x/"),
    ("leidraad/rubriek-5.md", "leidraad/rubriek-5.md", "vraag-1", "./#vraag-1"),
    ("fiches/rubriek-1.md", "index.md", "", "../../"),
])
def test_relative_links_between_pages(from_page, to_page, anchor, expected):
    assert paths.href(from_page, to_page, anchor) == expected


def test_the_core_imports_neither_mkdocs_nor_the_adapter():
    import subprocess
    import sys

    modules = sorted(p.stem for p in (ROOT / "macros").glob("*.py")
                     if p.stem not in ("main", "__init__"))
    code = ("import sys\n"
            f"for name in {modules!r}: __import__('macros.' + name)\n"
            "loaded = [m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'mkdocs_macros')"
            " or m == 'macros.main']\n"
            "print(loaded)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.build
def test_without_the_macros_plugin_the_build_stops_and_says_why(tmp_path):
    from tests.conftest import copy_project, run_build

    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    start = text.index("  - macros:\n")
    end = text.index("  # The whole handbook")
    config.write_text(text[:start] + text[end:], encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "de kennisbank is niet geladen" in result.stderr
    assert "Traceback" not in result.stderr


HOSTILE = "<i>x</i> {{ 6 * 7 }} \" ' &amp;"
HOSTILE_ESCAPED = "&lt;i&gt;x&lt;/i&gt; &#123;&#123; 6 * 7 &#125;&#125;"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> dict[str, str]:
    """The fixture site with markup, Jinja and quotes in every text a region and a
    practice show: names, area, CLB, function, organisation, subject, title, summary."""
    from tests.conftest import copy_project, run_build

    tmp = tmp_path_factory.mktemp("hostile")
    project = copy_project(tmp, fixture_data=True)

    def rewrite(path, change):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    def region(data):
        for item, key in ((data, "naam"), (data, "werkgebied"), (data["clbs"][0], "naam"),
                          (data["contacten"][0], "functie"), (data["contacten"][1], "organisatie"),
                          (data["aanspreekpunten"][1], "onderwerp")):
            item[key] = f"{item[key]} {HOSTILE}"

    def practice(data):
        for key in ("titel", "samenvatting"):
            data[key] = f"{data[key]} {HOSTILE}"
        data["partners"] = [HOSTILE]

    rewrite(project / "data" / "regios" / "voorbeeldregio.yml", region)
    rewrite(project / "data" / "praktijken" / "twee-opdrachten.yml", practice)
    result = run_build(project, tmp / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    return {str(p.relative_to(tmp / "site")): p.read_text(encoding="utf-8")
            for p in (tmp / "site").rglob("*.html")}


@pytest.mark.build
@pytest.mark.parametrize("page", [
    "regios/voorbeeldregio/index.html", "fiches/regio-voorbeeldregio/index.html",
    "regios/index.html", "praktijken/twee-opdrachten/index.html", "praktijken/index.html",
    "nroc/artikel-16/opdracht-c/index.html", "fiches/opdracht-c/index.html",
    "leidraad/rubriek-6/index.html", "nieuw/index.html", "handboek/index.html",
])
def test_a_hostile_text_is_escaped_on_every_kind_of_page(hostile_site, page):
    html = hostile_site[page]
    assert HOSTILE_ESCAPED in html, page
    assert "<i>x</i>" not in html and "{{ 6 * 7 }}" not in html


@pytest.mark.build
def test_no_page_lets_hostile_data_become_markup(hostile_site):
    for name, html in hostile_site.items():
        assert "<i>x</i>" not in html, name
        assert "{{" not in html, name


def test_every_page_macro_is_registered_and_nothing_else():
    from macros.main import PageMacros

    public = {name for name in vars(PageMacros) if not name.startswith("_") and name != "NAMES"}
    assert set(PageMacros.NAMES) == public
