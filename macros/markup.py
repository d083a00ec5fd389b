"""HTML as a type: the one escaping rule for every page, fiche and list; and the two
rules for text that goes into Markdown source instead of HTML.

`Html` is MarkupSafe's `Markup` with one addition. A plain string that meets it (through
`Html(...).format()`, `+`, or `Html.join()`) is escaped; an `Html` value passes as it
is. So a title from YAML cannot become markup by forgetting a call: it has to be made
`Html` on purpose, and the only places that do so are the sanitiser (`safe_markdown`)
and the literal templates in the code.

The addition: braces become entities too, so a Jinja expression in the data is shown and
never evaluated, whatever renders the page afterwards. Quotes are escaped as `html.escape`
does (`&quot;`, `&#x27;`), which is also what the sanitiser writes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from markupsafe import Markup

def _escaped(text: str) -> str:
    # str.replace in C is several times faster here than html.escape + translate, and
    # this runs tens of thousands of times per build.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;")
            .replace("{", "&#123;").replace("}", "&#125;"))


def _as_html(value: object) -> str:
    """The text of `value` as HTML: markup as it is, anything else escaped."""
    if type(value) is str:  # the common case first: this runs tens of thousands of times
        return _escaped(value)
    if hasattr(value, "__html__"):
        return value.__html__()
    return _escaped(str(value))


class Html(Markup):
    __slots__ = ()

    @classmethod
    def escape(cls, value: object) -> Html:
        return value if isinstance(value, Html) else cls(_as_html(value))

    def format(self, *args: object) -> Html:
        """`{}` fields only, each filled with its argument escaped (MarkupSafe's general
        formatter, with format specs and keywords, costs several times as much)."""
        return Html(str.format(self, *map(_as_html, args)))

    def join(self, parts) -> Html:
        return Html(str.join(self, map(_as_html, parts)))


def escape(value: object) -> Html:
    """Text from data as HTML: every special character escaped, braces included."""
    return Html.escape(value)


def join(parts: Iterable[object], separator: str = "") -> Html:
    """Parts joined into HTML; plain strings among them are escaped."""
    return Html(separator).join(parts)


def neutralise_templates(value: str) -> str:
    """Braces as entities, for HTML made elsewhere (the sanitiser's output)."""
    return value.replace("{", "&#123;").replace("}", "&#125;")


# Markdown source is another context: Markdown must still read it, and it renders the
# entities itself. These are the only two ways text enters Markdown that the code writes.

def markdown_text(value: str) -> str:
    """The site's own reference text (data/referentie/) in Markdown: it never forms HTML,
    and its Markdown emphasis stays, as the reference lists may use it."""
    return html.escape(value, quote=False)


_MARKDOWN_MARKERS = re.compile(r"([\\`*_\[\]#!<>])")


def markdown_literal(value: object) -> str:
    """Text from contributed data in Markdown (a page's heading): escaped as HTML, and
    every Markdown marker escaped too, so it shows exactly as written."""
    return _MARKDOWN_MARKERS.sub(r"\\\1", escape(value))
