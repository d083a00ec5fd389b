"""Markdown written by contributors: checked before the build, sanitised when rendered.

The check gives the contributor a message; the sanitiser (nh3, Ammonia) is the safety
net that holds even if a check is ever missed: no script, no event handler, and only
http, https and mailto links.
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

from .markup import Html, neutralise_templates

ALLOWED_SCHEMES = {"http", "https", "mailto"}
ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "code", "blockquote",
                "h4", "h5", "h6", "abbr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}

_RAW_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|<!--")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_LINK_TARGETS = re.compile(
    r"\]\(\s*<?([^)\s>]*)"          # [text](target)
    r"|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)",  # [ref]: target
    re.MULTILINE,
)


def problems_in(text: str) -> list[str]:
    """Why this Markdown may not be published, in Dutch; empty when it is fine."""
    problems: list[str] = []
    without_autolinks = _AUTOLINK.sub("", text)
    raw = _RAW_HTML.search(without_autolinks)
    if raw:
        problems.append(f"HTML is niet toegelaten (gevonden: '{raw.group(0)[:40]}'). "
                        "Gebruik Markdown: **vet**, *schuin*, [tekst](https://...).")
    for match in _LINK_TARGETS.finditer(text):
        target = (match.group(1) or match.group(2) or "").strip()
        scheme = target.split(":", 1)[0].lower() if ":" in target else ""
        if scheme not in ALLOWED_SCHEMES:
            shown = target[:60] or "(leeg)"
            problems.append(f"de link '{shown}' is niet toegelaten. Een link begint met "
                            "https://, http:// of mailto:.")
    return problems


_converter = markdown.Markdown(extensions=["sane_lists"])


def to_html(text: str) -> Html:
    """Render contributed Markdown to HTML that cannot carry script or unsafe links."""
    _converter.reset()
    # Escape raw HTML first: Markdown would otherwise pass it through untouched.
    rendered = _converter.convert(_escape_html_outside_autolinks(text))
    # Sanitised: one of the few places where a string from data becomes Html on purpose.
    return Html(neutralise_templates(_cleaner.clean(rendered)))


# Built once: nh3.clean() would rebuild its rules from these sets on every call.
_cleaner = nh3.Cleaner(tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                       url_schemes=ALLOWED_SCHEMES, link_rel="noopener noreferrer")


# A practice's own page holds its description as Markdown, converted once with the page
# (to_html would convert it, and MkDocs then parse the result again as raw HTML). The
# page's Markdown has more extensions than to_html's, so its HTML is sanitised after the
# conversion, between these markers, which contributed text cannot contain: its `<` is
# escaped. Braces travel as private-use characters, so neither Jinja nor attribute lists
# (`{: onclick=...}`) ever see one, and code spans still show them. Headings keep their
# id and permalink, so the page's contents list works; tables are allowed.
_START, _END = "<!-- bijdrage -->", "<!-- /bijdrage -->"
_MARKED = re.compile(re.escape(_START) + "(.*?)" + re.escape(_END), re.DOTALL)
_BRACES = str.maketrans("{}", "\ue000\ue001")
_page_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS | {"h2", "h3", "table", "thead", "tbody", "tr", "th", "td"},
    attributes={**ALLOWED_ATTRIBUTES, **{f"h{n}": {"id"} for n in range(2, 7)}},
    allowed_classes={"a": {"headerlink"}}, url_schemes=ALLOWED_SCHEMES,
    link_rel="noopener noreferrer")


def for_page(text: str) -> str:
    """Contributed Markdown to place in a page; `clean_page` then sanitises its HTML."""
    body = _escape_html_outside_autolinks(text).translate(_BRACES)
    return f"\n\n{_START}\n\n{body}\n\n{_END}\n\n"


def clean_page(page_html: str) -> str:
    """Sanitise every contribution `for_page` placed in this page's HTML."""
    if _START not in page_html:
        return page_html
    return _MARKED.sub(lambda match: _page_cleaner.clean(match.group(1))
                       .replace("\ue000", "&#123;").replace("\ue001", "&#125;"), page_html)


def _escape_html_outside_autolinks(text: str) -> str:
    parts = _AUTOLINK.split(text)
    # split() with one group alternates: text, url, text, url, ...
    return "".join(f"<{part}>" if index % 2 else html.escape(part, quote=False)
                   for index, part in enumerate(parts))


def for_page_meta(value: object) -> str:
    """Text from data as a page title or description. Themes print these unescaped, and
    strip tags and unescape entities for <title>: so angle brackets and braces go, and
    the rest is escaped."""
    plain = re.sub(r"\s+", " ", re.sub(r"[<>{}]", "", str(value))).strip()
    return html.escape(plain, quote=True)
