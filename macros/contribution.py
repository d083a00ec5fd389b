"""A submitted issue form becomes a data file: `make bijdrage BODY=<file>`, or
`python -m macros.contribution <body> [--issue N]`.

The body is read as GitHub writes a submitted form (`### Label`, the value, `_No
response_` for an empty field, `- [X]` for a ticked box, CRLF or LF), and as editors save
it: a byte-order mark, zero-width characters, NULs and blank lines around the whole text or
around a value are ignored (`normalise_body`), and a file saved as UTF-16 is read. The file is built,
checked with exactly the checks of `make check-data` (in a copy of data/ with the new
file in it), and written to data/praktijken/<id>.yml or data/regios/<id>.yml only when
everything is valid. Otherwise nothing is written, every problem is printed at once
naming the form field by its label, and the exit code is 1. Never a traceback.

The id comes from the title (or the region's name), made unique against the ids that
exist. With --issue, the file carries a comment naming the issue, so an edited issue
rewrites the same file, even when its title changed.
"""

from __future__ import annotations

import argparse
import codecs
import datetime
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import forms
from .forms import Form
from .knowledge import FLANDERS, KnowledgeBase, load_knowledge_base
from .new_practice import slug
from .paths import DATA_DIR, PROJECT_ROOT
from .reference import DataError
from .yamlfile import field_name, forbidden_character_message

FOLDERS = {"praktijk": "praktijken", "regio": "regios"}
MARKDOWN_FIELDS = {"beschrijving", "bereikbaarheid", "vakantiepermanentie"}
MAX_BODY = 100_000  # characters; GitHub itself stops an issue body at 65,536


@dataclass
class Outcome:
    kind: str | None = None
    path: Path | None = None  # the file written, when valid
    data: dict | None = None  # the data as it was checked
    problems: list[str] = field(default_factory=list)  # "Label: message"

    def add(self, label: str, message: str) -> None:
        self.problems.append(f"{label}: {message}" if label else message)


# --- reading the body -------------------------------------------------------------------

# What editors, browsers and clipboards leave around a text without anyone seeing it: a
# byte-order mark (U+FEFF), zero-width spaces, non-joiners and joiners (U+200B-U+200D),
# the direction marks LRM and RLM (U+200E, U+200F), a word joiner (U+2060) and, at the end
# of a padded or cut-off file, NULs.
INVISIBLE = "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060\x00"
_INVISIBLE_EDGES = re.compile(rf"^[\s{INVISIBLE}]+|[\s{INVISIBLE}]+$")


def normalise_body(body: str) -> str:
    """The body with LF line ends and without what is invisible at its start and end, so
    that its first heading starts the text and the first field is read like the others."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE_EDGES.sub("", text)


def detect_kind(body: str) -> str | None:
    for kind, label in (("regio", "Werkgebied"), ("praktijk", "Samenvatting")):
        if re.search(rf"^###\s+{label}\s*$", body, re.M):
            return kind
    return None


def sections(body: str, form: Form, outcome: Outcome) -> dict[str, str]:
    """Each field's raw value, found under its label in form order."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    found: list[tuple[str, int, int]] = []  # field id, start of heading, start of value
    position = 0
    for item in form.fields:
        match = re.compile(rf"^###[ \t]+{re.escape(item.label)}[ \t]*$", re.M).search(text, position)
        if match:
            found.append((item.id, match.start(), match.end()))
            position = match.end()
    if len(found) < len(form.fields) / 2:
        outcome.add("", f"dit is niet het formulier '{form.name}': de meeste velden ontbreken. "
                        "Maak een nieuw issue met het juiste formulier.")
        return {}
    values = {}
    for index, (field_id, _, start) in enumerate(found):
        end = found[index + 1][1] if index + 1 < len(found) else len(text)
        value = text[start:end].strip(INVISIBLE).strip("\n").strip(INVISIBLE)
        values[field_id] = "" if value.strip() in ("", forms.NO_RESPONSE) else value
    for item in form.fields:
        if item.id not in values:
            outcome.add(item.label, "dit veld ontbreekt in het issue. Vul het formulier opnieuw in.")
    return values


