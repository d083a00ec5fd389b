"""What a reader's browser gets from a built site: the catalogue's size, Lighthouse's
performance score on a phone, and the time the catalogue filter takes."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .budgets import NotMeasured
from .sites import ROOT, size_kb

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.serving import serve  # noqa: E402  the browser tests' server, gzipped here

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATALOGUE = "praktijken/index.html"
FILTER_TIMING = Path(__file__).with_name("filter_timing.js")


def catalogue_size(site: Path) -> tuple[float, dict]:
    page = site / CATALOGUE
    if not page.is_file():
        raise NotMeasured(f"{CATALOGUE} ontbreekt")
    return size_kb(page), {"gzip_kb": round(len(gzip.compress(page.read_bytes(), 6)) / 1024, 1)}


def _lighthouse_details(data: dict) -> dict:
    audits = data["audits"]
    found = {name: audits[name].get("displayValue") for name in (
        "first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
        "cumulative-layout-shift", "speed-index")}
    # What moves, if anything: the usual suspect for a missed score.
    shifts = (audits.get("layout-shifts", {}).get("details") or {}).get("items", [])
    found["verschuivingen"] = [
        f"{round(item.get('score', 0), 3)} {(item.get('node') or {}).get('selector', '?')}"
        for item in shifts[:3]]
    # The largest savings Lighthouse sees, to know where a missed score comes from.
    savings = sorted(
        ((a.get("details") or {}).get("overallSavingsMs") or 0, a["title"])
        for a in audits.values() if (a.get("details") or {}).get("type") == "opportunity")
    found["kansen"] = [f"{title}: {ms:.0f} ms" for ms, title in reversed(savings[-3:]) if ms]
    return found


def lighthouse(site: Path, runs: int) -> tuple[float, dict]:
    if not LIGHTHOUSE.exists():
        raise NotMeasured("lighthouse niet geïnstalleerd (make bench-tools)")
    if not Path(CHROMIUM).exists():
        raise NotMeasured(f"Chromium ontbreekt ({CHROMIUM})")
    scores, metrics, version = [], [], None
    with serve(site, gzip=True) as url, tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "lighthouse.json"
        for _ in range(runs):
            result = subprocess.run(
                [str(LIGHTHOUSE), url + "praktijken/", "--quiet",
                 f"--chrome-flags={' '.join(CHROME_FLAGS)}", "--only-categories=performance",
                 "--form-factor=mobile", "--output=json", f"--output-path={report}"],
                env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
                timeout=300)
            if result.returncode or not report.exists():
                raise NotMeasured(f"lighthouse faalde: {result.stderr.strip()[-200:]}")
            data = json.loads(report.read_text(encoding="utf-8"))
            score = data["categories"]["performance"]["score"]
            if score is None:
                raise NotMeasured(f"lighthouse gaf geen score: {data.get('runtimeError')}")
            scores.append(score)
            metrics.append(_lighthouse_details(data))
            version = data.get("lighthouseVersion")
    middle = sorted(range(runs), key=lambda i: scores[i])[runs // 2]
    return scores[middle], {"scores": scores, "mediaan_van": runs,
                            "metingen": metrics[middle], "gzip": True, "lighthouse": version}


def filter_time(site: Path, rounds: int = 5) -> tuple[float, dict]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise NotMeasured("Playwright voor Python ontbreekt") from None
    if not Path(CHROMIUM).exists():
        raise NotMeasured(f"Chromium ontbreekt ({CHROMIUM})")
    with serve(site, gzip=True) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS)
        try:
            page = browser.new_page()
            # The catalogue fetches its filters' index with the first choice: that choice
            # is timed with the fetch (gzip, local server), the others without.
            page.goto(url + "praktijken/", wait_until="networkidle")
            outcome = page.evaluate(FILTER_TIMING.read_text(encoding="utf-8"), rounds)
        finally:
            browser.close()
    if "error" in outcome or not outcome["times"]:
        raise NotMeasured(outcome.get("error", "geen opdrachten om op te filteren"))
    times = outcome["times"]
    return max(times), {"ms": [round(t, 1) for t in times],
                        "mediaan_ms": round(statistics.median(times), 1),
                        "opdrachten": outcome["values"],
                        "meting": "change-event tot de lijst antwoordt en layout, zonder CPU-vertraging; "
                                  "de eerste keuze laadt de index van de filters"}
