"""What's new: the practices added or revised most recently, as a list on the site and
as an Atom feed (nieuw.xml) that readers can follow in a feed reader."""

from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape

from .knowledge import KnowledgeBase
from .markup import Html, join
from .models import Practice
from .paths import href, practice_page, url_of
from .render import dutch_date

FEED_FILE = "nieuw.xml"
LIMIT = 30


def recent(kb: KnowledgeBase, limit: int = LIMIT) -> list[tuple[str, str, Practice]]:
    """(date, 'toegevoegd' or 'bijgewerkt', practice), newest first."""
    items = []
    for practice in kb.practices.values():
        revised = practice.reviewed > practice.added
        date = practice.reviewed if revised else practice.added
        items.append((date, "bijgewerkt" if revised else "toegevoegd", practice))
    items.sort(key=lambda item: (item[0], item[2].id), reverse=True)
    return items[:limit]


def recent_list(kb: KnowledgeBase, from_page: str) -> Html:
    items = recent(kb)
    if not items:
        return Html('<p class="praktijken-leeg">Er zijn nog geen goede praktijken.</p>')
    rows = join((Html('<li><time datetime="{}">{}</time>: {} — <a href="{}">{}</a> '
                      '<span class="praktijk__regio">({})</span></li>').format(
        date, dutch_date(date), kind, href(from_page, practice_page(p.id)), p.title,
        kb.region_name(p.region)) for date, kind, p in items), "\n")
    return Html('<ul class="nieuw-lijst">{}</ul>').format(rows)


def atom_feed(kb: KnowledgeBase, site_url: str, site_name: str) -> str:
    base = site_url.rstrip("/") + "/"
    items = recent(kb)
    updated = items[0][0] if items else "2026-01-01"
    entries = "".join(
        "<entry>"
        f"<title>{xml_escape(p.title)} ({kind})</title>"
        f'<link href="{xml_escape(base + url_of(practice_page(p.id)))}"/>'
        f"<id>{xml_escape(base + url_of(practice_page(p.id)))}</id>"
        f"<updated>{date}T00:00:00Z</updated>"
        f"<summary>{xml_escape(p.summary)}</summary>"
        "</entry>"
        for date, kind, p in items)
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">'
        f"<title>{xml_escape(site_name)}: nieuwe en bijgewerkte goede praktijken</title>"
        f'<link href="{xml_escape(base)}{FEED_FILE}" rel="self"/>'
        f'<link href="{xml_escape(base)}nieuw/"/>'
        f"<id>{xml_escape(base)}{FEED_FILE}</id>"
        f"<updated>{updated}T00:00:00Z</updated>"
        f"{entries}</feed>"
    )
