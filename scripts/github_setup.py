"""`make github`: set up a GitHub repository for the kennisbank with the GitHub CLI `gh`.

    python scripts/github_setup.py              # the repository in KENNISBANK_REPOSITORY,
                                                # else the one the git remote origin names
    python scripts/github_setup.py --dry-run    # only say what would change
    make github [DRY_RUN=1]                     # the same (also: make github --dry-run)

The steps (STEPS, in this order; README.md lists the same for who prefers to click):
the labels the forms and workflows apply, GitHub Actions allowed to create pull requests,
GitHub Pages built by GitHub Actions, the repository variables with the site's address
(publiceren.yml reads them), and a ruleset on main that requires the check of
controle.yml.

Each step reads the current state first and changes only what differs, so a second run
changes nothing. What fails (a 403 when the token has no admin rights on the repository,
a feature the plan does not offer) is said in Dutch, with GitHub's own message; the other
steps still run, and the exit code is 1. Every call is `gh api` on GitHub's REST API,
with the payload as JSON on standard input (`--input -`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"
PLACEHOLDER_HOST = "example.org"  # mkdocs.yml's placeholder for KENNISBANK_REPOSITORY

# The labels the forms and workflows apply, with a colour (hex, without #) and what they
# mean. `aanvullen` matches what bijdrage.yml creates when it is missing.
LABELS = {
    "bijdrage": ("1d76db", "Een bijdrage via het formulier Goede praktijk of Regio"),
    "praktijk": ("0e8a16", "Een goede praktijk voor de kennisbank"),
    "regio": ("5319e7", "De gegevens van een NROC-regio"),
    "aanvullen": ("FBCA04", "De bijdrage heeft nog een aanpassing nodig"),
    "correctie": ("d93f0b", "Een fout of een voorstel bij een pagina van de site"),
}
OTHER_LABEL = ("ededed", "Gebruikt door een formulier of workflow van de kennisbank")

# GitHub Actions' GITHUB_TOKEN: read-only unless a workflow asks for more (every workflow
# here lists its permissions), and allowed to open the contribution's pull request.
WORKFLOW_PERMISSIONS = {"default_workflow_permissions": "read",
                        "can_approve_pull_request_reviews": True}

VARIABLES = ("KENNISBANK_REPOSITORY", "KENNISBANK_SITE_URL")

CHECK = "controle"  # the job in controle.yml, and the commit status a dispatched run sets
RULESET = "main: de controle moet slagen"


def ruleset_payload() -> dict:
    """Main can be neither deleted nor force-pushed, and takes only commits whose check
    `controle` passed. No integration is named: the check run of a pull request's run and
    the commit status of a run bijdrage.yml started (GITHUB_TOKEN) both count."""
    return {
        "name": RULESET,
        "target": "branch",
        "enforcement": "active",
        "conditions": {"ref_name": {"include": ["refs/heads/main"], "exclude": []}},
        "rules": [
            {"type": "deletion"},
            {"type": "non_fast_forward"},
            {"type": "required_status_checks", "parameters": {
                "strict_required_status_checks_policy": False,
                "required_status_checks": [{"context": CHECK}],
            }},
        ],
    }


# --- the repository -----------------------------------------------------------------------

@dataclass(frozen=True)
class Repository:
    host: str
    owner: str
    name: str

    @property
    def path(self) -> str:
        return f"repos/{self.owner}/{self.name}"

    @property
    def url(self) -> str:
        return f"https://{self.host}/{self.owner}/{self.name}"

    def pages_guess(self) -> str:
        """Where GitHub Pages puts the site until it says so itself (github.com only)."""
        owner = self.owner.lower()
        if self.name.lower() == f"{owner}.github.io":
            return f"https://{owner}.github.io/"
        return f"https://{owner}.github.io/{self.name}/"


_REMOTE = re.compile(r"^(?:https?://(?:[^@/]+@)?|ssh://(?:[^@/]+@)?|[^@/:]+@)?"
                     r"(?P<host>[A-Za-z0-9.-]+)(?::\d+)?[:/]"
                     r"(?P<owner>[A-Za-z0-9_.-]+)/(?P<name>[A-Za-z0-9_.-]+?)(?:\.git)?/?$")


def parse_repository(address: str) -> Repository | None:
    """https://github.com/owner/name, with or without .git, or an ssh remote
    (git@github.com:owner/name.git)."""
    match = _REMOTE.match(address.strip())
    if not match:
        return None
    return Repository(match["host"].lower(), match["owner"], match["name"])


def find_repository(environ: dict[str, str], cwd: Path = ROOT) -> tuple[Repository | None, str]:
    """The repository to set up, and where it was found (for the first line of output)."""
    address = environ.get("KENNISBANK_REPOSITORY", "").strip()
    source = "KENNISBANK_REPOSITORY"
    if not address:
        remote = subprocess.run(["git", "remote", "get-url", "origin"], cwd=cwd,
                                capture_output=True, text=True)
        address, source = remote.stdout.strip(), "de git-remote origin"
    if not address:
        return None, ("Geen repository gevonden: zet KENNISBANK_REPOSITORY op het adres van de "
                      "repository (bv. https://github.com/eigenaar/naam), of draai dit in een "
                      "clone met een remote origin op GitHub.")
    repository = parse_repository(address)
    if repository is None or repository.host == PLACEHOLDER_HOST:
        return None, (f"'{address}' (uit {source}) is geen adres van een repository op GitHub. "
                      "Verwacht: https://github.com/eigenaar/naam.")
    return repository, f"{repository.owner}/{repository.name} (uit {source})"


# --- talking to GitHub -----------------------------------------------------------------------

class GitHubError(Exception):
    def __init__(self, status: int | None, message: str, code: int = 1):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


@dataclass
class GitHub:
    repository: Repository
    dry_run: bool = False
    writes: list[str] = field(default_factory=list)  # what changed, or would change
    answer: dict | None = None  # GitHub's answer to the last write

    def call(self, method: str, path: str, payload: dict | None = None):
        command = ["gh", "api", "--method", method, path,
                   "-H", "Accept: application/vnd.github+json",
                   "-H", "X-GitHub-Api-Version: 2022-11-28"]
        if self.repository.host != "github.com":
            command += ["--hostname", self.repository.host]
        if payload is not None:
            command += ["--input", "-"]
        try:
            result = subprocess.run(command, input=json.dumps(payload) if payload is not None else None,
                                    capture_output=True, text=True, timeout=120)
        except FileNotFoundError:
            raise GitHubError(None, "gh ontbreekt", code=127) from None
        if result.returncode:
            status = re.search(r"\(HTTP (\d{3})\)", result.stderr)
            message = _github_message(result.stdout) or result.stderr.strip().removeprefix("gh: ")
            raise GitHubError(int(status.group(1)) if status else None, message, result.returncode)
        return json.loads(result.stdout) if result.stdout.strip() else None

    def read(self, path: str, missing_ok: bool = False):
        """GET; with missing_ok, None for a 404 (nothing there yet)."""
        try:
            return self.call("GET", path)
        except GitHubError as error:
            if missing_ok and error.status == 404:
                return None
            raise

    def write(self, what: str, method: str, path: str, payload: dict) -> str:
        """Change something, or in a dry run only note that it would; the method, for
        the report. GitHub's answer, if any, goes to `answer`."""
        self.writes.append(what)
        self.answer = None if self.dry_run else self.call(method, path, payload)
        return method


