"""The knowledge base: good practices (data/praktijken/) and regions (data/regios/).

Loaded once per build: every file is read, checked against its schema and against the
reference lists, and then indexed by task, rubric and region for the pages. All problems
of all files are collected before anything is rendered, so nothing half-valid is shown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import safe_markdown
from .models import Contact, ContactPoint, Practice, Region
from .paths import TEMPLATE_DIR
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
    # Only what passed every check; practices by title, regions by name. The indexes
    # below are computed once, at load (_index), and never written to afterwards.
    practices: dict[str, Practice] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    region_ids: set[str] = field(default_factory=set)  # every file in data/regios/, valid or not
    latest_revision: str = "2026-01-01"  # newest `herzien` of any practice
    # How many practices each catalogue filter value matches.
    filter_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    by_task: dict[str, list[Practice]] = field(default_factory=lambda: defaultdict(list))
    by_rubric: dict[int, list[Practice]] = field(default_factory=lambda: defaultdict(list))
    by_region: dict[str, list[Practice]] = field(default_factory=lambda: defaultdict(list))
    contact_points_by_task: dict[str, list[tuple[Region, ContactPoint]]] = field(
        default_factory=lambda: defaultdict(list))

    def region_name(self, region_id: str) -> str:
        if region_id == FLANDERS:
            return "Heel Vlaanderen"
        return self.regions[region_id].name

    def contact(self, reference: str) -> tuple[Region, Contact]:
        """The region and contact of a practice's `contact` ("<region>/<contact id>")."""
        region_id, contact_id = reference.split("/")
        region = self.regions[region_id]
        return region, region.contact(contact_id)


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
    # Cross-references are checked even in a file with schema errors, so a contributor
    # sees every mistake in one run; only a file without any problem is published.
    for file in region_files:
        if isinstance(file.data, dict):
            _check_region(file, kb)
            if not file.problems:
                kb.regions[file.data["id"]] = Region.from_data(file.data)
    for file in practice_files:
        if isinstance(file.data, dict):
            _check_practice(file, kb)
            if not file.problems:
                kb.practices[file.data["id"]] = Practice.from_data(file.data)
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
        if isinstance(file.data, dict) and isinstance(file.data.get("id"), str) \
                and file.data["id"] != path.stem:
            file.problem(("id",), f"de id '{file.data.get('id')}' moet gelijk zijn aan de "
                                  f"bestandsnaam zonder .yml ('{path.stem}'). Pas de id of de "
                                  "bestandsnaam aan.")
        files.append(file)
    return files


def _items(data: dict, key: str) -> list:
    """The list under `key`, or nothing if it is missing or not a list (the schema says so)."""
    value = data.get(key)
    return value if isinstance(value, list) else []


def _dicts(data: dict, key: str) -> list[tuple[int, dict]]:
    return [(i, item) for i, item in enumerate(_items(data, key)) if isinstance(item, dict)]


def _choose(file: YamlFile, path: tuple, value: object, valid: dict, what: str) -> None:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return  # a wrong type is already reported by the schema
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
    if data.get("id") == FLANDERS:
        file.problem(("id",), f"'{FLANDERS}' is voorbehouden voor praktijken in heel Vlaanderen.")
    for index, clb in _dicts(data, "clbs"):
        _choose(file, ("clbs", index, "net"), clb.get("net"), kb.networks, "net")
    contact_ids: set[str] = set()
    for index, contact in _dicts(data, "contacten"):
        if contact.get("id") in contact_ids:
            file.problem(("contacten", index, "id"), f"de contact-id '{contact['id']}' komt twee keer voor.")
        contact_ids.add(contact.get("id"))
        if not any(contact.get(k) for k in ("email", "telefoon", "website")):
            file.problem(("contacten", index), "geef minstens een e-mailadres, telefoonnummer of website.")
    for index, point in _dicts(data, "aanspreekpunten"):
        _choose(file, ("aanspreekpunten", index, "opdracht"), point.get("opdracht"), kb.reference.tasks, "opdracht")
        if "contact" in point and point["contact"] not in contact_ids:
            file.problem(("aanspreekpunten", index, "contact"),
                         f"'{point['contact']}' is geen contact van deze regio. Kies uit: "
                         f"{', '.join(sorted(str(c) for c in contact_ids)) or '(nog geen contacten)'}.")
    for key in ("bereikbaarheid", "vakantiepermanentie"):
        _check_markdown(file, key)


