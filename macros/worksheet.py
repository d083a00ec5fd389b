"""The worksheet (werkblad) on which a school and its CLB write down their agreements,
rubric by rubric, with each rubric's reflection questions beside the fields.

Plain HTML out, no MkDocs: the questions come from the same reference data as the rubric
pages, so the worksheet never holds a copy. docs/javascripts/werkblad.js keeps what is
typed in the browser; without JavaScript this is still a complete paper form.
"""

from __future__ import annotations

import html
import posixpath
from dataclasses import dataclass

from .reference import Question, Reference, Rubric, addition_mark, grouped, questions_origin

# Where the worksheet lives; question links are relative to its URL (directory URLs).
PAGE_URL = "leidraad/werkblad/"


def e(value: object) -> str:
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "textarea"  # textarea, text or date
    rows: int = 3
    hint: str | None = None
    # Which value the print title takes from this field: school, clb or datum.
    title_part: str | None = None


@dataclass(frozen=True)
class Group:
    heading: str | None
    fields: tuple[Field, ...]
    # Ids of the questions shown beside these fields; None means all of the rubric's.
    question_ids: tuple[str, ...] | None = None


# Rubric 1 follows the leidraad's five paragraphs, each with the questions that ask for it.
RUBRIC_1 = (
    Group("§1 Het centrum", (
        Field("rubriek-1-centrum", "Naam van het CLB", "text", title_part="clb"),
        Field("rubriek-1-centrum-gegevens", "Adres, instellingsnummer en vestigingsplaats van het CLB"),
    ), ("rubriek-1-centrum",)),
    Group("§2 Het centrumbestuur", (
        Field("rubriek-1-centrumbestuur", "Naam en adres van het centrumbestuur", rows=2),
    ), ("rubriek-1-centrumbestuur",)),
    Group("§3 De school of scholen", (
        Field("rubriek-1-school", "Naam van de school of scholen", "text", title_part="school"),
        Field("rubriek-1-scholen", "Adres en instellingsnummer van elke school", rows=4,
              hint="Eén school per regel. Vormen enkele scholen één pedagogisch geheel, "
                   "noteer dan alle instellingsnummers."),
    ), ("rubriek-1-scholen-en-instellingsnummers", "rubriek-1-pedagogisch-geheel")),
    Group("§4 Het schoolbestuur", (
        Field("rubriek-1-schoolbestuur", "Naam en adres van het schoolbestuur", rows=2),
    ), ("rubriek-1-schoolbestuur",)),
    Group("§5 De scholengemeenschap", (
        Field("rubriek-1-scholengemeenschap", "Naam en adres van de scholengemeenschap", rows=2),
    ), ("rubriek-1-scholengemeenschap",)),
)

CONVERSATION = (
    Field("gesprek-datum", "Datum van het gesprek", "date", title_part="datum"),
    Field("gesprek-aanwezigen", "Aanwezig voor de school en voor het CLB", rows=2,
          hint="Naam en functie van wie aan het gesprek deelneemt."),
)


def groups_for(rubric: Rubric) -> tuple[Group, ...]:
    """The field groups of one rubric: rubric 1 its paragraphs, the information rubrics
    references and notes, the agreement rubrics the agreements."""
    n = rubric.number
    if n == 1:
        return RUBRIC_1
    if rubric.part == "informatie":
        return (Group(None, (
            Field(f"rubriek-{n}-verwijzingen", "Verwijzingen", rows=3,
                  hint="Waar staat het beschreven: een document, een webpagina, een contactpersoon?"),
            Field(f"rubriek-{n}-notities", "Notities", rows=5,
                  hint="Wat wil je in het gesprek bespreken, aanvullen of nagaan?"),
        )),)
    return (Group(None, (
        Field(f"rubriek-{n}-afspraken", "Afspraken", rows=10,
              hint="Wat spreken school en CLB af: wie doet wat, wanneer en hoe?"),
    )),)


def field_names(reference: Reference) -> list[str]:
    """Every field's name, in page order: the keys of an exported worksheet."""
    return [f.name for f in CONVERSATION] + [
        f.name for r in reference.rubrics.values() for g in groups_for(r) for f in g.fields]


def rubric_url(rubric: Rubric) -> str:
    """The rubric page as seen from the worksheet page: '../rubriek-5/'."""
    return posixpath.relpath(rubric.page[: -len(".md")], PAGE_URL.rstrip("/")) + "/"


def _field(field: Field) -> str:
    name = e(field.name)
    hint_id = f"{name}-hint"
    described = f' aria-describedby="{hint_id}"' if field.hint else ""
    title = f' data-werkblad-kop="{e(field.title_part)}"' if field.title_part else ""
    size = " werkblad__veld--groot" if field.rows >= 8 else ""
    lines = [f'<div class="werkblad__veld werkblad__veld--{e(field.kind)}{size}">',
             f'<label for="{name}">{e(field.label)}</label>']
    if field.hint:
        lines.append(f'<p class="werkblad__hint" id="{hint_id}">{e(field.hint)}</p>')
    if field.kind == "textarea":
        lines.append(f'<textarea id="{name}" name="{name}" rows="{field.rows}" '
                     f'data-werkblad-veld{described}{title}></textarea>')
    else:
        lines.append(f'<input type="{e(field.kind)}" id="{name}" name="{name}" '
                     f'data-werkblad-veld{described}{title}>')
    # What was typed, as plain text for print: a textarea on paper shows only its rows.
    lines.append(f'<div class="werkblad__afdruk" data-werkblad-afdruk="{name}"></div>')
    lines.append("</div>")
    return "\n".join(lines)


