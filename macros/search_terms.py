"""The word list and the term variants the site's search uses beside Pagefind's index.

Pagefind (run by hooks/search_index.py) finds words with or without diacritics, stems
Dutch and loads only the index chunks a query needs. What it cannot know is what a reader
meant by a word that is not on the site: a typo, a compound typed as two words, a name
written without its symbol ("clbchat" for CLBch@t), an abbreviation for its expansion.
For that, docs/javascripts/zoeken.js needs the site's own words, so this module writes:

- `zoeken/woorden/v-<c>.json`: every word on the indexed pages whose key starts with <c>,
  and `zoeken/woorden/t-<c>.json`: those whose key has <c> as second character (for a
  typo in the first letter), each with the number of pages and of practices it is on;
  `zoeken/woorden/e-<c>.json`: those whose key ends with <c>, each key written backwards,
  so that the words ending in a typed word are one prefix away (a compound's head:
  "uitval" in schooluitval).
  A key is the word folded: lower case, no diacritics, no symbols. A query loads one or
  two of these small files, never the whole list, so what a phone fetches does not grow
  with the number of practices the way one list would.
- `zoeken/varianten.json`: groups of terms that mean the same, from
  data/referentie/begrippen.yml (abbreviation, expansion, `varianten`), folded.

Plain Python: text in, files out; no MkDocs.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from pathlib import Path

from .reference import Term

OUTPUT_DIR = "zoeken"
# The indexed part of a page: hooks/search_index.py marks it with this attribute.
BODY_ATTRIBUTE = "data-pagefind-body"
_BODY = re.compile(r"<article\b[^>]*\bdata-pagefind-body\b[^>]*>(.*?)</article>", re.S)
# Parts of a page that are not its content: permalink signs, the edit button, the PDF
# link (made after the pages, by hooks/pdf_downloads.py), the "Fout gezien?" line, and the
# source footer every page repeats (on every practice it names the NROC regions, which
# made "NROC" a word of every page: slow to search, and no help in finding one).
# Pagefind skips them (hooks/search_index.py passes this list), and so does the word list.
NOT_CONTENT = ("headerlink", "md-content__button", "pdf-download", "fout-gezien", "paginabron")
_IGNORED = re.compile(
    r'<(\w+)\b[^>]*\bclass="(?:[^"]*\s)?(?:%s)(?:\s[^"]*)?"[^>]*>.*?</\1>' % "|".join(NOT_CONTENT)
    + r"|<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>.*?</\2>"
    r"|<(script|style|svg|template)\b.*?</\3>", re.S)
_TAG = re.compile(r"<[^>]+>")
# A word as written, symbols inside it included (CLBch@t, SID-in, MLER_136, CLB's).
TOKEN = re.compile(r"[\w@&'’+]+(?:[-_./][\w@&'’+]+)*")
# Symbols that stand for a letter in a name: the key keeps the letter people type.
_LOOKALIKES = str.maketrans({"@": "a"})
_NOT_ALNUM = re.compile(r"[\W_]+")
MIN_KEY = 3  # shorter words are neither corrected nor suggested


def fold(text: str) -> str:
    """Lower case without diacritics: 'Zorgcontinuüm' -> 'zorgcontinuum'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_key(word: str) -> str:
    """How a word is looked up: folded, a look-alike symbol as its letter, no other
    symbols. 'CLBch@t' -> 'clbchat', 'SID-in' -> 'sidin', "CLB's" -> 'clbs'."""
    return _NOT_ALNUM.sub("", fold(word).translate(_LOOKALIKES))


def indexed_text(page_html: str) -> str:
    """The text of a built page's indexed part, or '' for a page that is not indexed."""
    body = _BODY.search(page_html)
    if not body:
        return ""
    return html.unescape(_TAG.sub(" ", _IGNORED.sub(" ", body.group(1))))


