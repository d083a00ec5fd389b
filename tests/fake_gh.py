"""A stand-in for GitHub's command line `gh`, for tests/test_contribution_workflow.py:
it answers the calls the contribution workflow makes and keeps what they would change
on GitHub (comments, labels, pull requests) in the JSON file FAKE_GH_STATE.
It runs as the `gh` on PATH, with the test's Python (the test writes its first line)."""

import json
import os
import sys
from pathlib import Path

STATE = Path(os.environ["FAKE_GH_STATE"])
state = json.loads(STATE.read_text()) if STATE.exists() else {"comments": [], "labels": [], "prs": []}
args = sys.argv[1:]


def option(name: str) -> str | None:
    return args[args.index(name) + 1] if name in args else None


def body_of(value: str) -> str:
    return Path(value[1:]).read_text(encoding="utf-8") if value.startswith("@") else value


if args[:2] == ["pr", "list"]:
    open_prs = [pr for pr in state["prs"] if pr["head"] == option("--head")]
    print(open_prs[0]["url"] if open_prs else "")
elif args[:2] == ["pr", "create"]:
    url = f"https://github.com/{option('--repo')}/pull/{len(state['prs']) + 1}"
    state["prs"].append({"head": option("--head"), "base": option("--base"), "url": url,
                         "title": option("--title"),
                         "body": Path(option("--body-file")).read_text(encoding="utf-8")})
    print(url)
elif args[:2] == ["issue", "edit"]:
    if option("--add-label") and option("--add-label") not in state["labels"]:
        state["labels"].append(option("--add-label"))
    if option("--remove-label") in state["labels"]:
        state["labels"].remove(option("--remove-label"))
elif args[:2] == ["label", "create"]:
    pass
elif args[:2] == ["issue", "comment"]:
    state["comments"].append({"id": len(state["comments"]) + 1, "user": "github-actions[bot]",
                              "body": Path(option("--body-file")).read_text(encoding="utf-8")})
elif args[0] == "api" and "--method" in args and option("--method") == "PATCH":
    comment_id = int(next(a for a in args if "/issues/comments/" in a).rsplit("/", 1)[1])
    comment = next(c for c in state["comments"] if c["id"] == comment_id)
    comment["body"] = body_of(option("-F").split("=", 1)[1])
elif args[0] == "api" and args[1].endswith("/comments"):
    # The workflow's jq filter: the bot's own comment that starts with the marker.
    for comment in state["comments"]:
        if comment["user"] == "github-actions[bot]" and comment["body"].startswith("<!-- kennisbank-bijdrage -->"):
            print(comment["id"])
else:
    sys.exit(f"fake gh: unexpected call {args}")
STATE.write_text(json.dumps(state, ensure_ascii=False))
