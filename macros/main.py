"""Thin mkdocs-macros adapter: `module_name: macros/main` in mkdocs.yml points here.

It loads and checks the knowledge base once per build, registers the rendering core's
functions as macros (the table `PageMacros.NAMES`), and hands the knowledge base to the
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


class PageMacros:
    """The macros a page can call, with their Dutch names. Each checks its arguments,
    so a typo in a page stops the build with a message that names the page, and hands
    the work to the core with the current page for relative links."""

    def __init__(self, env, kb: KnowledgeBase, repository: str):
        self.env, self.kb, self.reference, self.repository = env, kb, kb.reference, repository

    # What a page may call; define_env registers exactly these.
    NAMES = ("reflectievragen", "rubrieken", "opdrachten", "begrippenlijst", "werkblad",
             "fiche_rubriek", "fiche_opdracht", "fiche_regio", "praktijken_bij_opdracht",
             "aanspreekpunten_bij_opdracht", "praktijken_bij_rubriek", "catalogus",
             "regio_overzicht", "regio_pagina", "regio_naam", "bijdrage_knoppen", "nieuw",
             "gegevens_downloads")

    def _page(self) -> str:
        return page_path(self.env.page)

    def _fail(self, message: str):
        raise PluginError(f"docs/{self._page()}: {message}")

    def _rubric(self, number: int):
        if number not in self.reference.rubrics:
            self._fail(f"rubriek {number!r} bestaat niet; kies een nummer van 1 tot 8.")
        return self.reference.rubrics[number]

    def _task(self, letter: str) -> str:
        if letter not in self.reference.tasks:
            self._fail(f"opdracht {letter!r} bestaat niet; kies een letter van a tot i.")
        return letter

    def _region(self, region_id: str) -> str:
        if region_id not in self.kb.regions:
            self._fail(f"regio {region_id!r} bestaat niet in data/regios/.")
        return region_id

    def _site_url(self) -> str:
        # The printed address of a fiche's full page uses the public site URL.
        return self.env.conf.get("site_url") or ""

    def _region_form(self) -> str:
        # Where a page says a region's data is missing, it links the form for regions.
        return contribute.issue_form_url(self.repository, "regio")

    def _reviewed(self):
        # A rubric or task fiche's review date is the fiche page's own.
        return (getattr(self.env.page, "meta", None) or {}).get("herzien")

    def reflectievragen(self, nummer: int) -> str:
        """De reflectievragen van één rubriek, elk met een vast anker."""
        return render.reflection_questions(self._rubric(nummer))

    def rubrieken(self, deel: str | None = None) -> str:
        """Lijst van de rubrieken (deel: 'informatie' of 'afspraken')."""
        return render.rubric_list(self.reference, self._page(), deel)

    def opdrachten(self) -> str:
        """De opdrachten a tot i van artikel 16, elk met een link naar zijn pagina."""
        return render.task_list(self.reference, self._page())

    def begrippenlijst(self) -> str:
        return render.glossary(self.reference.terms)

    def werkblad(self) -> str:
        """Het werkblad samenwerkingsafspraken, met de reflectievragen uit dezelfde bron."""
        return worksheet_html.worksheet(self.reference)

    def fiche_rubriek(self, nummer: int) -> str:
        """Fiche om af te drukken: samenvatting, reflectievragen en ruimte voor notities."""
        return fiches.rubric_fiche(self.kb, self._rubric(nummer).number, self._page(),
                                   site_url=self._site_url(), reviewed=self._reviewed())

    def fiche_opdracht(self, letter: str) -> str:
        """Fiche om af te drukken: wat het decreet vraagt, praktijken, aanspreekpunten."""
        return fiches.task_fiche(self.kb, self._task(letter), self._page(),
                                 site_url=self._site_url(), reviewed=self._reviewed(),
                                 region_form=self._region_form())

    def fiche_regio(self, regio_id: str) -> str:
        """Fiche om af te drukken: werkgebied, CLB's, contacten en praktijken van een regio."""
        return fiches.region_fiche(self.kb, self._region(regio_id), self._page(),
                                   site_url=self._site_url())

    def praktijken_bij_opdracht(self, letter: str) -> str:
        return practices.practices_for_task(self.kb, self._task(letter), self._page())

    def aanspreekpunten_bij_opdracht(self, letter: str) -> str:
        return practices.contact_points_for_task(self.kb, self._task(letter), self._page(),
                                                 self._region_form())

    def praktijken_bij_rubriek(self, nummer: int) -> str:
        return practices.practices_for_rubric(self.kb, self._rubric(nummer).number, self._page())

    def catalogus(self, pagina: int = 1) -> str:
        """Eén pagina van de catalogus van goede praktijken, met de filters."""
        return practices.catalogue(self.kb, self._page(), pagina)

    def regio_overzicht(self) -> str:
        return practices.region_overview(self.kb, self._page(), self._region_form())

    def regio_pagina(self, regio_id: str) -> str:
        return practices.region_details(self.kb, self._region(regio_id), self._region_form())

    def regio_naam(self, regio_id: str) -> str:
        return escape(self.kb.regions[self._region(regio_id)].name)

    def bijdrage_knoppen(self, soort: str) -> str:
        """Knoppen om een praktijk of regio toe te voegen (soort: 'praktijk' of 'regio')."""
        if soort not in ("praktijk", "regio"):
            self._fail(f"bijdrage_knoppen({soort!r}): kies 'praktijk' of 'regio'.")
        return contribute.contribute_links(self.repository, self.env.conf["extra"]["branch"], soort)

    def nieuw(self) -> str:
        """De recent toegevoegde of bijgewerkte praktijken."""
        return whats_new.recent_list(self.kb, self._page())

    def gegevens_downloads(self) -> str:
        return export.download_links(href(self._page(), HOME_PAGE))


def knowledge_base_for(config, hook: str, without: str) -> KnowledgeBase:
    """The knowledge base the macros plugin validated for this build, read by a hook from
    the channel define_env writes; without it the build stops, saying what `hook` cannot
    do (`without`) and how to fix it."""
    kb = getattr(config.plugins.get("macros"), "knowledge_base", None)
    if kb is None:
        raise PluginError(f"{hook}: de kennisbank is niet geladen, dus {without}. Zet in "
                          "mkdocs.yml de plugin 'macros' met 'module_name: macros/main' onder "
                          "'plugins'.")
    return kb


def define_env(env) -> None:
    data_dir = Path(env.project_dir) / "data"
    try:
        kb = load_knowledge_base(data_dir)
    except DataError as error:
        # PluginError makes MkDocs stop with this text and no Python traceback.
        raise PluginError(str(error)) from None
    # The channel to the hooks. Not in env.variables: the plugin serialises its variables
    # for a debug log on every build, which for the whole knowledge base costs time.
    env.knowledge_base = kb
    # The repository address lives in one place (extra.repository); the edit link of
    # every page follows from it.
    repository = env.conf["extra"]["repository"].rstrip("/")
    env.conf["edit_uri"] = f"{repository}/edit/{env.conf['extra']['branch']}/docs/"
    env.variables["_afkortingen"] = render.abbreviation_definitions(kb.reference.terms)
    macros = PageMacros(env, kb, repository)
    for name in PageMacros.NAMES:
        env.macro(getattr(macros, name), name)


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
        footer = render.page_footer(env.page.meta, kb.reference, page_path(env.page),
                                    env.markdown)
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
