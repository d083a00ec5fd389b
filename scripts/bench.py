"""Benchmark: build the site with 10 to 5,000 fictional practices and check the budgets.

    make bench                       # 10, 100, 1000, 5000, all budgets
    .venv/bin/python scripts/bench.py --quick       # 10 and 1000, no Nu HTML checker
    .venv/bin/python scripts/bench.py 10 100

Each size is built in a temporary copy of the project with generated, clearly fictional
practices and regions (example.org), never touching data/. Prints a table with build
time, peak memory, search index size and catalogue page size, then the budgets (macro
cost, growth, live reload, reader, HTML validity; see scripts/bench_budgets.py) beside
their limits, and writes both as JSON to bench-results/latest.json. Lighthouse and the
Nu HTML checker come from npm (`make bench-tools`); a tool that cannot run is reported
as "niet gemeten". A measurement, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import bench_budgets as bb  # scripts/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
SIZES = [10, 100, 1000, 5000]
QUICK_SIZES = [10, 1000]
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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, help="aantallen praktijken")
    parser.add_argument("--quick", action="store_true",
                        help="alleen 10 en 1000 praktijken, zonder Nu HTML checker")
    args = parser.parse_args(argv)
    sizes = args.sizes or (QUICK_SIZES if args.quick else SIZES)
    rows: list[dict] = []
    budgets: dict[str, dict] = {}
    failed = False
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        project = work / "project"
        shutil.copytree(ROOT, project, ignore=bb.COPY_IGNORE)
        for size in sizes:
            generate(project / "data", size)
            try:
                seconds, cpu, peak = bb.build(project)
            except bb.BuildError as error:
                failed = True
                rows.append({"praktijken": size, "fout": str(error)[-1000:]})
                print(f"{size} praktijken: build faalde\n{str(error)[-1500:]}", flush=True)
                if size == 5000:
                    budgets["strikt"] = bb.judged("strikt", 0)
                continue
            site = project / "site"
            rows.append({
                "praktijken": size,
                "build_s": round(seconds, 2),
                "cpu_s": round(cpu, 2),
                "piek_mib": round(peak, 1),
                "catalogus_kb": bb.kb(site / "praktijken" / "index.html"),
                "zoekindex_kb": bb.kb(site / "search" / "search_index.json"),
            })
            print(rows[-1], flush=True)
            if size == 1000:
                # A copy: the macro-cost builds below rebuild site/.
                reader = work / "site-1000"
                shutil.copytree(site, reader)
                step("lezer (1.000)")
                budgets["catalogus_html"] = bb.attempt("catalogus_html",
                                                       lambda: bb.catalogue_size(reader))
                budgets["lighthouse"] = bb.attempt(
                    "lighthouse", lambda: bb.lighthouse(reader, runs=1 if args.quick else 3))
                budgets["filteren"] = bb.attempt("filteren", lambda: bb.filter_time(reader))
                step("macrokost (1.000)")
                budgets["macrokost"] = bb.attempt("macrokost",
                                                  lambda: bb.macro_cost(project, work))
            if size == 5000:
                budgets["strikt"] = bb.judged("strikt", 1)
                if args.quick:
                    budgets["vnu"] = bb.judged("vnu", reason="--quick")
                else:
                    step("Nu HTML checker (5.000)")
                    budgets["vnu"] = bb.attempt("vnu", lambda: bb.html_errors(site))
        by_size = {row["praktijken"]: row for row in rows if "build_s" in row}
        if 1000 in by_size and 5000 in by_size:
            small, large = by_size[1000], by_size[5000]
            budgets["groei"] = bb.judged(
                "groei", large["cpu_s"] / small["cpu_s"],
                note=f"wandklok {large['build_s'] / small['build_s']:.2f}x")
        if args.quick:
            for key in ("groei", "strikt", "vnu"):
                budgets.setdefault(key, bb.judged(key, reason="--quick (geen 5.000)"))
        step("echte site: zoekindex en live reload")
        real = bb.real_copy(work)
        budgets["zoekindex"] = bb.attempt("zoekindex", lambda: bb.real_search_index(real))
        budgets["live_reload"] = bb.attempt("live_reload", lambda: bb.live_reload(real))

    built = [row for row in rows if "build_s" in row]
    base = built[0]["build_s"] if built else 1
    header = (f"{'praktijken':>10} {'build s':>8} {'x':>6} {'CPU s':>7} {'piek MiB':>9} "
              f"{'catalogus KB':>13} {'zoekindex KB':>13}")
    print("\n" + header)
    for row in rows:
        if "build_s" not in row:
            print(f"{row['praktijken']:>10} {'faalde':>8}")
            continue
        row["x"] = round(row["build_s"] / base, 2)
        print(f"{row['praktijken']:>10} {row['build_s']:>8} {row['x']:>6.2f} {row['cpu_s']:>7} "
              f"{row['piek_mib']:>9} {row['catalogus_kb']:>13} {row['zoekindex_kb']:>13}")
    print("\n" + bb.budget_table(budgets))
    # Others' work on the machine stretches wall times: say how busy it was.
    load = f"load average {load_start:.1f} bij de start, {os.getloadavg()[0]:.1f} aan het eind"
    print(f"\n{os.cpu_count()} cores, {load}")
    for key in ("vnu", "macrokost", "filteren", "lighthouse", "live_reload"):
        detail = budgets.get(key, {}).get("details")
        if detail:
            print(f"\n{key}: {json.dumps(detail, ensure_ascii=False)}")
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "datum": time.strftime("%Y-%m-%d"),
        "belasting": load,
        "snel": args.quick,
        "rijen": rows,
        "budgetten": [budgets.get(key) or bb.judged(key, reason="niet in deze meting")
                      for key in bb.SPECS],
    }, indent=1, ensure_ascii=False), encoding="utf-8")
    # A measurement, not a test: only a failing build (not a missed budget) fails the run.
    return 1 if failed else 0


def step(what: str) -> None:
    print(f"-- {what}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
