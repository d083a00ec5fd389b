"""The reference lists in data/referentie/: rubrics, article 16 tasks, terms, sources.

Loaded and validated once per build; every problem in every file is collected before
the build stops, so a contributor sees all of them in one run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .markup import Html
from .schema_check import check
from .yamlfile import Problem, YamlFile, read_yaml


class DataError(Exception):
    """Invalid data. The message lists every problem, one per line, in Dutch."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        heading = ("Er is 1 probleem" if count == 1 else f"Er zijn {count} problemen") + \
            " met de gegevens in data/:"
        super().__init__("\n".join([heading, *(f"  - {p}" for p in problems)]))


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    group: str | None
    # False for a question the knowledge base derived from the rubric's text: the
    # leidraad's explanation (MLER_136) does not ask it.
    from_source: bool = True
    # For a question from the source: the source's own words it paraphrases, short and
    # verbatim, so a reviewer finds the passage; two where it merges two of them.
    passages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rubric:
    number: int
    title: str
    short_title: str
    part: str
    page: str
    questions: tuple[Question, ...]
    summary: str | None = None
    # How the source brings its questions: as reflection questions, or (rubric 4) as
    # examples of practical information put as questions.
    source_form: str = "reflectievragen"


ADDITION = "aanvulling"  # the mark of a derived question where source and derived mix


def questions_origin(rubric: Rubric) -> str:
    """Where the rubric's questions come from, in one Dutch sentence; every page that
    shows them says it, so nobody takes a derived question for the leidraad's."""
    derived = sum(not q.from_source for q in rubric.questions)
    if derived == len(rubric.questions):
        return ("De toelichting bij de leidraad (MLER_136) geeft bij deze rubriek geen "
                "reflectievragen: de kennisbank leidde deze vragen af uit de beschrijving "
                "van de rubriek.")
    if rubric.source_form == "voorbeelden":
        origin = ("De toelichting bij de leidraad (MLER_136) geeft bij deze rubriek geen "
                  "reflectievragen, wel voorbeelden van praktische informatie in vraagvorm; "
                  "de vragen volgen die voorbeelden, in eigen woorden")
    else:
        origin = ("De vragen volgen de reflectievragen uit de toelichting bij de leidraad "
                  "(MLER_136), in eigen woorden")
    if not derived:
        return origin + "."
    return (f"{origin}; die met ‘{ADDITION}’ leidde de kennisbank af uit de beschrijving "
            "van de rubriek.")


def marks_additions(rubric: Rubric) -> bool:
    """Only where source and derived questions mix does each derived one carry a mark."""
    return len({q.from_source for q in rubric.questions}) == 2


def addition_mark(rubric: Rubric, question: Question) -> Html:
    """HTML after a derived question, where the rubric mixes them with the leidraad's own."""
    if question.from_source or not marks_additions(rubric):
        return Html()
    return Html(' <span class="vraag-aanvulling">({})</span>').format(ADDITION)


def source_passages(question: Question) -> str:
    """The source's words a question paraphrases, as one Dutch phrase to show after it."""
    if not question.passages:
        return ""
    return "Toelichting: " + " en ".join(f"„{p}”" for p in question.passages)


def grouped(numbered: list[tuple[int, Question]]) -> list[tuple[str | None, list[tuple[int, Question]]]]:
    """Consecutive questions with the same `groep`, keeping their numbers: every page that
    shows questions (rubric page, worksheet, fiche) lists them the same way."""
    groups: list[tuple[str | None, list[tuple[int, Question]]]] = []
    for number, question in numbered:
        if not groups or groups[-1][0] != question.group:
            groups.append((question.group, []))
        groups[-1][1].append((number, question))
    return groups


@dataclass(frozen=True)
class Task:
    letter: str
    title: str
    summary: str
    page: str


@dataclass(frozen=True)
class Term:
    abbreviation: str
    full: str
    explanation: str | None
    # Other ways readers write the term (spellings, names with or without a symbol): the
    # search treats them as the same term, both ways.
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    kind: str | None
    publisher: str
    date: str | None
    changed: str | None
    note: str | None
    # True where the document has no title of its own and `title` describes it: it is
    # then never set in italics, so nobody takes it for an official title.
    described: bool = False


@dataclass(frozen=True)
class Reference:
    rubrics: dict[int, Rubric]
    tasks: dict[str, Task]
    terms: tuple[Term, ...]
    sources: dict[str, Source]


FILES = ("rubrieken", "opdrachten", "begrippen", "bronnen")  # each checked by its own schema


