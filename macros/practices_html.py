"""Good practices and regions as HTML: cards, the filterable catalogue, lists per task
and rubric, and a region's page. Plain functions over the knowledge base; every string
from YAML passes through `escape` or the Markdown sanitiser."""

from __future__ import annotations

from .knowledge import FLANDERS, KnowledgeBase
from .paths import (CATALOGUE_PAGE, PAGE_SIZE, REGIONS_PAGE, catalogue_page,  # noqa: F401
                    catalogue_page_count, href, practice_page, region_page, url_of)
from .render import dutch_date
from .safe_markdown import escape as e
from .safe_markdown import for_page, to_html


def practice_anchor(practice: dict) -> str:
    return f"praktijk-{practice['id']}"


def _region_link(kb: KnowledgeBase, region_id: str, from_page: str) -> str:
    if region_id == FLANDERS:
        return "Heel Vlaanderen"
    return f'<a href="{href(from_page, region_page(region_id))}">{e(kb.region_name(region_id))}</a>'


def contact_html(contact: dict, region: dict | None = None) -> str:
    parts = [f"<strong>{e(contact['functie'])}</strong>", e(contact["organisatie"])]
    if contact.get("naam"):
        parts.insert(0, e(contact["naam"]))
    if region is not None:
        parts.append(f"regio {e(region['naam'])}")
    if contact.get("email"):
        parts.append(f'<a href="mailto:{e(contact["email"])}">{e(contact["email"])}</a>')
    if contact.get("telefoon"):
        digits = "".join(ch for ch in contact["telefoon"] if ch.isdigit() or ch == "+")
        parts.append(f'<a href="tel:{e(digits)}">{e(contact["telefoon"])}</a>')
    if contact.get("website"):
        parts.append(f'<a href="{e(contact["website"])}">{e(contact["website"])}</a>')
    return ", ".join(parts)


def _details(kb: KnowledgeBase, practice: dict, from_page: str) -> str:
    ref = kb.reference
    tasks = ", ".join(
        f'<a href="{href(from_page, ref.tasks[t].page)}">{t}) {e(ref.tasks[t].title)}</a>'
        for t in practice["opdrachten"])
    rubrics = ", ".join(
        f'<a href="{href(from_page, ref.rubrics[r].page)}">{r}. {e(ref.rubrics[r].short_title)}</a>'
        for r in practice["rubrieken"])
    rows = [
        ("Opdrachten", tasks),
        ("Rubrieken", rubrics),
        ("Regio", _region_link(kb, practice["regio"], from_page)),
        ("Domeinen", ", ".join(e(kb.domains[d].name) for d in practice["domeinen"])),
        ("Niveaus", ", ".join(e(kb.levels[n].name) for n in practice["niveaus"])),
        ("Partners", ", ".join(e(p) for p in practice.get("partners", []))),
    ]
    if practice.get("contact"):
        region, contact = kb.contact(practice["contact"])
        rows.append(("Contact", contact_html(contact, region)))
    if practice.get("links"):
        rows.append(("Links", ", ".join(
            f'<a href="{e(link["url"])}" rel="noopener noreferrer">{e(link["titel"])}</a>'
            for link in practice["links"])))
    return "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows if value)


def practice_body(kb: KnowledgeBase, practice: dict, from_page: str) -> str:
    """Everything about one practice except its title, as the Markdown of its own page
    (render_macros: false); the page's HTML must pass through safe_markdown.clean_page."""
    return (
        f'<p class="praktijk__samenvatting">{e(practice["samenvatting"])}</p>\n\n'
        f'<div class="praktijk__beschrijving" markdown>{for_page(practice["beschrijving"])}</div>\n\n'
        f'<dl class="praktijk__kenmerken">{_details(kb, practice, from_page)}</dl>\n'
        f'<p class="praktijk__bron">Bron: {e(practice["bron"])}. '
        f'Toegevoegd {dutch_date(practice["toegevoegd"])}, '
        f'laatst nagekeken {dutch_date(practice["herzien"])}.</p>'
    )


