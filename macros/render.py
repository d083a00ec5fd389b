"""Rendering core: reference data in, Markdown out. No MkDocs in here, so it can be
tested without a build and reused by another engine."""

from __future__ import annotations

import datetime
import json
import posixpath
import re

import yaml

from .markup import markdown_text as text
from .reference import (Reference, Rubric, Source, Term, addition_mark, grouped,
                        questions_origin, source_passages)

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def dutch_date(value: str | datetime.date) -> str:
    """2021-06-03 -> 3 juni 2021."""
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value)
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def front_matter(values: dict) -> str:
    """The YAML header of a generated page. JSON is valid YAML and quotes whatever a title
    from the data contains."""
    return "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}"
                     for key, value in values.items())


def link(from_page: str, to_page: str) -> str:
    """A relative Markdown link target from one docs/ page to another."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def reflection_questions(rubric: Rubric) -> str:
    """The rubric's questions as a list in which every item carries its stable anchor.

    md_in_html keeps the items Markdown, so abbreviations still get their tooltip.
    """
    lines: list[str] = [f'<p class="vragen-herkomst">{text(questions_origin(rubric))}</p>\n']
    for group, questions in grouped(list(enumerate(rubric.questions, start=1))):
        if group:
            lines.append(f'<p class="vraaggroep" markdown>**{text(group)}**</p>\n')
        # Numbering runs on across groups, so "vraag 9" means one question.
        lines.append(f'<ol class="reflectievragen" start="{questions[0][0]}" markdown>')
        lines += [f'<li id="{question.id}" markdown>{text(question.text)}'
                  f'{addition_mark(rubric, question)} '
                  f'<a class="vraaglink" href="#{question.id}" title="Link naar deze vraag">'
                  f'<span class="sr-only">Link naar deze vraag</span>#</a>'
                  f'{_passage(question)}</li>'
                  for _, question in questions]
        lines.append("</ol>\n")
    return "\n".join(lines).rstrip()


def _passage(question) -> str:
    """Where in the source a reviewer finds the question: its own words, quoted."""
    passages = source_passages(question)
    return f'<span class="vraag-bron">{text(passages)}</span>' if passages else ""


def rubric_list(reference: Reference, from_page: str, part: str | None = None) -> str:
    rubrics = [r for r in reference.rubrics.values() if part is None or r.part == part]
    # Bullets carrying the number: a Markdown ordered list would restart at 1 for 5-8.
    return "\n".join(f"- **Rubriek {r.number}**: [{text(r.title)}]({link(from_page, r.page)})"
                     for r in rubrics)


def task_list(reference: Reference, from_page: str) -> str:
    return "\n".join(
        f"- **{t.letter})** [{text(t.title)}]({link(from_page, t.page)}): {text(t.summary)}"
        for t in reference.tasks.values()
    )


def source_line(source: Source) -> str:
    title = text(source.title) if source.described else f"*{text(source.title)}*"
    parts = [f"{source.kind}: " if source.kind else "", title,
             f" ({text(source.publisher)}"]
    if source.date:
        parts.append(f", {dutch_date(source.date)}")
    if source.changed:
        parts.append(f", gewijzigd {dutch_date(source.changed)}")
    parts.append(")")
    return "".join(parts)


class PageMetaError(Exception):
    pass


def _front_matter_error(markdown: str, src_path: str) -> str | None:
    """MkDocs drops front matter that is not valid YAML without a word and keeps it as
    text: say so, with the line, instead of reporting its fields as missing."""
    lines = markdown.splitlines()
    if not lines or lines[0].strip() != "---" or "---" not in (l.strip() for l in lines[1:]):
        return None
    block = lines[1:[l.strip() for l in lines[1:]].index("---") + 1]
    try:
        yaml.safe_load("\n".join(block))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 2}" if mark is not None else ""
        return (f"docs/{src_path}{where}: de front matter bovenaan is geen geldige YAML, dus de "
                "pagina heeft geen titel, bron of datum. Zet een waarde met een dubbelepunt "
                "erin tussen aanhalingstekens, bv. description: \"Bijlagen: wat erin staat\".")
    return None


def page_footer(meta: dict, reference: Reference, src_path: str, markdown: str = "") -> str:
    """The source(s) and review date every page must name, from its front matter."""
    ids = meta.get("bron")
    reviewed = meta.get("herzien")
    if not ids and not reviewed and (problem := _front_matter_error(markdown, src_path)):
        raise PageMetaError(problem)
    if not ids:
        raise PageMetaError(f"docs/{src_path}: het veld 'bron' ontbreekt in de front matter. "
                            f"Noem de bron(nen) met hun id uit data/referentie/bronnen.yml, "
                            f"bv. 'bron: mler-136'.")
    if not reviewed:
        raise PageMetaError(f"docs/{src_path}: het veld 'herzien' ontbreekt in de front matter. "
                            "Geef de datum waarop de pagina laatst is nagekeken, bv. "
                            "'herzien: 2026-11-23'.")
    ids = [ids] if isinstance(ids, str) else list(ids)
    unknown = [i for i in ids if i not in reference.sources]
    if unknown:
        raise PageMetaError(f"docs/{src_path}: onbekende bron '{unknown[0]}' in het veld 'bron'. "
                            f"Kies uit: {', '.join(reference.sources)}.")
    try:
        reviewed_text = dutch_date(reviewed)
    except (TypeError, ValueError):
        raise PageMetaError(f"docs/{src_path}: het veld 'herzien' is geen datum als JJJJ-MM-DD "
                            f"(gevonden: '{reviewed}').") from None
    label = "Bron" if len(ids) == 1 else "Bronnen"
    sources = "; ".join(source_line(reference.sources[i]) for i in ids)
    return (f'\n\n<div class="paginabron" markdown>\n\n**{label}:** {sources}.<br>\n'
            f"**Laatst nagekeken:** {reviewed_text}.\n\n</div>\n")


def _tooltip_safe(term: Term) -> bool:
    # Python-Markdown's abbr matches on word boundaries, so a term must start and end
    # with a letter or digit to be found in running text.
    return bool(re.fullmatch(r"\w(.*\w)?", term.abbreviation))


def abbreviation_definitions(terms: tuple[Term, ...]) -> str:
    """Markdown abbreviation definitions, appended to every page (the `abbr` extension)."""
    return "\n\n" + "\n".join(
        f"*[{t.abbreviation}]: {t.full.replace(']', ')')}" for t in terms if _tooltip_safe(t)
    ) + "\n"


def glossary(terms: tuple[Term, ...]) -> str:
    """The Begrippen page: every term in alphabetical order, each with its own anchor."""
    lines = ['<dl class="begrippen" markdown>']
    for term in sorted(terms, key=lambda t: t.abbreviation.lower()):
        anchor = "begrip-" + re.sub(r"[^a-z0-9]+", "-", term.abbreviation.lower()).strip("-")
        explanation = f" {text(term.explanation)}" if term.explanation else ""
        if term.variants:  # the search finds the term in each of them
            explanation += f" Ook geschreven als: {text(', '.join(term.variants))}."
        lines.append(f'<dt id="{anchor}" markdown>{text(term.abbreviation)}</dt>')
        lines.append(f'<dd markdown>**{text(term.full)}**.{explanation}</dd>')
    lines.append("</dl>")
    return "\n".join(lines)
