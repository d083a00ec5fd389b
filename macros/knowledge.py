"""The knowledge base: good practices (data/praktijken/) and regions (data/regios/).

Loaded once per build: every file is read, checked against its schema and against the
reference lists, and then indexed by task, rubric and region for the pages. All problems
of all files are collected before anything is rendered, so nothing half-valid is shown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import safe_markdown
from .reference import DataError, Reference, load_reference
from .schema_check import check
from .yamlfile import Problem, YamlFile, read_yaml

FLANDERS = "vlaanderen"  # the `regio` of a practice that applies everywhere


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


@dataclass
class KnowledgeBase:
    reference: Reference
    domains: dict[str, Choice]
    levels: dict[str, Choice]
    networks: dict[str, Choice]
    practices: dict[str, dict] = field(default_factory=dict)
    regions: dict[str, dict] = field(default_factory=dict)
    region_ids: set[str] = field(default_factory=set)  # every file in data/regios/, valid or not
    by_task: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    by_rubric: dict[int, list[dict]] = field(default_factory=lambda: defaultdict(list))
    by_region: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    contact_points_by_task: dict[str, list[tuple[dict, dict, dict]]] = field(
        default_factory=lambda: defaultdict(list))

    def region_name(self, region_id: str) -> str:
        if region_id == FLANDERS:
            return "Heel Vlaanderen"
        return self.regions[region_id]["naam"]

    def contact(self, reference: str) -> tuple[dict, dict]:
        region_id, contact_id = reference.split("/")
        region = self.regions[region_id]
        return region, next(c for c in region["contacten"] if c["id"] == contact_id)


def load_knowledge_base(data_dir: Path) -> KnowledgeBase:
    reference = load_reference(data_dir)
    problems: list[Problem] = []
    lists = {}
    for name in ("domeinen", "niveaus", "netten"):
        file = read_yaml(data_dir / "referentie" / f"{name}.yml", f"data/referentie/{name}.yml")
        if not file.problems:
            check(file, "lijst")
        problems += file.problems
        lists[name] = {} if file.problems else {i["id"]: Choice(i["id"], i["naam"]) for i in file.data}
    if problems:
        raise DataError(problems)
    kb = KnowledgeBase(reference, lists["domeinen"], lists["niveaus"], lists["netten"])

    region_files = _read_folder(data_dir / "regios", "regio")
    practice_files = _read_folder(data_dir / "praktijken", "praktijk")
    # A region whose own file has problems is still a known region: its practices should
    # not get a second, misleading error on top of the real one.
    kb.region_ids = {f.path.stem for f in region_files}
    for file in region_files:
        if not file.problems:
            _check_region(file, kb)
            kb.regions.setdefault(file.data["id"], file.data)
    for file in practice_files:
        if not file.problems:
            _check_practice(file, kb)
            kb.practices.setdefault(file.data["id"], file.data)
    problems = [p for f in region_files + practice_files for p in f.problems]
    if problems:
        raise DataError(problems)
    _index(kb)
    return kb


def _read_folder(folder: Path, schema: str) -> list[YamlFile]:
    files = []
    if not folder.exists():
        return files
    for path in sorted(folder.iterdir()):
        display = f"data/{folder.name}/{path.name}"
        if path.name.startswith(".") or path.name.lower() == "readme.md":
            continue
        if path.suffix != ".yml":
            files.append(YamlFile(path, display, problems=[Problem(
                display, None, "", "alleen bestanden met de extensie .yml horen in deze map "
                                   f"(hernoem het naar {path.stem}.yml).")]))
            continue
        file = read_yaml(path, display)
        if not file.problems:
            if not isinstance(file.data, dict):
                file.problem((), "het bestand moet velden bevatten (naam: waarde), geen lijst of losse tekst.")
            else:
                check(file, schema)
        if not file.problems and file.data.get("id") != path.stem:
            file.problem(("id",), f"de id '{file.data.get('id')}' moet gelijk zijn aan de "
                                  f"bestandsnaam zonder .yml ('{path.stem}'). Pas de id of de "
                                  "bestandsnaam aan.")
        files.append(file)
    return files


def _choose(file: YamlFile, path: tuple, value: object, valid: dict, what: str) -> None:
    if value not in valid:
        file.problem(path, f"'{value}' is geen bekende {what}. Kies uit: "
                           f"{', '.join(str(v) for v in valid)}.")


def _check_markdown(file: YamlFile, key: str) -> None:
    text = file.data.get(key)
    if isinstance(text, str):
        for message in safe_markdown.problems_in(text):
            file.problem((key,), message)


def _check_region(file: YamlFile, kb: KnowledgeBase) -> None:
    data = file.data
    if data["id"] == FLANDERS:
        file.problem(("id",), f"'{FLANDERS}' is voorbehouden voor praktijken in heel Vlaanderen.")
    for index, clb in enumerate(data["clbs"]):
        _choose(file, ("clbs", index, "net"), clb["net"], kb.networks, "net")
    contact_ids: set[str] = set()
    for index, contact in enumerate(data["contacten"]):
        if contact["id"] in contact_ids:
            file.problem(("contacten", index, "id"), f"de contact-id '{contact['id']}' komt twee keer voor.")
        contact_ids.add(contact["id"])
        if not any(contact.get(k) for k in ("email", "telefoon", "website")):
            file.problem(("contacten", index), "geef minstens een e-mailadres, telefoonnummer of website.")
    for index, point in enumerate(data.get("aanspreekpunten", [])):
        _choose(file, ("aanspreekpunten", index, "opdracht"), point["opdracht"], kb.reference.tasks, "opdracht")
        if point["contact"] not in contact_ids:
            file.problem(("aanspreekpunten", index, "contact"),
                         f"'{point['contact']}' is geen contact van deze regio. Kies uit: "
                         f"{', '.join(sorted(contact_ids)) or '(nog geen contacten)'}.")
    for key in ("bereikbaarheid", "vakantiepermanentie"):
        _check_markdown(file, key)


def _check_practice(file: YamlFile, kb: KnowledgeBase) -> None:
    data = file.data
    for index, letter in enumerate(data["opdrachten"]):
        _choose(file, ("opdrachten", index), letter, kb.reference.tasks, "opdracht")
    for index, number in enumerate(data["rubrieken"]):
        _choose(file, ("rubrieken", index), number, kb.reference.rubrics, "rubriek")
    for index, domain in enumerate(data["domeinen"]):
        _choose(file, ("domeinen", index), domain, kb.domains, "begeleidingsdomein")
    for index, level in enumerate(data["niveaus"]):
        _choose(file, ("niveaus", index), level, kb.levels, "onderwijsniveau")
    if data["regio"] != FLANDERS and data["regio"] not in kb.region_ids:
        file.problem(("regio",), f"'{data['regio']}' is geen bekende regio. Kies de id van een "
                                 f"bestand in data/regios/ ({', '.join(sorted(kb.region_ids)) or 'nog geen'}) "
                                 f"of '{FLANDERS}'.")
    if "contact" in data:
        region_id, contact_id = data["contact"].split("/")
        region = kb.regions.get(region_id)
        if region_id not in kb.region_ids:
            file.problem(("contact",), f"de regio '{region_id}' in '{data['contact']}' bestaat niet.")
        elif region is not None and not any(c["id"] == contact_id for c in region["contacten"]):
            file.problem(("contact",), f"regio '{region_id}' heeft geen contact '{contact_id}'. Kies uit: "
                                       f"{', '.join(c['id'] for c in region['contacten'])}.")
    if data["herzien"] < data["toegevoegd"]:
        file.problem(("herzien",), "de datum 'herzien' ligt vóór de datum 'toegevoegd'.")
    _check_markdown(file, "beschrijving")


def _index(kb: KnowledgeBase) -> None:
    ordered = sorted(kb.practices.values(), key=lambda p: p["titel"].lower())
    kb.practices = {p["id"]: p for p in ordered}
    for practice in ordered:
        for letter in practice["opdrachten"]:
            kb.by_task[letter].append(practice)
        for number in practice["rubrieken"]:
            kb.by_rubric[number].append(practice)
        kb.by_region[practice["regio"]].append(practice)
    kb.regions = dict(sorted(kb.regions.items(), key=lambda item: item[1]["naam"].lower()))
    for region in kb.regions.values():
        contacts = {c["id"]: c for c in region["contacten"]}
        for point in region.get("aanspreekpunten", []):
            kb.contact_points_by_task[point["opdracht"]].append((region, point, contacts[point["contact"]]))
