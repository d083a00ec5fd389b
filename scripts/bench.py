"""Benchmark: build the site with 10 to 5,000 fictional practices and print what grows.

    make bench                       # 10, 100, 1000, 5000
    .venv/bin/python scripts/bench.py 10 100

Each size is built in a temporary copy of the project with generated, clearly fictional
practices and regions (example.org), never touching data/. Prints a table with build
time, peak memory, search index size and catalogue page size, and writes it as JSON to
bench-results/latest.json. A measurement, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = [10, 100, 1000, 5000]
TASKS = list("abcdefghi")
DOMAINS = ["leren-en-studeren", "onderwijsloopbaan", "preventieve-gezondheidszorg",
           "psychisch-en-sociaal-functioneren"]
LEVELS = ["basis", "secundair", "buitengewoon-basis", "buitengewoon-secundair", "dbso"]


def generate(data: Path, practices: int, seed: int = 1) -> None:
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
    for p in range(practices):
        tasks = rng.sample(TASKS, rng.randint(1, 2))
        region = f"testregio-{rng.randrange(regions)}" if rng.random() < 0.8 else "vlaanderen"
        (data / "praktijken" / f"praktijk-{p}.yml").write_text(
            f"id: praktijk-{p}\ntitel: Fictieve praktijk nummer {p}\n"
            f"samenvatting: Een verzonnen praktijk om de build te meten, nummer {p}.\n"
            "beschrijving: |\n  Deze praktijk bestaat niet.\n"
            "  Ze heeft een **vette** tekst en een [link](https://example.org/).\n"
            f"opdrachten: [{', '.join(tasks)}]\nrubrieken: [{rng.randint(1, 8)}]\n"
            f"domeinen: [{rng.choice(DOMAINS)}]\nniveaus: [{rng.choice(LEVELS)}]\n"
            f"regio: {region}\nbron: Benchmark (fictief)\n"
            "toegevoegd: 2026-01-01\nherzien: 2026-06-01\n", encoding="utf-8")


def build(project: Path) -> tuple[float, float]:
    """Seconds and peak MiB of one `mkdocs build --strict` in its own process."""
    measure = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run([sys.executable, '-m', 'mkdocs', 'build', '--strict', '-q'],"
        " capture_output=True, text=True)\n"
        "s = time.perf_counter() - t\n"
        "if r.returncode: sys.stderr.write(r.stderr); sys.exit(1)\n"
        "print(s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    out = subprocess.run([sys.executable, "-c", measure], cwd=project, env=env,
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"build faalde:\n{out.stderr[-3000:]}")
    seconds, kib = out.stdout.split()
    return float(seconds), int(kib) / 1024


def main(sizes: list[int]) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
            ".venv", "site", ".git", "__pycache__", "bench-results", "tests"))
        for size in sizes:
            generate(project / "data", size)
            seconds, peak = build(project)
            site = project / "site"
            rows.append({
                "praktijken": size,
                "build_s": round(seconds, 2),
                "piek_mib": round(peak, 1),
                "catalogus_kb": round((site / "praktijken" / "index.html").stat().st_size / 1024, 1),
                "zoekindex_kb": round((site / "search" / "search_index.json").stat().st_size / 1024, 1),
            })
            print(rows[-1], flush=True)
    base = rows[0]["build_s"]
    header = f"{'praktijken':>10} {'build s':>8} {'x':>6} {'piek MiB':>9} {'catalogus KB':>13} {'zoekindex KB':>13}"
    print("\n" + header)
    for row in rows:
        print(f"{row['praktijken']:>10} {row['build_s']:>8} {row['build_s'] / base:>6.2f} "
              f"{row['piek_mib']:>9} {row['catalogus_kb']:>13} {row['zoekindex_kb']:>13}")
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "datum": time.strftime("%Y-%m-%d"),
        "rijen": rows,
    }, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or SIZES)
