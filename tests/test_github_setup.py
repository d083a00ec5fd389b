"""`make github` (scripts/github_setup.py) against the stand-in for gh (tests/fake_gh.py),
which answers GitHub's REST API for a fictional repository's settings: the calls made on
a new repository, a second run that changes nothing, a dry run that changes nothing, what
it says when it may not do something, and the README's list of the same steps."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts import github_setup
from scripts.github_setup import LABELS, STEPS, Repository, find_repository, labels_in_use, parse_repository
from tests.conftest import ROOT

REPOSITORY = "voorbeeld/kennisbank"  # fictional
URL = f"https://github.com/{REPOSITORY}"
WRITES = {"POST", "PUT", "PATCH", "DELETE"}


@pytest.fixture
def github(tmp_path) -> dict:
    """A fake gh on PATH and a new repository's settings: the labels GitHub gives every
    repository, Actions' defaults, no Pages, no variables, no rulesets."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(f"#!{sys.executable}\n" + (ROOT / "tests" / "fake_gh.py").read_text(encoding="utf-8"))
    gh.chmod(0o755)
    settings = tmp_path / "repo.json"
    settings.write_text(json.dumps({
        "repository": REPOSITORY,
        "labels": [{"name": "bug", "color": "d73a4a", "description": "Something isn't working"}],
        "workflow_permissions": {"default_workflow_permissions": "write",
                                 "can_approve_pull_request_reviews": False},
    }), encoding="utf-8")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "FAKE_GH_REPO": str(settings),
           "KENNISBANK_REPOSITORY": URL}
    env.pop("FAKE_GH_STATE", None)
    return {"env": env, "settings": settings}


def setup(github: dict, *args: str, command: list[str] | None = None) -> subprocess.CompletedProcess:
    before = settings_of(github).get("calls", [])
    result = subprocess.run(command or [sys.executable, "scripts/github_setup.py", *args], cwd=ROOT,
                            env=github["env"], capture_output=True, text=True, timeout=120)
    result.calls = settings_of(github).get("calls", [])[len(before):]
    result.writes = [call for call in result.calls if call[0] in WRITES]
    return result


def settings_of(github: dict) -> dict:
    return json.loads(github["settings"].read_text(encoding="utf-8"))


def change(github: dict, **values) -> None:
    settings = settings_of(github)
    settings.update(values)
    github["settings"].write_text(json.dumps(settings), encoding="utf-8")


def test_a_new_repository_is_set_up_with_exactly_the_calls_it_needs(github):
    result = setup(github)
    assert result.returncode == 0, result.stdout + result.stderr
    base = f"repos/{REPOSITORY}"
    assert result.writes == [
        *[["POST", f"{base}/labels"]] * 5,
        ["PUT", f"{base}/actions/permissions/workflow"],
        ["POST", f"{base}/pages"],
        ["POST", f"{base}/actions/variables"],
        ["POST", f"{base}/actions/variables"],
        ["POST", f"{base}/rulesets"],
    ]
    settings = settings_of(github)
    labels = {label["name"]: label for label in settings["labels"]}
    assert set(labels) == {"bug", "bijdrage", "praktijk", "regio", "aanvullen", "correctie"}
    assert labels["aanvullen"]["color"] == "fbca04" and labels["aanvullen"]["description"]
    assert settings["workflow_permissions"] == {"default_workflow_permissions": "read",
                                                "can_approve_pull_request_reviews": True}
    assert settings["pages"]["build_type"] == "workflow"
    assert settings["variables"] == {"KENNISBANK_REPOSITORY": URL,
                                     "KENNISBANK_SITE_URL": "https://voorbeeld.github.io/kennisbank/"}
    (ruleset,) = settings["rulesets"]
    assert ruleset["enforcement"] == "active"
    assert ruleset["conditions"]["ref_name"]["include"] == ["refs/heads/main"]
    checks = next(r for r in ruleset["rules"] if r["type"] == "required_status_checks")
    assert checks["parameters"]["required_status_checks"] == [{"context": "controle"}]
    assert "Samengevat: 10 veranderd, 0 al in orde." in result.stdout


def test_a_second_run_changes_nothing(github):
    assert setup(github).returncode == 0
    again = setup(github)
    assert again.returncode == 0, again.stdout
    assert again.writes == [] and again.calls  # it did read the state
    assert "Samengevat: 0 veranderd, 10 al in orde." in again.stdout


def test_the_dry_run_reads_and_says_what_it_would_do_but_writes_nothing(github):
    before = settings_of(github)
    result = setup(github, "--dry-run")
    assert result.returncode == 0, result.stdout
    assert result.writes == [] and result.calls
    after = {key: value for key, value in settings_of(github).items() if key != "calls" and value}
    assert after == before
    assert "Proefdraai: er verandert niets" in result.stdout
    assert result.stdout.count("zou aanmaken") == 9 and result.stdout.count("zou bijwerken") == 1
    assert "variabele KENNISBANK_SITE_URL = https://voorbeeld.github.io/kennisbank/: zou aanmaken" in result.stdout
    assert "Samengevat: 10 te veranderen, 0 al in orde." in result.stdout


def test_only_what_differs_is_changed(github):
    setup(github)
    settings = settings_of(github)
    next(label for label in settings["labels"] if label["name"] == "praktijk")["color"] = "000000"
    settings["pages"]["build_type"] = "legacy"
    settings["variables"]["KENNISBANK_SITE_URL"] = "https://oud.example.org/"
    settings["rulesets"][0]["rules"] = settings["rulesets"][0]["rules"][:2]  # the check dropped
    github["settings"].write_text(json.dumps(settings), encoding="utf-8")
    result = setup(github)
    base = f"repos/{REPOSITORY}"
    assert result.writes == [["PATCH", f"{base}/labels/praktijk"], ["PUT", f"{base}/pages"],
                             ["PATCH", f"{base}/actions/variables/KENNISBANK_SITE_URL"],
                             ["PUT", f"{base}/rulesets/1"]]
    assert setup(github).writes == []


