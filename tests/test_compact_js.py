"""The site's scripts ship without whole-line comments (hooks/compact_js.py): code and
strings stay exactly as written. The browser tests run the compacted scripts."""

from __future__ import annotations

import re

from hooks.compact_js import compact
from tests.conftest import ROOT


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
