"""The contribution workflow (.github/workflows/bijdrage.yml) run here, step by step,
as a contributor meets it: an issue with a mistake, the same issue corrected, then
edited once more. Its run: scripts execute as written, against a local copy of the
repository as origin and a stand-in for the GitHub command line (tests/fake_gh.py) that
records what would happen on GitHub and keeps GitHub's rules: each token may do what the
job's permissions (or the GitHub App's) allow, a pull request opened with GITHUB_TOKEN
starts no check, and a dispatched run needs its workflow and the branch to exist. The
two small jobs of controle.yml that report a dispatched run's result on its commit run
the same way."""

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
from tests.test_contribution import PRACTICE, field_value, mentions

pytestmark = pytest.mark.build

WORKFLOWS = ROOT / ".github" / "workflows"
REPOSITORY = "voorbeeld/kennisbank"  # fictional
TOKEN = "test-token"  # the job's GITHUB_TOKEN
APP_TOKEN = "app-token"  # what actions/create-github-app-token gives
APP = {"vars.KENNISBANK_APP_ID": "123456", "secrets.KENNISBANK_APP_KEY": "-----BEGIN RSA PRIVATE KEY-----"}


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path) -> dict:
    """origin: the project as in this working tree (under test is this change, committed
    or not) plus the fictional region the form's practice names; a fake gh on PATH; git
    pushing to origin with the token of the run (see run_workflow)."""
    origin = tmp_path / "origin.git"
    git("clone", "--quiet", "--bare", str(ROOT), str(origin), cwd=tmp_path)
    seed = tmp_path / "seed"
    git("clone", "--quiet", str(origin), str(seed), cwd=tmp_path)
    for folder in ("data", "macros", "schemas", "templates", ".github"):
        shutil.rmtree(seed / folder)
        shutil.copytree(ROOT / folder, seed / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "Makefile", seed / "Makefile")
    shutil.copytree(FIXTURES / "regios", seed / "data" / "regios", dirs_exist_ok=True)
    git("add", "-A", cwd=seed)
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "--quiet",
        "--allow-empty", "-m", "Stand van de test", cwd=seed)
    git("push", "--quiet", "--force", "origin", "HEAD:main", cwd=seed)  # main may have moved on
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(f"#!{sys.executable}\n" + (ROOT / "tests" / "fake_gh.py").read_text(encoding="utf-8"))
    gh.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}",
           "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
           "FAKE_GH_STATE": str(tmp_path / "gh.json"), "FAKE_GH_ORIGIN": str(origin),
           "FAKE_GH_GITHUB_TOKEN": TOKEN, "NO_MKDOCS_2_WARNING": "1"}
    return {"origin": origin, "env": env, "state": tmp_path / "gh.json", "tmp": tmp_path, "runs": 0}


