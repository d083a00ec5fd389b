"""MkDocs hook: two attributes in Material's own templates that the Nu HTML checker
rejects on every page, removed from the built HTML instead of copying whole templates.

- `tabindex=""` on navigation labels: an empty tabindex is not a valid value.
- `autocomplete` on the drawer and search checkboxes: not allowed on a checkbox.

The whole-handbook page is written by mkdocs-print-site-plugin after the other pages
(hooks run after plugins), so it is fixed in on_post_build, with two more of the plugin's
own: a `heading-number` attribute (kept as a data attribute) and the style element for
numbered headings, which this site does not use (enumerate_headings is off).
"""

from __future__ import annotations

import re
from pathlib import Path

_EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?) tabindex=""')
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*type="checkbox"[^>]*?) autocomplete="off"')


def on_post_page(output: str, page, config) -> str:
    output = _EMPTY_TABINDEX.sub(r"\1", output)
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", output)


def on_post_template(output: str, template_name: str, config) -> str:
    """The same for pages built from a template only, such as 404.html."""
    return on_post_page(output, None, config)


_HEADING_NUMBER = re.compile(r'(<section\b[^>]*?) heading-number=')
_ENUMERATE_STYLE = re.compile(r"<style>\s*\.print-site-enumerate-headings.*?</style>", re.S)


def on_post_build(config) -> None:
    handbook = Path(config["site_dir"]) / "handboek" / "index.html"
    if handbook.exists():
        html = on_post_page(handbook.read_text(encoding="utf-8"), None, config)
        html = _HEADING_NUMBER.sub(r"\1 data-heading-number=", html)
        handbook.write_text(_ENUMERATE_STYLE.sub("", html), encoding="utf-8")
