"""MkDocs hook: the site's own scripts (site/javascripts/) are shipped minified with
rJSmin: comments, indentation and line breaks go, names and code stay as written. They
explain the code in the repository; a reader's phone does not need them. Before the
first search result in the catalogue that is about 2.5 KB (gzip) less; on the worksheet
page more (README, "Meten").

`compact` is the older, line-based step: it drops whole-line comments and blank lines
and keeps every line of code as it is. hooks/bundle_js.py reads modules line by line
and uses it before it bundles; this hook runs after that one.
"""

from __future__ import annotations

import re
from pathlib import Path

import rjsmin

_BLOCK = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*(?:\n|$)", re.S | re.M)
SCRIPTS = "javascripts"


def compact(source: str) -> str:
    """The script without whole-line comments and blank lines. Safe for this project's
    scripts because none has a string literal that spans lines (a test checks it), so a
    line can only start with `//` or `/*` outside a string."""
    without_blocks = _BLOCK.sub("", source)
    kept = [line for line in without_blocks.splitlines()
            if line.strip() and not line.lstrip().startswith("//")]
    return "\n".join(kept) + "\n"


def minify(source: str) -> str:
    return rjsmin.jsmin(source) + "\n"


def on_post_build(config) -> None:
    for path in (Path(config["site_dir"]) / SCRIPTS).rglob("*.js"):
        path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")
