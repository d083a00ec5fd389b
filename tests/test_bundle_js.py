"""The search's word logic ships as one file (hooks/bundle_js.py): the same functions and
constants as the modules it is made of. The browser tests search with the bundled file."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from hooks.bundle_js import BundleError, bundle
from tests.conftest import ROOT, node_or_skip

# What a module exports, as Node sees it: each name's type, and the value of the others.
EXPORTS = """
const described = (ns) => Object.fromEntries(Object.entries(ns).map(([name, part]) =>
  [name, Object.fromEntries(Object.keys(part).sort().map((key) => [key,
    typeof part[key] === "function" ? part[key].constructor.name : part[key]]))]));
console.log(JSON.stringify(described(await import(process.argv[1]))));
"""


def exports_of(node: str, module) -> dict:
    result = subprocess.run([node, "--input-type=module", "-e", EXPORTS, str(module)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_the_bundled_word_logic_exports_what_its_modules_do(site):
    node = node_or_skip("de gebundelde zoeklogica")
    built = site / "javascripts" / "zoeken" / "logica.js"
    text = built.read_text(encoding="utf-8")
    # One file: the modules the pages load at the start stay imports, no other.
    imported = sorted(re.findall(r'\bfrom\s*"([^"]+)"', text))
    assert imported == ["./fold.js", "./query.js"]
    assert "export * as" not in text
    bundled = exports_of(node, built)
    assert bundled == exports_of(node, ROOT / "docs" / "javascripts" / "zoeken" / "logica.js")
    assert set(bundled) == {"words", "searching", "typing", "corrections", "ranking", "stemming"}
    assert bundled["words"]["ON_SITE"] == 1 and bundled["searching"]["searchIn"] == "AsyncFunction"


def test_two_modules_with_the_same_inner_name_keep_their_own(tmp_path):
    files = {
        "entry.js": 'export * as one from "./a.js";\nexport * as two from "./b.js";\n',
        "a.js": 'import { twice } from "./shared.js";\nconst inner = 1;\nexport const A = twice(inner), B = 3;\n',
        "b.js": 'const inner = 2;\nexport function* b() { yield inner; }\n',
        "shared.js": "export function twice(x) { return 2 * x; }\n",
    }
    text = bundle("entry.js", files.__getitem__, {"shared.js"})
    assert text.startswith('import * as module$0 from "./shared.js";')
    assert "return { A, B };" in text and "return { b };" in text
    (tmp_path / "shared.js").write_text(files["shared.js"], encoding="utf-8")
    (tmp_path / "entry.js").write_text(text, encoding="utf-8")
    result = subprocess.run([node_or_skip("de gebundelde zoeklogica"), "--input-type=module", "-e",
                             "const m = await import(process.argv[1]);"
                             "console.log(m.one.A, m.one.B, [...m.two.b()][0]);",
                             str(tmp_path / "entry.js")], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["2", "3", "2"], result.stderr[-2000:]


@pytest.mark.parametrize("line, expected", [
    ('import fold from "./fold.js";', "entry.js"),
    ("export { a };", "a.js:2"),
    ('const m = import("./x.js");', "a.js:2"),
])
def test_a_form_the_bundle_cannot_read_stops_the_build_at_its_line(line, expected):
    files = {"entry.js": 'export * as one from "./a.js";\n', "a.js": f"const a = 1;\n{line}\n"}
    if expected == "entry.js":
        files["entry.js"] += line + "\n"
    with pytest.raises(BundleError, match=expected.replace(".", r"\.")):
        bundle("entry.js", files.__getitem__)
