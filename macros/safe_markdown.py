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


def to_html(text: str) -> str:
    """Render contributed Markdown to HTML that cannot carry script or unsafe links."""
    _converter.reset()
    # Escape raw HTML first: Markdown would otherwise pass it through untouched.
    rendered = _converter.convert(_escape_html_outside_autolinks(text))
    clean = nh3.clean(rendered, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                      url_schemes=ALLOWED_SCHEMES, link_rel="noopener noreferrer")
    return neutralise_templates(clean)


def _escape_html_outside_autolinks(text: str) -> str:
    parts = _AUTOLINK.split(text)
    # split() with one group alternates: text, url, text, url, ...
    return "".join(f"<{part}>" if index % 2 else html.escape(part, quote=False)
                   for index, part in enumerate(parts))


def neutralise_templates(value: str) -> str:
    """Braces as entities: a Jinja expression in data is shown, never evaluated."""
    return value.replace("{", "&#123;").replace("}", "&#125;")


def escape(value: object) -> str:
    """Plain text from YAML into HTML: every special character escaped."""
    return neutralise_templates(html.escape(str(value), quote=True))


def for_page_meta(value: object) -> str:
    """Text from data as a page title or description. Themes print these unescaped, and
    strip tags and unescape entities for <title>: so angle brackets and braces go, and
    the rest is escaped."""
    plain = re.sub(r"\s+", " ", re.sub(r"[<>{}]", "", str(value))).strip()
    return html.escape(plain, quote=True)