def filter_values(practice: dict) -> dict[str, str]:
    """What each catalogue filter matches on, as space-separated values."""
    return {
        "opdracht": " ".join(practice["opdrachten"]),
        "rubriek": " ".join(str(r) for r in practice["rubrieken"]),
        "regio": practice["regio"],
        "domein": " ".join(practice["domeinen"]),
        "niveau": " ".join(practice["niveaus"]),
    }


def catalogue_entry(kb: KnowledgeBase, practice: dict, from_page: str) -> str:
    data = " ".join(f'data-{key}="{e(value)}"' for key, value in filter_values(practice).items())
    return (
        f'<li class="praktijk" id="{practice_anchor(practice)}" {data}>'
        f'<a class="praktijk__link" href="{href(from_page, practice_page(practice["id"]))}">'
        f'{e(practice["titel"])}</a> '
        f'<span class="praktijk__regio">({e(kb.region_name(practice["regio"]))})</span>'
        f'<br><span class="praktijk__samenvatting">{e(practice["samenvatting"])}</span></li>'
    )


# Lists put one item per line: tools that post-process the HTML (the whole-handbook
# plugin) scan it with regular expressions that turn quadratic on a page-long line.


# A task, rubric or region page lists this many practices; the rest is one click away
# in the catalogue, filtered, so these pages stay light as the knowledge base grows.
LIST_LIMIT = 25


def practice_list(kb: KnowledgeBase, practices: list[dict], from_page: str, empty: str,
                  catalogue_filter: tuple[str, str] | None = None) -> str:
    """A compact list for task, rubric and region pages, each item linking to its page."""
    if not practices:
        return f'<p class="praktijken-leeg">{empty}</p>'
    shown = practices if catalogue_filter is None else practices[:LIST_LIMIT]
    items = "\n".join(
        f'<li><a href="{href(from_page, practice_page(p["id"]))}">{e(p["titel"])}</a>'
        f' <span class="praktijk__regio">({e(kb.region_name(p["regio"]))})</span>'
        f'<br>{e(p["samenvatting"])}</li>'
        for p in shown)
    more = ""
    if len(shown) < len(practices):
        key, value = catalogue_filter
        more = (f'<p class="praktijken-meer"><a href="{href(from_page, CATALOGUE_PAGE)}'
                f'?{key}={e(value)}">Alle {len(practices)} praktijken in de catalogus</a></p>')
    return f'<ul class="praktijken-lijst">{items}</ul>{more}'


def practices_for_task(kb: KnowledgeBase, letter: str, from_page: str) -> str:
    return practice_list(kb, kb.by_task.get(letter, []), from_page,
                         "Er zijn nog geen goede praktijken voor deze opdracht.", ("opdracht", letter))


def practices_for_rubric(kb: KnowledgeBase, number: int, from_page: str) -> str:
    return practice_list(kb, kb.by_rubric.get(number, []), from_page,
                         "Er zijn nog geen goede praktijken bij deze rubriek.", ("rubriek", str(number)))


def contact_points_for_task(kb: KnowledgeBase, letter: str, from_page: str) -> str:
    points = kb.contact_points_by_task.get(letter, [])
    if not points:
        return ('<p class="praktijken-leeg">Nog geen regio heeft voor deze opdracht een '
                "aanspreekpunt opgegeven.</p>")
    items = "\n".join(
        f'<li><a href="{href(from_page, region_page(region["id"]))}">{e(region["naam"])}</a>'
        f' — {e(point["onderwerp"])}: {contact_html(contact)}</li>'
        for region, point, contact in points)
    return f'<ul class="aanspreekpunten">{items}</ul>'


