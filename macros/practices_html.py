"""Good practices and regions as HTML: cards, the filterable catalogue, lists per task
and rubric, and a region's page, and the fragments the fiches share with them (CLBs,
contacts, contact points). Plain functions over the knowledge base that return `Html`:
every string from YAML is escaped when it meets markup, or goes through the sanitiser."""

from __future__ import annotations

from .knowledge import FLANDERS, KnowledgeBase, filter_values
from .models import Contact, Practice, Region
from .markup import Html, join
from .paths import (CATALOGUE_PAGE, HOME_PAGE, PAGE_SIZE, REGIONS_PAGE,
                    catalogue_page, catalogue_page_count, href, practice_page, region_page,
                    url_of)
from .render import dutch_date
from .safe_markdown import for_page, to_html


def practice_anchor(practice: Practice) -> str:
    return f"praktijk-{practice.id}"


def _region_link(kb: KnowledgeBase, region_id: str, from_page: str) -> Html:
    if region_id == FLANDERS:
        return Html("Heel Vlaanderen")
    return Html('<a href="{}">{}</a>').format(href(from_page, region_page(region_id)),
                                            kb.region_name(region_id))


def contact_html(contact: Contact, region: Region | None = None) -> Html:
    parts = [Html("<strong>{}</strong>").format(contact.function), contact.organisation]
    if contact.name:
        parts.insert(0, contact.name)
    if region is not None:
        parts.append(Html("regio {}").format(region.name))
    if contact.email:
        parts.append(Html('<a href="mailto:{0}">{0}</a>').format(contact.email))
    if contact.phone:
        digits = "".join(ch for ch in contact.phone if ch.isdigit() or ch == "+")
        parts.append(Html('<a href="tel:{}">{}</a>').format(digits, contact.phone))
    if contact.website:
        parts.append(Html('<a href="{0}">{0}</a>').format(contact.website))
    return join(parts, ", ")


def clb_items(kb: KnowledgeBase, region: Region, separator: str = "") -> Html:
    """The region's CLBs, one <li> each, with their network and website."""
    return join((Html("<li>{} ({}){}</li>").format(
        clb.name, kb.networks[clb.network].name,
        Html(' — <a href="{0}">{0}</a>').format(clb.website) if clb.website else "")
        for clb in region.clbs), separator)


def contact_items(region: Region, separator: str = "") -> Html:
    return join((Html("<li>{}</li>").format(contact_html(c)) for c in region.contacts),
                separator)


def region_contact_point_items(kb: KnowledgeBase, region: Region, separator: str = "") -> Html:
    """A region's contact points, one <li> per task: the task, the subject, the contact."""
    return join((Html("<li>{}) {} — {}: {}</li>").format(
        point.task, kb.reference.tasks[point.task].title, point.subject,
        contact_html(point.contact))
        for point in region.contact_points), separator)


def task_contact_point_items(kb: KnowledgeBase, letter: str, from_page: str,
                             separator: str = "") -> Html:
    """Every region's contact point for one task, one <li> each, linking the region."""
    return join((Html('<li><a href="{}">{}</a> — {}: {}</li>').format(
        href(from_page, region_page(region.id)), region.name, point.subject,
        contact_html(point.contact))
        for region, point in kb.contact_points_by_task.get(letter, [])), separator)


def _details(kb: KnowledgeBase, practice: Practice, from_page: str) -> Html:
    ref = kb.reference
    tasks = join((Html('<a href="{}">{}) {}</a>').format(
        href(from_page, ref.tasks[t].page), t, ref.tasks[t].title)
        for t in practice.tasks), ", ")
    rubrics = join((Html('<a href="{}">{}. {}</a>').format(
        href(from_page, ref.rubrics[r].page), r, ref.rubrics[r].short_title)
        for r in practice.rubrics), ", ")
    rows = [
        ("Opdrachten", tasks),
        ("Rubrieken", rubrics),
        ("Regio", _region_link(kb, practice.region, from_page)),
        ("Domeinen", join((kb.domains[d].name for d in practice.domains), ", ")),
        ("Niveaus", join((kb.levels[n].name for n in practice.levels), ", ")),
        ("Partners", join(practice.partners, ", ")),
    ]
    if practice.contact:
        region, contact = kb.contact(practice.contact)
        rows.append(("Contact", contact_html(contact, region)))
    if practice.links:
        rows.append(("Links", join((
            Html('<a href="{}" rel="noopener noreferrer">{}</a>').format(link.url, link.title)
            for link in practice.links), ", ")))
    # A line each: Pagefind's text of a page, which the excerpts in the search results
    # show, runs adjacent <dt> and <dd> together ("RegioNROC Gent").
    return join((Html("<dt>{}</dt>\n<dd{}>{}</dd>").format(
        label, _search_meta(label), value) for label, value in rows if value), "\n")


