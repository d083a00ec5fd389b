"""The issue forms through which people contribute without Git or YAML, defined once
from the schemas and the reference lists.

`python -m macros.forms` (make formulieren) writes them to .github/ISSUE_TEMPLATE/; a
test fails when a committed form differs from what this module makes, so a new region,
task or level reaches the forms by the same command. The converter
(macros/contribution.py) reads a submitted form with the same definitions.

Nested region data gets one line per item with its parts separated by " | " in a fixed
order, explained in each field's help text: a CLB staff member types lines, not YAML.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from .knowledge import FLANDERS, KnowledgeBase, load_knowledge_base
from .paths import DATA_DIR, PROJECT_ROOT, SCHEMA_DIR

FORM_DIR = PROJECT_ROOT / ".github" / "ISSUE_TEMPLATE"
SEPARATOR = "|"
NO_RESPONSE = "_No response_"  # what GitHub writes for a field left empty

FLANDERS_OPTION = "Heel Vlaanderen"
NEW_REGION_OPTION = "Mijn regio staat er nog niet in"
NO_CONTACT_OPTION = "Geen contact uit een regio"


@dataclass(frozen=True)
class Field:
    id: str  # the form field's id; for plain fields also the key in the data file
    label: str  # what the contributor sees, and the heading GitHub writes in the issue
    kind: str  # input, textarea, dropdown or checkboxes
    help: str
    required: bool = False
    options: tuple[str, ...] = ()
    placeholder: str = ""


@dataclass(frozen=True)
class Form:
    kind: str  # praktijk, regio or correctie: also the file name
    name: str
    description: str
    title: str
    labels: tuple[str, ...]
    intro: str
    fields: tuple[Field, ...]

    def field(self, field_id: str) -> Field:
        return next(f for f in self.fields if f.id == field_id)


def _schema(name: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


def _limit(schema: dict, key: str) -> str:
    maximum = schema["properties"][key].get("maxLength")
    return f" (hoogstens {maximum} tekens)" if maximum else ""


def task_option(letter: str, title: str) -> str:
    return f"{letter}) {title}"


def rubric_option(number: int, short_title: str) -> str:
    return f"{number}. {short_title}"


def region_options(kb: KnowledgeBase) -> tuple[str, ...]:
    return (FLANDERS_OPTION, *(r.name for r in kb.regions.values()), NEW_REGION_OPTION)


def contact_option(region_name: str, function: str, organisation: str) -> str:
    return f"{region_name}: {function} ({organisation})"


def contact_options(kb: KnowledgeBase) -> tuple[str, ...]:
    return (NO_CONTACT_OPTION, *(contact_option(r.name, c.function, c.organisation)
                                 for r in kb.regions.values() for c in r.contacts))


AFTER_SUBMITTING = (
    "Na het verzenden controleert de kennisbank je antwoorden meteen. Ontbreekt er iets, "
    "dan zegt een reactie onder je issue wat; pas dan je issue aan (de drie puntjes, "
    "*Edit*) en de controle loopt opnieuw. Is alles in orde, dan maakt ze er een pull "
    "request van, met een voorbeeld van hoe het op de site komt. Een beheerder leest het "
    "na en publiceert het.")


def practice_form(kb: KnowledgeBase) -> Form:
    schema = _schema("praktijk")
    ref = kb.reference
    return Form(
        kind="praktijk", name="Goede praktijk",
        description="Deel een goede praktijk met een formulier: geen Git, geen YAML.",
        title="Goede praktijk: ", labels=("bijdrage", "praktijk"),
        intro=("Dank je om te delen wat werkt! " + AFTER_SUBMITTING + "\n\n"
               "Zet nooit gegevens van leerlingen of ouders in dit formulier."),
        fields=(
            Field("titel", "Titel", "input", "Een korte, duidelijke titel" + _limit(schema, "titel")
                  + ". Uit de titel volgt het vaste adres van de praktijk op de site.", True),
            Field("samenvatting", "Samenvatting", "textarea",
                  "Eén of twee zinnen gewone tekst: wat is het en wat levert het op?"
                  + _limit(schema, "samenvatting"), True),
            Field("beschrijving", "Beschrijving", "textarea",
                  "Hoe werkt het, wat is nodig om het over te nemen?" + _limit(schema, "beschrijving")
                  + ". Opmaak mag: **vet**, *schuin*, lijstjes met -, tussenkopjes met ### en "
                  "links als [tekst](https://...). HTML niet.", True),
            Field("opdrachten", "Opdrachten van artikel 16", "checkboxes",
                  "Bij welke opdrachten hoort de praktijk? Kies er een of meer, of kies "
                  "hieronder minstens een rubriek.",
                  options=tuple(task_option(t.letter, t.title) for t in ref.tasks.values())),
            Field("rubrieken", "Rubrieken van de leidraad", "checkboxes",
                  "Bij welke rubrieken van de leidraad samenwerkingsafspraken hoort ze?",
                  options=tuple(rubric_option(r.number, r.short_title)
                                for r in ref.rubrics.values())),
            Field("domeinen", "Begeleidingsdomeinen", "checkboxes",
                  "Over welke begeleidingsdomeinen gaat het?",
                  options=tuple(d.name for d in kb.domains.values())),
            Field("niveaus", "Onderwijsniveaus", "checkboxes",
                  "Voor welke onderwijsniveaus?",
                  options=tuple(n.name for n in kb.levels.values())),
            Field("regio", "Regio", "dropdown",
                  "In welke NROC-regio loopt de praktijk? Staat je regio er nog niet in, voeg "
                  "ze dan eerst toe met het formulier Regio.", True, region_options(kb)),
            Field("partners", "Partners", "textarea",
                  "Organisaties waarmee je samenwerkt, één per regel. Laat leeg als er geen zijn."),
            Field("contact", "Contact", "dropdown",
                  "Een contact uit de gegevens van een regio, voor wie meer wil weten. "
                  "Contacten voeg je toe met het formulier Regio.", options=contact_options(kb)),
            Field("links", "Links", "textarea",
                  f"Webpagina's met meer informatie, één per regel: de titel, dan {SEPARATOR}, "
                  "dan het adres dat met https:// begint. Bijvoorbeeld: "
                  "Folder voor ouders | https://example.org/folder",
                  placeholder="Titel van de pagina | https://example.org/pagina"),
            Field("bron", "Bron", "input",
                  "Waar staat de praktijk beschreven, of wie levert ze aan?"
                  + _limit(schema, "bron"), True),
            Field("akkoord", "Toestemming", "checkboxes", "", True, (
                "De praktijk loopt echt, de tekst is in eigen woorden, en wie met naam "
                "vermeld wordt, gaf daarvoor toestemming.",)),
        ))


def region_form(kb: KnowledgeBase) -> Form:
    schema = _schema("regio")
    networks = ", ".join(n.id for n in kb.networks.values())
    return Form(
        kind="regio", name="Regio",
        description="Voeg de gegevens van je NROC-regio toe of werk ze bij: geen Git, geen YAML.",
        title="Regio: ", labels=("bijdrage", "regio"),
        intro=(AFTER_SUBMITTING + "\n\n"
               "Contacten zijn functies met een functioneel e-mailadres; de naam van een "
               "persoon alleen als die persoon toestemming gaf. De velden met meerdere "
               f"regels vraag je in te vullen met één item per regel, de delen gescheiden "
               f"door {SEPARATOR}, in de volgorde die erbij staat. Een deel dat je niet "
               "invult, laat je leeg tussen twee strepen."),
        fields=(
            Field("naam", "Naam van de regio", "input",
                  "Hoe de regio zich noemt" + _limit(schema, "naam")
                  + ". Uit de naam volgt het vaste adres van de regio op de site.", True),
            Field("werkgebied", "Werkgebied", "textarea",
                  "De gemeenten of het gebied waarvoor de regio werkt" + _limit(schema, "werkgebied")
                  + ".", True),
            Field("clbs", "CLB's in de regio", "textarea",
                  f"Eén CLB per regel: naam {SEPARATOR} net {SEPARATOR} website (mag leeg). "
                  f"Het net is een van: {networks}. Bijvoorbeeld: "
                  "CLB Voorbeeldstad | vrij | https://example.org/", True,
                  placeholder="Naam van het CLB | vrij | https://example.org/"),
            Field("contacten", "Contacten", "textarea",
                  f"Eén contact per regel: korte naam {SEPARATOR} functie {SEPARATOR} organisatie "
                  f"{SEPARATOR} e-mail {SEPARATOR} telefoon {SEPARATOR} website {SEPARATOR} naam "
                  f"van de persoon {SEPARATOR} datum van de toestemming (JJJJ-MM-DD). De korte "
                  "naam is één woord of woorden met koppeltekens, zonder hoofdletters, bv. "
                  "coordinator; aanspreekpunten hieronder en praktijken verwijzen ernaar. Geef "
                  "minstens een e-mailadres, telefoonnummer of website. De naam van een persoon "
                  "en de datum alleen met toestemming. Bijvoorbeeld: "
                  "coordinator | Coördinator NROC | CLB Voorbeeldstad | nroc@example.org", True,
                  placeholder="coordinator | Coördinator NROC | Naam van het CLB | nroc@example.org"),
            Field("aanspreekpunten", "Aanspreekpunten per opdracht", "textarea",
                  f"Eén per regel: opdracht (een letter van a tot i) {SEPARATOR} onderwerp "
                  f"{SEPARATOR} korte naam van een contact hierboven. Bijvoorbeeld: "
                  "g | Bemiddeling | coordinator",
                  placeholder="g | Bemiddeling | coordinator"),
            Field("bereikbaarheid", "Bereikbaarheid en openingsuren", "textarea",
                  "Afspraken over bereikbaarheid en openingsuren (opdracht a)"
                  + _limit(schema, "bereikbaarheid") + ". Opmaak als in Markdown, zonder HTML."),
            Field("vakantiepermanentie", "Permanentie in de vakanties", "textarea",
                  "Welk centrum in welke vakantie de permanentie opneemt (opdracht a)"
                  + _limit(schema, "vakantiepermanentie") + ". Opmaak als in Markdown, zonder HTML."),
            Field("akkoord", "Toestemming", "checkboxes", "", True, (
                "De gegevens kloppen, en wie met naam vermeld wordt, gaf daarvoor toestemming.",)),
        ))


def correction_form() -> Form:
    """'Fout gezien?': the link on every page opens this form with page and address filled in."""
    return Form(
        kind="correctie", name="Fout gezien of voorstel",
        description="Meld een fout of doe een voorstel voor een pagina van de kennisbank.",
        title="Fout gezien: ", labels=("correctie",),
        intro=("Dank je! Zeg wat er niet klopt of beter kan. Zet nooit gegevens van "
               "leerlingen of ouders in dit formulier."),
        fields=(
            Field("pagina", "Pagina", "input", "De titel van de pagina.", True),
            Field("adres", "Adres van de pagina", "input", "Het webadres van de pagina.", True),
            Field("melding", "Wat klopt er niet, of wat stel je voor?", "textarea",
                  "Citeer de zin waarover het gaat en zeg wat er volgens jou moet staan, met "
                  "je bron als je die hebt.", True),
        ))


def github_form(form: Form) -> dict:
    """The form in GitHub's issue-form syntax."""
    body: list[dict] = [{"type": "markdown", "attributes": {"value": form.intro}}]
    for field in form.fields:
        attributes: dict = {"label": field.label}
        if field.help:
            attributes["description"] = field.help
        if field.placeholder:
            attributes["placeholder"] = field.placeholder
        if field.kind == "dropdown":
            attributes["options"] = list(field.options)
        elif field.kind == "checkboxes":
            attributes["options"] = [{"label": option, **({"required": True} if field.required else {})}
                                     for option in field.options]
        item = {"type": field.kind, "id": field.id, "attributes": attributes}
        if field.required and field.kind != "checkboxes":
            item["validations"] = {"required": True}
        body.append(item)
    return {"name": form.name, "description": form.description, "title": form.title,
            "labels": list(form.labels), "body": body}