def _options(name: str, label: str, choices: list[tuple[str, str]], counts: dict[str, int],
             total: int) -> str:
    options = [f'<option value="">Alle ({total})</option>'] + [
        f'<option value="{e(value)}" data-label="{e(text)}">{e(text)} ({counts.get(value, 0)})</option>'
        for value, text in choices]
    # The select sits inside its label, so the pair survives pages that rewrite ids
    # (the whole-handbook page does).
    return (f'<div class="catalogus-filter__veld"><label><span>{label}</span>'
            f'<select id="filter-{name}" name="{name}">{"".join(options)}</select></label></div>')


def _pagination(current: int, pages: int, from_page: str) -> str:
    if pages == 1:
        return ""
    links = "\n".join(
        f'<li><a href="{href(from_page, catalogue_page(n))}"'
        + (' aria-current="page"' if n == current else "") + f">{n}</a></li>"
        for n in range(1, pages + 1))
    return (f'<nav class="catalogus-paginas" aria-label="Pagina\'s van de catalogus" '
            f'data-catalogus-paginas><ol>{links}</ol></nav>')


def _filter_counts(kb: KnowledgeBase) -> dict[str, dict[str, int]]:
    """How many practices each filter value matches; counted once per build, not per page."""
    if not kb.filter_counts:
        for practice in kb.practices.values():
            for key, values in filter_values(practice).items():
                counts = kb.filter_counts.setdefault(key, {})
                for value in values.split():
                    counts[value] = counts.get(value, 0) + 1
    return kb.filter_counts


def catalogue(kb: KnowledgeBase, from_page: str = CATALOGUE_PAGE, page: int = 1) -> str:
    """One page of the catalogue, with filters over all practices.

    Without JavaScript a reader pages through every practice, PAGE_SIZE at a time. With
    it, the filters search all practices in the compact index (gegevens/catalogus.json),
    the filter state lives in the URL, and each option shows how many practices it
    leaves."""
    practices = list(kb.practices.values())
    ref = kb.reference
    total = len(practices)
    pages = catalogue_page_count(total)

    def count(key: str) -> dict[str, int]:
        return _filter_counts(kb).get(key, {})

    regions = [(FLANDERS, "Heel Vlaanderen")] + [(r["id"], r["naam"]) for r in kb.regions.values()]
    form = (
        # Shown by CSS only when JavaScript runs (html.met-js), from the first paint.
        '<form class="catalogus-filter" data-catalogus-filter '
        'aria-label="Goede praktijken filteren">'
        + _options("opdracht", "Opdracht (artikel 16)",
                   [(t.letter, f"{t.letter}) {t.title}") for t in ref.tasks.values()],
                   count("opdracht"), total)
        + _options("rubriek", "Rubriek (leidraad)",
                   [(str(r.number), f"{r.number}. {r.short_title}") for r in ref.rubrics.values()],
                   count("rubriek"), total)
        + _options("regio", "Regio", regions, count("regio"), total)
        + _options("domein", "Begeleidingsdomein",
                   [(d.id, d.name) for d in kb.domains.values()], count("domein"), total)
        + _options("niveau", "Onderwijsniveau",
                   [(n.id, n.name) for n in kb.levels.values()], count("niveau"), total)
        + '<button type="reset" class="md-button">Alle filters wissen</button>'
        "</form>"
    )
    first = (page - 1) * PAGE_SIZE
    shown = practices[first:first + PAGE_SIZE]
    where = (f" (pagina {page} van {pages}: {first + 1} tot {first + len(shown)})"
             if pages > 1 else "")
    counter = (f'<p class="catalogus-teller" data-catalogus-teller role="status">'
               f"{total} goede praktijken{where}</p>")
    entries = "\n".join(catalogue_entry(kb, p, from_page) for p in shown)
    empty = ('<p class="catalogus-leeg" data-catalogus-leeg hidden>Geen enkele praktijk '
             "past bij deze keuze. Wis een of meer filters.</p>")
    index = href(from_page, "index.md") + "gegevens/catalogus.json"
    return (f'<div class="catalogus" data-catalogus data-index="{e(index)}" '
            f'data-basis="{e(href(from_page, "index.md"))}">{form}{counter}'
            f'<ul class="catalogus-lijst">{entries}</ul>{empty}'
            f"{_pagination(page, pages, from_page)}</div>")