def _questions(rubric: Rubric, questions: list[tuple[int, Question]]) -> str:
    """The questions as prompts, numbered as on the rubric page, each linking to it."""
    url = rubric_url(rubric)
    lines = ['<div class="werkblad__vragen">',
             '<p class="werkblad__vragenkop">Reflectievragen</p>']
    for group, members in grouped(questions):
        if group:
            lines.append(f'<p class="werkblad__vraaggroep">{e(group)}</p>')
        lines.append("<ol>")
        lines += [
            f'<li value="{number}">{e(question.text)}{addition_mark(rubric, question)} '
            f'<a class="werkblad__vraaglink" href="{e(url)}#{e(question.id)}">'
            f'<span class="sr-only">Vraag {number} van rubriek {rubric.number} in de leidraad</span>'
            f'<span aria-hidden="true">→</span></a></li>'
            for number, question in members]
        lines.append("</ol>")
    lines.append("</div>")
    return "\n".join(lines)


def _rubric(rubric: Rubric) -> str:
    n = rubric.number
    numbered = list(enumerate(rubric.questions, start=1))
    groups = groups_for(rubric)
    claimed = {i for g in groups for i in (g.question_ids or ())}
    # One group: on paper the rubric stays on one page, its heading never orphaned.
    whole = " werkblad__rubriek--geheel" if len(groups) == 1 else ""
    lines = [f'<section class="werkblad__rubriek{whole}" aria-labelledby="rubriek-{n}">',
             f'<h2 id="rubriek-{n}">Rubriek {n} - {e(rubric.short_title)}</h2>',
             f'<p class="werkblad__rubriektitel">{e(rubric.title)}. '
             f'<a class="werkblad__rubrieklink" href="{e(rubric_url(rubric))}">'
             f'Lees rubriek {n} in de leidraad</a></p>',
             f'<p class="vragen-herkomst">{e(questions_origin(rubric))}</p>']
    for index, group in enumerate(groups):
        if group.question_ids is None:
            questions = numbered
        else:
            questions = [(i, q) for i, q in numbered if q.id in group.question_ids]
            # A question the mapping does not know yet still shows, with the last group.
            if index == len(groups) - 1:
                questions += [(i, q) for i, q in numbered if q.id not in claimed]
                questions.sort(key=lambda item: item[0])
        lines.append('<div class="werkblad__groep">')
        if group.heading:
            lines.append(f'<h3 class="werkblad__groepkop">{e(group.heading)}</h3>')
        if questions:
            lines.append(_questions(rubric, questions))
        lines.append('<div class="werkblad__velden">')
        lines.extend(_field(field) for field in group.fields)
        lines.append("</div>")
        lines.append("</div>")
    lines.append("</section>")
    return "\n".join(lines)


def _conversation() -> str:
    lines = ['<section class="werkblad__gesprek" aria-labelledby="werkblad-gesprek">',
             # Filled in by werkblad.js; shown only on paper, where it replaces the page title.
             '<p class="werkblad__printkop" data-werkblad-printkop>Samenwerkingsafspraken school-CLB</p>',
             '<h2 id="werkblad-gesprek">Het gesprek</h2>',
             '<div class="werkblad__velden werkblad__velden--gesprek">']
    lines.extend(_field(field) for field in CONVERSATION)
    lines += [
        "</div>",
        '<p class="werkblad__bewaring">Wat je invult, blijft in deze browser op dit toestel. '
        "Er wordt niets verstuurd.</p>",
        '<p class="werkblad__zonder-js" data-werkblad-zonder-js>Je browser voert geen JavaScript uit. '
        "Je kan het werkblad lezen en afdrukken als leeg formulier, "
        "maar wat je hier typt, wordt niet bewaard.</p>",
        '<div class="werkblad__knoppen" data-werkblad-knoppen hidden>',
        '<button type="button" class="md-button md-button--primary" '
        'data-werkblad-actie="exporteren">Exporteren</button>',
        '<button type="button" class="md-button" data-werkblad-actie="importeren">Importeren</button>',
        '<input type="file" id="werkblad-bestand" accept=".json,application/json" '
        'aria-label="Werkblad importeren uit een bestand" data-werkblad-bestand hidden>',
        '<button type="button" class="md-button" data-werkblad-actie="afdrukken">Afdrukken</button>',
        '<button type="button" class="md-button" data-werkblad-actie="wissen">Alles wissen</button>',
        "</div>",
        '<p class="werkblad__status" role="status" data-werkblad-status></p>',
        '<div class="werkblad__melding" role="alert" data-werkblad-melding></div>',
        "</section>",
    ]
    return "\n".join(lines)


def worksheet(reference: Reference) -> str:
    """The whole form as raw HTML that Python-Markdown passes through untouched: one
    block per part, blocks separated by a blank line, no blank line inside a block."""
    # method="dialog" outside a dialog never submits: no typed text can end up in a URL.
    blocks = ['<form class="werkblad" method="dialog" aria-label="Werkblad samenwerkingsafspraken" '
              'data-werkblad>', _conversation()]
    blocks.extend(_rubric(rubric) for rubric in reference.rubrics.values())
    blocks.append("</form>")
    return "\n\n".join(blocks)