HEADER = ("# Gemaakt door `make formulieren` (macros/forms.py) uit de schema's en de lijsten in\n"
          "# data/. Pas dit bestand niet met de hand aan: een test vergelijkt het met wat het\n"
          "# commando maakt.\n")


def rendered_forms(kb: KnowledgeBase) -> dict[str, str]:
    """File name in .github/ISSUE_TEMPLATE/ -> its text."""
    return {f"{form.kind}.yml": HEADER + yaml.safe_dump(github_form(form), allow_unicode=True,
                                                          sort_keys=False, width=100)
            for form in (practice_form(kb), region_form(kb), correction_form())}


def forms_for(kind: str, kb: KnowledgeBase) -> Form:
    return {"praktijk": practice_form, "regio": region_form}[kind](kb)


def region_choice(kb: KnowledgeBase, option: str) -> str | None:
    """The region id an option of the Regio dropdown stands for (None: not yet there)."""
    if option == FLANDERS_OPTION:
        return FLANDERS
    return next((r.id for r in kb.regions.values() if r.name == option), None)


def main(argv: list[str] | None = None) -> int:
    target = Path(argv[0]) if argv else FORM_DIR
    kb = load_knowledge_base(DATA_DIR)
    target.mkdir(parents=True, exist_ok=True)
    for name, text in rendered_forms(kb).items():
        (target / name).write_text(text, encoding="utf-8")
        print(f"Geschreven: {(target / name).relative_to(PROJECT_ROOT) if target == FORM_DIR else target / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
