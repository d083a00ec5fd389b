"""The catalogue's own word index: which practices have which word, for the catalogue's
search in the browser (docs/javascripts/catalogus/words.js reads it).

Why not Pagefind's index of the practices, which the site search uses: before its first
result Pagefind fetches its code and WebAssembly (96 KB gzipped) and its list of every
page (34 KB at 5,000 practices), and then a part of its index of 17 to 42 KB a word,
since it keeps where in a page each word is. The catalogue needs less: which practices
have a word, and how often. Measured at 5,000 practices, the largest file of this index
is about 22 KB and a word's file mostly 3 to 12 KB, and nothing else comes first.

It finds what Pagefind finds: every word stemmed as Pagefind stems it (the Dutch Snowball
stemmer, docs/javascripts/zoeken/stem.js in the browser), a query word matching every
stem that starts with its own, and a practice found only when it has every word. The
words are Pagefind's: the text it extracted from each practice page (hooks/search_index.py
passes it on), the same parts left out.

Files: per two first letters of a stem ('sc'), an object {stem: practices}, the practices
as 'delta[.weight]' joined by ',': a practice's position in catalogue order, as the
difference with the previous one, in base 36; the weight, how often the practice has the
word (a word of its title counts TITLE_WEIGHT times), when it is more than 1. Only the
files that have a stem exist, and a list of their names says which (hooks/search_index.py):
creating every possible file (37 x 37) made each rebuild of `make serve` up to a second
slower.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Iterable

import snowballstemmer

from .search_terms import TOKEN, fold, shard_name, word_key

TITLE_WEIGHT = 5     # a word in the title counts as often; Pagefind weighs a title 7 times
MAX_WEIGHT = 35      # one base-36 digit
_PARTS = re.compile(r"[\W_]+")

_stemmer = snowballstemmer.stemmer("dutch_porter")  # Pagefind's Dutch stemmer (rust-stemmers)


@functools.lru_cache(maxsize=None)
def stem(key: str) -> str:
    return _stemmer.stemWord(key)


def shard_of(stem_: str) -> str:
    """The file of a stem: its first two characters, '_' for a character outside a-z and
    0-9 or for none (a stem of one letter)."""
    return shard_name(stem_[0]) + shard_name(stem_[1] if len(stem_) > 1 else "_")


def keys_of(text: str) -> list[str]:
    """The keys of a text's words (search_terms.word_key), as Pagefind indexes them: a
    word with symbols inside ('SID-in', 'CLBch@t') whole and also in its parts."""
    keys = []
    for token in TOKEN.findall(text):
        whole = word_key(token)
        if whole:
            keys.append(whole)
        parts = [part for part in _PARTS.split(fold(token)) if part]
        if len(parts) > 1:
            keys.extend(part for part in parts if part != whole)
    return keys


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def encode(weights: dict[int, int]) -> str:
    """{position: weight} as the index writes it ('3,2.5': positions 3 and 5, 5 twice)."""
    out, last = [], -1
    for position in sorted(weights):
        weight = min(weights[position], MAX_WEIGHT)
        delta = _base36(position - last)
        out.append(delta if weight == 1 else f"{delta}.{_base36(weight)}")
        last = position
    return ",".join(out)


def word_index(practices: Iterable[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """Per file (shard_of), per stem, its practices (encode); only the files that have a
    stem. `practices`: each practice's (title, text) in catalogue order, the text with
    its title."""
    weights: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for position, (title, text) in enumerate(practices):
        for key in keys_of(text):
            weights[stem(key)][position] += 1
        for key in keys_of(title):
            weights[stem(key)][position] += TITLE_WEIGHT - 1
    files: dict[str, dict[str, str]] = defaultdict(dict)
    for stem_ in sorted(weights):
        files[shard_of(stem_)][stem_] = encode(weights[stem_])
    return files