def test_what_it_may_not_do_is_said_in_dutch_and_the_rest_still_happens(github):
    change(github, deny=["PUT actions/permissions/workflow", "* rulesets"])
    result = setup(github)
    assert result.returncode == 1
    assert "niet gelukt" in result.stdout and "beheerdersrechten" in result.stdout
    assert "Must have admin rights to Repository." in result.stdout  # GitHub's own words too
    assert "2 niet gelukt:" in result.stdout
    assert "- GitHub Actions mag pull requests maken, " in result.stdout
    assert "- Regel voor main: de controle moet slagen, " in result.stdout
    settings = settings_of(github)
    assert settings["pages"]["build_type"] == "workflow" and len(settings["variables"]) == 2
    assert "Traceback" not in result.stdout + result.stderr


def test_an_organisation_that_forbids_it_is_named(github):
    change(github, organization_forbids_pull_requests=True)
    result = setup(github)
    assert result.returncode == 1 and "instellingen van de organisatie" in result.stdout


def test_without_gh_or_a_repository_it_says_what_to_do(github, tmp_path):
    no_gh = {**github["env"], "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "scripts/github_setup.py"], cwd=ROOT, env=no_gh,
                            capture_output=True, text=True)
    assert result.returncode == 1 and "gh auth login" in result.stdout and "cli.github.com" in result.stdout
    placeholder = {**github["env"], "KENNISBANK_REPOSITORY": "https://example.org/kennisbank"}
    result = subprocess.run([sys.executable, "scripts/github_setup.py"], cwd=ROOT, env=placeholder,
                            capture_output=True, text=True)
    assert result.returncode == 1 and "geen adres van een repository op GitHub" in result.stdout


def test_make_github_dry_run_is_the_scripts_dry_run(github):
    """`make github --dry-run`, as the issue and a maintainer type it: make's own -n, which
    the recipe turns into the script's --dry-run."""
    result = setup(github, command=["make", "--no-print-directory", "github", "--dry-run"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Proefdraai: er verandert niets" in result.stdout and result.writes == []


def test_the_repository_comes_from_the_variable_or_else_the_remote(tmp_path):
    assert parse_repository("https://github.com/voorbeeld/kennisbank") == \
        Repository("github.com", "voorbeeld", "kennisbank")
    assert parse_repository("https://github.com/voorbeeld/kennisbank.git/") == \
        Repository("github.com", "voorbeeld", "kennisbank")
    assert parse_repository("git@github.com:voorbeeld/kennisbank.git") == \
        Repository("github.com", "voorbeeld", "kennisbank")
    assert parse_repository("ssh://git@github.com/voorbeeld/kennis.bank.git") == \
        Repository("github.com", "voorbeeld", "kennis.bank")
    assert parse_repository("geen adres") is None
    clone = tmp_path / "clone"
    subprocess.run(["git", "init", "--quiet", str(clone)], check=True)
    subprocess.run(["git", "remote", "add", "origin", "git@github.com:elders/kennisbank.git"], cwd=clone,
                   check=True)
    repository, where = find_repository({}, cwd=clone)
    assert repository == Repository("github.com", "elders", "kennisbank") and "origin" in where
    repository, where = find_repository({"KENNISBANK_REPOSITORY": URL}, cwd=clone)
    assert repository.owner == "voorbeeld" and "KENNISBANK_REPOSITORY" in where
    assert Repository("github.com", "Voorbeeld", "voorbeeld.github.io").pages_guess() == \
        "https://voorbeeld.github.io/"


def test_every_label_the_forms_and_workflows_apply_has_a_colour_and_a_description():
    used = set(labels_in_use())
    assert {"bijdrage", "praktijk", "regio", "aanvullen", "correctie"} <= used
    assert used == set(LABELS)
    workflow = (ROOT / ".github" / "workflows" / "bijdrage.yml").read_text(encoding="utf-8")
    color, description = LABELS["aanvullen"]
    assert f'gh label create aanvullen --repo "$REPOSITORY" --color {color}' in workflow
    assert f'--description "{description}"' in workflow


def test_the_ruleset_requires_the_check_that_controle_yml_reports():
    controle = yaml.safe_load((ROOT / ".github" / "workflows" / "controle.yml").read_text(encoding="utf-8"))
    assert github_setup.CHECK in controle["jobs"]
    publish = (ROOT / ".github" / "workflows" / "publiceren.yml").read_text(encoding="utf-8")
    for name in github_setup.VARIABLES:
        assert f"vars.{name}" in publish


def readme_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Voor beheerders: een nieuwe repository instellen\n(.*?)(?=^## )", text, re.S | re.M)
    assert match, "README.md mist de sectie voor beheerders"
    return match.group(1)


def test_the_readme_lists_the_same_steps_as_make_github_in_the_same_order():
    section = readme_section()
    titles = re.findall(r"^\d+\. \*\*(.+?)\*\*", section, re.M)
    assert titles == [title for title, _ in STEPS]
    for name, (color, _) in LABELS.items():
        assert f"`{name}`" in section and color.lower() in section.lower(), name
    for name in github_setup.VARIABLES:
        assert f"`{name}`" in section
    assert github_setup.RULESET in section and "`controle`" in section
    assert "make github DRY_RUN=1" in section and "KENNISBANK_APP_KEY" in section