# Shown with a practice in the search results (docs/javascripts/zoeken.js); the summary
# too, in the catalogue's (docs/javascripts/catalogus.js).
SEARCH_META = {"Opdrachten": "opdrachten", "Regio": "regio"}


def _search_meta(label: str) -> Html:
    name = SEARCH_META.get(label)
    return Html(' data-pagefind-meta="{}"').format(name) if name else Html("")


def practice_body(kb: KnowledgeBase, practice: Practice, from_page: str) -> Html:
    """Everything about one practice except its title, as the Markdown of its own page
    (render_macros: false); the page's HTML must pass through safe_markdown.clean_page."""
    return Html(
        '<p class="praktijk__samenvatting" data-pagefind-meta="samenvatting">{}</p>\n\n'
        '<div class="praktijk__beschrijving" markdown>{}</div>\n\n'
        '<dl class="praktijk__kenmerken">{}</dl>\n'
        '<p class="praktijk__bron">Bron: {}. De rubrieken, domeinen en niveaus zijn een indeling '
        "van de kennisbank. Toegevoegd {}, laatst nagekeken {}.</p>"
    ).format(practice.summary,
             # Markdown, converted with the page and sanitised by clean_page afterwards.
             Html(for_page(practice.description)),
             _details(kb, practice, from_page), practice.source,
             dutch_date(practice.added), dutch_date(practice.reviewed))


def _entry(title: str, url: str, region: str, summary: str, anchor: str = "",
           excerpt: Html = Html()) -> Html:
    """One practice in the catalogue; the same markup serves as the script's template."""
    return Html(
        '<li class="praktijk"{}><a class="praktijk__link" href="{}">{}</a> '
        '<span class="praktijk__regio">({})</span>'
        '<br><span class="praktijk__samenvatting">{}</span>{}</li>'
    ).format(Html(' id="{}"').format(anchor) if anchor else "", url, title, region,
             summary, excerpt)


def catalogue_entry(kb: KnowledgeBase, practice: Practice, from_page: str) -> Html:
    return _entry(practice.title, href(from_page, practice_page(practice.id)),
                  kb.region_name(practice.region), practice.summary, practice_anchor(practice))


# What the catalogue's script clones for each practice it shows (catalogus.js): the
# entry's markup lives here only. Inert until cloned, its fields filled in as text; search
# skips it. A practice found by the text search also shows where its words are, with the
# words marked (the one <mark> is cloned for each); the script removes that line otherwise.
ENTRY_TEMPLATE = Html("<template data-catalogus-sjabloon data-search-exclude>{}</template>").format(
    _entry("", "#", "", "", excerpt=Html(
        '<span class="praktijk__fragment"><mark></mark></span>')))


# Lists put one item per line: tools that post-process the HTML (the whole-handbook
# plugin) scan it with regular expressions that turn quadratic on a page-long line.


# A task, rubric or region page lists this many practices; the rest is one click away
# in the catalogue, filtered, so these pages stay light as the knowledge base grows.
LIST_LIMIT = 25


def practice_list(kb: KnowledgeBase, practices: list[Practice], from_page: str, empty: str,
                  catalogue_filter: tuple[str, str] | None = None) -> Html:
    """A compact list for task, rubric and region pages, each item linking to its page."""
    if not practices:
        return Html('<p class="praktijken-leeg">{}</p>').format(empty)
    shown = practices if catalogue_filter is None else practices[:LIST_LIMIT]
    items = join((Html('<li><a href="{}">{}</a> <span class="praktijk__regio">({})</span>'
                       "<br>{}</li>").format(href(from_page, practice_page(p.id)), p.title,
                                             kb.region_name(p.region), p.summary)
                  for p in shown), "\n")
    more = ""
    if len(shown) < len(practices):
        key, value = catalogue_filter
        more = Html('<p class="praktijken-meer"><a href="{}?{}={}">Alle {} praktijken in de '
                    "catalogus</a></p>").format(href(from_page, CATALOGUE_PAGE), key, value,
                                                len(practices))
    # Not searched here: each practice is found on its own page, in the practices' own
    # index (hooks/search_index.py), and the pages' index stays as small at 5,000
    # practices as at 50.
    return Html('<ul class="praktijken-lijst" data-pagefind-ignore>{}</ul>{}').format(items, more)


