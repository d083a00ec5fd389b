"""The build lets a compiled validator (jsonschema-rs) pass the files that are valid and
asks jsonschema only about the others (macros/schema_check.py). That is safe only if the
two agree: a file the fast one passes must be one jsonschema also passes. Here both judge
every data file and many broken variants of each."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from macros.schema_check import fast_validator_for, validator_for
from macros.yamlfile import read_yaml
from tests.conftest import FIXTURES, ROOT

# (schema, files it checks)
CASES = [
    ("praktijk", sorted((ROOT / "data" / "praktijken").glob("*.yml"))
     + sorted((FIXTURES / "praktijken").glob("*.yml"))),
    ("regio", sorted((FIXTURES / "regios").glob("*.yml"))),
    *[(name, [ROOT / "data" / "referentie" / f"{name}.yml"])
      for name in ("rubrieken", "opdrachten", "begrippen", "bronnen")],
    *[("lijst", [ROOT / "data" / "referentie" / f"{name}.yml"])
      for name in ("domeinen", "niveaus", "netten")],
]

# What a contributor might put where something else belongs.
REPLACEMENTS = [None, 0, -1, 9, 1.5, True, "", "x", "  ", "Z", "2026-13-01", "1 februari 2026",
                "geen-adres", "a@b", "nroc(at)example.org", "example.org/pad",
                "javascript:alert(1)", "x" * 7000, [], ["x", "x"], [1], {}, {"x": 1}]


def paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, path + (index,))


def variants(data):
    """The document with one value replaced, one field removed or one field added."""
    for path in paths(data):
        if not path:
            continue
        for replacement in REPLACEMENTS:
            changed = copy.deepcopy(data)
            parent = changed
            for part in path[:-1]:
                parent = parent[part]
            parent[path[-1]] = replacement
            yield changed
        changed = copy.deepcopy(data)
        parent = changed
        for part in path[:-1]:
            parent = parent[part]
        if isinstance(parent, dict):
            del parent[path[-1]]
            yield changed
            extra = copy.deepcopy(data)
            target = extra
            for part in path[:-1]:
                target = target[part]
            target["onbekend_veld"] = "x"
            yield extra


def agree(schema: str, document) -> bool:
    fast = fast_validator_for(schema).is_valid(document)
    slow = not any(True for _ in validator_for(schema).iter_errors(document))
    return fast == slow


@pytest.mark.parametrize("schema,files", CASES, ids=[c[0] + str(i) for i, c in enumerate(CASES)])
def test_fast_and_explaining_validators_agree(schema, files):
    assert files, f"geen bestanden voor {schema}"
    checked = disagreements = 0
    examples = []
    for path in files:
        data = read_yaml(Path(path)).data
        assert fast_validator_for(schema).is_valid(data), f"{path} is niet geldig"
        # Large reference files: a sample of their variants is enough.
        for number, variant in enumerate(variants(data)):
            if len(files) == 1 or number % 3 == 0:
                checked += 1
                if not agree(schema, variant):
                    disagreements += 1
                    examples.append(variant)
    assert checked > 50
    assert not disagreements, f"{disagreements} van {checked} oneens, bv. {str(examples[0])[:500]}"


def test_a_broken_schema_fails_before_any_data_is_judged(tmp_path, monkeypatch):
    from macros import schema_check

    (tmp_path / "kapot.schema.json").write_text('{"type": "strin"}', encoding="utf-8")
    monkeypatch.setattr(schema_check, "SCHEMA_DIR", tmp_path)
    with pytest.raises(Exception, match="strin"):
        schema_check.fast_validator_for("kapot")
