"""Links that open GitHub with a new data file prefilled from its template, or an issue
form, all derived from the one configured repository address."""

from __future__ import annotations

from urllib.parse import urlencode

from .paths import TEMPLATE_DIR
from .markup import escape


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
    """Two buttons: a pull request in the web editor, or the issue form."""
    what = {"praktijk": "een goede praktijk", "regio": "je regio"}[kind]
    return (
        '<p class="bijdragen-knoppen">'
        f'<a class="md-button md-button--primary" href="{escape(new_file_url(repository, branch, kind))}">'
        f"Voeg {what} toe in de webeditor van GitHub</a> "
        f'<a class="md-button" href="{escape(issue_form_url(repository, kind))}">'
        f"Of vul het formulier in</a></p>"
    )