def practices_for_task(kb: KnowledgeBase, letter: str, from_page: str) -> Html:
    return practice_list(kb, kb.by_task.get(letter, []), from_page,
                         "Er zijn nog geen goede praktijken voor deze opdracht.", ("opdracht", letter))


def practices_for_rubric(kb: KnowledgeBase, number: int, from_page: str) -> Html:
    return practice_list(kb, kb.by_rubric.get(number, []), from_page,
                         "Er zijn nog geen goede praktijken bij deze rubriek.", ("rubriek", str(number)))


NO_CONTACT_POINT = "Nog geen regio heeft voor deze opdracht een aanspreekpunt opgegeven."


def invitation(region_form: str, text: str) -> Html:
    """What a region can do about a gap: one link to the form for regions."""
    if not region_form:
        return Html()
    return Html(' <a href="{}">{}</a>').format(region_form, text)


def no_contact_point(region_form: str, css_class: str = "praktijken-leeg") -> Html:
    return Html('<p class="{}">{}{}</p>').format(
        css_class, NO_CONTACT_POINT,
        invitation(region_form, "Geef het aanspreekpunt van je regio door met het formulier "
                                "voor regio's."))


def contact_points_for_task(kb: KnowledgeBase, letter: str, from_page: str,
                            region_form: str = "") -> Html:
    if not kb.contact_points_by_task.get(letter):
        return no_contact_point(region_form)
    return Html('<ul class="aanspreekpunten">{}</ul>').format(
        task_contact_point_items(kb, letter, from_page, "\n"))


# The catalogue's compact index, in gegevens/catalogus/ (catalogue_files).
CATALOGUE_DIR = "catalogus"
FILTER_NAMES = ("opdracht", "rubriek", "regio", "domein", "niveau")
QUERY_PARAMETER = "q"  # the words searched for, in the catalogue's URL (?q=...&opdracht=a)
LIST_FILE_SIZE = 1     # practices per file of the list (lijst-<n>.json); see catalogue_files


def _options(name: str, label: str, choices: list[tuple[str, str]], counts: dict[str, int],
             total: int) -> Html:
    options = [Html('<option value="">Alle ({})</option>').format(total)] + [
        Html('<option value="{0}" data-label="{1}">{1} ({2})</option>').format(
            value, text, counts.get(value, 0))
        for value, text in choices]
    # The select sits inside its label, so the pair survives pages that rewrite ids
    # (the whole-handbook page does).
    return Html('<div class="catalogus-filter__veld"><label><span>{}</span>'
                '<select id="filter-{}" name="{}">{}</select></label></div>').format(
        label, name, name, join(options))


def _pagination(current: int, pages: int, from_page: str) -> Html:
    if pages == 1:
        return Html()
    links = join((Html('<li><a href="{}"{}>{}</a></li>').format(
        href(from_page, catalogue_page(n)), Html(' aria-current="page"') if n == current else "", n)
        for n in range(1, pages + 1)), "\n")
    return Html('<nav class="catalogus-paginas" aria-label="Pagina\'s van de catalogus" '
                'data-catalogus-paginas><ol>{}</ol></nav>').format(links)