def _github_message(body: str) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    details = [e.get("message") or e.get("code", "") for e in data.get("errors", []) if isinstance(e, dict)]
    return "; ".join(filter(None, [data.get("message", ""), *details]))


def explain(error: GitHubError) -> str:
    """Why it failed, in Dutch, with what GitHub said."""
    said = f" GitHub zegt: {error.message}" if error.message and error.code != 127 else ""
    if error.code == 127:
        return ("het commando gh ontbreekt. Installeer de GitHub CLI (https://cli.github.com/) "
                "en meld je aan met gh auth login.")
    if error.code == 4 or error.status == 401:
        return "gh is niet aangemeld bij GitHub. Meld je aan met gh auth login." + said
    if error.status == 403:
        return ("GitHub weigert (HTTP 403): dit vraagt beheerdersrechten (admin) op de repository, "
                "of je abonnement biedt dit niet voor deze repository (bv. een privé-repository "
                "zonder betaald abonnement). Vraag het aan een beheerder, of stel het in via "
                "Settings." + said)
    if error.status == 404:
        return ("niet gevonden (HTTP 404): bestaat de repository, en mag je account ze beheren? "
                "Zonder beheerdersrechten antwoordt GitHub ook 404." + said)
    if error.status == 409:
        return ("GitHub meldt een conflict (HTTP 409): een instelling van de organisatie staat "
                "dit niet toe. Zet het eerst aan in de instellingen van de organisatie." + said)
    if error.status == 422:
        return "GitHub weigert de waarde (HTTP 422)." + said
    status = f" (HTTP {error.status})" if error.status else ""
    return f"gh faalde{status}." + said