TEMPLATE = TEMPLATE_DIR / "praktijk.yml"


@lru_cache(maxsize=1)
def _template_placeholders() -> dict[str, str]:
    """The example texts of the template, which must never be published as they are."""
    template = read_yaml(TEMPLATE).data or {}
    return {key: template[key] for key in ("titel", "samenvatting", "beschrijving")
            if isinstance(template.get(key), str)}


def _check_practice(file: YamlFile, kb: KnowledgeBase) -> None:
    data = file.data
    for key, placeholder in _template_placeholders().items():
        if isinstance(data.get(key), str) and data[key].strip() == placeholder.strip():
            file.problem((key,), "hier staat nog de voorbeeldtekst uit het sjabloon. "
                                 "Vervang ze door je eigen tekst.")
    for key, valid, what in (("opdrachten", kb.reference.tasks, "opdracht"),
                             ("rubrieken", kb.reference.rubrics, "rubriek"),
                             ("domeinen", kb.domains, "begeleidingsdomein"),
                             ("niveaus", kb.levels, "onderwijsniveau")):
        for index, value in enumerate(_items(data, key)):
            # Letters and numbers out of range already fail the schema's pattern.
            if key in ("opdrachten", "rubrieken") and value not in valid and file.problems:
                continue
            _choose(file, (key, index), value, valid, what)
    region = data.get("regio")
    if isinstance(region, str) and region != FLANDERS and region not in kb.region_ids:
        file.problem(("regio",), f"'{region}' is geen bekende regio. Kies de id van een "
                                 f"bestand in data/regios/ ({', '.join(sorted(kb.region_ids)) or 'nog geen'}) "
                                 f"of '{FLANDERS}'.")
    contact = data.get("contact")
    if isinstance(contact, str) and contact.count("/") == 1:
        region_id, contact_id = contact.split("/")
        known = kb.regions.get(region_id)
        if region_id not in kb.region_ids:
            file.problem(("contact",), f"de regio '{region_id}' in '{contact}' bestaat niet.")
        elif known is not None and known.contact(contact_id) is None:
            file.problem(("contact",), f"regio '{region_id}' heeft geen contact '{contact_id}'. Kies uit: "
                                       f"{', '.join(c.id for c in known.contacts)}.")
    added, revised = data.get("toegevoegd"), data.get("herzien")
    if isinstance(added, str) and isinstance(revised, str) and revised < added:
        file.problem(("herzien",), "de datum 'herzien' ligt vóór de datum 'toegevoegd'.")
    _check_markdown(file, "beschrijving")


def filter_values(practice: Practice) -> dict[str, str]:
    """What each catalogue filter matches on, as space-separated values."""
    return {
        "opdracht": " ".join(practice.tasks),
        "rubriek": " ".join(str(r) for r in practice.rubrics),
        "regio": practice.region,
        "domein": " ".join(practice.domains),
        "niveau": " ".join(practice.levels),
    }


def _index(kb: KnowledgeBase) -> None:
    ordered = sorted(kb.practices.values(), key=lambda p: p.title.lower())
    kb.practices = {p.id: p for p in ordered}
    if ordered:
        kb.latest_revision = max(p.reviewed for p in ordered)
    for practice in ordered:
        for letter in practice.tasks:
            kb.by_task[letter].append(practice)
        for number in practice.rubrics:
            kb.by_rubric[number].append(practice)
        kb.by_region[practice.region].append(practice)
        for key, values in filter_values(practice).items():
            counts = kb.filter_counts.setdefault(key, {})
            for value in values.split():
                counts[value] = counts.get(value, 0) + 1
    kb.regions = dict(sorted(kb.regions.items(), key=lambda item: item[1].name.lower()))
    for region in kb.regions.values():
        for point in region.contact_points:
            kb.contact_points_by_task[point.task].append((region, point))
