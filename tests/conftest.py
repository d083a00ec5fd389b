"""Shared fixtures: one strict build of the real site, served on 127.0.0.1, and a
headless Chromium (Debian's package, driven by Playwright) to look at it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.serving import serve

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


# Tests that use these fixtures, and browser tests, build the site; they get the marker
# `build` by themselves.
# A test that builds in another way carries @pytest.mark.build. `make test-fast` runs the
# rest (-m "not build"), in seconds.
BUILD_FIXTURES = frozenset({"build_result", "site", "html_pages", "site_url", "fixture_site",
                            "fixture_site_url", "browser", "page", "fixture_page"})
FAST_RUN = "KENNISBANK_FAST_TESTS"  # set by `make test-fast`


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("browser") or BUILD_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.build)


def run_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` as a contributor runs it; output kept for assertions."""
    if os.environ.get(FAST_RUN):
        pytest.fail("deze test bouwt de site: geef hem @pytest.mark.build, dan slaat "
                    "`make test-fast` hem over")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="session")
def build_result(tmp_path_factory):
    site_dir = tmp_path_factory.mktemp("site")
    result = run_build(ROOT, site_dir)
    return result, site_dir


@pytest.fixture(scope="session")
def site(build_result) -> Path:
    result, site_dir = build_result
    if result.returncode != 0:
        pytest.fail(f"de strikte build faalt:\n{result.stderr[-4000:]}")
    return site_dir


@pytest.fixture(scope="session")
def html_pages(site) -> dict[str, str]:
    """Every built page, keyed by its path in the site, e.g. 'leidraad/rubriek-5/index.html'."""
    return {str(path.relative_to(site)): path.read_text(encoding="utf-8")
            for path in sorted(site.rglob("*.html"))}


@pytest.fixture(scope="session")
def site_url(site):
    with serve(site) as url:
        yield url


FIXTURES = ROOT / "tests" / "fixtures" / "kennisbank"


def copy_project(tmp: Path, fixture_data: bool = False) -> Path:
    """A copy of the project to break or build on its own; optionally with the fictional
    practices and region instead of data/'s."""
    project = tmp / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".venv", "site", ".git", "__pycache__", "bench-results", "node_modules"))
    if fixture_data:
        for folder in ("praktijken", "regios"):
            shutil.rmtree(project / "data" / folder)
            shutil.copytree(FIXTURES / folder, project / "data" / folder)
    return project


def data_folder(tmp: Path, practices: Path | None = FIXTURES / "praktijken",
                regions: Path | None = FIXTURES / "regios") -> Path:
    """A data/ folder to check or break on its own: the real reference lists, with the
    practices and regions of the given folders (the fictional ones by default; None for
    none)."""
    data = tmp / "data"
    shutil.copytree(ROOT / "data" / "referentie", data / "referentie")
    for name, source in (("praktijken", practices), ("regios", regions)):
        if source is None:
            (data / name).mkdir()
        else:
            shutil.copytree(source, data / name)
    return data


def edit(path: Path, old: str, new: str) -> None:
    """Change one passage of a file, failing if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} staat niet in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build_with_fixture_data(tmp: Path) -> Path:
    """The real site, but with the fictional practices and region instead of data/'s."""
    project = copy_project(tmp, fixture_data=True)
    result = run_build(project, tmp / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    return tmp / "site"


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    return build_with_fixture_data(tmp_path_factory.mktemp("fixture-site"))


@pytest.fixture(scope="session")
def fixture_site_url(fixture_site):
    with serve(fixture_site) as url:
        yield url


def chromium_path() -> str | None:
    # CHROMIUM_PATH lets a CI runner point at its own Chrome; otherwise Debian's chromium.
    configured = os.environ.get("CHROMIUM_PATH")
    if configured and os.path.exists(configured):
        return configured
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        message = ("Chromium ontbreekt: installeer Debian's pakket 'chromium' "
                   "(apt-get install chromium) om de browsertests te draaien.")
        if os.environ.get("CI") == "true":
            pytest.fail(message + " Onder CI=true mogen browsertests niet overgeslagen worden.")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _new_page(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="nl-BE")
    external: list[str] = []

    def block_external(route):
        # No page may need another host; record and refuse any attempt.
        external.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith(base_url) and not url.startswith("data:"),
                  block_external)
    page = context.new_page()
    page.external_requests = external
    return context, page


@pytest.fixture
def page(browser, site_url):
    context, page = _new_page(browser, site_url)
    yield page
    context.close()


@pytest.fixture
def fixture_page(browser, fixture_site_url):
    """A browser page on the site built with the fictional knowledge-base data."""
    context, page = _new_page(browser, fixture_site_url)
    yield page
    context.close()


def node_or_skip(what: str) -> str:
    """Node's path; without Node the test is skipped with a message that says what goes
    untested, and under CI=true it fails: there nothing may be skipped."""
    node = shutil.which("node")
    if node is None:
        message = f"Node.js ontbreekt (installeer Node 20 of nieuwer): {what} wordt niet getest."
        if os.environ.get("CI") == "true":
            pytest.fail(message + " Onder CI=true mag deze test niet overgeslagen worden.")
        pytest.skip(message)
    return node