def load_reference(data_dir: Path) -> Reference:
    files: dict[str, YamlFile] = {}
    for name in FILES:
        path = data_dir / "referentie" / f"{name}.yml"
        display = f"data/referentie/{name}.yml"
        if not path.exists():
            raise DataError([Problem(display, None, "", "dit bestand ontbreekt.")])
        file = read_yaml(path, display)
        if not file.problems:
            check(file, name)
        files[name] = file
    _check_unique(files["rubrieken"], "nummer")
    _check_unique(files["opdrachten"], "letter")
    _check_unique(files["begrippen"], "afkorting")
    _check_unique(files["bronnen"], "id")
    _check_question_ids(files["rubrieken"])
    _check_question_passages(files["rubrieken"])
    problems = [p for file in files.values() for p in file.problems]
    if problems:
        raise DataError(problems)
    return Reference(
        rubrics={r["nummer"]: _rubric(r) for r in files["rubrieken"].data},
        tasks={t["letter"]: Task(t["letter"], t["titel"], t["samenvatting"], t["pagina"])
               for t in files["opdrachten"].data},
        terms=tuple(Term(t["afkorting"], t["voluit"], t.get("uitleg"), tuple(t.get("varianten", ())))
                    for t in files["begrippen"].data),
        sources={s["id"]: Source(s["id"], s["titel"], s.get("soort"), s["uitgever"],
                                 s.get("datum"), s.get("gewijzigd"), s.get("opmerking"),
                                 s.get("titel_is_omschrijving", False))
                 for s in files["bronnen"].data},
    )


def _rubric(item: dict) -> Rubric:
    return Rubric(
        number=item["nummer"], title=item["titel"], short_title=item["korte_titel"],
        part=item["deel"], page=item["pagina"],
        questions=tuple(Question(q["id"], q["tekst"], q.get("groep"), _from_source(item, q),
                                 tuple(q.get("bronpassage", ())))
                        for q in item["vragen"]),
        summary=item.get("samenvatting"),
        source_form=item.get("vorm_in_bron", "reflectievragen"),
    )


def _from_source(rubric: dict, question: dict) -> bool:
    return question.get("uit_bron", rubric.get("vragen_uit_bron", True))


def _check_unique(file: YamlFile, key: str) -> None:
    if file.problems or not isinstance(file.data, list):
        return
    seen: dict[object, int] = {}
    for index, item in enumerate(file.data):
        value = item.get(key)
        if value in seen:
            file.problem((index, key), f"'{value}' komt al voor in item {seen[value] + 1}. "
                                       "Elke waarde mag maar één keer voorkomen.")
        seen.setdefault(value, index)


def _check_question_ids(file: YamlFile) -> None:
    """Question ids are anchors on the site: unique, and carrying their rubric's number."""
    if file.problems:
        return
    seen: set[str] = set()
    for index, rubric in enumerate(file.data):
        for q_index, question in enumerate(rubric["vragen"]):
            path = (index, "vragen", q_index, "id")
            if question["id"] in seen:
                file.problem(path, f"de id '{question['id']}' is al gebruikt. Elke vraag "
                                   "heeft een eigen id nodig.")
            elif not question["id"].startswith(f"rubriek-{rubric['nummer']}-"):
                file.problem(path, f"de id moet beginnen met 'rubriek-{rubric['nummer']}-', "
                                   "het nummer van de rubriek waarin de vraag staat.")
            seen.add(question["id"])


def _check_question_passages(file: YamlFile) -> None:
    """A question shown as the leidraad's names the passage it paraphrases; a derived one
    names none, so a wrong flag shows up as a missing or a stray passage."""
    if file.problems:
        return
    for index, rubric in enumerate(file.data):
        for q_index, question in enumerate(rubric["vragen"]):
            path = (index, "vragen", q_index)
            if _from_source(rubric, question) and not question.get("bronpassage"):
                file.problem(path + ("bronpassage",),
                             f"de vraag '{question['id']}' staat als vraag uit de toelichting "
                             "(MLER_136), maar noemt de passage niet die ze weergeeft. Zet onder "
                             "'bronpassage' de woorden van de toelichting (kort en letterlijk), "
                             "of zet 'uit_bron: false' als de kennisbank de vraag zelf afleidde.")
            elif not _from_source(rubric, question) and question.get("bronpassage"):
                file.problem(path + ("bronpassage",),
                             f"de vraag '{question['id']}' is afgeleid (uit_bron: false) maar "
                             "noemt een passage uit de toelichting. Komt de vraag uit de "
                             "toelichting, zet dan 'uit_bron: true'; anders hoort hier geen "
                             "bronpassage.")