def catalogue_index(kb: KnowledgeBase) -> list[dict]:
    """The compact index the filters search: enough to show and filter every practice."""
    return [{"id": p["id"], "titel": p["titel"], "samenvatting": p["samenvatting"],
             "regionaam": kb.region_name(p["regio"]), "url": url_of(practice_page(p["id"])),
             **filter_values(p)} for p in kb.practices.values()]


def region_overview(kb: KnowledgeBase, from_page: str = REGIONS_PAGE) -> str:
    if not kb.regions:
        return ('<p class="praktijken-leeg">Er zijn nog geen regio\'s opgenomen. Regio\'s voegen '
                "hun gegevens zelf toe met een pull request.</p>")
    items = "\n".join(
        f'<li><a href="{href(from_page, region_page(r["id"]))}">{e(r["naam"])}</a>: '
        f'{e(r["werkgebied"])} ({len(r["clbs"])} CLB\'s, '
        f'{len(kb.by_region.get(r["id"], []))} goede praktijken)</li>'
        for r in kb.regions.values())
    return f'<ul class="regio-lijst">{items}</ul>'


def region_details(kb: KnowledgeBase, region_id: str) -> str:
    """Everything on a region's own page, under its H1."""
    region = kb.regions[region_id]
    page = region_page(region_id)
    networks = kb.networks
    clbs = "\n".join(
        f"<li>{e(c['naam'])} ({e(networks[c['net']].name)})"
        + (f' — <a href="{e(c["website"])}">{e(c["website"])}</a>' if c.get("website") else "")
        + "</li>"
        for c in region["clbs"])
    contacts = "\n".join(f"<li>{contact_html(c)}</li>" for c in region["contacten"])
    points = "\n".join(
        f"<li>{e(p['opdracht'])}) {e(kb.reference.tasks[p['opdracht']].title)} — "
        f"{e(p['onderwerp'])}: {contact_html(next(c for c in region['contacten'] if c['id'] == p['contact']))}</li>"
        for p in region.get("aanspreekpunten", []))
    parts = [
        f'<p class="regio__werkgebied"><strong>Werkgebied:</strong> {e(region["werkgebied"])}</p>',
        f'<h2 id="clbs">CLB\'s in de regio</h2><ul>{clbs}</ul>',
        f'<h2 id="contacten">Contacten</h2><ul class="contacten">{contacts}</ul>' if contacts else "",
        f'<h2 id="aanspreekpunten">Aanspreekpunten per opdracht</h2><ul>{points}</ul>' if points else "",
    ]
    agreements = [(key, title) for key, title in (("bereikbaarheid", "Bereikbaarheid en openingsuren"),
                                                  ("vakantiepermanentie", "Permanentie in de vakanties"))
                  if region.get(key)]
    if agreements:
        parts.append('<h2 id="afspraken">Afspraken over bereikbaarheid (opdracht a)</h2>')
        for key, title in agreements:
            parts.append(f"<h3>{title}</h3>{to_html(region[key])}")
    practices = kb.by_region.get(region_id, [])
    parts.append('<h2 id="praktijken">Goede praktijken</h2>')
    parts.append(practice_list(kb, practices, page,
                               "Deze regio heeft nog geen goede praktijken gedeeld.",
                               ("regio", region_id)))
    parts.append(f'<p class="regio__herzien">Gegevens laatst nagekeken op {dutch_date(region["herzien"])}.</p>')
    # Blank lines keep each part its own HTML block for Markdown.
    return "\n\n".join(part for part in parts if part)
