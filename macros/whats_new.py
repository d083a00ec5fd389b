"""What's new: the practices added or revised most recently, as a list on the site and
as an Atom feed (nieuw.xml) that readers can follow in a feed reader."""

from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape

from .knowledge import KnowledgeBase
from .practices_html import href, practice_page, url_of
from .render import dutch_date
from .markup import escape

FEED_FILE = "nieuw.xml"
LIMIT = 30


def recent(kb: KnowledgeBase, limit: int = LIMIT) -> list[tuple[str, str, dict]]:
    """(date, 'toegevoegd' or 'bijgewerkt', practice), newest first."""
    items = []
    for practice in kb.practices.values():
        revised = practice["herzien"] > practice["toegevoegd"]
        date = practice["herzien"] if revised else practice["toegevoegd"]
        items.append((date, "bijgewerkt" if revised else "toegevoegd", practice))
    items.sort(key=lambda item: (item[0], item[2]["id"]), reverse=True)
    return items[:limit]


def recent_list(kb: KnowledgeBase, from_page: str) -> str:
    items = recent(kb)
    if not items:
        return '<p class="praktijken-leeg">Er zijn nog geen goede praktijken.</p>'
    rows = "\n".join(
        f'<li><time datetime="{date}">{dutch_date(date)}</time>: {kind} — '
        f'<a href="{href(from_page, practice_page(p["id"]))}">{escape(p["titel"])}</a>'
        f' <span class="praktijk__regio">({escape(kb.region_name(p["regio"]))})</span></li>'
        for date, kind, p in items)
    return f'<ul class="nieuw-lijst">{rows}</ul>'


def atom_feed(kb: KnowledgeBase, site_url: str, site_name: str) -> str:
    base = site_url.rstrip("/") + "/"
    items = recent(kb)
    updated = items[0][0] if items else "2026-01-01"
    entries = "".join(
        "<entry>"
        f"<title>{xml_escape(p['titel'])} ({kind})</title>"
        f'<link href="{xml_escape(base + url_of(practice_page(p["id"])))}"/>'
        f"<id>{xml_escape(base + url_of(practice_page(p['id'])))}</id>"
        f"<updated>{date}T00:00:00Z</updated>"
        f"<summary>{xml_escape(p['samenvatting'])}</summary>"
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
