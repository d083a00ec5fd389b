"""A stand-in for GitHub's command line `gh`, for tests/test_contribution_workflow.py and
tests/test_github_setup.py. It runs as the `gh` on PATH, with the test's Python (the test
writes its first line), takes the calls with the real gh's syntax, and keeps what they
would change on GitHub in JSON files:

- FAKE_GH_STATE: one issue's comments and labels, the pull requests, the workflow runs
  GitHub would start, and the commit statuses;
- FAKE_GH_REPO: a repository's settings (labels, Actions' permissions, Pages, variables,
  rulesets), answered as GitHub's REST API answers them, and every call made.

GitHub's rules the tests depend on, as documented:
- a token may only do what its permissions allow (FAKE_GH_TOKENS: {token: {permission:
  level}}; without it, every token may do everything), else HTTP 403;
- a pull request opened with the workflow's own GITHUB_TOKEN (FAKE_GH_GITHUB_TOKEN)
  starts no workflow run; one opened with another token (a GitHub App's) starts
  controle.yml for the event pull_request on the branch's head commit;
- `gh workflow run` (workflow_dispatch, allowed to GITHUB_TOKEN with actions: write)
  needs the workflow on the default branch with a workflow_dispatch trigger, and the ref
  to exist in the repository (FAKE_GH_ORIGIN, a bare git repository); the run is on the
  ref's head commit at that moment;
- gh api: --method/-X (GET unless a field is given, then POST), -f/--raw-field and
  -F/--field (typed, @file reads a file), --input FILE or - (the body as JSON, fields go
  to the query string); an HTTP error prints GitHub's JSON body on stdout and
  `gh: <message> (HTTP <status>)` on stderr, exit 1.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

args = sys.argv[1:]
TOKEN = os.environ.get("GH_TOKEN", "")
BOT = "github-actions[bot]"
MARK = "<!-- kennisbank-bijdrage -->"


def load(variable: str, empty: dict) -> dict:
    path = os.environ.get(variable)
    return json.loads(Path(path).read_text(encoding="utf-8")) if path and Path(path).exists() else empty


def save(variable: str, data: dict) -> None:
    if os.environ.get(variable):
        Path(os.environ[variable]).write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                              encoding="utf-8")


state = load("FAKE_GH_STATE", {})
for key in ("comments", "labels", "prs", "runs", "statuses", "calls"):
    state.setdefault(key, [])


def fail(message: str, status: int | None = None, body: dict | None = None) -> None:
    if body is not None:
        print(json.dumps(body))
    print(f"gh: {message} (HTTP {status})" if status else message, file=sys.stderr)
    save("FAKE_GH_STATE", state)
    sys.exit(1)


def allowed(permission: str, level: str = "write") -> None:
    tokens = json.loads(os.environ.get("FAKE_GH_TOKENS", "null"))
    if tokens is None:
        return
    granted = tokens.get(TOKEN, {}).get(permission)
    if granted != "write" and granted != level:
        fail("Resource not accessible by integration", 403,
             {"message": "Resource not accessible by integration", "status": "403"})


def option(*names: str) -> str | None:
    for name in names:
        if name in args:
            return args[args.index(name) + 1]
    return None


def git(*command: str) -> str | None:
    origin = os.environ.get("FAKE_GH_ORIGIN")
    if not origin:
        return None
    result = subprocess.run(["git", "--git-dir", origin, *command], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


def dispatchable(ref: str, workflow: str) -> bool:
    text = git("show", f"{ref}:.github/workflows/{workflow}")
    if text is None:
        return False
    triggers = yaml.safe_load(text).get(True) or {}  # YAML reads the key `on` as True
    return "workflow_dispatch" in (triggers if isinstance(triggers, (dict, list)) else [triggers])


# --- gh pr, gh issue, gh label, gh workflow ----------------------------------------------------

def pr_list() -> None:
    allowed("pull-requests", "read")
    open_prs = [pr for pr in state["prs"] if pr["head"] == option("--head")]
    print(open_prs[0]["url"] if open_prs else "")


def pr_create() -> None:
    allowed("pull-requests")
    head, base = option("--head", "-H"), option("--base", "-B")
    if os.environ.get("FAKE_GH_ORIGIN") and git("rev-parse", "--verify", f"refs/heads/{head}") is None:
        fail(f"pull request create failed: GraphQL: Head sha can't be blank, Base sha can't be "
             f"blank, No commits between {base} and {head}, Head ref must be a branch (createPullRequest)")
    url = f"https://github.com/{option('--repo', '-R')}/pull/{len(state['prs']) + 1}"
    state["prs"].append({"head": head, "base": base, "url": url, "title": option("--title", "-t"),
                         "body": Path(option("--body-file", "-F")).read_text(encoding="utf-8"),
                         "token": TOKEN})
    if TOKEN != os.environ.get("FAKE_GH_GITHUB_TOKEN"):
        sha = (git("rev-parse", f"refs/heads/{head}") or "").strip()
        state["runs"].append({"workflow": "controle.yml", "event": "pull_request", "ref": head,
                              "sha": sha, "token": TOKEN})
    print(url)


def workflow_run() -> None:
    allowed("actions")
    workflow, ref = args[2], option("--ref", "-r")
    repository = option("--repo", "-R")
    if not dispatchable("refs/heads/main", workflow):
        fail(f"could not create workflow dispatch event: HTTP 422: Workflow does not have "
             f"'workflow_dispatch' trigger (https://api.github.com/repos/{repository}/actions/"
             f"workflows/{workflow}/dispatches)")
    sha = git("rev-parse", "--verify", f"refs/heads/{ref}")
    if sha is None or not dispatchable(f"refs/heads/{ref}", workflow):
        fail(f"could not create workflow dispatch event: HTTP 422: No ref found for: {ref} "
             f"(https://api.github.com/repos/{repository}/actions/workflows/{workflow}/dispatches)")
    state["runs"].append({"workflow": workflow, "event": "workflow_dispatch", "ref": ref,
                          "sha": sha.strip(), "token": TOKEN})
    print(f"✓ Created workflow_dispatch event for {workflow} at {ref}", file=sys.stderr)


def issue_edit() -> None:
    allowed("issues")
    if option("--add-label") and option("--add-label") not in state["labels"]:
        state["labels"].append(option("--add-label"))
    if option("--remove-label") in state["labels"]:
        state["labels"].remove(option("--remove-label"))


def issue_comment() -> None:
    allowed("issues")
    state["comments"].append({"id": len(state["comments"]) + 1, "user": BOT,
                              "body": Path(option("--body-file", "-F")).read_text(encoding="utf-8")})


# --- gh api ----------------------------------------------------------------------------------------

def typed(value: str):
    """-F: true, false, null and integers become JSON values; @file reads the file."""
    if value.startswith("@"):
        return Path(value[1:]).read_text(encoding="utf-8")
    if value in ("true", "false", "null"):
        return json.loads(value)
    return int(value) if re.fullmatch(r"-?\d+", value) else value


def api_request() -> tuple[str, str, dict | None, dict]:
    """The method, the endpoint (without query), the JSON body and the query, as gh sends them."""
    endpoint, fields, method, body_file = None, {}, None, None
    rest = args[1:]
    index = 0
    while index < len(rest):
        arg = rest[index]
        if arg in ("-X", "--method"):
            method, index = rest[index + 1], index + 2
        elif arg in ("-f", "--raw-field", "-F", "--field"):
            key, value = rest[index + 1].split("=", 1)
            fields[key] = value if arg in ("-f", "--raw-field") else typed(value)
            index += 2
        elif arg == "--input":
            body_file, index = rest[index + 1], index + 2
        elif arg in ("-H", "--header", "--hostname", "-q", "--jq", "-t", "--template"):
            index += 2
        elif arg.startswith("-"):
            index += 1  # --paginate, --silent, -i ...
        else:
            endpoint, index = arg, index + 1
    endpoint, _, query_string = endpoint.lstrip("/").partition("?")
    query = dict(pair.split("=", 1) for pair in query_string.split("&") if "=" in pair)
    body = None
    if body_file is not None:
        text = sys.stdin.read() if body_file == "-" else Path(body_file).read_text(encoding="utf-8")
        body = json.loads(text) if text.strip() else None
        query.update({k: str(v) for k, v in fields.items()})
    elif fields:
        body = fields
    return (method or ("POST" if fields or body_file else "GET")).upper(), endpoint, body, query


def answer(status: int, body=None) -> None:
    if status >= 400:
        message = (body or {}).get("message", "Error")
        fail(message, status, body)
    if body is not None:
        print(json.dumps(body))


def api() -> None:
    method, endpoint, body, _ = api_request()
    state["calls"].append([method, endpoint])
    match = re.fullmatch(r"repos/([^/]+/[^/]+)/(.*)", endpoint)
    if not match:
        answer(404, {"message": "Not Found"})
        return
    repository, rest = match.groups()
    if rest.startswith("issues/"):
        return issues_api(method, rest, body)
    if method == "POST" and rest.startswith("statuses/"):
        allowed("statuses")
        state["statuses"].append({"sha": rest.split("/", 1)[1], "state": body["state"],
                                  "context": body.get("context", "default"),
                                  "description": body.get("description"),
                                  "target_url": body.get("target_url"), "token": TOKEN})
        return answer(201, {"state": body["state"], "context": body.get("context", "default")})
    return settings_api(repository, method, rest, body)


def issues_api(method: str, rest: str, body: dict | None) -> None:
    if method == "PATCH" and rest.startswith("issues/comments/"):
        allowed("issues")
        comment = next(c for c in state["comments"] if c["id"] == int(rest.rsplit("/", 1)[1]))
        comment["body"] = body["body"]
        return answer(200, {"id": comment["id"], "body": comment["body"]})
    if method == "GET" and rest.endswith("/comments"):
        allowed("issues", "read")
        # The workflow's jq filter: the bot's own comment that starts with the marker.
        for comment in state["comments"]:
            if comment["user"] == BOT and comment["body"].startswith(MARK):
                print(comment["id"])
        return None
    return answer(404, {"message": "Not Found"})


# --- a repository's settings, for make github ----------------------------------------------------

def settings_api(repository: str, method: str, rest: str, body: dict | None) -> None:
    repo = load("FAKE_GH_REPO", {})
    repo.setdefault("calls", []).append([method, f"repos/{repository}/{rest}"])
    try:
        if repo.get("repository") != repository:
            return answer(404, {"message": "Not Found"})
        if f"{method} {rest}" in repo.get("deny", []) or f"* {rest.split('/')[0]}" in repo.get("deny", []):
            return answer(403, {"message": "Must have admin rights to Repository."})
        return route(repo, repository, method, rest, body)
    finally:
        save("FAKE_GH_REPO", repo)


def route(repo: dict, repository: str, method: str, rest: str, body: dict | None) -> None:
    labels = repo.setdefault("labels", [])
    if rest == "labels" and method == "POST":
        if any(label["name"].lower() == body["name"].lower() for label in labels):
            return answer(422, {"message": "Validation Failed",
                                "errors": [{"resource": "Label", "code": "already_exists", "field": "name"}]})
        labels.append({"name": body["name"], "color": body.get("color", "ededed").lower(),
                       "description": body.get("description"), "default": False})
        return answer(201, labels[-1])
    if rest.startswith("labels/"):
        name = rest.split("/", 1)[1].replace("%20", " ")
        label = next((item for item in labels if item["name"].lower() == name.lower()), None)
        if label is None:
            return answer(404, {"message": "Not Found"})
        if method == "PATCH":
            label.update({k: (v.lower() if k == "color" else v) for k, v in body.items()
                          if k in ("color", "description")})
        return answer(200, label)
    if rest == "actions/permissions/workflow":
        permissions = repo.setdefault("workflow_permissions", {
            "default_workflow_permissions": "write", "can_approve_pull_request_reviews": False})
        if method == "PUT":
            if repo.get("organization_forbids_pull_requests") and body.get("can_approve_pull_request_reviews"):
                return answer(409, {"message": "Organization policy prevents this setting"})
            if body.get("default_workflow_permissions", "read") not in ("read", "write"):
                return answer(422, {"message": "Invalid request."})
            permissions.update(body)
            return answer(204)
        return answer(200, permissions)
    if rest == "pages":
        pages = repo.get("pages")
        if method == "GET":
            return answer(404, {"message": "Not Found"}) if pages is None else answer(200, pages)
        if method == "POST":
            if pages is not None:
                return answer(409, {"message": "GitHub Pages is already enabled."})
            owner, name = repository.split("/")
            repo["pages"] = {"url": f"https://api.github.com/repos/{repository}/pages",
                             "status": None, "cname": None, "custom_404": False,
                             "html_url": f"https://{owner.lower()}.github.io/{name}/",
                             "build_type": body.get("build_type", "legacy"), "public": True}
            return answer(201, repo["pages"])
        if method == "PUT":
            if pages is None:
                return answer(404, {"message": "Not Found"})
            pages.update({k: v for k, v in body.items() if k in ("build_type", "cname", "source")})
            return answer(204)
    variables = repo.setdefault("variables", {})
    if rest == "actions/variables" and method == "POST":
        if body["name"] in variables:
            return answer(409, {"message": "Already exists - Variable already exists"})
        variables[body["name"]] = body["value"]
        return answer(201, {})
    if rest.startswith("actions/variables/"):
        name = rest.rsplit("/", 1)[1]
        if name not in variables:
            return answer(404, {"message": "Not Found"})
        if method == "PATCH":
            variables[body.get("name", name)] = body["value"]
            return answer(204)
        return answer(200, {"name": name, "value": variables[name],
                            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"})
    rulesets = repo.setdefault("rulesets", [])
    if rest == "rulesets":
        if method == "POST":
            rulesets.append(stored_ruleset(repository, len(rulesets) + 1, body))
            return answer(201, rulesets[-1])
        return answer(200, [{key: r[key] for key in ("id", "name", "target", "source_type", "source",
                                                       "enforcement", "node_id")} for r in rulesets])
    if rest.startswith("rulesets/"):
        number = int(rest.split("/", 1)[1])
        ruleset = next((r for r in rulesets if r["id"] == number), None)
        if ruleset is None:
            return answer(404, {"message": "Not Found"})
        if method == "PUT":
            ruleset.update(stored_ruleset(repository, number, {**ruleset, **body}))
        return answer(200, ruleset)
    return answer(404, {"message": "Not Found"})


def stored_ruleset(repository: str, number: int, body: dict) -> dict:
    """A ruleset as GitHub returns it: with its id, source and links, and the defaults it
    adds to a rule's parameters."""
    rules = []
    for rule in body.get("rules", []):
        rule = json.loads(json.dumps(rule))
        if rule["type"] == "required_status_checks":
            rule["parameters"].setdefault("do_not_enforce_on_create", False)
        rules.append(rule)
    return {"id": number, "name": body["name"], "target": body.get("target", "branch"),
            "source_type": "Repository", "source": repository,
            "enforcement": body["enforcement"], "node_id": f"RRS_{number}",
            "bypass_actors": body.get("bypass_actors", []), "current_user_can_bypass": "never",
            "conditions": body.get("conditions", {}), "rules": rules,
            "_links": {"self": {"href": f"https://api.github.com/repos/{repository}/rulesets/{number}"}}}


# --- the command -------------------------------------------------------------------------------------

COMMANDS = {("pr", "list"): pr_list, ("pr", "create"): pr_create, ("issue", "edit"): issue_edit,
            ("issue", "comment"): issue_comment, ("workflow", "run"): workflow_run,
            ("label", "create"): lambda: allowed("issues")}

if args[:1] == ["api"]:
    api()
elif tuple(args[:2]) in COMMANDS:
    state["calls"].append(args[:2])
    COMMANDS[tuple(args[:2])]()
else:
    fail(f"fake gh: unexpected call {args}")
save("FAKE_GH_STATE", state)
