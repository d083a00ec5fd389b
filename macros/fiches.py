"""Fiches: one-page A4 handouts per rubric, per article 16 task and per region, to print
for a meeting between a school and its CLB or for an NROC consultation.

Plain HTML out, no MkDocs. Every string from YAML passes through `escape`; links in
this raw HTML are made relative with `paths.href`, since MkDocs does not
rewrite them. docs/stylesheets/fiches.css fits each fiche on one A4 page and
docs/javascripts/fiches.js shows the print button.
"""

from __future__ import annotations

import datetime

from .knowledge import KnowledgeBase
from .paths import (href, region_fiche_page, region_page, rubric_fiche_page,  # noqa: F401
                    task_fiche_page, url_of)
from .practices_html import contact_html
from .reference import Rubric, addition_mark, grouped, questions_origin
from .render import dutch_date
from .safe_markdown import escape as e

# The source each kind of fiche rests on, as in the front matter of its page.
RUBRIC_SOURCE = "mler-136"
TASK_SOURCE = "nroc-nota"
REGION_SOURCE = "bijdragen-regios"


def _print_button() -> str:
    # Hidden until fiches.js runs: without JavaScript the button could do nothing.
    return ('<p class="fiche__knoppen" data-fiche-knoppen hidden>'
            '<button type="button" class="md-button md-button--primary" data-fiche-afdrukken>'
            "Afdrukken</button></p>")


def _section(title: str, body: str, modifier: str = "") -> str:
    extra = f" fiche__deel--{modifier}" if modifier else ""
    return f'<section class="fiche__deel{extra}"><h2 class="fiche__kop">{title}</h2>{body}</section>'


def _notes() -> str:
    # Empty on purpose: on paper it becomes ruled space to write in (fiches.css).
    return ('<section class="fiche__deel fiche__deel--notities">'
            '<h2 class="fiche__kop">Notities</h2>'
            '<div class="fiche__notities"></div></section>')


def _source_line(kb: KnowledgeBase, source_id: str, from_page: str, full_page: str,
                 site_url: str, reviewed: str | datetime.date | None) -> str:
    """Where the fiche comes from and where the whole text is, readable on paper."""
    source = kb.reference.sources[source_id]
    address = (site_url.rstrip("/") + "/" if site_url else "/") + url_of(full_page)
    parts = [f"Bron: <em>{e(source.title)}</em>."]
    if reviewed:
        parts.append(f"Laatst nagekeken: {dutch_date(reviewed)}.")
    parts.append(f'Volledige pagina: <a class="fiche__adres" href="{href(from_page, full_page)}">'
                 f"{e(address)}</a>")
    return f'<p class="fiche__bron">{" ".join(parts)}</p>'


def _wrap(kind: str, body: list[str]) -> str:
    # One line, no blank lines: Markdown keeps it one raw HTML block.
    return f'<div class="fiche fiche--{kind}" data-fiche>{"".join(body)}</div>'


def _questions(rubric: Rubric) -> str:
    """The rubric's questions, numbered as on its page but without ids: the anchors
    belong to the rubric page, and an id may occur only once on the site."""
    parts: list[str] = []
    for group, questions in grouped(list(enumerate(rubric.questions, start=1))):
        if group:
            parts.append(f'<p class="fiche__vraaggroep">{e(group)}</p>')
        parts.append(f'<ol class="fiche__vragen" start="{questions[0][0]}">')
        parts += [f"<li>{e(question.text)}{addition_mark(rubric, question)}</li>"
                  for _, question in questions]
        parts.append("</ol>")
    parts.append(f'<p class="vragen-herkomst">{e(questions_origin(rubric))}</p>')
    return "".join(parts)


# A fiche is one sheet of A4: beyond this many practices it names how many more there are.
MAX_PRACTICES = 8


def _practices(kb: KnowledgeBase, practices: list[dict], empty: str,
               with_region: bool = True) -> str:
    if not practices:
        return f'<p class="fiche__leeg">{empty}</p>'
    items = []
    for practice in practices[:MAX_PRACTICES]:
        region = (f' <span class="fiche__regio">({e(kb.region_name(practice["regio"]))})</span>'
                  if with_region else "")
        # Title and summary only: the full page of the fiche links every practice.
        items.append(f'<li><strong class="fiche__praktijk">{e(practice["titel"])}</strong>{region}'
                     f' — {e(practice["samenvatting"])}</li>')
    more = len(practices) - MAX_PRACTICES
    tail = (f'<p class="fiche__meer">En nog {more} andere praktijk{"en" if more > 1 else ""}: '
            "zie de volledige pagina.</p>" if more > 0 else "")
    return f'<ul class="fiche__praktijken">{"".join(items)}</ul>{tail}'


