"""Varied Dutch text for the fictional practices: words drawn from the site's own pages
(so Pagefind stems and indexes real Dutch), commoner words more often, and a few invented
names per practice (places, projects), as real practices bring words no other page has.
Copies of one practice would compress and index unrealistically well."""

from __future__ import annotations

import random
import re
from pathlib import Path

SYLLABLES = ["ber", "gem", "lo", "ka", "ven", "dor", "ze", "hout", "wijk", "mo", "ter",
             "sel", "ra", "pel", "kem", "vo", "gaard", "lin", "de", "brug", "is", "tan"]


class VariedText:
    def __init__(self, docs: Path, rng: random.Random):
        words = re.findall(r"[a-zà-ÿ]{3,}", " ".join(
            p.read_text(encoding="utf-8").lower() for p in sorted(docs.rglob("*.md"))))
        counts: dict[str, int] = {}
        for word in words:
            counts[word] = counts.get(word, 0) + 1
        self.words = sorted(counts, key=counts.get, reverse=True)
        # Zipf-like: the n-th commonest word is drawn with weight 1/n.
        self.weights = [1 / (n + 1) for n in range(len(self.words))]
        self.rng = rng

    def name(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))).capitalize()

    def sentence(self, low: int, high: int, names: list[str]) -> str:
        words = self.rng.choices(self.words, self.weights, k=self.rng.randint(low, high))
        if names and self.rng.random() < 0.5:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(names))
        return " ".join(words).capitalize()

    def practice(self) -> tuple[str, str, list[str]]:
        """Title, summary and the paragraphs of a description."""
        names = [self.name() for _ in range(3)]
        title = f"{self.sentence(3, 7, names[:1])} in {names[0]}"
        summary = self.sentence(12, 24, names) + "."
        paragraphs = [" ".join(self.sentence(8, 18, names) + "." for _ in range(self.rng.randint(2, 4)))
                      for _ in range(self.rng.randint(2, 4))]
        return title, summary, paragraphs