def ticked(value: str) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(r"^\s*- \[[xX]\]\s+(.*)$", value, re.M)]


def lines(value: str) -> list[tuple[int, str]]:
    """The filled-in lines, numbered as the contributor counts them (empty ones skipped)."""
    return list(enumerate((line.strip() for line in value.split("\n") if line.strip()), start=1))


def parts(line: str, count: int) -> list[str]:
    pieces = [piece.strip() for piece in line.split(forms.SEPARATOR)]
    return pieces + [""] * (count - len(pieces))


def clean_text(value: str, markdown: bool) -> str:
    """Single-line fields lose stray spaces; Markdown keeps its lines, without the
    trailing spaces of empty ones."""
    if not markdown:
        return " ".join(value.split())
    kept = "\n".join(line.rstrip() if not line.strip() else line
                     for line in value.strip().split("\n"))
    # Several lines become a block (|), which ends in a newline; one line stays one line.
    return kept + "\n" if "\n" in kept else kept


# --- building the data ------------------------------------------------------------------

def _shown(value: str, limit: int = 80) -> str:
    """A value quoted in a message: on one line and short, whatever was typed."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[:limit] + "…"


def _choices(form: Form, field_id: str, value: str, mapping: dict[str, object],
             outcome: Outcome) -> list:
    chosen = []
    for label in ticked(value):
        if label in mapping:
            chosen.append(mapping[label])
        else:
            outcome.add(form.field(field_id).label, f"'{_shown(label)}' is geen keuze van dit formulier.")
    return chosen


def _required(form: Form, values: dict[str, str], outcome: Outcome) -> None:
    for item in form.fields:
        if item.required and item.id in values:
            empty = not ticked(values[item.id]) if item.kind == "checkboxes" else not values[item.id]
            if empty:
                outcome.add(item.label, "vink dit aan om verder te gaan." if item.kind == "checkboxes"
                            else "vul dit veld in.")


def practice_data(form: Form, values: dict[str, str], kb: KnowledgeBase,
                  outcome: Outcome) -> dict:
    ref = kb.reference
    data: dict = {}
    for key in ("titel", "samenvatting", "beschrijving"):
        if values.get(key):
            data[key] = clean_text(values[key], key in MARKDOWN_FIELDS)
    data["opdrachten"] = _choices(form, "opdrachten", values.get("opdrachten", ""), {
        forms.task_option(t.letter, t.title): t.letter for t in ref.tasks.values()}, outcome)
    data["rubrieken"] = _choices(form, "rubrieken", values.get("rubrieken", ""), {
        forms.rubric_option(r.number, r.short_title): r.number for r in ref.rubrics.values()},
        outcome)
    if not data["opdrachten"] and not data["rubrieken"]:
        outcome.add("Opdrachten van artikel 16", "kies minstens een opdracht, of hieronder een "
                                                 "rubriek van de leidraad.")
    data["domeinen"] = _choices(form, "domeinen", values.get("domeinen", ""),
                                {d.name: d.id for d in kb.domains.values()}, outcome)
    data["niveaus"] = _choices(form, "niveaus", values.get("niveaus", ""),
                               {n.name: n.id for n in kb.levels.values()}, outcome)
    region = values.get("regio", "")
    if region == forms.NEW_REGION_OPTION:
        outcome.add("Regio", "je regio staat nog niet in de kennisbank. Voeg ze eerst toe met het "
                             "formulier Regio, of kies Heel Vlaanderen.")
    elif region:
        region_id = forms.region_choice(kb, region)
        if region_id is None:
            outcome.add("Regio", f"'{_shown(region)}' is geen keuze van dit formulier.")
        else:
            data["regio"] = region_id
    partners = [line for _, line in lines(values.get("partners", ""))]
    if partners:
        data["partners"] = partners
    contact = values.get("contact", "")
    if contact and contact != forms.NO_CONTACT_OPTION:
        match = next((f"{r.id}/{c.id}" for r in kb.regions.values() for c in r.contacts
                      if forms.contact_option(r.name, c.function, c.organisation) == contact), None)
        if match is None:
            outcome.add("Contact", f"'{_shown(contact)}' is geen keuze van dit formulier.")
        else:
            data["contact"] = match
    links = []
    for number, line in lines(values.get("links", "")):
        title, url = parts(line, 2)[:2]
        if forms.SEPARATOR not in line or not title or not url:
            outcome.add("Links", f"regel {number}: schrijf de titel, dan {forms.SEPARATOR}, dan het "
                                 "adres (https://...).")
        else:
            links.append({"titel": title, "url": url})
    if links:
        data["links"] = links
    if values.get("bron"):
        data["bron"] = clean_text(values["bron"], False)
    return data


def region_data(form: Form, values: dict[str, str], kb: KnowledgeBase, outcome: Outcome) -> dict:
    data: dict = {}
    for key in ("naam", "werkgebied"):
        if values.get(key):
            data[key] = clean_text(values[key], False)
    # An id, the full name or its first word ("GO!") all name a network.
    networks = {alias.lower(): n.id for n in kb.networks.values()
                for alias in (n.id, n.name, n.name.split()[0])}
    data["clbs"] = []
    for number, line in lines(values.get("clbs", "")):
        name, network, website = parts(line, 3)[:3]
        clb = {"naam": name, "net": networks.get(network.lower(), network)}
        if website:
            clb["website"] = website
        if network.lower() not in networks:
            outcome.add("CLB's in de regio", f"regel {number}: '{_shown(network)}' is geen net. Kies uit: "
                                              f"{', '.join(n.id for n in kb.networks.values())}.")
        data["clbs"].append(clb)
    data["contacten"] = []
    keys = ("id", "functie", "organisatie", "email", "telefoon", "website", "naam", "toestemming")
    for _, line in lines(values.get("contacten", "")):
        contact = {key: value for key, value in zip(keys, parts(line, len(keys))) if value}
        data["contacten"].append(contact)
    points = []
    for _, line in lines(values.get("aanspreekpunten", "")):
        task, subject, contact = parts(line, 3)[:3]
        points.append({"opdracht": task.lower().rstrip(")"), "onderwerp": subject, "contact": contact})
    if points:
        data["aanspreekpunten"] = points
    for key in ("bereikbaarheid", "vakantiepermanentie"):
        if values.get(key):
            data[key] = clean_text(values[key], True)
    return data


def _texts(value, path: tuple = ()):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, path + (index,))


# --- the file ----------------------------------------------------------------------------

ISSUE_MARK = "# Bijdrage via het formulier in issue #{}."
ORDER = {"praktijk": ("id", "titel", "samenvatting", "beschrijving", "opdrachten", "rubrieken",
                      "domeinen", "niveaus", "regio", "partners", "contact", "links", "bron",
                      "toegevoegd", "herzien"),
         "regio": ("id", "naam", "werkgebied", "clbs", "contacten", "aanspreekpunten",
                   "bereikbaarheid", "vakantiepermanentie", "herzien")}


# Ids, letters, references and dates read best unquoted, and YAML reads them as written.
_PLAIN = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?|\d{4}-\d{2}-\d{2}")
_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null"}


def _scalar(value) -> str:
    if isinstance(value, int):
        return str(value)
    if _PLAIN.fullmatch(value) and value not in _YAML_WORDS:
        return value
    # JSON is valid YAML: a double-quoted string holds any other text safely.
    return json.dumps(value, ensure_ascii=False)


def _item(value, indent: str) -> str:
    if isinstance(value, dict):
        inner = indent + "  "
        return "\n".join((f"{indent}- " if i == 0 else inner) + f"{k}: {_scalar(v)}"
                         for i, (k, v) in enumerate(value.items()))
    return f"{indent}- {_scalar(value)}"


def to_yaml(kind: str, data: dict, issue: int | None) -> str:
    out = [f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json"]
    if issue is not None:
        out.append(ISSUE_MARK.format(issue))
    for key in ORDER[kind]:
        if key not in data:
            continue
        value = data[key]
        if key in MARKDOWN_FIELDS and isinstance(value, str) and "\n" in value:
            body = "\n".join(f"  {line}" if line else "" for line in value.rstrip("\n").split("\n"))
            out.append(f"{key}: |\n{body}")
        elif isinstance(value, list) and all(isinstance(v, (int, str)) for v in value) \
                and key in ("opdrachten", "rubrieken", "domeinen", "niveaus"):
            out.append(f"{key}: [{', '.join(_scalar(v) for v in value)}]")
        elif isinstance(value, list):
            out.append(f"{key}:" + ("\n" + "\n".join(_item(v, "  ") for v in value) if value else " []"))
        else:
            out.append(f"{key}: {_scalar(value)}")
    return "\n".join(out) + "\n"


def existing_file(folder: Path, issue: int | None) -> Path | None:
    """The file an earlier run made for this issue, found by its comment."""
    if issue is None or not folder.exists():
        return None
    mark = ISSUE_MARK.format(issue)
    for path in sorted(folder.glob("*.yml")):
        with path.open(encoding="utf-8", errors="replace") as handle:
            if any(line.rstrip("\n") == mark for _, line in zip(range(3), handle)):
                return path
    return None


def unique_id(base: str, folder: Path) -> str:
    candidate, number = base, 2
    while (folder / f"{candidate}.yml").exists():
        candidate, number = f"{base}-{number}", number + 1
    return candidate


# --- checking -----------------------------------------------------------------------------

def _label_of(form: Form, kind: str, problem_field: str) -> str:
    """A data file's field ('links[2].url') as the form calls it ('Links, regel 2')."""
    key = re.split(r"[.\[]", problem_field, maxsplit=1)[0]
    if key == "id":
        key = "titel" if kind == "praktijk" else "naam"
    item = next((f for f in form.fields if f.id == key), None)
    if item is None:
        return ""
    line = re.match(r"[^\[]*\[(\d+)\]", problem_field)
    if line and item.kind == "textarea":
        return f"{item.label}, regel {line.group(1)}"
    return item.label


