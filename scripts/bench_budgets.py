"""The budgets of scripts/bench.py: what each one measures, its limit and how it is measured.

Every measurement either returns its figure or raises NotMeasured with a reason in Dutch;
bench.py then prints "niet gemeten: <reden>" in the budgets table instead of stopping the
whole benchmark (npm offline, no Java, no Chromium, a redesigned page...).
"""

from __future__ import annotations

import gzip
import http.server
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Callable

import yaml

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CATALOGUE = "praktijken/index.html"
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# What a copy of the project leaves out: environments, outputs and the tests.
COPY_IGNORE = shutil.ignore_patterns(".venv", "site", ".git", "__pycache__", "bench-results",
                                     "tests", "node_modules", ".pytest_cache")


class NotMeasured(Exception):
    """A measurement that could not run; the message is the reason, in Dutch."""


# key: (label, limit as printed, check, format of the measured value)
SPECS: dict[str, tuple[str, str, Callable[[float], bool], str]] = {
    # Both build ratios are judged on CPU time: on a shared machine the wall time of the
    # same build varied by 30 % between runs, its CPU time by a few percent. The wall-time
    # ratio is printed beside it.
    "macrokost": ("Macrokost: build met macro's / platte Markdown (1.000), CPU", "≤ 1.10",
                  lambda v: v <= 1.10, "{:.2f}x"),
    "groei": ("Groei: build 5.000 / 1.000, CPU", "≤ 5.5", lambda v: v <= 5.5, "{:.2f}x"),
    "live_reload": ("Live reload na wijziging praktijk, mediaan (echte site)", "≤ 2 s",
                    lambda v: v <= 2, "{:.2f} s"),
    "catalogus_html": ("Catalogus-HTML praktijken/index.html (1.000)", "< 300 KB",
                       lambda v: v < 300, "{:.1f} KB"),
    "lighthouse": ("Lighthouse mobiel, prestaties (1.000)", "≥ 0.95",
                   lambda v: v >= 0.95, "{:.2f}"),
    "filteren": ("Filteren op opdracht, traagste keuze (1.000)", "≤ 50 ms",
                 lambda v: v <= 50, "{:.1f} ms"),
    "zoekindex": ("Zoekindex echte site", "< 500 KB", lambda v: v < 500, "{:.1f} KB"),
    "strikt": ("Strikte build groen (5.000)", "groen", lambda v: v == 1,
               "groen|faalde"),
    "vnu": ("Nu HTML checker, fouten (5.000)", "0", lambda v: v == 0, "{:.0f}"),
}


def judged(key: str, value: float | None = None, reason: str | None = None,
           note: str = "", **detail) -> dict:
    """A budget's verdict; `note` is printed after the measured value."""
    label, limit, check, fmt = SPECS[key]
    if value is None:
        shown, ok = f"niet gemeten: {reason}", None
    else:
        shown = (fmt.split("|")[0 if value else 1] if "|" in fmt else fmt.format(value))
        shown += f" ({note})" if note else ""
        ok = bool(check(value))
    return {"sleutel": key, "budget": label, "gemeten": value, "getoond": shown,
            "grens": limit, "ok": ok, "niet_gemeten": reason if value is None else None,
            "details": detail}


def attempt(key: str, measure: Callable[[], tuple[float, dict]]) -> dict:
    """Run one measurement; a failing tool becomes a reason, never a crash."""
    try:
        value, detail = measure()  # the detail may hold a "note" for the table
    except NotMeasured as error:
        return judged(key, reason=str(error))
    except Exception as error:  # an unexpected failure still leaves the other budgets
        return judged(key, reason=f"{type(error).__name__}: {error}"[:300])
    return judged(key, value, **detail)