def count_words(pages: Iterable[str], practices: Iterable[str] = ()) -> dict[str, tuple[int, int, str]]:
    """Every key with the number of pages and of practices it is on, and the form written
    most often, kept only where Pagefind needs it (a symbol inside: 'clbch@t' for
    'clbchat'). Pages and practices are two indexes (hooks/search_index.py): a query
    goes to an index only if its words are in it, or Pagefind would answer with the
    longest start of the word that is ('h' for 'hierarchische')."""
    counts: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for is_practice, texts in ((False, pages), (True, practices)):
        for text in texts:
            keys = set()
            for token in TOKEN.findall(text):
                token = token.strip("'’")
                key = word_key(token)
                if len(key) < MIN_KEY or key.isdigit():
                    continue
                keys.add(key)
                forms[key][fold(token)] += 1
            counts[is_practice].update(keys)
    words = {}
    for key, written in forms.items():
        form = written.most_common(1)[0][0]
        words[key] = (counts[False][key], counts[True][key], form if _NOT_ALNUM.search(form) else "")
    return words


def shard_name(character: str) -> str:
    return character if character.isascii() and character.isalnum() else "_"


def shards(words: dict[str, tuple[int, int, str]]) -> dict[str, list]:
    """The word list in files by first ('v-') and by second ('t-') character, sorted, each
    entry [key, pages, practices] or [key, pages, practices, form]; and by last character
    ('e-'), sorted by the key written backwards, which takes the key's place."""
    # Every file exists, empty or not: the browser asks without a 404 in its console.
    files: dict[str, list] = {f"{family}-{c}": [] for family in "vte"
                              for c in "abcdefghijklmnopqrstuvwxyz0123456789_"}
    for key in sorted(words):
        pages, practices, form = words[key]
        entry = [key, pages, practices, form] if form else [key, pages, practices]
        files[f"v-{shard_name(key[0])}"].append(entry)
        files[f"t-{shard_name(key[1])}"].append(entry)
    for key in sorted(words, key=lambda k: k[::-1]):
        pages, practices, form = words[key]
        backwards = [key[::-1], pages, practices]
        files[f"e-{shard_name(key[-1])}"].append(backwards + [form] if form else backwards)
    return files


def _phrases(text: str) -> list[str]:
    """An expansion as people type it: 'SID-in-beurs, een informatiebeurs over studiekeuze'
    is looked for as 'sid-in-beurs'; 'aanspreekpunt radicalisering (point of contact)' as
    both parts."""
    main, *_ = text.split(", ")
    inner = re.findall(r"\(([^)]*)\)", main)
    outer = re.sub(r"\s*\([^)]*\)", "", main)
    return [fold(p).strip() for p in (outer, *inner) if p.strip()]


def variant_groups(terms: Iterable[Term]) -> list[list[str]]:
    """Per term the folded ways to write it: abbreviation, expansion, variants."""
    groups = []
    for term in terms:
        group: list[str] = []
        for phrase in (fold(term.abbreviation), *_phrases(term.full),
                       *(fold(v).strip() for v in term.variants)):
            if phrase and phrase not in group:
                group.append(phrase)
        if len(group) > 1:
            groups.append(group)
    return groups


def write_search_files(site_dir: Path, terms: Iterable[Term],
                       practice_files: Collection[str] = ()) -> dict[str, int]:
    """Read the built pages, write the word list and the variants; return a summary.
    `practice_files`: the pages of good practices, as paths relative to `site_dir`."""
    pages, practices = [], []
    for path in site_dir.rglob("*.html"):
        text = indexed_text(path.read_text(encoding="utf-8"))
        if text:
            in_practices = path.relative_to(site_dir).as_posix() in practice_files
            (practices if in_practices else pages).append(text)
    words = count_words(pages, practices)
    folder = site_dir / OUTPUT_DIR / "woorden"
    folder.mkdir(parents=True, exist_ok=True)
    for name, entries in shards(words).items():
        (folder / f"{name}.json").write_text(
            json.dumps(entries, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    groups = variant_groups(terms)
    (site_dir / OUTPUT_DIR / "varianten.json").write_text(
        json.dumps(groups, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {"woorden": len(words), "varianten": len(groups)}
