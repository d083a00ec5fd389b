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
from .models import Practice
from .markup import Html, join
from .paths import href, region_page, url_of
from .practices_html import (clb_items, contact_items, no_contact_point,
                             region_contact_point_items, task_contact_point_items)
from .reference import Rubric, addition_mark, grouped, questions_origin
from .render import dutch_date

# The source each kind of fiche rests on, as in the front matter of its page.
RUBRIC_SOURCE = "mler-136"
TASK_SOURCE = "nroc-nota"
REGION_SOURCE = "bijdragen-regios"

# Hidden until fiches.js runs: without JavaScript the button could do nothing.
PRINT_BUTTON = Html('<p class="fiche__knoppen" data-fiche-knoppen hidden>'
                    '<button type="button" class="md-button md-button--primary" '
                    "data-fiche-afdrukken>Afdrukken</button></p>")

# Empty on purpose: on paper it becomes ruled space to write in (fiches.css).
NOTES = Html('<section class="fiche__deel fiche__deel--notities">'
             '<h2 class="fiche__kop">Notities</h2>'
             '<div class="fiche__notities"></div></section>')


def _section(title: Html, body: Html, modifier: str = "") -> Html:
    extra = f" fiche__deel--{modifier}" if modifier else ""
    return Html('<section class="fiche__deel{}"><h2 class="fiche__kop">{}</h2>{}</section>').format(
        extra, title, body)


def _source_line(kb: KnowledgeBase, source_id: str, from_page: str, full_page: str,
                 site_url: str, reviewed: str | datetime.date | None) -> Html:
    """Where the fiche comes from and where the whole text is, readable on paper."""
    source = kb.reference.sources[source_id]
    address = (site_url.rstrip("/") + "/" if site_url else "/") + url_of(full_page)
    title = source.title if source.described else Html("<em>{}</em>").format(source.title)
    parts = [Html("Bron: {}.").format(title)]
    if reviewed:
        parts.append(f"Laatst nagekeken: {dutch_date(reviewed)}.")
    parts.append(Html('Volledige pagina: <a class="fiche__adres" href="{}">{}</a>').format(
        href(from_page, full_page), address))
    return Html('<p class="fiche__bron">{}</p>').format(join(parts, " "))


def _wrap(kind: str, body: list[Html]) -> Html:
    # One line, no blank lines: Markdown keeps it one raw HTML block.
    return Html('<div class="fiche fiche--{}" data-fiche>{}</div>').format(kind, join(body))


def _questions(rubric: Rubric) -> Html:
    """The rubric's questions, numbered as on its page but without ids: the anchors
    belong to the rubric page, and an id may occur only once on the site."""
    parts: list[Html] = []
    for group, questions in grouped(list(enumerate(rubric.questions, start=1))):
        if group:
            parts.append(Html('<p class="fiche__vraaggroep">{}</p>').format(group))
        parts.append(Html('<ol class="fiche__vragen" start="{}">{}</ol>').format(
            questions[0][0], join(Html("<li>{}{}</li>").format(q.text, addition_mark(rubric, q))
                                  for _, q in questions)))
    parts.append(Html('<p class="vragen-herkomst">{}</p>').format(questions_origin(rubric)))
    return join(parts)


# A fiche is one sheet of A4: beyond this many practices it names how many more there are.
MAX_PRACTICES = 8


def _practices(kb: KnowledgeBase, practices: list[Practice], empty: str,
               with_region: bool = True) -> Html:
    if not practices:
        return Html('<p class="fiche__leeg">{}</p>').format(empty)
    # Title and summary only: the full page of the fiche links every practice.
    items = join(Html('<li><strong class="fiche__praktijk">{}</strong>{} — {}</li>').format(
        practice.title,
        Html(' <span class="fiche__regio">({})</span>').format(kb.region_name(practice.region))
        if with_region else "",
        practice.summary) for practice in practices[:MAX_PRACTICES])
    more = len(practices) - MAX_PRACTICES
    tail = (Html('<p class="fiche__meer">En nog {} andere praktijk{}: zie de volledige '
                 "pagina.</p>").format(more, "en" if more > 1 else "") if more > 0 else "")
    return Html('<ul class="fiche__praktijken">{}</ul>{}').format(items, tail)


def rubric_fiche(kb: KnowledgeBase, number: int, from_page: str, *, site_url: str = "",
                 reviewed: str | datetime.date | None = None) -> Html:
    """A rubric on one page: what it is about, its reflection questions, room for notes."""
    rubric = kb.reference.rubrics[number]
    body = [PRINT_BUTTON]
    if rubric.summary:
        body.append(Html('<p class="fiche__samenvatting">{}</p>').format(rubric.summary))
    body.append(_section(Html("Reflectievragen"), _questions(rubric), "vragen"))
    body.append(NOTES)
    body.append(_source_line(kb, RUBRIC_SOURCE, from_page, rubric.page, site_url, reviewed))
    return _wrap("rubriek", body)


def task_fiche(kb: KnowledgeBase, letter: str, from_page: str, *, site_url: str = "",
               reviewed: str | datetime.date | None = None, region_form: str = "") -> Html:
    """An article 16 task on one page: what the decree asks, the practices for it (the
    addendum's examples are the ones for all of Flanders), the regions' contact points."""
    task = kb.reference.tasks[letter]
    if kb.contact_points_by_task.get(letter):
        contacts = Html('<ul class="fiche__aanspreekpunten">{}</ul>').format(
            task_contact_point_items(kb, letter, from_page))
    else:
        contacts = no_contact_point(region_form, "fiche__leeg")
    body = [
        PRINT_BUTTON,
        _section(Html("Wat het decreet vraagt"),
                 Html('<p class="fiche__samenvatting">{}</p>').format(task.summary)),
        _section(Html("Voorbeelden en goede praktijken"),
                 _practices(kb, kb.by_task.get(letter, []),
                            "Er zijn nog geen goede praktijken voor deze opdracht.")),
        _section(Html("Aanspreekpunten in de regio's"), contacts),
        NOTES,
        _source_line(kb, TASK_SOURCE, from_page, task.page, site_url, reviewed),
    ]
    return _wrap("opdracht", body)


def region_fiche(kb: KnowledgeBase, region_id: str, from_page: str, *, site_url: str = "") -> Html:
    """A region on one page: its area, CLBs, contacts, contact points and practices."""
    region = kb.regions[region_id]
    body = [
        PRINT_BUTTON,
        Html('<p class="fiche__samenvatting"><strong>Werkgebied:</strong> {}</p>').format(
            region.area),
        _section(Html("CLB's in de regio"),
                 Html('<ul class="fiche__clbs">{}</ul>').format(clb_items(kb, region))),
    ]
    if region.contacts:
        body.append(_section(Html("Contacten"), Html('<ul class="fiche__contacten">{}</ul>').format(
            contact_items(region))))
    if region.contact_points:
        body.append(_section(Html("Aanspreekpunten per opdracht"),
                             Html('<ul class="fiche__aanspreekpunten">{}</ul>').format(
                                 region_contact_point_items(kb, region))))
    body.append(_section(Html("Goede praktijken"), _practices(
        kb, kb.by_region.get(region_id, []),
        "Deze regio heeft nog geen goede praktijken gedeeld.", with_region=False)))
    body.append(NOTES)
    body.append(_source_line(kb, REGION_SOURCE, from_page, region_page(region_id), site_url,
                             region.reviewed))
    return _wrap("regio", body)
