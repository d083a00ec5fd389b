"""Links that open GitHub with a new data file prefilled from its template, or an issue
form, all derived from the one configured repository address."""

from __future__ import annotations

from urllib.parse import urlencode

from .paths import TEMPLATE_DIR
from .markup import Html


def template_for_data_folder(kind: str) -> str:
    """The template as it must read inside data/<folder>/ (schema path one level deeper)."""
    text = (TEMPLATE_DIR / f"{kind}.yml").read_text(encoding="utf-8")
    return text.replace("$schema=../schemas/", "$schema=../../schemas/", 1)


def new_file_url(repository: str, branch: str, kind: str) -> str:
    folder = {"praktijk": "praktijken", "regio": "regios"}[kind]
    query = urlencode({"filename": f"nieuwe-{kind}.yml", "value": template_for_data_folder(kind)})
    return f"{repository.rstrip('/')}/new/{branch}/data/{folder}?{query}"


def issue_form_url(repository: str, kind: str) -> str:
    return f"{repository.rstrip('/')}/issues/new?template={kind}.yml"


def contribute_links(repository: str, branch: str, kind: str) -> str:
    """Two buttons: the issue form first (no Git, no YAML), then the web editor."""
    what = {"praktijk": "een goede praktijk", "regio": "je regio"}[kind]
    return Html(
        '<p class="bijdragen-knoppen">'
        '<a class="md-button md-button--primary" href="{}">Vul het formulier in</a> '
        '<a class="md-button" href="{}">Of voeg {} toe in de webeditor van GitHub</a></p>'
    ).format(issue_form_url(repository, kind), new_file_url(repository, branch, kind), what)
