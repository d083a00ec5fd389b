"""MkDocs hook: the search's word logic reaches the reader as one file, not twelve.

docs/javascripts/zoeken/logica.js names the modules both searches load once the reader
types (`export * as words from "./wordlist.js"`). In the repository it is a plain ES
module: the browser and Node's tests load the modules one by one. In the built site this
hook writes those modules, and the modules they import, into that one file: 5.6 KB
(gzip) before the first result instead of 9.9 KB in 12 requests (README, "Zoeken");
every request also costs its headers.

A module the pages already load at the start (fold.js, query.js, through highlight.js)
stays a module of its own, imported by the bundle: the reader has it already.

The bundle is made by reading lines, not by parsing JavaScript, so the modules keep to
the forms the project writes: `import { a, b as c } from "./x.js";` on one line, and
`export` before a function, a class or a const. Anything else in a bundled module stops
the build with the line it found. It reads each module without its comment lines
(hooks/compact_js.py `compact`), and runs before that hook minifies every script.
"""

from __future__ import annotations

import posixpath
import re
import sys
from pathlib import Path
from typing import Callable

from mkdocs.exceptions import PluginError

_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from hooks.compact_js import compact  # noqa: E402

SCRIPTS = "javascripts"
# What the build writes as one file: each is, in docs/, a list of `export * as`.
BUNDLES = ("zoeken/logica.js",)

_IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"(\.{1,2}/[^"]+)";\s*$')
_NAMESPACE = re.compile(r'^export \* as (\w+) from "(\.{1,2}/[^"]+)";\s*$')
_EXPORT = re.compile(r"^export (?=(?:async )?function\b|class\b|const\b)")
_DECLARED = re.compile(r"^(?:async )?(?:function\*?|class)\s*(\w+)")
# The names a `const` line declares: after `const` or a comma, before `=` (not `==`).
_CONST_NAMES = re.compile(r"(?:\bconst|,)\s*([A-Za-z_$][\w$]*)\s*=(?![=>])")


class BundleError(ValueError):
    pass


def static_imports(source: str) -> list[str]:
    """The modules a module imports, as written ("./fold.js")."""
    return [m.group(2) for line in source.splitlines() if (m := _IMPORT.match(line.strip()))]


def resolve(module: str, spec: str) -> str:
    """A path written in `module` ("./fold.js"), relative to the scripts' folder."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(module), spec))


def closure(starts: list[str], read: Callable[[str], str]) -> list[str]:
    """`starts` and every module they import, dependencies before what needs them."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(module: str) -> None:
        if module in seen:
            return
        seen.add(module)
        for spec in static_imports(read(module)):
            visit(resolve(module, spec))
        order.append(module)

    for start in starts:
        visit(start)
    return order


def _body(module: str, source: str, local: Callable[[str], str]) -> tuple[list[str], list[str]]:
    """The module's lines with its imports made local and `export` taken off, and the
    names it exports."""
    lines, names = [], []
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.strip()
        found = _IMPORT.match(stripped)
        if found:
            parts = [part.strip() for part in found.group(1).split(",") if part.strip()]
            pattern = ", ".join(re.sub(r"\s+as\s+", ": ", part) for part in parts)
            lines.append(f"const {{ {pattern} }} = {local(resolve(module, found.group(2)))};")
            continue
        if stripped.startswith("import ") or stripped.startswith("import{"):
            raise BundleError(f"{module}:{number}: alleen `import {{ ... }} from \"./...\";` op één "
                              f"regel kan in een bundel: {stripped}")
        if line.startswith("export "):
            if not _EXPORT.match(line):
                raise BundleError(f"{module}:{number}: alleen `export` voor function, class of "
                                  f"const kan in een bundel: {stripped}")
            line = line[len("export "):]
            declared = _DECLARED.match(line)
            names += [declared.group(1)] if declared else _CONST_NAMES.findall(line)
        elif "import(" in line or "import.meta" in line:
            raise BundleError(f"{module}:{number}: een bundel laadt niets zelf: {stripped}")
        lines.append(line)
    return lines, names


def bundle(entry: str, read: Callable[[str], str], shared: set[str] = frozenset()) -> str:
    """The entry (a list of `export * as name from "./module.js"`) as one module: every
    module it reaches, each in its own function scope, except those in `shared`, which
    stay imports. Paths are relative to the scripts' folder."""
    namespaces = []
    for number, line in enumerate(read(entry).splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("//", "/*", "*")):
            continue
        found = _NAMESPACE.match(stripped)
        if not found:
            raise BundleError(f"{entry}:{number}: een bundel noemt alleen modules "
                              f"(`export * as naam from \"./module.js\";`): {stripped}")
        namespaces.append((found.group(1), resolve(entry, found.group(2))))
    modules = closure([module for _, module in namespaces], lambda m: "" if m in shared else read(m))
    names = {module: f"module${n}" for n, module in enumerate(modules)}
    out = []
    for module in modules:
        if module in shared:
            relative = posixpath.relpath(module, posixpath.dirname(entry))
            out.append(f'import * as {names[module]} from "./{relative}";')
    for module in modules:
        if module in shared:
            continue
        lines, exported = _body(module, read(module), names.__getitem__)
        out.append(f"const {names[module]} = (() => {{")
        out += lines
        out.append(f"return {{ {', '.join(exported)} }};")
        out.append("})();")
    out += [f"export const {name} = {names[module]};" for name, module in namespaces]
    return "\n".join(out) + "\n"


def reader(folder: Path) -> Callable[[str], str]:
    """A module of `folder` by its path, without its comment lines."""
    return lambda module: compact((folder / module).read_text(encoding="utf-8"))


def loaded_at_start(folder: Path) -> set[str]:
    """The modules the pages' own scripts (the scripts' folder's top level) import."""
    read = reader(folder)
    tops = sorted(path.name for path in folder.glob("*.js"))
    return set(closure(tops, read)) - set(tops)


def on_post_build(config) -> None:
    folder = Path(config["site_dir"]) / SCRIPTS
    read = reader(folder)
    shared = loaded_at_start(folder)
    for entry in BUNDLES:
        try:
            text = bundle(entry, read, shared)
        except (BundleError, OSError) as error:
            raise PluginError(f"hooks/bundle_js.py: de zoekfunctie kan niet in één bestand: {error}")
        (folder / entry).write_text(text, encoding="utf-8")
