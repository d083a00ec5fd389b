"""MkDocs hook: mkdocs-print-site-plugin adds its stylesheets and script to every page,
though only the whole-handbook page (/handboek/, which it writes itself, after this hook)
uses them. Every other page leaves them out: a reader's phone downloads 3 KB less per
page, which counts against the search's download budget (README, "Zoeken").
"""

from __future__ import annotations

import re

# Each pattern starts with a literal, which the regex engine finds fast in a long page.
_PRINT_SITE_ASSETS = (re.compile(r'<link rel="stylesheet" href="[^"]*css/print-site[^"]*\.css">'),
                      re.compile(r'<script src="[^"]*js/print-site\.js"></script>'))


def on_post_page(output: str, page, config) -> str:
    for pattern in _PRINT_SITE_ASSETS:
        output = pattern.sub("", output)
    return output
