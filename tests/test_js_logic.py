"""The browser's pure logic (docs/javascripts/*/ without DOM) has its own fast tests in
tests/js/*.test.mjs, run with Node's built-in test runner: no npm package needed."""

from __future__ import annotations

import re
import subprocess

from tests.conftest import ROOT, node_or_skip


def test_javascript_logic_passes_its_node_tests():
    node = node_or_skip("de JavaScript-logica (tests/js/)")
    tests = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "js").rglob("*.test.mjs"))
    assert tests, "geen tests gevonden in tests/js/"
    # TAP, whatever Node's default reporter: its summary lines are checked below.
    result = subprocess.run([node, "--test", "--test-reporter=tap", *tests],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    # Node's summary: tests ran, and none failed.
    assert re.search(r"^# pass [1-9]\d*$", result.stdout, re.M), result.stdout[-2000:]
    assert re.search(r"^# fail 0$", result.stdout, re.M), result.stdout[-2000:]
