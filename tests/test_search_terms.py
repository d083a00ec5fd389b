"""The word list and term variants the search adds to Pagefind (macros/search_terms.py),
without a build: what a reader's typed word is looked up as, and which words and
variants reach the browser."""

from __future__ import annotations

import json

from macros.reference import Term
from macros.render import glossary
from macros.search_terms import (count_words, fold, indexed_text, shards, variant_groups,
                                 word_key, write_search_files)


def test_a_word_is_looked_up_folded_and_without_symbols():
    assert fold("Zorgcontinuüm") == "zorgcontinuum"
    assert fold("hiërarchische officiële") == "hierarchische officiele"
    assert word_key("CLBch@t") == "clbchat"  # the letter people type for the symbol
    assert word_key("SID-in") == "sidin"
    assert word_key("CLB's") == "clbs"
    assert word_key("MLER_136") == "mler136"


def test_only_the_indexed_part_of_a_page_counts_without_permalinks_or_ignored_parts():
    page = ('<nav>Menuwoord</nav><article class="md-content__inner md-typeset" data-pagefind-body>'
            '<h1>Beroepsgeheim<a class="headerlink" href="#x">&para;</a></h1>'
            '<ul data-pagefind-ignore><li>Lijstwoord</li></ul><p>Gedeeld &amp; geheim</p>'
            '<a href="x" title="Wijzig" class="md-content__button md-icon">Knopwoord</a>'
            '<p class="pdf-download"><a href="x.pdf" download>Downloadwoord</a></p>'
            '<script>scriptwoord()</script></article>')
    text = indexed_text(page)
    assert "Beroepsgeheim" in text and "Gedeeld & geheim" in text
    for absent in ("Menuwoord", "Lijstwoord", "scriptwoord", "¶", "Knopwoord", "Downloadwoord"):
        assert absent not in text
    assert indexed_text("<article class='md-content__inner'><p>niet gemarkeerd</p></article>") == ""


def test_words_count_pages_and_keep_the_written_form_only_where_pagefind_needs_it():
    words = count_words(["CLBch@t en CLBch@t", "De CLBch@t, het zorgcontinuüm.", "Een 2026 en ab"])
    assert words["clbchat"] == (2, 0, "clbch@t")  # two pages, searched as the site writes it
    assert words["zorgcontinuum"] == (1, 0, "")  # Pagefind matches diacritics itself
    assert "2026" not in words and "ab" not in words and "en" not in words


def test_words_are_counted_apart_for_pages_and_practices():
    # Two indexes: a query goes to the practices' one only with words that are in it.
    words = count_words(["Hiërarchische lijn", "De lijn"], ["Een lijn van 9 h tot 17 h", "Draaischijf"])
    assert words["hierarchische"] == (1, 0, "")
    assert words["lijn"] == (2, 1, "")
    assert words["draaischijf"] == (0, 1, "")


def test_word_list_is_split_by_first_and_second_letter_and_sorted():
    files = shards({"zorg": (3, 1, ""), "zorgcontinuum": (1, 0, ""), "clbchat": (2, 0, "clbch@t")})
    assert files["v-z"] == [["zorg", 3, 1], ["zorgcontinuum", 1, 0]]
    assert files["t-o"] == [["zorg", 3, 1], ["zorgcontinuum", 1, 0]]
    assert files["v-c"] == [["clbchat", 2, 0, "clbch@t"]] and files["t-l"] == files["v-c"]
    # Every letter has its file, so the browser never asks for one that is missing.
    assert files["v-q"] == [] and files["t-_"] == [] and files["e-q"] == []


def test_the_words_ending_in_a_word_are_one_prefix_away():
    files = shards({"schooluitval": (0, 1, ""), "uitval": (2, 0, ""), "uitvallen": (1, 0, ""),
                    "clbchat": (2, 0, "clbch@t")})
    assert files["e-l"] == [["lavtiu", 2, 0], ["lavtiuloohcs", 0, 1]]
    assert files["e-n"] == [["nellavtiu", 1, 0]]
    assert files["e-t"] == [["tahcblc", 2, 0, "clbch@t"]]


def test_variant_groups_come_from_abbreviation_expansion_and_variants():
    groups = variant_groups([
        Term("ISC", "Internettensamenwerkingscel", None),
        Term("POC", "aanspreekpunt radicalisering (point of contact)", None, ("POC's",)),
        Term("SID-in", "SID-in-beurs, een informatiebeurs over studiekeuze", None),
        Term("LLB", "LLB", None),  # nothing to vary: left out
    ])
    assert groups == [
        ["isc", "internettensamenwerkingscel"],
        ["poc", "aanspreekpunt radicalisering", "point of contact", "poc's"],
        ["sid-in", "sid-in-beurs"],
    ]


def test_search_files_are_written_beside_the_site(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<article class="md-content__inner md-typeset" data-pagefind-body><p>Hiërarchische lijn</p></article>',
        encoding="utf-8")
    (tmp_path / "praktijken" / "p").mkdir(parents=True)
    (tmp_path / "praktijken" / "p" / "index.html").write_text(
        '<article class="md-content__inner md-typeset" data-pagefind-body><p>Een lijn</p></article>',
        encoding="utf-8")
    summary = write_search_files(tmp_path, [Term("MDO", "multidisciplinair overleg", None)],
                                 {"praktijken/p/index.html"})
    assert summary == {"woorden": 3, "varianten": 1}  # hierarchische, lijn, een
    assert json.loads((tmp_path / "zoeken/woorden/v-h.json").read_text()) == [["hierarchische", 1, 0]]
    assert json.loads((tmp_path / "zoeken/woorden/v-l.json").read_text()) == [["lijn", 1, 1]]
    assert json.loads((tmp_path / "zoeken/varianten.json").read_text()) == [
        ["mdo", "multidisciplinair overleg"]]


def test_the_glossary_names_the_other_spellings_the_search_knows():
    html = glossary((Term("LLB", "leerlingenbegeleiding", None, ("leerlingbegeleiding",)),))
    assert "Ook geschreven als: leerlingbegeleiding." in html
