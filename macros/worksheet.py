"""The worksheet (werkblad) on which a school and its CLB write down their agreements,
rubric by rubric, with each rubric's reflection questions beside the fields.

Plain HTML out, no MkDocs: the questions come from the same reference data as the rubric
pages, so the worksheet never holds a copy. docs/javascripts/werkblad.js keeps what is
typed in the browser; without JavaScript this is still a complete paper form.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from .markup import Html, join
from .reference import Question, Reference, Rubric, addition_mark, grouped, questions_origin

# Where the worksheet lives; question links are relative to its URL (directory URLs).
PAGE_URL = "leidraad/werkblad/"


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


# Rubric 8 also records how often the partners evaluate and when next (the worksheet list
# shows which evaluations are due), and a stop, with the rule that goes with it.
EVALUATION = (
    Field("rubriek-8-frequentie", "Hoe vaak evalueren jullie de samenwerking?", "text",
          hint="Bijvoorbeeld elk schooljaar in mei, of om de twee schooljaren."),
    Field("rubriek-8-volgende-evaluatie", "Datum van de volgende evaluatie", "date",
          hint="Vanaf die dag staat het werkblad bij je werkbladen als evaluatie aan de beurt."),
    Field("rubriek-8-stopzetting", "Stopzetting van de samenwerking", rows=3,
          hint="Wil de school of het CLB de samenwerking stopzetten, dan moet die partner dat "
               "uiterlijk op 31 december van het schooljaar meedelen. De samenwerking "
               "eindigt dan vanaf het volgende schooljaar."),
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
    # Rubric 8's own fields take part of its page: its agreements get a smaller box, so
    # the rubric still prints on one page with its heading.
    agreements = Field(f"rubriek-{n}-afspraken", "Afspraken", rows=6 if n == 8 else 10,
                       hint="Wat spreken school en CLB af: wie doet wat, wanneer en hoe?")
    return (Group(None, (agreements, *EVALUATION) if n == 8 else (agreements,)),)


def field_names(reference: Reference) -> list[str]:
    """Every field's name, in page order: the keys of an exported worksheet."""
    return [f.name for f in CONVERSATION] + [
        f.name for r in reference.rubrics.values() for g in groups_for(r) for f in g.fields]


def rubric_url(rubric: Rubric) -> str:
    """The rubric page as seen from the worksheet page: '../rubriek-5/'."""
    return posixpath.relpath(rubric.page[: -len(".md")], PAGE_URL.rstrip("/")) + "/"


def _field(field: Field) -> Html:
    name = field.name
    hint_id = f"{name}-hint"
    attributes = join([Html(' aria-describedby="{}"').format(hint_id) if field.hint else "",
                       Html(' data-werkblad-kop="{}"').format(field.title_part)
                       if field.title_part else ""])
    size = " werkblad__veld--groot" if field.rows >= 8 else ""
    lines = [Html('<div class="werkblad__veld werkblad__veld--{}{}">').format(field.kind, size),
             Html('<label for="{}">{}</label>').format(name, field.label)]
    if field.hint:
        lines.append(Html('<p class="werkblad__hint" id="{}">{}</p>').format(hint_id, field.hint))
    if field.kind == "textarea":
        lines.append(Html('<textarea id="{0}" name="{0}" rows="{1}" data-werkblad-veld{2}>'
                          "</textarea>").format(name, field.rows, attributes))
    else:
        lines.append(Html('<input type="{0}" id="{1}" name="{1}" data-werkblad-veld{2}>').format(
            field.kind, name, attributes))
    lines.append(Html("</div>"))
    return join(lines, "\n")


def _questions(rubric: Rubric, questions: list[tuple[int, Question]]) -> Html:
    """The questions as prompts, numbered as on the rubric page, each linking to it."""
    url = rubric_url(rubric)
    lines = [Html('<div class="werkblad__vragen">'),
             Html('<p class="werkblad__vragenkop">Reflectievragen</p>')]
    for group, members in grouped(questions):
        if group:
            lines.append(Html('<p class="werkblad__vraaggroep">{}</p>').format(group))
        lines.append(Html("<ol>"))
        lines += [
            Html('<li value="{0}">{1}{2} <a class="werkblad__vraaglink" href="{3}#{4}">'
                 '<span class="sr-only">Vraag {0} van rubriek {5} in de leidraad</span>'
                 '<span aria-hidden="true">→</span></a></li>').format(
                number, question.text, addition_mark(rubric, question), url, question.id,
                rubric.number)
            for number, question in members]
        lines.append(Html("</ol>"))
    lines.append(Html("</div>"))
    return join(lines, "\n")


