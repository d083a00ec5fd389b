"""The cost of the macros: CPU time of the real build over that of the same pages as
plain Markdown, built without the macros plugin and without the hooks that generate
pages. The two sites must come out the same, page for page, or no figure is given."""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from . import config as mkdocs_config
from .budgets import NotMeasured
from .sites import BUILD_ENV, ROOT, BuildError, build

CAPTURE_HOOK = Path(__file__).with_name("capture_hook.py")
# Hooks that repair the theme's HTML, not macro output: the plain site runs them too, or
# its pages would differ from the real ones (and the macro cost would include them).
THEME_HOOKS = ["hooks/valid_html.py", "hooks/handbook_assets.py"]
# Neither side makes the search index: it is no macro output (hooks/search_index.py).
NO_SEARCH_INDEX = {**BUILD_ENV, "KENNISBANK_ZOEKINDEX": "0"}


def capture(project: Path, capture_dir: Path) -> None:
    """One real build with the capture hook added, in the copy `project`."""
    config_path = project / "mkdocs.yml"
    original = config_path.read_text(encoding="utf-8")
    shutil.rmtree(capture_dir, ignore_errors=True)
    (capture_dir / "docs").mkdir(parents=True)
    shutil.copy(CAPTURE_HOOK, project / "_bench_capture.py")
    config = mkdocs_config.read(config_path)
    config["hooks"] = list(config.get("hooks") or []) + ["_bench_capture.py"]
    mkdocs_config.write(config_path, config)
    try:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                                cwd=project, capture_output=True, text=True,
                                env={**NO_SEARCH_INDEX, "BENCH_CAPTURE_DIR": str(capture_dir)})
    finally:
        config_path.write_text(original, encoding="utf-8")
        (project / "_bench_capture.py").unlink()
    if result.returncode:
        raise NotMeasured(f"build met opvang-hook faalde: {result.stderr.strip()[-200:]}")


def plain_site(project: Path, capture_dir: Path, plain: Path) -> int:
    """The captured pages as a project without macros and page hooks; returns the number
    of pages."""
    shutil.rmtree(plain, ignore_errors=True)
    # The macros module reads data/ and hooks/ generate pages: the plain copy needs neither.
    shutil.copytree(project, plain, ignore=shutil.ignore_patterns("site", "data", "hooks",
                                                                  "macros", "__pycache__"))
    shutil.copytree(capture_dir / "docs", plain / "docs", dirs_exist_ok=True)
    for hook in THEME_HOOKS:
        (plain / hook).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(project / hook, plain / hook)
    config = mkdocs_config.without_plugin(mkdocs_config.read(project / "mkdocs.yml"), "macros")
    config["hooks"] = THEME_HOOKS
    # Without the macros module nothing sets the edit link; keep it so the pages match.
    edit_uri = (capture_dir / "edit_uri.txt").read_text(encoding="utf-8")
    if edit_uri:
        config["edit_uri"] = edit_uri
    mkdocs_config.write(plain / "mkdocs.yml", config)
    return sum(1 for _ in (capture_dir / "docs").rglob("*.md"))


def macro_cost(project: Path, work: Path, repeats: int = 8) -> tuple[float, dict]:
    """The builds come in pairs, each giving one ratio; the median of those ratios is the
    figure. On this shared virtual machine a single build strays by up to 10 % either
    way: the best of each side (as measured before) leaned on the one lucky run."""
    capture_dir, plain = work / "capture", work / "plain"
    capture(project, capture_dir)
    pages = plain_site(project, capture_dir, plain)
    with_macros, without = [], []
    for number in range(repeats):
        # Which of the two goes first alternates: the second build of a pair measured
        # a few percent faster, whichever it was.
        if number % 2 == 0:
            with_macros.append(build(project, NO_SEARCH_INDEX)[:2])
        try:
            without.append(build(plain, NO_SEARCH_INDEX)[:2])
        except BuildError as error:
            raise NotMeasured(f"platte build faalde: {str(error).strip()[-200:]}") from None
        if number % 2 == 1:
            with_macros.append(build(project, NO_SEARCH_INDEX)[:2])
    different = different_pages(project / "site", plain / "site")
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


def different_pages(real: Path, plain: Path) -> list[str]:
    """Pages whose HTML differs between the two sites, apart from the edit link: a
    generated page's opens its YAML file or has none, the plain copy's opens the
    captured Markdown."""
    pages = {p.relative_to(real) for p in real.rglob("*.html")}
    other = {p.relative_to(plain) for p in plain.rglob("*.html")}
    if pages != other:
        return [f"alleen in één van beide: {p}" for p in sorted(pages ^ other)]
    if str(ROOT) not in sys.path:
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
