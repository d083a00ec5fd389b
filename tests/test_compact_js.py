"""The site's scripts ship minified (hooks/compact_js.py): comments and spacing go, code
and strings stay exactly as written. The browser tests run the minified scripts; here,
Node reads each of them."""

from __future__ import annotations

import re
import subprocess

from hooks.compact_js import compact, minify
from tests.conftest import ROOT, node_or_skip


def test_whole_line_comments_and_blank_lines_go_and_code_stays():
    source = ('// The module\'s purpose.\n'
              '/* A block\n   over lines. */\n'
              'const url = "https://example.org/a"; // kept: it ends a line of code\n'
              '\n'
              '  /** Docs. */\n'
              '  const glob = "a/*b*/c";\n'
              'const path = `//not a comment`;\n')
    assert compact(source) == ('const url = "https://example.org/a"; // kept: it ends a line of code\n'
                               '  const glob = "a/*b*/c";\n'
                               'const path = `//not a comment`;\n')


def test_no_script_has_a_string_over_several_lines():
    """Compacting reads lines, not JavaScript: a string literal that spans lines could
    hold a line that starts with // or /*. None of the site's scripts has one."""
    for path in (ROOT / "docs" / "javascripts").rglob("*.js"):
        for number, line in enumerate(compact(path.read_text(encoding="utf-8")).splitlines(), 1):
            code = line.split(" // ")[0]  # a comment after code may quote a `word`
            assert len(re.findall(r"(?<!\\)`", code)) % 2 == 0, f"{path}:{number}: `...` over lines"
            assert not code.endswith("\\"), f"{path}:{number}: a string continued on the next line"


def test_the_built_scripts_carry_no_comment_lines(site):
    scripts = list((site / "javascripts").rglob("*.js"))
    assert scripts
    for path in scripts:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert not [line for line in lines if line.lstrip().startswith(("//", "/*"))], path


def test_minifying_keeps_strings_templates_and_regular_expressions():
    source = ('export function f(name) {\n'
              '  // a comment\n'
              '  const said = `Het bestand ${name} is  ingelezen.`;\n'
              '  return /^[a-z]  +$/.test(said) ? "a  b" : said;\n'
              '}\n')
    assert minify(source) == ('export function f(name){const said=`Het bestand ${name} is  ingelezen.`;'
                              'return/^[a-z]  +$/.test(said)?"a  b":said;}\n')


def test_every_built_script_is_minified_and_still_reads_as_javascript(site, tmp_path):
    node = node_or_skip("het nalezen van de geminimaliseerde scripts")
    scripts = list((site / "javascripts").rglob("*.js"))
    for path in scripts:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\n[ \t]+\S", text), f"{path}: nog ingesprongen regels"
        # As a module: the site's ES modules, and the classic scripts are strict-safe too.
        copy = tmp_path / (path.stem + ".mjs")
        copy.write_text(text, encoding="utf-8")
        result = subprocess.run([node, "--check", str(copy)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, f"{path}: {result.stderr[-1500:]}"
