"""The contribution workflow (.github/workflows/bijdrage.yml) run here, step by step,
as a contributor meets it: an issue with a mistake, the same issue corrected, then
edited once more. Its run: scripts execute as written, against a local copy of the
repository as origin and a stand-in for the GitHub command line (tests/fake_gh.py) that
records what would happen on GitHub."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import FIXTURES, ROOT
from tests.test_contribution import PRACTICE, field_value

pytestmark = pytest.mark.build

WORKFLOW = ROOT / ".github" / "workflows" / "bijdrage.yml"
REPOSITORY = "voorbeeld/kennisbank"  # fictional
TOKEN = "test-token"


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path) -> dict:
    """origin: the project as in this working tree (under test is this change, committed
    or not) plus the fictional region the form's practice names; a fake gh on PATH; git
    pushing to origin."""
    origin = tmp_path / "origin.git"
    git("clone", "--quiet", "--bare", str(ROOT), str(origin), cwd=tmp_path)
    seed = tmp_path / "seed"
    git("clone", "--quiet", str(origin), str(seed), cwd=tmp_path)
    for folder in ("data", "macros", "schemas", "templates"):
        shutil.rmtree(seed / folder)
        shutil.copytree(ROOT / folder, seed / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "Makefile", seed / "Makefile")
    shutil.copytree(FIXTURES / "regios", seed / "data" / "regios", dirs_exist_ok=True)
    git("add", "-A", cwd=seed)
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "--quiet",
        "--allow-empty", "-m", "Stand van de test", cwd=seed)
    git("push", "--quiet", "origin", "HEAD:main", cwd=seed)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(f"#!{sys.executable}\n" + (ROOT / "tests" / "fake_gh.py").read_text(encoding="utf-8"))
    gh.chmod(0o755)
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text(
        f'[url "{origin}"]\n\tinsteadOf = https://x-access-token:{TOKEN}@github.com/{REPOSITORY}.git\n'
        "[user]\n\tname = Test\n\temail = test@example.org\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "GIT_CONFIG_GLOBAL": str(gitconfig),
           "FAKE_GH_STATE": str(tmp_path / "gh.json"), "NO_MKDOCS_2_WARNING": "1"}
    return {"origin": origin, "env": env, "state": tmp_path / "gh.json", "tmp": tmp_path, "runs": 0}


def checkout(repo: dict) -> Path:
    """What actions/checkout gives each run: a fresh clone of main; and the project's
    environment, as setup-python and make would give it."""
    repo["runs"] += 1
    work = repo["tmp"] / f"work-{repo['runs']}"
    git("clone", "--quiet", "--branch", "main", str(repo["origin"]), str(work), cwd=repo["tmp"])
    (work / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return work


def run_workflow(repo: dict, body: str, number: int = 7) -> dict:
    """Every run: step of the job, with its if: and the expressions GitHub would fill in."""
    job = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["omzetten"]
    context = {"github.token": TOKEN, "github.event.issue.number": str(number),
               "github.repository": REPOSITORY, "github.event.issue.body": body}

    def fill(text: str) -> str:
        return re.sub(r"\$\{\{\s*([\w.]+)\s*\}\}", lambda m: context[m.group(1)], text)

    work = checkout(repo)
    runner_temp = repo["tmp"] / f"runner-{repo['runs']}"
    runner_temp.mkdir()
    env = {**repo["env"], **{k: fill(str(v)) for k, v in job["env"].items()},
           "RUNNER_TEMP": str(runner_temp)}
    outputs: dict[str, dict[str, str]] = {}
    for step in job["steps"]:
        if "run" not in step:
            continue  # checkout and setup-python: done by the fixture
        condition = step.get("if")
        if condition:
            step_id, name, value = re.fullmatch(
                r"steps\.(\w+)\.outputs\.(\w+) == '(\w+)'", condition).groups()
            if outputs.get(step_id, {}).get(name) != value:
                continue
        output = runner_temp / "output"
        output.write_text("")
        step_env = {**env, **{k: fill(str(v)) for k, v in step.get("env", {}).items()},
                    "GITHUB_OUTPUT": str(output)}
        result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", step["run"]],
                                cwd=work, env=step_env, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, (step.get("name"), result.stdout[-2000:], result.stderr[-2000:])
        if "id" in step:
            outputs[step["id"]] = dict(line.split("=", 1) for line in output.read_text().split("\n") if line)
    return json.loads(repo["state"].read_text(encoding="utf-8"))


def branch_files(repo: dict, branch: str) -> dict[str, str]:
    listing = subprocess.run(["git", "--git-dir", str(repo["origin"]), "ls-tree", "-r", "--name-only",
                              branch, "data/praktijken"], capture_output=True, text=True, check=True)
    return {name: subprocess.run(["git", "--git-dir", str(repo["origin"]), "show", f"{branch}:{name}"],
                                 capture_output=True, text=True, check=True).stdout
            for name in listing.stdout.split()}


def test_a_contribution_with_a_mistake_then_corrected_then_edited_ends_as_one_pull_request(repository):
    mistake = field_value(PRACTICE, "Bron", "_No response_")
    state = run_workflow(repository, mistake)
    comments = state["comments"]
    assert len(comments) == 1 and "- Bron: vul dit veld in." in comments[0]["body"]
    assert comments[0]["body"].startswith("<!-- kennisbank-bijdrage -->")
    assert state["labels"] == ["aanvullen"] and state["prs"] == []

    state = run_workflow(repository, PRACTICE.replace("\n", "\r\n"))  # edited, as a browser sends it
    assert len(state["prs"]) == 1
    pr = state["prs"][0]
    assert pr["head"] == "bijdrage/issue-7" and pr["body"].startswith("Sluit #7")
    assert len(state["comments"]) == 1, "the comment is updated, not added again"
    assert "In orde" in state["comments"][0]["body"] and pr["url"] in state["comments"][0]["body"]
    assert state["labels"] == []
    files = branch_files(repository, "bijdrage/issue-7")
    new = [name for name in files if "issue #7." in files[name]]
    assert new == ["data/praktijken/samen-een-onthaal-voor-nieuwe-leerlingen.yml"]

    state = run_workflow(repository, field_value(PRACTICE, "Titel", "Samen één onthaal, ook voor ouders"))
    assert len(state["prs"]) == 1 and len(state["comments"]) == 1
    files = branch_files(repository, "bijdrage/issue-7")
    new = [name for name in files if "issue #7." in files[name]]
    assert new == ["data/praktijken/samen-een-onthaal-voor-nieuwe-leerlingen.yml"]
    assert 'titel: "Samen één onthaal, ook voor ouders"' in files[new[0]]


def test_hostile_text_in_the_issue_never_runs(repository):
    marker = repository["tmp"] / "gehackt"
    body = field_value(PRACTICE, "Titel", f"$(touch {marker}) `touch {marker}` ${{{{ github.token }}}}")
    run_workflow(repository, body, number=8)
    assert not marker.exists()