def check(kind: str, form: Form, data: dict, text: str, data_dir: Path,
          outcome: Outcome) -> None:
    """The checks of `make check-data`, on a copy of data/ with this file in it."""
    display = f"data/{FOLDERS[kind]}/{data['id']}.yml"
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns(".*"))
        target = copy / FOLDERS[kind] / f"{data['id']}.yml"
        target.write_text(text, encoding="utf-8")
        try:
            load_knowledge_base(copy)
        except DataError as error:
            for problem in error.problems:
                if problem.file == display:
                    outcome.add(_label_of(form, kind, problem.field), problem.message)
                else:
                    outcome.add("", f"een ander bestand in data/ heeft een fout (niet jouw "
                                    f"bijdrage; een beheerder lost het op): {problem}")


# --- the whole conversion -------------------------------------------------------------------

def convert(body: str, data_dir: Path = DATA_DIR, issue: int | None = None,
            today: datetime.date | None = None, kind: str | None = None,
            write: bool = True) -> Outcome:
    outcome = Outcome()
    body = normalise_body(body)
    if len(body) > MAX_BODY:
        outcome.add("", f"het issue is te lang ({len(body)} tekens); een bijdrage past ruim in "
                        f"{MAX_BODY // 1000}.000 tekens.")
        return outcome
    kind = kind or detect_kind(body)
    if kind not in FOLDERS:
        outcome.add("", "dit issue komt niet uit het formulier Goede praktijk of Regio. Maak een "
                        "nieuw issue met een van die formulieren.")
        return outcome
    outcome.kind = kind
    try:
        kb = load_knowledge_base(data_dir)
    except DataError as error:
        outcome.add("", f"de gegevens in data/ hebben fouten (niet jouw bijdrage): {error}")
        return outcome
    form = forms.forms_for(kind, kb)
    values = sections(body, form, outcome)
    if not values:
        return outcome
    _required(form, values, outcome)
    build = practice_data if kind == "praktijk" else region_data
    data = build(form, values, kb, outcome)
    for path, text in _texts(data):
        message = forbidden_character_message(text)
        if message:
            outcome.add(_label_of(form, kind, field_name(path)), message)
    folder = data_dir / FOLDERS[kind]
    earlier = existing_file(folder, issue)
    title = data.get("titel" if kind == "praktijk" else "naam", "")
    data["id"] = earlier.stem if earlier else unique_id(slug(title) if title else kind, folder)
    day = (today or datetime.date.today()).isoformat()
    if kind == "praktijk":
        data["toegevoegd"] = _added(earlier) or day
    data["herzien"] = day
    if outcome.problems:
        return outcome  # the checks would only repeat what is already said
    text = to_yaml(kind, data, issue)
    outcome.data = data
    check(kind, form, data, text, data_dir, outcome)
    if not outcome.problems and write:
        path = folder / f"{data['id']}.yml"
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        outcome.path = path
    return outcome


