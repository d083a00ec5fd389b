"""Copies of the project with fictional data, and timed builds of them."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

from .text import VariedText

ROOT = Path(__file__).resolve().parent.parent.parent
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# What a copy of the project leaves out: environments, outputs and the tests.
COPY_IGNORE = shutil.ignore_patterns(".venv", "site", ".git", "__pycache__", "bench-results",
                                     "tests", "node_modules", ".pytest_cache")
TIMED_BUILD = Path(__file__).with_name("timed_build.py")

TASKS = list("abcdefghi")
DOMAINS = ["leren-en-studeren", "onderwijsloopbaan", "preventieve-gezondheidszorg",
           "psychisch-en-sociaal-functioneren"]
LEVELS = ["basis", "secundair", "buitengewoon-basis", "buitengewoon-secundair", "dbso"]


class BuildError(Exception):
    pass


def copy_project(target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT, target, ignore=COPY_IGNORE)
    return target


def generate(data: Path, practices: int, seed: int = 1) -> None:
    """Clearly fictional practices and regions (example.org) in a copy's data/, each
    practice with its own varied text (benchmark/text.py)."""
    rng = random.Random(seed)
    shutil.rmtree(data / "praktijken", ignore_errors=True)
    shutil.rmtree(data / "regios", ignore_errors=True)
    (data / "praktijken").mkdir()
    (data / "regios").mkdir()
    regions = max(1, practices // 50)
    for r in range(regions):
        (data / "regios" / f"testregio-{r}.yml").write_text(
            f"id: testregio-{r}\nnaam: Fictieve testregio {r}\n"
            "werkgebied: Verzonnen gemeenten voor de benchmark.\n"
            "clbs:\n  - naam: Fictief CLB\n    net: vrij\n"
            "contacten:\n  - id: coordinator\n    functie: Coördinator\n"
            f"    organisatie: Fictief CLB\n    email: regio{r}@example.org\n"
            "aanspreekpunten:\n  - opdracht: g\n    onderwerp: Bemiddeling\n    contact: coordinator\n"
            "herzien: 2026-11-01\n", encoding="utf-8")
    text = VariedText(ROOT / "docs", rng)
    for p in range(practices):
        tasks = rng.sample(TASKS, rng.randint(1, 2))
        region = f"testregio-{rng.randrange(regions)}" if rng.random() < 0.8 else "vlaanderen"
        title, summary, paragraphs = text.practice()
        description = "".join(f"  {para}\n\n" for para in paragraphs)
        (data / "praktijken" / f"praktijk-{p}.yml").write_text(
            f"id: praktijk-{p}\ntitel: {json.dumps(title[:120], ensure_ascii=False)}\n"
            f"samenvatting: {json.dumps(summary[:400], ensure_ascii=False)}\n"
            f"beschrijving: |\n{description}"
            "  Een fictieve praktijk voor de benchmark, met een [link](https://example.org/).\n"
            f"opdrachten: [{', '.join(tasks)}]\nrubrieken: [{rng.randint(1, 8)}]\n"
            f"domeinen: [{rng.choice(DOMAINS)}]\nniveaus: [{rng.choice(LEVELS)}]\n"
            f"regio: {region}\nbron: Benchmark (fictief)\n"
            "toegevoegd: 2026-01-01\nherzien: 2026-06-01\n", encoding="utf-8")


def build(project: Path, env: dict | None = None) -> tuple[float, float, float]:
    """Seconds, CPU seconds and peak MiB of one strict build of `project`.

    CPU seconds are printed beside the wall time because other work on the machine
    stretches the wall time but hardly the CPU time of the build itself."""
    out = subprocess.run([sys.executable, str(TIMED_BUILD)], cwd=project, env=env or BUILD_ENV,
                         capture_output=True, text=True)
    if out.returncode:
        raise BuildError(out.stderr[-3000:])
    seconds, cpu, kib = out.stdout.split()
    return float(seconds), float(cpu), int(kib) / 1024


def size_kb(path: Path) -> float:
    return round(path.stat().st_size / 1024, 1)


def folder_kb(path: Path) -> float:
    """What a folder holds on disk, in KB (what a deploy uploads, not what a reader fetches)."""
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1024, 1) if path.exists() else 0.0
