"""Benchmark: build the site with 10 to 5,000 fictional practices and check the budgets.

    make bench                                      # 10, 100, 1000, 5000, all budgets
    .venv/bin/python scripts/bench.py --quick       # 10 and 1000, no Nu HTML checker
    .venv/bin/python scripts/bench.py 10 100

Each size is built in a temporary copy of the project with generated, clearly fictional
practices and regions (example.org), never touching data/. Prints a table with build
time, peak memory, the search bundle's size on disk and catalogue page size, then the
budgets (macro cost, growth, live reload, reader, search on a slow phone in the site and
in the catalogue, HTML validity; see scripts/benchmark/) beside their limits, and writes
both as JSON to bench-results/latest.json. Lighthouse and the Nu HTML
checker come from npm (`make bench-tools`); a tool that cannot run is reported as "niet
gemeten". A measurement, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

# scripts/ is on sys.path when this file runs as a script.
from benchmark import catalogue_timing, macro_cost, reader, reload, search_timing, sites, validity
from benchmark.budgets import SPECS, NotMeasured, attempt, budget_table, judged

SIZES = [10, 100, 1000, 5000]
QUICK_SIZES = [10, 1000]


def step(what: str) -> None:
    print(f"-- {what}", flush=True)


def measure_size(size: int, project: Path, work: Path, quick: bool,
                 budgets: dict[str, dict]) -> dict:
    """Build one size; at 1,000 and 5,000 also the budgets measured there."""
    sites.generate(project / "data", size)
    try:
        seconds, cpu, peak = sites.build(project)
    except sites.BuildError as error:
        print(f"{size} praktijken: build faalde\n{str(error)[-1500:]}", flush=True)
        if size == 5000:
            budgets["strikt"] = judged("strikt", 0)
        return {"praktijken": size, "fout": str(error)[-1000:]}
    site = project / "site"
    row = {"praktijken": size, "build_s": round(seconds, 2), "cpu_s": round(cpu, 2),
           "piek_mib": round(peak, 1),
           "catalogus_kb": sites.size_kb(site / "praktijken" / "index.html"),
           "zoekbundel_kb": round(sites.folder_kb(site / "pagefind") + sites.folder_kb(site / "zoeken"), 1)}
    print(row, flush=True)
    if size in (1000, 5000):
        step(f"zoeken op een trage telefoon ({size:,})".replace(",", "."))
        measure_time_and_bytes("zoeken", search_timing.search_budgets, site, size, budgets)
        step(f"zoeken in de catalogus op een trage telefoon ({size:,})".replace(",", "."))
        measure_time_and_bytes("catalogus", catalogue_timing.catalogue_budgets, site, size, budgets)
    if size == 1000:
        # A copy: the macro-cost builds below rebuild site/.
        copy = work / "site-1000"
        shutil.copytree(site, copy)
        step("lezer (1.000)")
        budgets["catalogus_html"] = attempt("catalogus_html", lambda: reader.catalogue_size(copy))
        budgets["lighthouse"] = attempt("lighthouse",
                                        lambda: reader.lighthouse(copy, runs=1 if quick else 3))
        budgets["filteren"] = attempt("filteren", lambda: reader.filter_time(copy))
        step("macrokost (1.000)")
        budgets["macrokost"] = attempt("macrokost", lambda: macro_cost.macro_cost(project, work))
    if size == 5000:
        budgets["strikt"] = judged("strikt", 1)
        if quick:
            budgets["vnu"] = judged("vnu", reason="--quick")
        else:
            step("Nu HTML checker (5.000)")
            budgets["vnu"] = attempt("vnu", lambda: validity.html_errors(site))
    return row


def measure_time_and_bytes(name: str, measure, site: Path, size: int,
                           budgets: dict[str, dict]) -> None:
    """The slowest and the heaviest query of one search (the site's or the catalogue's),
    as the budgets <name>_tijd_<size> and <name>_kb_<size>."""
    time_key, kb_key = f"{name}_tijd_{size}", f"{name}_kb_{size}"
    try:
        slowest, heaviest = measure(site)
    except NotMeasured as error:
        budgets[time_key] = judged(time_key, reason=str(error))
        budgets[kb_key] = judged(kb_key, reason=str(error))
        return
    budgets[time_key] = judged(time_key, slowest[0], **slowest[1])
    budgets[kb_key] = judged(kb_key, heaviest[0], **heaviest[1])


def growth(rows: list[dict], budgets: dict[str, dict], quick: bool) -> None:
    by_size = {row["praktijken"]: row for row in rows if "build_s" in row}
    if 1000 in by_size and 5000 in by_size:
        small, large = by_size[1000], by_size[5000]
        budgets["groei"] = judged("groei", large["cpu_s"] / small["cpu_s"],
                                  note=f"wandklok {large['build_s'] / small['build_s']:.2f}x")
    if quick:
        for key in ("groei", "strikt", "vnu"):
            budgets.setdefault(key, judged(key, reason="--quick (geen 5.000)"))


def print_rows(rows: list[dict]) -> None:
    built = [row for row in rows if "build_s" in row]
    base = built[0]["build_s"] if built else 1
    print(f"\n{'praktijken':>10} {'build s':>8} {'x':>6} {'CPU s':>7} {'piek MiB':>9} "
          f"{'catalogus KB':>13} {'zoekbundel KB':>14}")
    for row in rows:
        if "build_s" not in row:
            print(f"{row['praktijken']:>10} {'faalde':>8}")
            continue
        row["x"] = round(row["build_s"] / base, 2)
        print(f"{row['praktijken']:>10} {row['build_s']:>8} {row['x']:>6.2f} {row['cpu_s']:>7} "
              f"{row['piek_mib']:>9} {row['catalogus_kb']:>13} {row['zoekbundel_kb']:>14}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, help="aantallen praktijken")
    parser.add_argument("--quick", action="store_true",
                        help="alleen 10 en 1000 praktijken, zonder Nu HTML checker")
    args = parser.parse_args(argv)
    sizes = args.sizes or (QUICK_SIZES if args.quick else SIZES)
    budgets: dict[str, dict] = {}
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        project = sites.copy_project(work / "project")
        rows = [measure_size(size, project, work, args.quick, budgets) for size in sizes]
        growth(rows, budgets, args.quick)
        step("echte site: live reload")
        real = sites.copy_project(work / "echt")
        budgets["live_reload"] = attempt("live_reload", lambda: reload.live_reload(real))

    print_rows(rows)
    print("\n" + budget_table(budgets))
    # Others' work on the machine stretches wall times: say how busy it was.
    load = f"load average {load_start:.1f} bij de start, {os.getloadavg()[0]:.1f} aan het eind"
    print(f"\n{os.cpu_count()} cores, {load}")
    for key in ("vnu", "macrokost", "filteren", "lighthouse", "live_reload", "zoeken_tijd_1000",
                "zoeken_tijd_5000", "catalogus_tijd_1000", "catalogus_tijd_5000"):
        detail = budgets.get(key, {}).get("details")
        if detail:
            print(f"\n{key}: {json.dumps(detail, ensure_ascii=False)}")
    out = sites.ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "datum": time.strftime("%Y-%m-%d"),
        "belasting": load,
        "snel": args.quick,
        "rijen": rows,
        "budgetten": [budgets.get(key) or judged(key, reason="niet in deze meting")
                      for key in SPECS],
    }, indent=1, ensure_ascii=False), encoding="utf-8")
    # A measurement, not a test: only a failing build (not a missed budget) fails the run.
    return 1 if any("fout" in row for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