def budget_table(results: dict[str, dict]) -> str:
    rows = [("budget", "gemeten", "grens", "oordeel")]
    for key in SPECS:
        result = results.get(key) or judged(key, reason="niet in deze meting")
        verdict = "-" if result["ok"] is None else ("ok" if result["ok"] else "NOT OK")
        rows.append((result["budget"], result["getoond"], result["grens"], verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "\n".join(f"{a:<{widths[0]}}  {b:>{widths[1]}}  {c:>{widths[2]}}  {d}"
                     for a, b, c, d in rows)


# --- building -------------------------------------------------------------------------

class BuildError(Exception):
    pass


def build(project: Path) -> tuple[float, float, float]:
    """Seconds, CPU seconds and peak MiB of one `mkdocs build --strict` in its own process.

    CPU seconds are printed beside the wall time because other work on the machine
    stretches the wall time but hardly the CPU time of the build itself."""
    measure = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run([sys.executable, '-m', 'mkdocs', 'build', '--strict', '-q'],"
        " capture_output=True, text=True)\n"
        "s = time.perf_counter() - t\n"
        "if r.returncode: sys.stderr.write(r.stderr); sys.exit(1)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(s, u.ru_utime + u.ru_stime, u.ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", measure], cwd=project, env=BUILD_ENV,
                         capture_output=True, text=True)
    if out.returncode:
        raise BuildError(out.stderr[-3000:])
    seconds, cpu, kib = out.stdout.split()
    return float(seconds), float(cpu), int(kib) / 1024


def kb(path: Path) -> float:
    return round(path.stat().st_size / 1024, 1)


# --- macro cost -----------------------------------------------------------------------

# Lives only in the temporary copy. Hooks are registered after the plugins and the
# priority puts these handlers after every other one, so they see what the macros plugin
# (and its on_post_page_macros footer) and the region hook produced.
CAPTURE_HOOK = '''\
import os
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

OUT = Path(os.environ["BENCH_CAPTURE_DIR"])


@event_priority(-100)
def on_config(config):
    # The macros module sets edit_uri from extra.repository; the plain site needs it as is.
    (OUT / "edit_uri.txt").write_text(config.get("edit_uri") or "", encoding="utf-8")
    return config


@event_priority(-100)
def on_files(files, config):
    # Generated files other than pages (pages are written below, rendered).
    for file in files:
        if file.generated_by and not file.is_documentation_page():
            target = OUT / "docs" / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.content_bytes)
    return files


@event_priority(-100)
def on_page_content(html, page, config, files):
    # page.markdown is the Markdown after every on_page_markdown handler ran.
    front = yaml.safe_dump(dict(page.meta), allow_unicode=True, sort_keys=False)
    text = (f"---\\n{front}---\\n\\n" if page.meta else "") + page.markdown
    target = OUT / "docs" / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return html
'''


class _AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving !ENV or Python tags: only to check its shape."""


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: None)


def _config(text: str) -> dict:
    return yaml.load(text, Loader=_AnyTag) or {}


def _drop_block(lines: list[str], start: int) -> list[str]:
    """Remove the YAML entry at `start` and the lines indented deeper than it."""
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            break
        deeper = len(line) - len(line.lstrip()) > indent
        # A top-level key's list may also sit at column 0 ("hooks:\n- a.py").
        if not (deeper or (indent == 0 and line.startswith("- "))):
            break
        end += 1
    return lines[:start] + lines[end:]


def without_hooks(text: str) -> str:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"hooks\s*:", line):
            return "\n".join(_drop_block(lines, i)) + "\n"
    return text


def with_hooks(text: str, hooks: list[str]) -> str:
    return without_hooks(text) + "\nhooks:\n" + "".join(f"  - {h}\n" for h in hooks)


def without_plugin(text: str, name: str) -> str:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(rf"\s*-\s+{re.escape(name)}\s*:?\s*(#.*)?$", line):
            return "\n".join(_drop_block(lines, i)) + "\n"
    return text


def _plugin_names(config: dict) -> list[str]:
    return [next(iter(p)) if isinstance(p, dict) else p for p in config.get("plugins") or []]


# Hooks that repair the theme's HTML, not macro output: the plain site runs them too, or
# its pages would differ from the real ones (and the macro cost would include them).
THEME_HOOKS = ["hooks/valid_html.py"]


def plain_config(text: str, edit_uri: str) -> str:
    plain = without_plugin(without_hooks(text), "macros")
    config = _config(plain)
    if "hooks" in config or "macros" in _plugin_names(config):
        raise NotMeasured("mkdocs.yml laat zich niet automatisch zonder macro's schrijven")
    # Without the macros module nothing sets the edit link; keep it so the pages match.
    plain += f"edit_uri: {json.dumps(edit_uri)}\n" if edit_uri else ""
    return with_hooks(plain, THEME_HOOKS)


def macro_cost(project: Path, work: Path, repeats: int = 8) -> tuple[float, dict]:
    """CPU time of the build with macros over that of the same pages as plain Markdown.

    The builds come in pairs, each giving one ratio; the median of those ratios is the
    figure. On this shared virtual machine a single build strays by up to 10 % either
    way: the best of each side (as measured before) leaned on the one lucky run. The
    two sites must come out the same, page for page, or no figure is reported."""
    original = (project / "mkdocs.yml").read_text(encoding="utf-8")
    capture = work / "capture"
    shutil.rmtree(capture, ignore_errors=True)
    (capture / "docs").mkdir(parents=True)
    (project / "_bench_capture.py").write_text(CAPTURE_HOOK, encoding="utf-8")
    hooks = list(_config(original).get("hooks") or [])
    (project / "mkdocs.yml").write_text(with_hooks(original, hooks + ["_bench_capture.py"]),
                                        encoding="utf-8")
    try:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                                cwd=project, env={**BUILD_ENV, "BENCH_CAPTURE_DIR": str(capture)},
                                capture_output=True, text=True)
    finally:
        (project / "mkdocs.yml").write_text(original, encoding="utf-8")
        (project / "_bench_capture.py").unlink()
    if result.returncode:
        raise NotMeasured(f"build met opvang-hook faalde: {result.stderr.strip()[-200:]}")

    plain = work / "plain"
    shutil.rmtree(plain, ignore_errors=True)
    # The macros module reads data/ and hooks/ generate pages: the plain copy needs neither.
    shutil.copytree(project, plain, ignore=shutil.ignore_patterns("site", "data", "hooks",
                                                                  "macros", "__pycache__"))
    shutil.copytree(capture / "docs", plain / "docs", dirs_exist_ok=True)
    for hook in THEME_HOOKS:
        (plain / hook).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(project / hook, plain / hook)
    edit_uri = (capture / "edit_uri.txt").read_text(encoding="utf-8")
    (plain / "mkdocs.yml").write_text(plain_config(original, edit_uri), encoding="utf-8")
    pages = sum(1 for _ in (capture / "docs").rglob("*.md"))

    with_macros, without = [], []
    for number in range(repeats):
        # Which of the two goes first alternates: the second build of a pair measured
        # a few percent faster, whichever it was.
        if number % 2 == 0:
            with_macros.append(build(project)[:2])
        try:
            without.append(build(plain)[:2])
        except BuildError as error:
            raise NotMeasured(f"platte build faalde: {str(error).strip()[-200:]}") from None
        if number % 2 == 1:
            with_macros.append(build(project)[:2])
    different = _different_pages(project / "site", plain / "site")
    if different:
        raise NotMeasured(f"de platte site verschilt van de echte: {', '.join(different[:3])}")
    pairs = list(zip(with_macros, without))
    cpu_ratio = statistics.median(a[1] / b[1] for a, b in pairs)
    wall_ratio = statistics.median(a[0] / b[0] for a, b in pairs)
    return cpu_ratio, {"note": f"wandklok {wall_ratio:.2f}x",
                   "wandklok_verhouding": round(wall_ratio, 2),
                   "cpu_verhoudingen": [round(a[1] / b[1], 3) for a, b in pairs],
                   "met_macros_s": [round(s, 2) for s, _ in with_macros],
                   "plat_s": [round(s, 2) for s, _ in without],
                   "met_macros_cpu_s": [round(c, 2) for _, c in with_macros],
                   "plat_cpu_s": [round(c, 2) for _, c in without],
                   "paginas": pages,
                   "meting": f"mediaan van {repeats} verhoudingen, afwisselend gebouwd"}


_EDIT_LINK = re.compile(r'<a href="[^"]*/edit/[^"]*"[^>]*>.*?</a>', re.DOTALL)


def _different_pages(real: Path, plain: Path) -> list[str]:
    """Pages whose HTML differs between the two sites, apart from the edit link: a
    generated page's opens its YAML file or has none, the plain copy's opens the
    captured Markdown."""
    pages = {p.relative_to(real) for p in real.rglob("*.html")}
    other = {p.relative_to(plain) for p in plain.rglob("*.html")}
    if pages != other:
        return [f"alleen in één van beide: {p}" for p in sorted(pages ^ other)]
    sys.path.insert(0, str(ROOT))
    from macros.safe_markdown import clean_page

    def text(path: Path, clean=lambda html: html) -> str:
        # The edit link's surroundings leave blank lines.
        html = clean(path.read_text(encoding="utf-8"))
        return re.sub(r"\s+", " ", _EDIT_LINK.sub("", html))
    # The real build sanitises contributed descriptions after converting them (a hook
    # the plain site does not run, so the real build alone pays for it): compare the
    # plain pages as if sanitised too.
    return [str(page) for page in sorted(pages)
            if text(real / page) != text(plain / page, clean_page)]


# --- serving a built site -------------------------------------------------------------

class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped like GitHub Pages serves them: an uncompressed local server
    would measure the transfer of a host the site does not use."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        compressible = path.suffix in (".html", ".css", ".js", ".json", ".xml", ".svg")
        if (not compressible or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")
                or not self.path.split("?")[0].endswith(("/", path.name))):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


@contextmanager
def serve(site: Path):
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(_GzipHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# --- reader ---------------------------------------------------------------------------

def catalogue_size(site: Path) -> tuple[float, dict]:
    page = site / CATALOGUE
    if not page.is_file():
        raise NotMeasured(f"{CATALOGUE} ontbreekt")
    return kb(page), {"gzip_kb": round(len(gzip.compress(page.read_bytes(), 6)) / 1024, 1)}


def lighthouse(site: Path, runs: int) -> tuple[float, dict]:
    if not LIGHTHOUSE.exists():
        raise NotMeasured("lighthouse niet geïnstalleerd (make bench-tools)")
    if not Path(CHROMIUM).exists():
        raise NotMeasured(f"Chromium ontbreekt ({CHROMIUM})")
    scores, metrics = [], []
    with serve(site) as url, tempfile.TemporaryDirectory() as tmp:
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
            metrics.append(found)
    middle = sorted(range(runs), key=lambda i: scores[i])[runs // 2]
    return scores[middle], {"scores": scores, "mediaan_van": runs,
                            "metingen": metrics[middle], "gzip": True,
                            "lighthouse": data.get("lighthouseVersion")}


FILTER_SCRIPT = """async (rounds) => {
  const select = document.querySelector('#filter-opdracht');
  const counter = document.querySelector('[data-catalogus-teller]');
  if (!select || !counter) return {error: '#filter-opdracht of [data-catalogus-teller] ontbreekt'};
  const values = [...select.options].map(o => o.value).filter(v => v).slice(0, rounds);
  const times = [];
  for (const value of values) {
    // Start from 'all' each time, so the counter text always changes.
    select.value = '';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)));
    const before = counter.textContent;
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
    if (counter.textContent === before) {
      // Not synchronous (a redesigned filter may be): wait for the counter to change.
      const changed = await new Promise(resolve => {
        const observer = new MutationObserver(() => {
          if (counter.textContent !== before) { observer.disconnect(); resolve(true); }
        });
        observer.observe(counter, {childList: true, characterData: true, subtree: true});
        setTimeout(() => { observer.disconnect(); resolve(false); }, 5000);
      });
      if (!changed) return {error: 'de teller veranderde niet binnen 5 s'};
    }
    // Force style and layout, so the time includes the list as it will be drawn.
    void document.body.offsetHeight;
    times.push(performance.now() - start);
  }
  return {times, values, counter: counter.textContent};
}"""


def filter_time(site: Path, rounds: int = 5) -> tuple[float, dict]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise NotMeasured("Playwright voor Python ontbreekt") from None
    if not Path(CHROMIUM).exists():
        raise NotMeasured(f"Chromium ontbreekt ({CHROMIUM})")
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS)
        try:
            page = browser.new_page()
            # Network idle: a filter that fetches its index has it before we measure.
            page.goto(url + "praktijken/", wait_until="networkidle")
            outcome = page.evaluate(FILTER_SCRIPT, rounds)
        finally:
            browser.close()
    if "error" in outcome or not outcome["times"]:
        raise NotMeasured(outcome.get("error", "geen opdrachten om op te filteren"))
    times = outcome["times"]
    return max(times), {"ms": [round(t, 1) for t in times],
                        "mediaan_ms": round(statistics.median(times), 1),
                        "opdrachten": outcome["values"],
                        "meting": "change-event tot teller bijgewerkt en layout, zonder CPU-vertraging"}


# --- the real site --------------------------------------------------------------------

def real_copy(work: Path) -> Path:
    project = work / "echt"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(ROOT, project, ignore=COPY_IGNORE)
    return project


def real_search_index(project: Path) -> tuple[float, dict]:
    try:
        seconds, _, _ = build(project)
    except BuildError as error:
        raise NotMeasured(f"build van de echte site faalde: {str(error).strip()[-200:]}") from None
    return kb(project / "site" / "search" / "search_index.json"), {"build_s": round(seconds, 2)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return None


def live_reload(project: Path, edits: int = 3, timeout: float = 30) -> tuple[float, dict]:
    """Seconds from saving a changed practice title until `mkdocs serve` serves it; the
    median of a few edits, since the watcher polls every 0.5 s and the edit lands anywhere
    in that interval."""
    files = sorted((project / "data" / "praktijken").glob("*.yml"))
    if not files:
        raise NotMeasured("geen praktijken in data/praktijken/")
    target = files[0]
    port = _free_port()
    url = f"http://127.0.0.1:{port}/praktijken/"
    log = project / "serve.log"
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
             "--watch", "data", "--watch", "macros", "--watch", "schemas"],
            cwd=project, env=BUILD_ENV, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
    times = []
    try:
        started = time.perf_counter()
        while _get(url) is None:
            if server.poll() is not None or time.perf_counter() - started > 180:
                raise NotMeasured("mkdocs serve startte niet: "
                                  + log.read_text(errors="replace").strip()[-200:])
            time.sleep(0.2)
        first = time.perf_counter() - started
        for edit in range(edits):
            time.sleep(1)  # let the watcher settle after the previous build
            token = f"Benchmarktitel {edit} {int(time.time())}"
            text = target.read_text(encoding="utf-8")
            changed, count = re.subn(r"(?m)^titel:.*$", f"titel: {token}", text, count=1)
            if not count:
                raise NotMeasured(f"geen titel: in {target.name}")
            target.write_text(changed, encoding="utf-8")
            edited = time.perf_counter()
            while True:
                body = _get(url)
                elapsed = time.perf_counter() - edited
                if body and token in body:
                    break
                if elapsed > timeout:
                    raise NotMeasured(f"nieuwe titel na {timeout:.0f} s nog niet zichtbaar")
                time.sleep(0.05)
            times.append(elapsed)
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # its own session: only this server
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    return statistics.median(times), {
        "s": [round(t, 2) for t in times], "mediaan_van": edits, "bestand": target.name,
        "eerste_build_s": round(first, 2)}


# --- HTML validity --------------------------------------------------------------------

def html_errors(site: Path, shown: int = 5) -> tuple[float, dict]:
    if not VNU_JAR.exists():
        raise NotMeasured("vnu-jar niet geïnstalleerd (make bench-tools)")
    if not shutil.which("java"):
        raise NotMeasured("java ontbreekt")
    started = time.perf_counter()
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
         str(site)], capture_output=True, text=True, timeout=3600)
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        raise NotMeasured(f"vnu gaf geen JSON: {(result.stderr or result.stdout)[-200:]}") from None
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    distinct = Counter(m.get("message", "") for m in errors)
    where: dict[str, str] = {}
    for m in errors:
        where.setdefault(m.get("message", ""), m.get("url", "").split(str(site))[-1])
    return len(errors), {
        "seconden": round(time.perf_counter() - started, 1),
        "paginas": sum(1 for _ in site.rglob("*.html")),
        "meldingen": [{"aantal": n, "melding": text, "bv": where[text]}
                      for text, n in distinct.most_common(shown)]}