def _added(path: Path | None) -> str | None:
    if path is None:
        return None
    match = re.search(r"^toegevoegd: \"?(\d{4}-\d{2}-\d{2})", path.read_text(encoding="utf-8"), re.M)
    return match.group(1) if match else None


# --- the other way: data as a filled-in form (round trip, previews) ---------------------------

def form_body(kind: str, data: dict, kb: KnowledgeBase) -> str:
    """The issue body GitHub would write for a form filled in with `data`."""
    form = forms.forms_for(kind, kb)
    ref = kb.reference
    selected = {
        "opdrachten": {forms.task_option(t, ref.tasks[t].title) for t in data.get("opdrachten", [])},
        "rubrieken": {forms.rubric_option(r, ref.rubrics[r].short_title)
                      for r in data.get("rubrieken", [])},
        "domeinen": {kb.domains[d].name for d in data.get("domeinen", [])},
        "niveaus": {kb.levels[n].name for n in data.get("niveaus", [])},
        "akkoord": set(form.field("akkoord").options),
    }
    values = {key: value for key, value in data.items() if isinstance(value, str)}
    if kind == "praktijk":
        region = data.get("regio")
        values["regio"] = forms.FLANDERS_OPTION if region == FLANDERS else kb.regions[region].name
        values["partners"] = "\n".join(data.get("partners", []))
        values["links"] = "\n".join(f"{link['titel']} | {link['url']}" for link in data.get("links", []))
        if data.get("contact"):
            region_id, contact_id = data["contact"].split("/")
            owner = kb.regions[region_id]
            contact = owner.contact(contact_id)
            values["contact"] = forms.contact_option(owner.name, contact.function, contact.organisation)
    else:
        values["clbs"] = "\n".join(" | ".join([c["naam"], c["net"], c.get("website", "")]).rstrip(" |")
                                   for c in data.get("clbs", []))
        keys = ("id", "functie", "organisatie", "email", "telefoon", "website", "naam", "toestemming")
        values["contacten"] = "\n".join(" | ".join(str(c.get(k, "")) for k in keys).rstrip(" |")
                                        for c in data.get("contacten", []))
        values["aanspreekpunten"] = "\n".join(f"{p['opdracht']} | {p['onderwerp']} | {p['contact']}"
                                              for p in data.get("aanspreekpunten", []))
    out = []
    for item in form.fields:
        if item.kind == "checkboxes":
            value = "\n".join(f"- [{'X' if option in selected.get(item.id, ()) else ' '}] {option}"
                              for option in item.options)
        else:
            value = values.get(item.id, "").strip("\n") or forms.NO_RESPONSE
        out.append(f"### {item.label}\n\n{value}")
    return "\n\n".join(out) + "\n"


