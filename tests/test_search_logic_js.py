"""The search's word logic (docs/javascripts/zoeken/*.js) tested on its own, fast, with
Node's built-in test runner (tests/js/zoeken/*.test.mjs, no npm dependency): `make test`
and `make test-fast` run it through this test, `make test-js` with the other JS tests."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT


def test_search_logic_passes_its_node_tests():
    node = shutil.which("node")
    if node is None:
        message = ("Node.js ontbreekt: installeer het (Debian: apt-get install nodejs) om de "
                   "tests van de zoeklogica te draaien (tests/js/).")
        if os.environ.get("CI") == "true":
            pytest.fail(message + " Onder CI=true mogen ze niet overgeslagen worden.")
        pytest.skip(message)
    result = subprocess.run([node, "--test", "--test-reporter=tap", "tests/js/zoeken/"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout and "# pass 0" not in result.stdout, result.stdout[-2000:]