def rubric_fiche(kb: KnowledgeBase, number: int, from_page: str, *, site_url: str = "",
                 reviewed: str | datetime.date | None = None) -> str:
    """A rubric on one page: what it is about, its reflection questions, room for notes."""
    rubric = kb.reference.rubrics[number]
    body = [_print_button()]
    if rubric.summary:
        body.append(f'<p class="fiche__samenvatting">{e(rubric.summary)}</p>')
    body.append(_section("Reflectievragen", _questions(rubric), "vragen"))
    body.append(_notes())
    body.append(_source_line(kb, RUBRIC_SOURCE, from_page, rubric.page, site_url, reviewed))
    return _wrap("rubriek", body)


def task_fiche(kb: KnowledgeBase, letter: str, from_page: str, *, site_url: str = "",
               reviewed: str | datetime.date | None = None) -> str:
    """An article 16 task on one page: what the decree asks, the practices for it (the
    addendum's examples are the ones for all of Flanders), the regions' contact points."""
    task = kb.reference.tasks[letter]
    points = kb.contact_points_by_task.get(letter, [])
    if points:
        contact_items = "".join(
            f'<li><a href="{href(from_page, region_page(region["id"]))}">{e(region["naam"])}</a>'
            f' — {e(point["onderwerp"])}: {contact_html(contact)}</li>'
            for region, point, contact in points)
        contacts = f'<ul class="fiche__aanspreekpunten">{contact_items}</ul>'
    else:
        contacts = ('<p class="fiche__leeg">Nog geen regio heeft voor deze opdracht een '
                    "aanspreekpunt opgegeven.</p>")
    body = [
        _print_button(),
        _section("Wat het decreet vraagt", f'<p class="fiche__samenvatting">{e(task.summary)}</p>'),
        _section("Voorbeelden en goede praktijken",
                 _practices(kb, kb.by_task.get(letter, []),
                            "Er zijn nog geen goede praktijken voor deze opdracht.")),
        _section("Aanspreekpunten in de regio's", contacts),
        _notes(),
        _source_line(kb, TASK_SOURCE, from_page, task.page, site_url, reviewed),
    ]
    return _wrap("opdracht", body)


def region_fiche(kb: KnowledgeBase, region_id: str, from_page: str, *, site_url: str = "") -> str:
    """A region on one page: its area, CLBs, contacts, contact points and practices."""
    region = kb.regions[region_id]
    networks = kb.networks
    clbs = "".join(
        f"<li>{e(c['naam'])} ({e(networks[c['net']].name)})"
        + (f' — <a href="{e(c["website"])}">{e(c["website"])}</a>' if c.get("website") else "")
        + "</li>"
        for c in region["clbs"])
    body = [
        _print_button(),
        f'<p class="fiche__samenvatting"><strong>Werkgebied:</strong> {e(region["werkgebied"])}</p>',
        _section("CLB's in de regio", f'<ul class="fiche__clbs">{clbs}</ul>'),
    ]
    if region["contacten"]:
        contacts = "".join(f"<li>{contact_html(c)}</li>" for c in region["contacten"])
        body.append(_section("Contacten", f'<ul class="fiche__contacten">{contacts}</ul>'))
    points = region.get("aanspreekpunten", [])
    if points:
        by_id = {c["id"]: c for c in region["contacten"]}
        items = "".join(
            f"<li>{e(p['opdracht'])}) {e(kb.reference.tasks[p['opdracht']].title)} — "
            f"{e(p['onderwerp'])}: {contact_html(by_id[p['contact']])}</li>"
            for p in points)
        body.append(_section("Aanspreekpunten per opdracht",
                             f'<ul class="fiche__aanspreekpunten">{items}</ul>'))
    body.append(_section("Goede praktijken", _practices(
        kb, kb.by_region.get(region_id, []),
        "Deze regio heeft nog geen goede praktijken gedeeld.", with_region=False)))
    body.append(_notes())
    body.append(_source_line(kb, REGION_SOURCE, from_page, region_page(region_id), site_url,
                             region["herzien"]))
    return _wrap("regio", body)
