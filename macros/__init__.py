"""Thin mkdocs-macros adapter: load the data once, expose the rendering core to pages.

All the work is in plain modules (`reference`, `render`); this file only wires them to
the plugin, so the site can move to another engine that reads macros modules.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from . import render
from .reference import DataError, load_reference


def define_env(env) -> None:
    data_dir = Path(env.project_dir) / "data"
    try:
        reference = load_reference(data_dir)
    except DataError as error:
        # PluginError makes MkDocs stop with this text and no Python traceback.
        raise PluginError(str(error)) from None
    env.variables["referentie"] = reference

    def current_page() -> str:
        return env.page.file.src_uri

    def rubric(number: int):
        if number not in reference.rubrics:
            raise PluginError(f"{current_page()}: rubriek {number!r} bestaat niet; "
                              "kies een nummer van 1 tot 8.")
        return reference.rubrics[number]

    @env.macro
    def reflectievragen(nummer: int) -> str:
        """De reflectievragen van één rubriek, elk met een vast anker."""
        return render.reflection_questions(rubric(nummer))

    @env.macro
    def rubriek_titel(nummer: int) -> str:
        return rubric(nummer).title

    @env.macro
    def rubrieken(deel: str | None = None) -> str:
        """Genummerde lijst van de rubrieken (deel: 'informatie' of 'afspraken')."""
        return render.rubric_list(reference, current_page(), deel)

    @env.macro
    def opdrachten() -> str:
        """De opdrachten a tot i van artikel 16, elk met een link naar zijn pagina."""
        return render.task_list(reference, current_page())

    @env.macro
    def begrippenlijst() -> str:
        return render.glossary(reference.terms)

    env.variables["_afkortingen"] = render.abbreviation_definitions(reference.terms)


def on_post_page_macros(env) -> None:
    """Every page ends with its source and review date, then the abbreviation list."""
    reference = env.variables["referentie"]
    try:
        footer = render.page_footer(env.page.meta, reference, env.page.file.src_uri)
    except render.PageMetaError as error:
        raise PluginError(str(error)) from None
    env.markdown += footer + env.variables["_afkortingen"]
