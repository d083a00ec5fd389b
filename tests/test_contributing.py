"""Contributing by pull request: templates, the scaffolding command, issue forms that
match the schema, checks that answer a coordinator's mistakes, workflows that pass
actionlint, and what's new as a page and a feed."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from macros.knowledge import load_knowledge_base
from macros.new_practice import create, slug
from macros.reference import DataError
from tests.conftest import ROOT, data_folder

GITHUB = ROOT / ".github"


@pytest.fixture
def data(tmp_path) -> Path:
    return data_folder(tmp_path, practices=None, regions=None)


def test_workflows_pass_actionlint():
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert actionlint, "actionlint ontbreekt; installeer requirements-test.txt"
    workflows = sorted(str(p) for p in (GITHUB / "workflows").glob("*.yml"))
    assert len(workflows) == 3
    result = subprocess.run([actionlint, "-no-color", *workflows], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_have_no_zizmor_finding():
    """Template injection, excessive permissions, credentials left in checkouts, unpinned
    actions: zizmor's audits, offline, on every workflow."""
    zizmor = shutil.which("zizmor", path=str(Path(sys.executable).parent))
    assert zizmor, "zizmor ontbreekt; installeer requirements-test.txt"
    result = subprocess.run([zizmor, "--offline", "--no-progress", "--format", "plain",
                             str(GITHUB / "workflows")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_issue_text_never_reaches_a_script_through_an_expression():
    """Whatever a contributor writes in an issue or pull request reaches a run: step only
    through an environment variable or a file."""
    untrusted = ("github.event.issue.title", "github.event.issue.body", "github.event.comment",
                 "github.event.pull_request.title", "github.event.pull_request.body",
                 "github.head_ref", "github.event.pull_request.head.ref")
    for path in (GITHUB / "workflows").glob("*.yml"):
        for job in yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"].values():
            for step in job.get("steps", []):
                script = step.get("run", "")
                assert not any(name in script for name in untrusted), (path.name, script)


def test_every_action_is_pinned_to_a_full_commit_with_its_version():
    for path in (GITHUB / "workflows").glob("*.yml"):
        uses = re.findall(r"^\s*(?:- )?uses:\s*(\S+)(.*)", path.read_text(encoding="utf-8"), re.M)
        assert uses, path.name
        for action, comment in uses:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), (path.name, action)
            assert re.fullmatch(r"\s*# v\d+\.\d+\.\d+", comment), (path.name, action, comment)


def test_pull_request_workflow_validates_builds_and_tests():
    steps = yaml.safe_load((GITHUB / "workflows" / "controle.yml").read_text())["jobs"]["controle"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    assert "make check-data CHECK_ARGS=--github" in commands
    assert "make build" in commands and "make test" in commands


def test_deploy_workflow_sets_the_addresses_from_the_variables_make_github_sets_or_from_github():
    text = (GITHUB / "workflows" / "publiceren.yml").read_text()
    assert ("KENNISBANK_REPOSITORY: ${{ vars.KENNISBANK_REPOSITORY || "
            "format('{0}/{1}', github.server_url, github.repository) }}") in text
    assert ("KENNISBANK_SITE_URL: ${{ vars.KENNISBANK_SITE_URL || "
            "format('{0}/', steps.pages.outputs.base_url) }}") in text
    assert "actions/deploy-pages@" in text and "actions/upload-pages-artifact@" in text


@pytest.mark.parametrize("kind, folder", [("praktijk", "praktijken"), ("regio", "regios")])
def test_templates_are_valid_once_named_and_filled(data, kind, folder):
    text = (ROOT / "templates" / f"{kind}.yml").read_text(encoding="utf-8")
    assert text.startswith(f"# yaml-language-server: $schema=../schemas/{kind}.schema.json")
    text = text.replace("$schema=../schemas/", "$schema=../../schemas/")
    own = text.replace("Titel van de praktijk", "Een echte titel").replace(
        "Wat de praktijk is en wat ze oplevert, in één of twee zinnen.", "Een eigen samenvatting.").replace(
        "Hoe de praktijk werkt.", "Hoe het bij ons werkt.")
    name = "naam-van-de-praktijk" if kind == "praktijk" else "naam-van-de-regio"
    (data / folder / f"{name}.yml").write_text(own, encoding="utf-8")
    kb = load_knowledge_base(data)
    assert name in (kb.practices if kind == "praktijk" else kb.regions)


def test_template_text_left_in_place_is_refused(data):
    text = (ROOT / "templates" / "praktijk.yml").read_text(encoding="utf-8")
    (data / "praktijken" / "naam-van-de-praktijk.yml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_knowledge_base(data)
    messages = [str(p) for p in caught.value.problems]
    assert sum("voorbeeldtekst uit het sjabloon" in m for m in messages) == 3, messages


def test_scaffolding_makes_a_unique_valid_id_from_a_title(data):
    assert slug("Ouders & CLB: één \"gesprek\"") == "ouders-clb-een-gesprek"
    first = create("Warme overdracht bij een CLB-wissel", data / "praktijken", datetime.date(2026, 5, 1))
    second = create("Warme overdracht bij een CLB-wissel", data / "praktijken", datetime.date(2026, 5, 1))
    assert first.name == "warme-overdracht-bij-een-clb-wissel.yml"
    assert second.name == "warme-overdracht-bij-een-clb-wissel-2.yml"
    loaded = yaml.safe_load(second.read_text(encoding="utf-8"))
    assert loaded["id"] == "warme-overdracht-bij-een-clb-wissel-2"
    assert loaded["titel"] == "Warme overdracht bij een CLB-wissel"
    assert str(loaded["toegevoegd"]) == "2026-05-01"
    # Until the contributor replaces the template's texts, the check says what is left.
    with pytest.raises(DataError) as caught:
        load_knowledge_base(data)
    assert all("sjabloon" in str(p) for p in caught.value.problems)


def test_coordinators_contribution_with_three_mistakes_gets_three_actionable_messages(data):
    """Done-criterion of the contribution path: as a coordinator would write it."""
    (data / "praktijken" / "warme-overdracht.yml").write_text(
        "# yaml-language-server: $schema=../../schemas/praktijk.schema.json\n"
        "id: warme-overdracht\n"
        "titel: Warme overdracht bij een wissel van CLB\n"
        "samenvating: De centra geven de begeleiding door als een leerling van CLB wisselt.\n"
        "beschrijving: Zo verloopt het bij ons (fictief voorbeeld).\n"
        "opdrachten: [f, k]\n"
        "rubrieken: [6]\n"
        "domeinen: [onderwijsloopbaan]\n"
        "niveaus: [secundair]\n"
        "regio: limburg\n"
        "bron: Testgegevens\n"
        "toegevoegd: 2026-03-01\n"
        "herzien: 2026-03-01\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "macros.check", str(data), "--github"],
                            cwd=ROOT, capture_output=True, text=True)
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert result.returncode == 1
    assert len(annotations) == 3, result.stdout
    assert any(",line=4::" in a and "Bedoel je 'samenvatting'?" in a for a in annotations)
    assert any(",line=6::" in a and "'k'" in a and "a tot i" in a for a in annotations)
    assert any(",line=10::" in a and "'limburg' is geen bekende regio" in a for a in annotations)


def test_issue_forms_offer_exactly_the_schema_choices():
    kb = load_knowledge_base(ROOT / "data")
    form = yaml.safe_load((GITHUB / "ISSUE_TEMPLATE" / "praktijk.yml").read_text(encoding="utf-8"))
    fields = {item.get("id"): item for item in form["body"] if item.get("id")}
    labels = lambda key: [o["label"] for o in fields[key]["attributes"]["options"]]  # noqa: E731
    assert labels("opdrachten") == [f"{t.letter}) {t.title}" for t in kb.reference.tasks.values()]
    assert labels("domeinen") == [d.name for d in kb.domains.values()]
    assert labels("niveaus") == [n.name for n in kb.levels.values()]
    assert [re.sub(r"^\d+\. ", "", label) for label in labels("rubrieken")] == \
        [r.short_title for r in kb.reference.rubrics.values()]
    for required in ("titel", "samenvatting", "beschrijving", "regio", "bron"):
        assert fields[required]["validations"]["required"] is True


def test_contribute_page_opens_github_with_the_template_prefilled(html_pages):
    html = html_pages["bijdragen/index.html"]
    links = re.findall(r'href="(https://example\.org/kennisbank/new/main/data/praktijken\?[^"]+)"', html)
    assert links, "geen knop om een praktijk toe te voegen"
    query = parse_qs(urlsplit(links[0].replace("&amp;", "&")).query)
    assert query["filename"] == ["nieuwe-praktijk.yml"]
    assert query["value"][0].startswith("# yaml-language-server: $schema=../../schemas/praktijk.schema.json")
    assert 'href="https://example.org/kennisbank/issues/new?template=praktijk.yml"' in html
    assert 'href="https://example.org/kennisbank/new/main/data/regios?' in html


def test_edit_links_follow_the_one_configured_repository(html_pages):
    assert 'href="https://example.org/kennisbank/edit/main/docs/leidraad/rubriek-5.md"' in \
        html_pages["leidraad/rubriek-5/index.html"]


def test_whats_new_lists_recent_practices_and_publishes_a_feed(html_pages, site):
    html = html_pages["nieuw/index.html"]
    # A practice reviewed after it was added shows as updated, on its review date.
    kb = load_knowledge_base(ROOT / "data")
    newest = max(kb.practices.values(), key=lambda p: (str(p.reviewed), str(p.added)))
    label = "bijgewerkt" if str(newest.reviewed) > str(newest.added) else "toegevoegd"
    assert re.search(rf'<li><time datetime="{newest.reviewed}">[^<]+</time>: {label} — '
                     r'<a href="\.\./praktijken/[a-z-]+/">', html), html[:3000]
    assert 'type="application/atom+xml"' in html_pages["index.html"]
    feed = ET.fromstring((site / "nieuw.xml").read_text(encoding="utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert len(titles) == len(load_knowledge_base(ROOT / "data").practices)
    link = feed.find("a:entry/a:link", ns).get("href")
    assert re.fullmatch(r"http://127\.0\.0\.1:8000/praktijken/[a-z0-9-]+/", link)