# --- the steps ---------------------------------------------------------------------------------

@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    unchanged: int = 0

    def ok(self, what: str) -> None:
        self.lines.append(f"   - {what}: al in orde")
        self.unchanged += 1

    def did(self, what: str, method: str, dry_run: bool) -> None:
        new = method == "POST"
        done = ("zou aanmaken" if new else "zou bijwerken") if dry_run else \
            ("aangemaakt" if new else "bijgewerkt")
        self.lines.append(f"   - {what}: {done}")

    def failed(self, step: str, what: str, error: GitHubError) -> None:
        self.lines.append(f"   - {what}: niet gelukt (waarom: zie onder)")
        self.failures.append(f"{step}, {what}: {explain(error)}")


def labels_in_use(forms: Path = FORMS, workflows: Path = WORKFLOWS) -> list[str]:
    """Every label a form applies (`labels:`) or a workflow adds or creates."""
    found: list[str] = []
    for path in sorted(forms.glob("*.yml")):
        form = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found += [str(label) for label in form.get("labels", []) or []]
    for path in sorted(workflows.glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        found += re.findall(r"(?:--add-label|gh label create)\s+([\w-]+)", text)
    return list(dict.fromkeys(found))


def ensure_item(gh: GitHub, report: Report, title: str, what: str, collection: str,
                item: str, body: dict, same, update: dict | None = None) -> None:
    """One item of a collection (a label, a variable): created with `body` when missing,
    updated (with `update`, else `body`) when `same(current)` says it differs, left alone
    otherwise."""
    try:
        current = gh.read(item, missing_ok=True)
        if current is None:
            method = gh.write(what, "POST", collection, body)
        elif not same(current):
            method = gh.write(what, "PATCH", item, update or body)
        else:
            report.ok(what)
            return
        report.did(what, method, gh.dry_run)
    except GitHubError as error:
        report.failed(title, what, error)


def step_labels(gh: GitHub, report: Report, title: str, found: dict) -> None:
    for name in labels_in_use():
        color, description = LABELS.get(name, OTHER_LABEL)
        what = f"label {name} ({description}, kleur #{color.lower()})"
        ensure_item(gh, report, title, what, f"{gh.repository.path}/labels",
                    f"{gh.repository.path}/labels/{quote(name, safe='')}",
                    {"name": name, "color": color.lower(), "description": description},
                    lambda current: (current.get("color", "").lower(),
                                     current.get("description") or "") == (color.lower(), description),
                    # PATCH renames with new_name; the name itself is in the address.
                    update={"color": color.lower(), "description": description})


def step_workflow_permissions(gh: GitHub, report: Report, title: str, found: dict) -> None:
    what = ("'Allow GitHub Actions to create and approve pull requests' aan, "
            "GITHUB_TOKEN standaard alleen lezen")
    path = f"{gh.repository.path}/actions/permissions/workflow"
    try:
        current = gh.read(path) or {}
        if all(current.get(key) == value for key, value in WORKFLOW_PERMISSIONS.items()):
            report.ok(what)
            return
        report.did(what, gh.write(what, "PUT", path, WORKFLOW_PERMISSIONS), gh.dry_run)
    except GitHubError as error:
        report.failed(title, what, error)


def step_pages(gh: GitHub, report: Report, title: str, found: dict) -> None:
    what = "GitHub Pages aan, met als bron GitHub Actions (publiceren.yml)"
    path = f"{gh.repository.path}/pages"
    try:
        current = gh.read(path, missing_ok=True)
        if current is not None and current.get("build_type") == "workflow":
            found["pages"] = current.get("html_url")
            report.ok(what)
            return
        method = gh.write(what, "POST" if current is None else "PUT", path, {"build_type": "workflow"})
        found["pages"] = (gh.answer or current or {}).get("html_url")
        report.did(what, method, gh.dry_run)
    except GitHubError as error:
        report.failed(title, what, error)


def desired_variables(gh: GitHub, found: dict) -> dict[str, str]:
    site = found.get("pages") or gh.repository.pages_guess()
    return {"KENNISBANK_REPOSITORY": gh.repository.url,
            "KENNISBANK_SITE_URL": site if site.endswith("/") else site + "/"}


def step_variables(gh: GitHub, report: Report, title: str, found: dict) -> None:
    for name, value in desired_variables(gh, found).items():
        ensure_item(gh, report, title, f"variabele {name} = {value}",
                    f"{gh.repository.path}/actions/variables",
                    f"{gh.repository.path}/actions/variables/{name}", {"name": name, "value": value},
                    lambda current: current.get("value") == value)


def covers(current, desired) -> bool:
    """Whether what GitHub has already says all that `desired` says (GitHub adds ids,
    links and defaults of its own); rules are compared by their type."""
    if isinstance(desired, dict):
        return isinstance(current, dict) and all(
            key in current and covers(current[key], value) for key, value in desired.items())
    if isinstance(desired, list):
        if not isinstance(current, list) or len(current) != len(desired):
            return False
        if all(isinstance(item, dict) and "type" in item for item in desired):
            by_type = {item.get("type"): item for item in current if isinstance(item, dict)}
            return all(covers(by_type.get(item["type"]), item) for item in desired)
        return all(covers(c, d) for c, d in zip(current, desired))
    return current == desired


def step_ruleset(gh: GitHub, report: Report, title: str, found: dict) -> None:
    what = f"ruleset '{RULESET}': de check {CHECK} verplicht, main niet te wissen of te overschrijven"
    desired = ruleset_payload()
    path = f"{gh.repository.path}/rulesets"
    try:
        listed = gh.read(path) or []
        mine = next((r for r in listed if r.get("name") == RULESET
                     and r.get("source_type", "Repository") == "Repository"), None)
        if mine is None:
            method = gh.write(what, "POST", path, desired)
        elif not covers(gh.read(f"{path}/{mine['id']}"), desired):
            method = gh.write(what, "PUT", f"{path}/{mine['id']}", desired)
        else:
            report.ok(what)
            return
        report.did(what, method, gh.dry_run)
    except GitHubError as error:
        report.failed(title, what, error)


# Each step with its Dutch title, as README.md's section for maintainers lists them. A
# step reads what it needs, changes what differs, and leaves in `found` what a later step
# uses (the address GitHub Pages gives the site).
STEPS = (
    ("Labels voor de formulieren", step_labels),
    ("GitHub Actions mag pull requests maken", step_workflow_permissions),
    ("GitHub Pages via GitHub Actions", step_pages),
    ("Variabelen met het adres van de site", step_variables),
    ("Regel voor main: de controle moet slagen", step_ruleset),
)


def run(gh: GitHub) -> Report:
    report, found = Report(), {}
    for number, (title, step) in enumerate(STEPS, start=1):
        report.lines.append(f"{number}. {title}")
        step(gh, report, title, found)
    return report


def main(argv: list[str] | None = None, environ: dict[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Stel een GitHub-repository in voor de kennisbank.")
    parser.add_argument("--dry-run", action="store_true",
                        help="toon alleen wat er zou veranderen; verander niets")
    args = parser.parse_args(argv)
    repository, where = find_repository(os.environ if environ is None else environ)
    if repository is None:
        print(where)
        return 1
    if shutil.which("gh") is None:
        print(explain(GitHubError(None, "", code=127)).capitalize())
        return 1
    gh = GitHub(repository, dry_run=args.dry_run)
    print(f"Repository: {where}")
    if args.dry_run:
        print("Proefdraai: er verandert niets, je ziet alleen wat make github zou doen.")
    print()
    report = run(gh)
    print("\n".join(report.lines))
    print()
    changed = len(gh.writes)
    summary = f"{changed} {'te veranderen' if args.dry_run else 'veranderd'}, {report.unchanged} al in orde"
    if report.failures:
        print(f"Samengevat: {summary}, {len(report.failures)} niet gelukt:")
        print("\n".join(f"- {failure}" for failure in report.failures))
        return 1
    print(f"Samengevat: {summary}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