def _filter_form(kb: KnowledgeBase) -> Html:
    ref = kb.reference
    total = len(kb.practices)
    counts = kb.filter_counts
    regions = [(FLANDERS, "Heel Vlaanderen")] + [(r.id, r.name) for r in kb.regions.values()]
    fields = [
        _options("opdracht", "Opdracht (artikel 16)",
                 [(t.letter, f"{t.letter}) {t.title}") for t in ref.tasks.values()],
                 counts.get("opdracht", {}), total),
        _options("rubriek", "Rubriek (leidraad)",
                 [(str(r.number), f"{r.number}. {r.short_title}") for r in ref.rubrics.values()],
                 counts.get("rubriek", {}), total),
        _options("regio", "Regio", regions, counts.get("regio", {}), total),
        _options("domein", "Begeleidingsdomein",
                 [(d.id, d.name) for d in kb.domains.values()], counts.get("domein", {}), total),
        _options("niveau", "Onderwijsniveau",
                 [(n.id, n.name) for n in kb.levels.values()], counts.get("niveau", {}), total),
    ]
    # The words to search for, with the same tolerance as the site search (typos,
    # spellings, abbreviations ...), within the practices the filters leave.
    words = Html('<div class="catalogus-filter__veld catalogus-filter__zoekveld"><label>'
                 '<span>Zoek in de praktijken</span>'
                 '<input type="search" id="filter-q" name="{}" autocomplete="off" '
                 'enterkeyhint="search"></label></div>').format(QUERY_PARAMETER)
    # Shown by CSS only when JavaScript runs (html.met-js), from the first paint.
    return Html('<form class="catalogus-filter" data-catalogus-filter role="search" '
                'aria-label="Goede praktijken zoeken en filteren">{}{}'
                '<button type="reset" class="md-button">Alles wissen</button>'
                "</form>").format(words, join(fields))


def catalogue(kb: KnowledgeBase, from_page: str = CATALOGUE_PAGE, page: int = 1) -> Html:
    """One page of the catalogue, with a search field and filters over all practices.

    Without JavaScript a reader pages through every practice, PAGE_SIZE at a time. With
    it (docs/javascripts/catalogus.js), the filters search all practices in a compact
    index (gegevens/catalogus/, see catalogue_files) and each option shows how many
    practices it leaves; words are searched in the catalogue's own word index
    (macros/catalogue_words.py, written by hooks/search_index.py); the state lives in
    the URL."""
    practices = list(kb.practices.values())
    total = len(practices)
    pages = catalogue_page_count(total)
    first = (page - 1) * PAGE_SIZE
    shown = practices[first:first + PAGE_SIZE]
    where = (f" (pagina {page} van {pages}: {first + 1} tot {first + len(shown)})"
             if pages > 1 else "")
    root = href(from_page, HOME_PAGE)
    return Html(
        '<div class="catalogus" data-catalogus data-basis="{}" data-totaal="{}" data-eerste="{}" '
        'data-per-bestand="{}">{}'
        '<p class="catalogus-teller" data-catalogus-teller role="status">{} goede praktijken{}</p>'
        # On paper, where the form is not: what the list was chosen by (catalogus.js).
        '<p class="catalogus-keuze" data-catalogus-keuze hidden></p>'
        '<p class="catalogus-suggesties" data-catalogus-suggesties hidden></p>'
        '<ul class="catalogus-lijst" data-pagefind-ignore>{}</ul>'
        '<p class="catalogus-leeg" data-catalogus-leeg hidden></p>'
        '<p class="catalogus-meer" data-catalogus-meer hidden>'
        '<button type="button" class="md-button">Meer praktijken tonen</button></p>{}{}</div>'
    ).format(root, total, first, LIST_FILE_SIZE, _filter_form(kb), total, where,
             join((catalogue_entry(kb, p, from_page) for p in shown), "\n"),
             _pagination(page, pages, from_page), ENTRY_TEMPLATE)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = digits[number % 36]
    while number >= 36:
        number //= 36
        out = digits[number % 36] + out
    return out


