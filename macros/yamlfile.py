"""Read one YAML file safely and remember on which line each value stands.

PyYAML alone is not enough for contributors: it keeps the last of two duplicate keys
without a word and forgets line numbers once it has built Python objects. Here the file
is composed into nodes first (C loader where available, for speed) and built into plain
values in one walk that also records lines, refuses duplicate keys and refuses anchors
and aliases (`&` and `*`: no contributor needs them, and they let a small file expand
into a huge or endless structure). Scalars that are not plain text go through PyYAML's
safe constructor, so numbers, booleans, dates and refused tags behave as with
`yaml.safe_load`.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml is several times faster; the pure-Python loader gives the same result.
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

Path_ = tuple  # a path into the data: keys and list indexes, e.g. ("vragen", 2, "id")


@dataclass
class Problem:
    """One thing wrong with a data file, told in Dutch for the contributor."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        veld = f" veld '{self.field}':" if self.field else ""
        return f"{where}:{veld} {self.message}"


@dataclass
class YamlFile:
    path: Path
    display_name: str
    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: Path_) -> int | None:
        """Line of the value at `path`, or of its nearest parent that has one."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path)

    def problem(self, path: Path_, message: str) -> None:
        self.problems.append(
            Problem(self.display_name, self.line_of(path), field_name(path), message)
        )


def field_name(path: Path_) -> str:
    """('vragen', 2, 'id') -> 'vragen[3].id' (counting from 1, as people do)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text


# A data file of ours is a few kB; these bounds keep a hostile one from costing the build
# memory or crashing the YAML composer (libyaml recurses per level: 100,000 nested
# brackets end the process). Nothing we publish nests deeper than 4 levels.
MAX_BYTES = 200_000
MAX_DEPTH = 20
# Characters nobody types on purpose in a title or a description: control characters
# (tab and newline excepted) and the bidirectional overrides and isolates, which make a
# text read differently from how it is stored ("Trojan Source").
FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def forbidden_character_message(text: str) -> str | None:
    """Why this text may not be published, in Dutch; None when it has no such character."""
    found = FORBIDDEN_CHARACTERS.search(text)
    if not found:
        return None
    character = found.group(0)
    name = unicodedata.name(character, "stuurteken")
    return (f"de tekst bevat een onzichtbaar stuurteken (U+{ord(character):04X} {name}) op "
            f"positie {found.start() + 1}. Zo'n teken kan tekst onleesbaar maken of anders doen "
            "lezen dan hij bewaard is. Verwijder het, of typ de tekst opnieuw.")


_PLAIN_VALUES = ("Gebruik gewone tekst, getallen, datums, lijsten en velden, zonder tags die "
                 "met ! beginnen.")


def read_yaml(path: Path, display_name: str | None = None) -> YamlFile:
    result = YamlFile(path=path, display_name=display_name or str(path))
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        result.problems.append(Problem(
            result.display_name, None, "",
            f"het bestand is te groot ({-(-len(raw) // 1000)} kB; hoogstens {MAX_BYTES // 1000} kB). "
            "Een praktijk of regio past ruim in een paar kB."))
        return result
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        result.problems.append(
            Problem(result.display_name, line, "",
                    "het bestand is niet in UTF-8 opgeslagen. Bewaar het opnieuw als UTF-8 "
                    "(in de meeste editors: 'Opslaan als' en dan codering UTF-8).")
        )
        return result
    if _may_nest_deeper_than(text, 1000) and _nesting_depth(text) > MAX_DEPTH:
        result.problems.append(Problem(result.display_name, None, "", _TOO_DEEP))
        return result
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            result.problems.append(Problem(result.display_name, 1, "", "het bestand is leeg."))
            return result
        data = _Builder(loader, result).value(node, ())
        if not result.problems:
            result.data = data
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        if isinstance(error, yaml.constructor.ConstructorError):
            message = f"de tag {_tag_in(error)} is niet toegelaten. {_PLAIN_VALUES}"
        else:
            message = ("dit is geen geldige YAML: "
                       f"{_dutch_yaml_problem(error.problem or '')}. Kijk op deze regel naar "
                       "de inspringing, een ontbrekende dubbele punt of aanhalingstekens.")
        result.problems.append(Problem(result.display_name, line, "", message))
    except yaml.reader.ReaderError as error:  # a control character in the file itself
        line = text[:error.position].count("\n") + 1 if isinstance(error.position, int) else None
        character = error.character if isinstance(error.character, int) else 0
        result.problems.append(Problem(
            result.display_name, line, "",
            f"het bestand bevat een onzichtbaar stuurteken (U+{character:04X}). Verwijder het; "
            "typ de tekst op die regel zo nodig opnieuw."))
    except yaml.YAMLError as error:
        result.problems.append(
            Problem(result.display_name, None, "", f"dit is geen geldige YAML ({error}).")
        )
    except RecursionError:  # only without libyaml: the pure-Python composer recurses
        result.problems.append(Problem(result.display_name, None, "", _TOO_DEEP))
    finally:
        loader.dispose()
    return result


_TOO_DEEP = (f"de gegevens zijn te diep genest (meer dan {MAX_DEPTH} niveaus lijsten in lijsten "
             "of blokken in blokken). Gebruik de vorm van het sjabloon in templates/.")


