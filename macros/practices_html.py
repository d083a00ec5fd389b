"""Good practices and regions as HTML: cards, the filterable catalogue, lists per task
and rubric, and a region's page. Plain functions over the knowledge base; every string
from YAML passes through `escape` or the Markdown sanitiser."""

from __future__ import annotations

import posixpath

from .knowledge import FLANDERS, KnowledgeBase
from .render import dutch_date
from .safe_markdown import escape as e
from .safe_markdown import to_html

CATALOGUE_PAGE = "praktijken/index.md"
REGIONS_PAGE = "regios/index.md"


def url_of(src_uri: str) -> str:
    """The URL path MkDocs gives a page (directory URLs): 'a/b.md' -> 'a/b/'."""
    if src_uri == "index.md":
        return ""
    if src_uri.endswith("/index.md"):
        return src_uri[: -len("index.md")]
    return src_uri[:-3] + "/"


def href(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative link usable in raw HTML, where MkDocs does not rewrite .md links."""
    here, there = url_of(from_page), url_of(to_page)
    relative = posixpath.relpath(there or ".", here.rstrip("/") or ".")
    relative = "./" if relative == "." else relative + "/"
    return relative + (f"#{anchor}" if anchor else "")


def region_page(region_id: str) -> str:
    return f"regios/{region_id}.md"


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


def practice_card(kb: KnowledgeBase, practice: dict, from_page: str, level: int = 2) -> str:
    """One practice in full, with a stable anchor and the data the filters use."""
    ref = kb.reference
    anchor = practice_anchor(practice)
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
    details = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows if value)
    data = " ".join([
        f'data-opdracht="{e(" ".join(practice["opdrachten"]))}"',
        f'data-rubriek="{" ".join(str(r) for r in practice["rubrieken"])}"',
        f'data-regio="{e(practice["regio"])}"',
        f'data-domein="{e(" ".join(practice["domeinen"]))}"',
        f'data-niveau="{e(" ".join(practice["niveaus"]))}"',
    ])
    return (
        f'<article class="praktijk" id="{anchor}" {data}>'
        f'<h{level} class="praktijk__titel">{e(practice["titel"])} '
        f'<a class="praktijk__anker" href="#{anchor}" title="Link naar deze praktijk">'
        f'<span class="sr-only">Link naar deze praktijk</span>#</a></h{level}>'
        f'<p class="praktijk__samenvatting">{e(practice["samenvatting"])}</p>'
        f'<div class="praktijk__beschrijving">{to_html(practice["beschrijving"])}</div>'
        f'<dl class="praktijk__kenmerken">{details}</dl>'
        f'<p class="praktijk__bron">Bron: {e(practice["bron"])}. '
        f'Toegevoegd {dutch_date(practice["toegevoegd"])}, '
        f'laatst nagekeken {dutch_date(practice["herzien"])}.</p>'
        f"</article>"
    )


def practice_list(kb: KnowledgeBase, practices: list[dict], from_page: str, empty: str) -> str:
    """A compact list for task and rubric pages, each item linking to its full card."""
    if not practices:
        return f'<p class="praktijken-leeg">{empty}</p>'
    items = "".join(
        f'<li><a href="{href(from_page, CATALOGUE_PAGE, practice_anchor(p))}">{e(p["titel"])}</a>'
        f' <span class="praktijk__regio">({e(kb.region_name(p["regio"]))})</span>'
        f'<br>{e(p["samenvatting"])}</li>'
        for p in practices)
    return f'<ul class="praktijken-lijst">{items}</ul>'


def practices_for_task(kb: KnowledgeBase, letter: str, from_page: str) -> str:
    return practice_list(kb, kb.by_task.get(letter, []), from_page,
                         "Er zijn nog geen goede praktijken voor deze opdracht.")


def practices_for_rubric(kb: KnowledgeBase, number: int, from_page: str) -> str:
    return practice_list(kb, kb.by_rubric.get(number, []), from_page,
                         "Er zijn nog geen goede praktijken bij deze rubriek.")


def contact_points_for_task(kb: KnowledgeBase, letter: str, from_page: str) -> str:
    points = kb.contact_points_by_task.get(letter, [])
    if not points:
        return ('<p class="praktijken-leeg">Nog geen regio heeft voor deze opdracht een '
                "aanspreekpunt opgegeven.</p>")
    items = "".join(
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


def catalogue(kb: KnowledgeBase, from_page: str = CATALOGUE_PAGE) -> str:
    """Every practice, with filters that work in the browser. Without JavaScript the form
    stays hidden and the full list shows; with it, the filter state lives in the URL."""
    practices = list(kb.practices.values())
    ref = kb.reference

    def count(key: str, as_str=str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for practice in practices:
            values = practice[key] if isinstance(practice[key], list) else [practice[key]]
            for value in values:
                counts[as_str(value)] = counts.get(as_str(value), 0) + 1
        return counts

    regions = [(FLANDERS, "Heel Vlaanderen")] + [(r["id"], r["naam"]) for r in kb.regions.values()]
    total = len(practices)
    form = (
        '<form class="catalogus-filter" data-catalogus-filter hidden '
        'aria-label="Goede praktijken filteren">'
        + _options("opdracht", "Opdracht (artikel 16)",
                   [(t.letter, f"{t.letter}) {t.title}") for t in ref.tasks.values()],
                   count("opdrachten"), total)
        + _options("rubriek", "Rubriek (leidraad)",
                   [(str(r.number), f"{r.number}. {r.short_title}") for r in ref.rubrics.values()],
                   count("rubrieken"), total)
        + _options("regio", "Regio", regions, count("regio"), total)
        + _options("domein", "Begeleidingsdomein",
                   [(d.id, d.name) for d in kb.domains.values()], count("domeinen"), total)
        + _options("niveau", "Onderwijsniveau",
                   [(n.id, n.name) for n in kb.levels.values()], count("niveaus"), total)
        + '<button type="reset" class="md-button">Alle filters wissen</button>'
        "</form>"
    )
    counter = (f'<p class="catalogus-teller" data-catalogus-teller role="status">'
               f"{total} goede praktijken</p>")
    cards = "".join(practice_card(kb, p, from_page, level=2) for p in practices)
    empty = ('<p class="catalogus-leeg" data-catalogus-leeg hidden>Geen enkele praktijk '
             "past bij deze keuze. Wis een of meer filters.</p>")
    return f'<div class="catalogus" data-catalogus>{form}{counter}<div class="catalogus-lijst">{cards}</div>{empty}</div>'


def region_overview(kb: KnowledgeBase, from_page: str = REGIONS_PAGE) -> str:
    if not kb.regions:
        return ('<p class="praktijken-leeg">Er zijn nog geen regio\'s opgenomen. Regio\'s voegen '
                "hun gegevens zelf toe met een pull request.</p>")
    items = "".join(
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
    clbs = "".join(
        f"<li>{e(c['naam'])} ({e(networks[c['net']].name)})"
        + (f' — <a href="{e(c["website"])}">{e(c["website"])}</a>' if c.get("website") else "")
        + "</li>"
        for c in region["clbs"])
    contacts = "".join(f"<li>{contact_html(c)}</li>" for c in region["contacten"])
    points = "".join(
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
    parts.append("".join(practice_card(kb, p, page, level=3) for p in practices)
                 or '<p class="praktijken-leeg">Deze regio heeft nog geen goede praktijken gedeeld.</p>')
    parts.append(f'<p class="regio__herzien">Gegevens laatst nagekeken op {dutch_date(region["herzien"])}.</p>')
    # Blank lines keep each part its own HTML block for Markdown.
    return "\n\n".join(part for part in parts if part)