# --- command line -----------------------------------------------------------------------------

COMMENT_MARK = "<!-- kennisbank-bijdrage -->"  # how the workflow finds its own comment
MAX_PREVIEW = 40_000  # characters; a comment on GitHub holds at most 65,536


def report(outcome: Outcome) -> str:
    """What the contributor reads: in the terminal, and as the comment on the issue."""
    if outcome.path is not None:
        shown = (outcome.path.relative_to(PROJECT_ROOT) if outcome.path.is_relative_to(PROJECT_ROOT)
                 else outcome.path)
        return (f"In orde: je bijdrage staat klaar in `{shown}`. Een beheerder leest ze na "
                "en publiceert ze; zie je zelf nog iets om aan te passen, pas dan je issue aan.")
    intro = ("Je bijdrage kan nog niet omgezet worden. Pas je issue aan (de drie puntjes, "
             "*Edit*); daarna loopt de controle opnieuw.")
    return intro + "\n\n" + "\n".join(f"- {problem}" for problem in outcome.problems)


# --- what the bot's comment quotes: no one is mentioned ---------------------------------------

# GitHub turns @name into a mention, and a comment that mentions an account notifies it, when
# the @ starts a word: at the start or after anything but an ASCII letter or digit (an e-mail
# address such as nroc@example.org is no mention). Dependabot breaks such a mention with a
# zero-width space after the @ (`@&#8203;name`, LinkAndMentionSanitizer in dependabot-core);
# so do we, with the character itself, which stays invisible in code spans and in the plain
# text of notification e-mails too. The name reads the same and notifies no one.
_MENTION = re.compile(r"(?<![A-Za-z0-9])@(?=[A-Za-z0-9])")
_TAG = re.compile(r"(<[^>]*>)")