def catalogue_files(kb: KnowledgeBase) -> dict[str, object]:
    """The catalogue's compact index, as files for gegevens/catalogus/, practices in
    catalogue order. Small files, so that a phone fetches what it shows and no more:

    - filters.json: per filter its values, and per filter a string with, practice by
      practice (separated by ","), the indexes of its values (base 36, separated by "."):
      what the filters and their counts need, about 3.6 bytes a practice gzipped (as
      nested lists per practice 4.9: the same pattern, filter by filter, packs better);
    - lijst-<n>.json: practices n * LIST_FILE_SIZE and on, each [id, URL, title, region,
      summary]: what an entry shows. A filtered list fetches the files of the practices
      it shows. One practice a file: the 20 practices of a choice are spread over the
      catalogue, so a bigger file brings mostly practices that are not shown. Measured at
      5,000 for the first 20 of a choice of task and level: 6.6 KB in 16 requests, with 5
      a file 12.2 KB in 15, with 50 a file 40 KB in 9 (a region: 8.1, 15.8 and 73.5 KB)."""
    practices = list(kb.practices.values())
    values = {name: sorted({v for p in practices for v in filter_values(p)[name].split()})
              for name in FILTER_NAMES}
    position = {name: {v: n for n, v in enumerate(vs)} for name, vs in values.items()}
    files: dict[str, object] = {"filters.json": {
        "namen": list(FILTER_NAMES),
        "waarden": [values[name] for name in FILTER_NAMES],
        "per_bestand": LIST_FILE_SIZE,
        "aantal": len(practices),  # "" is no practice as well as one without values
        "praktijken": [",".join(".".join(_base36(position[name][v]) for v in filter_values(p)[name].split())
                                for p in practices) for name in FILTER_NAMES],
    }}
    for n in range(0, len(practices), LIST_FILE_SIZE):
        files[f"lijst-{n // LIST_FILE_SIZE}.json"] = [
            [p.id, url_of(practice_page(p.id)), p.title, kb.region_name(p.region), p.summary]
            for p in practices[n:n + LIST_FILE_SIZE]]
    return files


def region_overview(kb: KnowledgeBase, from_page: str = REGIONS_PAGE,
                    region_form: str = "") -> Html:
    if not kb.regions:
        return Html('<p class="praktijken-leeg">Er zijn nog geen regio\'s opgenomen. '
                    "Regio's voegen hun gegevens zelf toe.{}</p>").format(
            invitation(region_form, "Voeg je regio toe met het formulier voor regio's."))
    items = join((Html('<li><a href="{}">{}</a>: {} ({} CLB\'s, {} goede praktijken)</li>')
                  .format(href(from_page, region_page(r.id)), r.name, r.area,
                          len(r.clbs), len(kb.by_region.get(r.id, [])))
                  for r in kb.regions.values()), "\n")
    return Html('<ul class="regio-lijst">{}</ul>').format(items)


def region_details(kb: KnowledgeBase, region_id: str, region_form: str = "") -> Html:
    """Everything on a region's own page, under its H1."""
    region = kb.regions[region_id]
    page = region_page(region_id)
    contacts = contact_items(region, "\n")
    points = region_contact_point_items(kb, region, "\n")
    parts = [
        Html('<p class="regio__werkgebied"><strong>Werkgebied:</strong> {}</p>').format(
            region.area),
        Html('<h2 id="clbs">CLB\'s in de regio</h2><ul>{}</ul>').format(
            clb_items(kb, region, "\n")),
        Html('<h2 id="contacten">Contacten</h2><ul class="contacten">{}</ul>').format(contacts)
        if contacts else "",
        Html('<h2 id="aanspreekpunten">Aanspreekpunten per opdracht</h2><ul>{}</ul>').format(points)
        if points else Html('<h2 id="aanspreekpunten">Aanspreekpunten per opdracht</h2>'
                            '<p class="praktijken-leeg">Deze regio gaf nog geen aanspreekpunten '
                            "per opdracht op.{}</p>").format(
            invitation(region_form, "Vul ze aan met het formulier voor regio's.")),
    ]
    agreements = [(title, text) for title, text in (
        ("Bereikbaarheid en openingsuren", region.reachability),
        ("Permanentie in de vakanties", region.holiday_cover)) if text]
    if agreements:
        parts.append(Html('<h2 id="afspraken">Afspraken over bereikbaarheid (opdracht a)</h2>'))
        for title, text in agreements:
            parts.append(Html("<h3>{}</h3>{}").format(title, to_html(text)))
    parts.append(Html('<h2 id="praktijken">Goede praktijken</h2>'))
    parts.append(practice_list(kb, kb.by_region.get(region_id, []), page,
                               "Deze regio heeft nog geen goede praktijken gedeeld.",
                               ("regio", region_id)))
    parts.append(Html('<p class="regio__herzien">Gegevens laatst nagekeken op {}.</p>').format(
        dutch_date(region.reviewed)))
    # Blank lines keep each part its own HTML block for Markdown.
    return join((part for part in parts if part), "\n\n")
