"""Thin mkdocs-macros adapter: `module_name: macros/main` in mkdocs.yml points here.

It loads and checks the knowledge base once per build, registers the rendering core's
functions as macros (the table in `define_env`), and hands the knowledge base to the
hooks through one documented channel: the attribute `knowledge_base` of the macros
plugin object, which a hook reads as `config.plugins["macros"].knowledge_base`. All the
work is in the plain modules of this package, which import nothing of MkDocs, so the
site can move to another engine that reads macros modules (Zensical does).
"""

from __future__ import annotations

import sys
from pathlib import Path

# mkdocs-macros and Zensical load this file by its path, not as part of the package:
# make the project root importable so the core resolves as the package `macros`.
_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

try:
    # MkDocs prints a PluginError's message and stops, without a traceback.
    from mkdocs.exceptions import PluginError
except ImportError:  # Zensical reads this module without MkDocs
    class PluginError(Exception):
        pass

from macros import contribute, export, fiches, render, whats_new  # noqa: E402
from macros import practices_html as practices  # noqa: E402
from macros import worksheet as worksheet_html  # noqa: E402
from macros.markup import escape  # noqa: E402
from macros.knowledge import KnowledgeBase, load_knowledge_base  # noqa: E402
from macros.paths import HOME_PAGE, href  # noqa: E402
from macros.reference import DataError  # noqa: E402


def define_env(env) -> None:
    data_dir = Path(env.project_dir) / "data"
    try:
        kb = load_knowledge_base(data_dir)
    except DataError as error:
        # PluginError makes MkDocs stop with this text and no Python traceback.
        raise PluginError(str(error)) from None
    reference = kb.reference
    # The channel to the hooks. Not in env.variables: the plugin serialises its variables
    # for a debug log on every build, which for the whole knowledge base costs time.
    env.knowledge_base = kb
    # The repository address lives in one place (extra.repository); the edit link of
    # every page follows from it.
    repository = env.conf["extra"]["repository"].rstrip("/")
    env.conf["edit_uri"] = f"{repository}/edit/{env.conf['extra']['branch']}/docs/"
    env.variables["_afkortingen"] = render.abbreviation_definitions(reference.terms)

    def current_page() -> str:
        return page_path(env.page)

    def fail(message: str):
        raise PluginError(f"docs/{current_page()}: {message}")

    def rubric(number: int):
        if number not in reference.rubrics:
            fail(f"rubriek {number!r} bestaat niet; kies een nummer van 1 tot 8.")
        return reference.rubrics[number]

    def task(letter: str) -> str:
        if letter not in reference.tasks:
            fail(f"opdracht {letter!r} bestaat niet; kies een letter van a tot i.")
        return letter

    def region(region_id: str) -> str:
        if region_id not in kb.regions:
            fail(f"regio {region_id!r} bestaat niet in data/regios/.")
        return region_id

    @env.macro
    def reflectievragen(nummer: int) -> str:
        """De reflectievragen van één rubriek, elk met een vast anker."""
        return render.reflection_questions(rubric(nummer))

    @env.macro
    def rubrieken(deel: str | None = None) -> str:
        """Lijst van de rubrieken (deel: 'informatie' of 'afspraken')."""
        return render.rubric_list(reference, current_page(), deel)

    @env.macro
    def opdrachten() -> str:
        """De opdrachten a tot i van artikel 16, elk met een link naar zijn pagina."""
        return render.task_list(reference, current_page())

    @env.macro
    def begrippenlijst() -> str:
        return render.glossary(reference.terms)

    @env.macro
    def werkblad() -> str:
        """Het werkblad samenwerkingsafspraken, met de reflectievragen uit dezelfde bron."""
        return worksheet_html.worksheet(reference)

    def fiche_options() -> dict:
        # The printed address of the full page uses the public site URL; the review
        # date is the fiche page's own, from its front matter.
        meta = getattr(env.page, "meta", None) or {}
        return {"site_url": env.conf.get("site_url") or "", "reviewed": meta.get("herzien")}

    @env.macro
    def fiche_rubriek(nummer: int) -> str:
        """Fiche om af te drukken: samenvatting, reflectievragen en ruimte voor notities."""
        return fiches.rubric_fiche(kb, rubric(nummer).number, current_page(), **fiche_options())

    @env.macro
    def fiche_opdracht(letter: str) -> str:
        """Fiche om af te drukken: wat het decreet vraagt, praktijken, aanspreekpunten."""
        return fiches.task_fiche(kb, task(letter), current_page(), **fiche_options())

    @env.macro
    def fiche_regio(regio_id: str) -> str:
        """Fiche om af te drukken: werkgebied, CLB's, contacten en praktijken van een regio."""
        return fiches.region_fiche(kb, region(regio_id), current_page(),
                                   site_url=fiche_options()["site_url"])

    @env.macro
    def praktijken_bij_opdracht(letter: str) -> str:
        return practices.practices_for_task(kb, task(letter), current_page())

    @env.macro
    def aanspreekpunten_bij_opdracht(letter: str) -> str:
        return practices.contact_points_for_task(kb, task(letter), current_page())

    @env.macro
    def praktijken_bij_rubriek(nummer: int) -> str:
        return practices.practices_for_rubric(kb, rubric(nummer).number, current_page())

    @env.macro
    def catalogus(pagina: int = 1) -> str:
        """Eén pagina van de catalogus van goede praktijken, met de filters."""
        return practices.catalogue(kb, current_page(), pagina)

    @env.macro
    def regio_overzicht() -> str:
        return practices.region_overview(kb, current_page())

    @env.macro
    def regio_pagina(regio_id: str) -> str:
        return practices.region_details(kb, region(regio_id))

    @env.macro
    def regio_naam(regio_id: str) -> str:
        return escape(kb.regions[region(regio_id)]["naam"])

    @env.macro
    def bijdrage_knoppen(soort: str) -> str:
        """Knoppen om een praktijk of regio toe te voegen (soort: 'praktijk' of 'regio')."""
        if soort not in ("praktijk", "regio"):
            fail(f"bijdrage_knoppen({soort!r}): kies 'praktijk' of 'regio'.")
        return contribute.contribute_links(repository, env.conf["extra"]["branch"], soort)

    @env.macro
    def nieuw() -> str:
        """De recent toegevoegde of bijgewerkte praktijken."""
        return whats_new.recent_list(kb, current_page())

    @env.macro
    def gegevens_downloads() -> str:
        return export.download_links(href(current_page(), HOME_PAGE))