def without_mentions(text: str) -> str:
    """Markdown in which no @name can mention anyone."""
    return _MENTION.sub("@\u200b", text)


def without_mentions_in_html(html: str) -> str:
    """The same for HTML whose text is escaped (the preview): only text between tags
    changes, so an address such as mailto:...@... in an attribute stays as it is."""
    return "".join(part if part.startswith("<") else without_mentions(part)
                   for part in _TAG.split(html))


def comment_preview(outcome: Outcome, data_dir: Path) -> str:
    """The contribution as it will read on the site, for the comment on the issue."""
    from .preview import preview

    if outcome.path is None or outcome.kind is None:
        return ""
    shown = f"data/{FOLDERS[outcome.kind]}/{outcome.path.name}"
    text = preview([shown], data_dir, closing="Zo komt je bijdrage op de site. De controle van de "
                                              "pull request bouwt de hele site met je bijdrage erin.")
    if len(text) > MAX_PREVIEW:
        text = ("## Voorbeeld van de bijdrage\n\nHet voorbeeld is te lang voor een reactie. Je vindt "
                "het bij de controle van de pull request.\n")
    return without_mentions_in_html(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Zet een ingevuld formulier om in een gegevensbestand.")
    parser.add_argument("body", help="het bestand met de tekst van het issue")
    parser.add_argument("--issue", type=int, help="het nummer van het issue")
    parser.add_argument("--datum", help="de datum van vandaag, JJJJ-MM-DD (voor tests)")
    parser.add_argument("--gegevens", default=str(DATA_DIR), help="de map data/")
    parser.add_argument("--verslag", help="schrijf het verslag ook naar dit bestand (Markdown, "
                                          "klaar als reactie op het issue)")
    parser.add_argument("--voorbeeld", help="schrijf een voorbeeld van de bijdrage zoals ze op de "
                                            "site komt naar dit bestand (leeg als ze niet in orde is)")
    args = parser.parse_args(argv)
    try:
        body = decode(Path(args.body).read_bytes())
    except OSError:
        print(f"Het bestand {args.body} kan niet gelezen worden. Bestaat het?")
        return 1
    except UnicodeDecodeError as error:
        print(f"Het issue bevat op positie {error.start + 1} iets dat geen tekst is (geen geldige "
              "UTF-8). Bewaar het als UTF-8 of kopieer de tekst opnieuw.")
        return 1
    today = datetime.date.fromisoformat(args.datum) if args.datum else None
    outcome = convert(body, Path(args.gegevens), args.issue, today)
    text = report(outcome)
    print(text)
    if args.verslag:
        Path(args.verslag).write_text(f"{COMMENT_MARK}\n{without_mentions(text)}\n", encoding="utf-8")
    if args.voorbeeld:
        Path(args.voorbeeld).write_text(comment_preview(outcome, Path(args.gegevens)), encoding="utf-8")
    return 0 if outcome.path is not None else 1


def decode(raw: bytes) -> str:
    """UTF-8, with or without a byte-order mark; or UTF-16, which Windows editors save
    as "Unicode", when it starts with its byte-order mark."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    return raw.decode("utf-8")


if __name__ == "__main__":
    sys.exit(main())
