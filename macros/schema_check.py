"""Check data against its JSON Schema and say what is wrong in Dutch.

The schemas in `schemas/` are the single source of truth: editors read them through
the `yaml-language-server` comment at the top of each data file, the build reads them
here. A compiled validator (jsonschema-rs) decides quickly whether a file is valid, which
almost every file is; only for a file it rejects does jsonschema, slower but with errors
we can explain, report every problem at once, so a contributor sees them all in one run.
Only jsonschema's verdict rejects a file: the two never disagree on our schemas (a test
holds them to that), and if they ever did, the contributor would get jsonschema's answer.
"""

from __future__ import annotations

import difflib
import json
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from .paths import SCHEMA_DIR
from .yamlfile import YamlFile

if TYPE_CHECKING:  # jsonschema itself is imported only when a file fails
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError


TYPE_NAMES = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "true of false",
    "array": "een lijst (regels die met '-' beginnen)",
    "object": "een blok met velden",
    "null": "leeg",
}


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def fast_validator_for(name: str) -> jsonschema_rs.Validator:
    """Compiled once; also refuses a schema that is itself invalid."""
    return jsonschema_rs.validator_for(load_schema(name), validate_formats=True)


@lru_cache(maxsize=None)
def validator_for(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def check(file: YamlFile, schema_name: str) -> None:
    """Add a Problem to `file` for every way its data breaks the schema."""
    if fast_validator_for(schema_name).is_valid(file.data):
        return
    errors = sorted(validator_for(schema_name).iter_errors(file.data),
                    key=lambda e: (file.line_of(tuple(e.absolute_path)) or 0, str(e.absolute_path)))
    explained = [explain(error) for error in errors]
    # A misspelt field name is one mistake: its "did you mean" message already names the
    # required field, so the separate "missing" message for that field is left out.
    suggested = {path[:-1] + (message.split("'")[1],) for path, message in explained
                 if "Bedoel je '" in message}
    for path, message in explained:
        if message.startswith("dit verplichte veld ontbreekt") and path in suggested:
            continue
        file.problem(path, message)


def explain(error: ValidationError) -> tuple[tuple, str]:
    """The path the error is about and a Dutch sentence saying what is expected."""
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    hint = schema.get("description")
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1]
        return path + (missing,), f"dit verplichte veld ontbreekt.{_expect(_property_hint(error, missing))}"
    if kind == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extra = [key for key in error.instance if key not in allowed]
        name = extra[0] if extra else "?"
        nearest = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        advice = (f" Bedoel je '{nearest[0]}'?" if nearest
                  else f" Toegelaten velden: {', '.join(allowed)}.")
        return path + (name,), f"dit veld bestaat niet.{advice}"
    if kind == "type":
        wanted = schema.get("type")
        names = [TYPE_NAMES.get(t, t) for t in (wanted if isinstance(wanted, list) else [wanted])]
        return path, f"verwacht {' of '.join(names)}, maar hier staat {_describe(error.instance)}."
    if kind == "enum":
        options = ", ".join(str(option) for option in schema["enum"])
        return path, f"'{error.instance}' is geen geldige waarde. Kies uit: {options}."
    if kind == "pattern":
        return path, f"'{error.instance}' heeft niet de juiste vorm.{_expect(hint)}"
    if kind == "format":
        formats = {"date": "een datum als JJJJ-MM-DD, bv. 2026-09-01",
                   "email": "een e-mailadres zoals naam@organisatie.be",
                   "uri": "een volledig webadres dat met https:// begint"}
        return path, f"'{error.instance}' is geen geldige waarde. Verwacht {formats.get(schema.get('format'), schema.get('format'))}."
    if kind == "maxLength":
        return path, (f"de tekst is te lang ({len(error.instance)} tekens, hoogstens "
                      f"{schema['maxLength']}). Maak hem korter.")
    if kind == "minLength":
        return path, "dit veld mag niet leeg zijn."
    if kind == "minItems":
        return path, f"de lijst moet minstens {schema['minItems']} item(s) bevatten."
    if kind == "maxItems":
        return path, f"de lijst mag hoogstens {schema['maxItems']} item(s) bevatten."
    if kind == "uniqueItems":
        return path, "een waarde staat meer dan eens in deze lijst."
    if kind in ("minimum", "maximum"):
        return path, f"{error.instance} ligt buiten het toegelaten bereik.{_expect(hint)}"
    if kind == "dependentRequired":
        # Point at the field that makes the other one necessary: that line is in the file.
        trigger, needs = next((key, needs) for key, needs in schema["dependentRequired"].items()
                              if key in error.instance and any(n not in error.instance for n in needs))
        missing = next(n for n in needs if n not in error.instance)
        return path + (trigger,), (
            f"wie '{trigger}' invult, moet ook '{missing}' invullen."
            f"{_expect(_property_hint(error, missing))}")
    if kind == "const":
        return path, f"verwacht '{schema['const']}'."
    return path, f"deze waarde klopt niet ({kind}).{_expect(hint)}"


def _property_hint(error: ValidationError, name: str) -> str | None:
    properties = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    return properties.get(name, {}).get("description")


def _expect(hint: str | None) -> str:
    return f" Verwacht: {hint}" if hint else ""


def _describe(value: Any) -> str:
    if value is None:
        return "niets"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, (int, float)):
        return f"het getal {value}"
    if isinstance(value, str):
        return f"de tekst '{value[:40]}'"
    if isinstance(value, list):
        return "een lijst"
    return "een blok met velden"