def checkout(repo: dict) -> Path:
    """What actions/checkout gives each run: a fresh clone of main; and the project's
    environment, as setup-python and make would give it."""
    repo["runs"] += 1
    work = repo["tmp"] / f"work-{repo['runs']}"
    git("clone", "--quiet", "--branch", "main", str(repo["origin"]), str(work), cwd=repo["tmp"])
    (work / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return work


def evaluate(expression: str, context: dict):
    """GitHub's expression syntax, as far as these workflows use it: names (missing ones
    are ''), 'strings', ==, != (strings compare case-insensitively), &&, || and !cancelled()."""
    expression = expression.strip()
    for operator in ("||", "&&"):
        if operator in expression:
            values = [evaluate(part, context) for part in expression.split(operator)]
            pick = (lambda v: bool(v)) if operator == "||" else (lambda v: not v)
            return next((v for v in values if pick(v)), values[-1])
    for operator in ("==", "!="):
        if operator in expression:
            left, right = (str(evaluate(part, context)).lower() for part in expression.split(operator, 1))
            return (left == right) == (operator == "==")
    if expression == "!cancelled()":
        return not context.get("cancelled", False)
    if expression.startswith("'"):
        return expression[1:-1]
    return context.get(expression, "")


def fill(text: str, context: dict) -> str:
    def value(match):
        result = evaluate(match.group(1), context)
        return str(result).lower() if isinstance(result, bool) else str(result)
    return re.sub(r"\$\{\{\s*(.+?)\s*\}\}", value, text)


def run_job(repo: dict, job: dict, context: dict, work: Path, tokens: dict) -> dict:
    """Every run: step of the job (and the App token's uses:), with its if: and the
    expressions GitHub would fill in."""
    repo["jobs"] = repo.get("jobs", 0) + 1
    runner_temp = repo["tmp"] / f"runner-{repo['jobs']}"
    runner_temp.mkdir()
    env = {**repo["env"], **{k: fill(str(v), context) for k, v in job.get("env", {}).items()},
           "RUNNER_TEMP": str(runner_temp), "FAKE_GH_TOKENS": json.dumps(tokens),
           "GITHUB_STEP_SUMMARY": str(runner_temp / "summary.md")}
    repo["summary"] = runner_temp / "summary.md"
    for step in job["steps"]:
        condition = step.get("if")
        if condition and not evaluate(condition.removeprefix("${{").removesuffix("}}"), context):
            continue
        if "create-github-app-token" in step.get("uses", ""):
            inputs = {k: fill(str(v), context) for k, v in step["with"].items()}
            assert inputs["client-id"] and inputs["private-key"], inputs
            tokens[APP_TOKEN] = {k.removeprefix("permission-"): v for k, v in inputs.items()
                                 if k.startswith("permission-")}
            env["FAKE_GH_TOKENS"] = json.dumps(tokens)
            context[f"steps.{step['id']}.outputs.token"] = APP_TOKEN
            continue
        if "run" not in step:
            continue  # checkout and setup-python: done by the fixture
        output = runner_temp / "output"
        output.write_text("")
        step_env = {**env, **{k: fill(str(v), context) for k, v in step.get("env", {}).items()},
                    "GITHUB_OUTPUT": str(output)}
        result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", step["run"]],
                                cwd=work, env=step_env, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, (step.get("name"), result.stdout[-2000:], result.stderr[-2000:])
        if "id" in step:
            for line in output.read_text().split("\n"):
                if line:
                    name, value = line.split("=", 1)
                    context[f"steps.{step['id']}.outputs.{name}"] = value
    return json.loads(repo["state"].read_text(encoding="utf-8"))


def run_workflow(repo: dict, body: str, number: int = 7, app: bool = False) -> dict:
    """One run of bijdrage.yml for an opened or edited issue. git pushes with the token
    of this run only: with the App's token when there is an App, else GITHUB_TOKEN."""
    job = yaml.safe_load((WORKFLOWS / "bijdrage.yml").read_text(encoding="utf-8"))["jobs"]["omzetten"]
    context = {"github.token": TOKEN, "github.event.issue.number": str(number),
               "github.repository": REPOSITORY, "github.event.issue.body": body,
               **(APP if app else {})}
    push_token = APP_TOKEN if app else TOKEN
    (repo["tmp"] / "gitconfig").write_text(
        f'[url "{repo["origin"]}"]\n\tinsteadOf = https://x-access-token:{push_token}@github.com/'
        f'{REPOSITORY}.git\n[user]\n\tname = Test\n\temail = test@example.org\n', encoding="utf-8")
    return run_job(repo, job, context, checkout(repo), {TOKEN: job["permissions"]})


def run_status_jobs(repo: dict, run: dict, result: str) -> dict:
    """The jobs of controle.yml around its check, for a run GitHub started: what they
    report on the run's commit when the check ends with `result`."""
    workflow = yaml.safe_load((WORKFLOWS / run["workflow"]).read_text(encoding="utf-8"))
    context = {"github.event_name": run["event"], "github.token": TOKEN, "github.repository": REPOSITORY,
               "github.sha": run["sha"], "github.server_url": "https://github.com", "github.run_id": "42",
               "needs.controle.result": result}
    work = repo["tmp"] / "controle"
    work.mkdir(exist_ok=True)
    for name in ("gestart", "gemeld"):
        job = workflow["jobs"][name]
        if evaluate(str(job["if"]).removeprefix("${{").removesuffix("}}"), context):
            state = run_job(repo, job, context, work, {TOKEN: job["permissions"]})
    return state


def run_preview(repo: dict, run: dict) -> str:
    """The preview step of controle.yml, in a checkout of the run's branch (fetch-depth 0,
    so origin/main is there): the job summary it writes."""
    job = yaml.safe_load((WORKFLOWS / run["workflow"]).read_text(encoding="utf-8"))["jobs"]["controle"]
    step = next(s for s in job["steps"] if s.get("name") == "Voorbeeld van de bijdrage")
    work = repo["tmp"] / "controle-checkout"
    git("clone", "--quiet", "--branch", run["ref"], str(repo["origin"]), str(work), cwd=repo["tmp"])
    (work / ".venv").symlink_to(Path(sys.executable).parent.parent)
    context = {"github.event_name": run["event"]}  # a dispatched run's event has no pull_request
    run_job(repo, {"steps": [step]}, context, work, {TOKEN: job["permissions"]})
    return repo["summary"].read_text(encoding="utf-8")


def branch_files(repo: dict, branch: str) -> dict[str, str]:
    listing = subprocess.run(["git", "--git-dir", str(repo["origin"]), "ls-tree", "-r", "--name-only",
                              branch, "data/praktijken"], capture_output=True, text=True, check=True)
    return {name: subprocess.run(["git", "--git-dir", str(repo["origin"]), "show", f"{branch}:{name}"],
                                 capture_output=True, text=True, check=True).stdout
            for name in listing.stdout.split()}


def head(repo: dict, branch: str) -> str:
    return subprocess.run(["git", "--git-dir", str(repo["origin"]), "rev-parse", f"refs/heads/{branch}"],
                          capture_output=True, text=True, check=True).stdout.strip()


def test_a_contribution_with_a_mistake_then_corrected_then_edited_ends_as_one_pull_request(repository):
    mistake = field_value(PRACTICE, "Bron", "_No response_")
    state = run_workflow(repository, mistake)
    comments = state["comments"]
    assert len(comments) == 1 and "- Bron: vul dit veld in." in comments[0]["body"]
    assert comments[0]["body"].startswith("<!-- kennisbank-bijdrage -->")
    assert state["labels"] == ["aanvullen"] and state["prs"] == [] and state["runs"] == []

    state = run_workflow(repository, PRACTICE.replace("\n", "\r\n"))  # edited, as a browser sends it
    assert len(state["prs"]) == 1
    pr = state["prs"][0]
    assert pr["head"] == "bijdrage/issue-7" and pr["body"].startswith("Sluit #7")
    assert len(state["comments"]) == 1, "the comment is updated, not added again"
    comment = state["comments"][0]["body"]
    assert "In orde" in comment and pr["url"] in comment
    assert state["labels"] == []
    files = branch_files(repository, "bijdrage/issue-7")
    new = [name for name in files if "issue #7." in files[name]]
    assert new == ["data/praktijken/samen-een-onthaal-voor-nieuwe-leerlingen.yml"]
    # The contributor sees on the issue how the contribution will read, after the link.
    assert "## Voorbeeld van de bijdrage" in comment
    assert "<h3>Samen één onthaal voor nieuwe leerlingen</h3>" in comment
    assert comment.index(pr["url"]) < comment.index("## Voorbeeld van de bijdrage")
    # Its check: controle.yml, started once on the pull request's branch, at its head.
    assert state["runs"] == [{"workflow": "controle.yml", "event": "workflow_dispatch",
                              "ref": "bijdrage/issue-7", "sha": head(repository, "bijdrage/issue-7"),
                              "token": TOKEN}]

    state = run_workflow(repository, field_value(PRACTICE, "Titel", "Samen één onthaal, ook voor ouders"))
    assert len(state["prs"]) == 1 and len(state["comments"]) == 1
    files = branch_files(repository, "bijdrage/issue-7")
    new = [name for name in files if "issue #7." in files[name]]
    assert new == ["data/praktijken/samen-een-onthaal-voor-nieuwe-leerlingen.yml"]
    assert 'titel: "Samen één onthaal, ook voor ouders"' in files[new[0]]
    assert "<h3>Samen één onthaal, ook voor ouders</h3>" in state["comments"][0]["body"]
    # One run per edit, each on the commit that edit made.
    assert [run["sha"] for run in state["runs"]] == [state["runs"][0]["sha"], head(repository, "bijdrage/issue-7")]
    assert state["runs"][0]["sha"] != state["runs"][1]["sha"]


def test_the_dispatched_check_reports_on_the_pull_requests_head_commit(repository):
    """GitHub shows a pull request the commit statuses of its head commit, and a required
    check accepts them by name; a dispatched run's own check is not shown there."""
    state = run_workflow(repository, PRACTICE)
    (run,) = state["runs"]
    assert run["sha"] == head(repository, state["prs"][0]["head"])
    # The run's summary previews the contribution, compared with main.
    summary = run_preview(repository, run)
    assert "<h3>Samen één onthaal voor nieuwe leerlingen</h3>" in summary
    assert "De controle vond geen problemen" in summary
    state = run_status_jobs(repository, run, "success")
    assert [(s["sha"], s["context"], s["state"]) for s in state["statuses"]] == [
        (run["sha"], "controle", "pending"), (run["sha"], "controle", "success")]
    assert state["statuses"][-1]["target_url"] == f"https://github.com/{REPOSITORY}/actions/runs/42"
    state = run_status_jobs(repository, run, "failure")
    assert state["statuses"][-1]["state"] == "failure"
    # The status carries the name the ruleset of make github requires: the check's job.
    controle = yaml.safe_load((WORKFLOWS / "controle.yml").read_text(encoding="utf-8"))
    from scripts.github_setup import CHECK
    assert CHECK in controle["jobs"] and {s["context"] for s in state["statuses"]} == {CHECK}


def test_with_a_github_app_the_pull_request_is_a_normal_one_and_nothing_is_dispatched(repository):
    state = run_workflow(repository, PRACTICE, app=True)
    (pr,) = state["prs"]
    assert pr["token"] == APP_TOKEN  # opened by the App: GitHub starts its check itself
    assert state["runs"] == [{"workflow": "controle.yml", "event": "pull_request", "ref": "bijdrage/issue-7",
                              "sha": head(repository, "bijdrage/issue-7"), "token": APP_TOKEN}]
    first = head(repository, "bijdrage/issue-7")
    state = run_workflow(repository, field_value(PRACTICE, "Titel", "Samen één onthaal, ook voor ouders"),
                         app=True)
    assert head(repository, "bijdrage/issue-7") != first  # pushed with the App's token
    assert [run["event"] for run in state["runs"]] == ["pull_request"] and len(state["prs"]) == 1
    assert "<h3>Samen één onthaal, ook voor ouders</h3>" in state["comments"][0]["body"]


def test_the_comment_on_the_issue_mentions_no_one(repository):
    body = field_value(field_value(PRACTICE, "Beschrijving", "Met dank aan @iemand en @een-team/leden."),
                       "Partners", "@voorbeeld vzw")
    state = run_workflow(repository, body)
    comment = state["comments"][0]["body"]
    assert "Met dank aan @\u200biemand" in comment and state["prs"]
    assert mentions(comment) == []


def test_hostile_text_in_the_issue_never_runs(repository):
    marker = repository["tmp"] / "gehackt"
    body = field_value(PRACTICE, "Titel", f"$(touch {marker}) `touch {marker}` ${{{{ github.token }}}}")
    run_workflow(repository, body, number=8)
    assert not marker.exists()