def _may_nest_deeper_than(text: str, depth: int) -> bool:
    """Cheap bound: every level of nesting needs one of these characters."""
    return sum(text.count(mark) for mark in "[{-:?") > depth


_BRACKETS = re.compile(r"[^\[\]{}]+")


def _bracket_depth(text: str) -> int:
    """How deep [ ] and { } nest, counted on the text (quotes ignored: an overestimate
    only for a file full of unbalanced brackets in its texts)."""
    depth = deepest = 0
    for mark in _BRACKETS.sub("", text):
        depth += 1 if mark in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _nesting_depth(text: str) -> int:
    """How deep the collections nest. Flow brackets are counted on the text, since
    libyaml takes time quadratic in their depth; block nesting from the parser's events,
    which come flat, so safely at any depth."""
    brackets = _bracket_depth(text)
    if brackets > MAX_DEPTH:
        return brackets
    loader = SafeLoader(text)
    depth = deepest = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                deepest = max(deepest, depth)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        pass  # the real read reports the error with its line
    finally:
        loader.dispose()
    return deepest


_YAML_TAG = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ = _YAML_TAG + "str", _YAML_TAG + "map", _YAML_TAG + "seq"
# What plain YAML resolves by itself; a tag for anything else (!!set, !!binary,
# !!python/..., !eigen) is refused rather than handed to a constructor.
_SCALARS = {_STR} | {_YAML_TAG + name for name in ("int", "float", "bool", "null", "timestamp")}


class _Builder:
    """Nodes to plain values: dicts, lists, text, numbers, booleans, None; dates become
    ISO text, so the schema sees what the contributor typed."""

    def __init__(self, loader: Any, result: YamlFile):
        self.loader = loader
        self.result = result
        self.seen: set[int] = set()

    def value(self, node: yaml.Node, path: Path_) -> Any:
        result = self.result
        if id(node) in self.seen:
            # The composer hands out an alias as the anchor's own node, whose line is the
            # anchor's: point at the field or list that holds the alias instead.
            result.problems.append(Problem(
                result.display_name, result.line_of(path), field_name(path),
                "ankers en verwijzingen (& en *) zijn niet toegelaten. Schrijf de waarde "
                "gewoon uit."))
            return None
        self.seen.add(id(node))
        result.lines[path] = node.start_mark.line + 1
        if len(path) > MAX_DEPTH:
            result.problems.append(Problem(result.display_name, node.start_mark.line + 1,
                                           field_name(path[:MAX_DEPTH]), _TOO_DEEP))
            return None
        if node.tag == _STR:
            message = forbidden_character_message(node.value)
            if message:
                result.problems.append(Problem(result.display_name, node.start_mark.line + 1,
                                               field_name(path), message))
            return node.value
        if isinstance(node, yaml.ScalarNode) and node.tag in _SCALARS:
            try:
                constructed = self.loader.construct_object(node)
            except ValueError:  # looks like a date but is none, such as 2026-13-01:
                return node.value  # the schema says what a date should look like
            if isinstance(constructed, (datetime.date, datetime.datetime)):
                return constructed.isoformat()
            return constructed
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            return [self.value(item, path + (index,)) for index, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
            return self.mapping(node, path)
        shown = node.tag.replace(_YAML_TAG, "!!")
        result.problems.append(Problem(
            result.display_name, node.start_mark.line + 1, field_name(path),
            f"de tag '{shown}' is niet toegelaten. {_PLAIN_VALUES}"))
        return None

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict:
        result = self.result
        built: dict[Any, Any] = {}
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (
                    _STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool"):
                # A list or block as a field name, or a merge key (<<): not ours to use.
                result.problems.append(Problem(
                    result.display_name, key_line, field_name(path),
                    "een veldnaam moet gewone tekst zijn."))
                continue
            key = self.loader.construct_object(key_node) if key_node.tag != _STR else key_node.value
            if key in seen:
                result.problems.append(Problem(
                    result.display_name, key_line, field_name(path + (key,)),
                    f"dit veld staat twee keer in hetzelfde blok (eerst op regel {seen[key]}). "
                    "Houd er één over.",
                ))
                continue
            seen[key] = key_line
            result.lines[path + (key,)] = key_line
            built[key] = self.value(value_node, path + (key,))
            # An error on a field points at the line with its name, not its value.
            result.lines[path + (key,)] = key_line
        return built


def _tag_in(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or ""
    start = problem.find("'!")
    if start >= 0:
        return problem[start: problem.find("'", start + 1) + 1]
    return "in dit bestand"


def _dutch_yaml_problem(problem: str) -> str:
    known = {
        "mapping values are not allowed": "er staat een dubbele punt waar YAML er geen verwacht",
        "could not find expected ':'": "er ontbreekt een dubbele punt na een veldnaam",
        "found character '\\t' that cannot start any token": "er staat een tab; gebruik spaties om in te springen",
        "expected <block end>, but found '-'": "een lijstitem ('-') staat niet goed ingesprongen",
        "did not find expected ',' or ']'": "een lijst tussen [ ] is niet goed gesloten",
        "did not find expected ',' or '}'": "een blok tussen { } is niet goed gesloten",
        "found unexpected end of stream": "het bestand stopt midden in een waarde (ontbreekt er een aanhalingsteken?)",
    }
    for english, dutch in known.items():
        if problem.startswith(english):
            return dutch
    return f"de lezer meldt '{problem}'"