def _rubric(rubric: Rubric) -> Html:
    n = rubric.number
    numbered = list(enumerate(rubric.questions, start=1))
    groups = groups_for(rubric)
    claimed = {i for g in groups for i in (g.question_ids or ())}
    # One group: on paper the rubric stays on one page, its heading never orphaned.
    whole = " werkblad__rubriek--geheel" if len(groups) == 1 else ""
    # For the Word document: the rubric's part, and whether none of its questions is the
    # leidraad's (where some are not, each such question carries its mark).
    derived = all(not q.from_source for q in rubric.questions)
    lines = [Html('<section class="werkblad__rubriek{0}" aria-labelledby="rubriek-{1}" '
                  'data-deel="{6}"{7}>\n'
                  '<h2 id="rubriek-{1}">Rubriek {1} - {2}</h2>\n'
                  '<p class="werkblad__rubriektitel">{3}. <a class="werkblad__rubrieklink" '
                  'href="{4}">Lees rubriek {1} in de leidraad</a></p>\n'
                  '<p class="vragen-herkomst">{5}</p>').format(
        whole, n, rubric.short_title, rubric.title, rubric_url(rubric), questions_origin(rubric),
        rubric.part, Html(' data-vragen="afgeleid"') if derived else "")]
    for index, group in enumerate(groups):
        if group.question_ids is None:
            questions = numbered
        else:
            questions = [(i, q) for i, q in numbered if q.id in group.question_ids]
            # A question the mapping does not know yet still shows, with the last group.
            if index == len(groups) - 1:
                questions += [(i, q) for i, q in numbered if q.id not in claimed]
                questions.sort(key=lambda item: item[0])
        lines.append(Html('<div class="werkblad__groep">'))
        if group.heading:
            lines.append(Html('<h3 class="werkblad__groepkop">{}</h3>').format(group.heading))
        if questions:
            lines.append(_questions(rubric, questions))
        lines.append(Html('<div class="werkblad__velden">'))
        lines.extend(_field(field) for field in group.fields)
        lines.append(Html("</div>\n</div>"))
    lines.append(Html("</section>"))
    return join(lines, "\n")


def _button(action: str, text: str, primary: bool = False) -> str:
    kind = "md-button md-button--primary" if primary else "md-button"
    return f'<button type="button" class="{kind}" data-werkblad-actie="{action}">{text}</button>'


def _conversation() -> Html:
    # Our own constant markup: no text from data in here. What needs JavaScript is hidden
    # until werkblad.js shows it.
    lines = ['<section class="werkblad__gesprek" aria-labelledby="werkblad-gesprek">',
             # Filled in by werkblad.js; shown only on paper, where it replaces the page title.
             '<p class="werkblad__printkop" data-werkblad-printkop>Samenwerkingsafspraken school-CLB</p>',
             # The worksheets in this browser: which one is open, which evaluations are due.
             '<div class="werkblad__beheer" data-werkblad-beheer hidden>',
             '<h2 id="werkblad-beheer">Je werkbladen</h2>',
             '<p data-werkblad-overzicht></p>',
             '<div class="werkblad__knoppen">',
             '<button type="button" class="md-button" data-werkblad-actie="lijst" aria-expanded="false" '
             'aria-controls="werkblad-lijst">Alle werkbladen</button>',
             _button("nieuw", "Nieuw werkblad"),
             "</div>",
             '<div id="werkblad-lijst" data-werkblad-lijst hidden></div>',
             "</div>",
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
        '<div data-werkblad-knoppen hidden>',
        '<div class="werkblad__knoppen">',
        _button("exporteren", "Exporteren", primary=True),
        _button("delen", "Rubrieken exporteren"),
        _button("importeren", "Importeren"),
        '<input type="file" id="werkblad-bestand" accept=".json,application/json" '
        'aria-label="Werkblad importeren uit een bestand" data-werkblad-bestand hidden>',
        _button("afdrukken", "Afdrukken"),
        _button("word", "Download als Word-document (.docx)"),
        _button("evaluatie", "Evaluatie starten"),
        _button("versies", "Eerdere versies"),
        _button("wissen", "Werkblad wissen"),
        "</div>",
        '<p class="werkblad__keuze"><label><input type="checkbox" data-werkblad-bijlage> '
        "Eerdere versies als bijlage bij Afdrukken en het Word-document</label></p>",
        "</div>",
        '<p class="werkblad__status" role="status" data-werkblad-status></p>',
        '<p data-werkblad-herstel hidden>' + _button("herstel", "Ongedaan maken") + "</p>",
        '<div class="werkblad__melding" role="alert" data-werkblad-melding></div>',
        # Export of chosen rubrics, a merge, the versions: drawn here when asked for.
        '<div data-werkblad-paneel></div>',
        "</section>",
    ]
    return Html("\n".join(lines))


def worksheet(reference: Reference) -> Html:
    """The whole form as raw HTML that Python-Markdown passes through untouched: one
    block per part, blocks separated by a blank line, no blank line inside a block."""
    # method="dialog" outside a dialog never submits: no typed text can end up in a URL.
    blocks = [Html('<form class="werkblad" method="dialog" '
                   'aria-label="Werkblad samenwerkingsafspraken" data-werkblad>'), _conversation()]
    blocks.extend(_rubric(rubric) for rubric in reference.rubrics.values())
    blocks.append(Html("</form>"))
    return join(blocks, "\n\n")