def page_path(page) -> str:
    """The page's path in docs/: MkDocs keeps it on page.file, Zensical on page.path."""
    file = getattr(page, "file", None)
    return file.src_uri if file is not None else str(page.path)


def on_post_page_macros(env) -> None:
    """Every page ends with its source and review date, then the abbreviation list."""
    kb: KnowledgeBase = env.knowledge_base
    data_file = env.page.meta.get("gegevensbestand")
    if data_file:
        # A page generated from a practice or region: its edit link opens that YAML file.
        extra = env.conf["extra"]
        env.page.edit_url = (f"{extra['repository'].rstrip('/')}/edit/{extra['branch']}/"
                             f"{data_file}")
    try:
        footer = render.page_footer(env.page.meta, kb.reference, page_path(env.page))
    except render.PageMetaError as error:
        raise PluginError(str(error)) from None
    env.markdown += footer + env.variables["_afkortingen"]


def on_post_build(env) -> None:
    """Publish the validated data as JSON (with its schemas) and the Atom feed."""
    kb: KnowledgeBase = env.knowledge_base
    site_dir = Path(env.conf["site_dir"])
    export.write_json(kb, site_dir)
    feed = whats_new.atom_feed(kb, env.conf["site_url"] or "/", env.conf["site_name"])
    (site_dir / whats_new.FEED_FILE).write_text(feed, encoding="utf-8")
