"""Guard for refactorings: build the site from a git revision and from the working tree,
with the same data, and compare what a reader gets, page by page.

    python scripts/compare_sites.py                   # HEAD against the working tree
    python scripts/compare_sites.py --before main~3   # another revision
    python scripts/compare_sites.py --fixture-data    # both with tests/fixtures/kennisbank
    python scripts/compare_sites.py --sites OLD NEW   # two sites already built

Exit 0 when every file is the same, 1 with a list of the differences (and a short diff
of each) otherwise. Every difference a refactoring makes must be intended and named in
its commit message.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "kennisbank"
# What a build leaves that is not the project: never copied into a build folder.
IGNORED = shutil.ignore_patterns(".venv", "site", ".git", "__pycache__", "bench-results",
                                 "node_modules")
TEXT_SUFFIXES = {".html", ".json", ".xml", ".js", ".css", ".txt", ".svg"}


def export_revision(revision: str, target: Path) -> Path:
    """The project as committed at `revision`, without touching the working tree."""
    archive = subprocess.run(["git", "archive", "--format=tar", revision], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def copy_working_tree(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=IGNORED)
    return target


def use_fixture_data(project: Path) -> None:
    for folder in ("praktijken", "regios"):
        shutil.rmtree(project / "data" / folder, ignore_errors=True)
        shutil.copytree(FIXTURES / folder, project / "data" / folder)


def build(project: Path) -> Path:
    site = project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                             "--site-dir", str(site)], cwd=project, env=env,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build in {project} failed:\n{result.stderr[-3000:]}")
    return site


def read(path: Path) -> bytes:
    data = path.read_bytes()
    # gzip stores a timestamp; compare what is inside.
    return gzip.decompress(data) if path.suffix == ".gz" else data


def compare(before: Path, after: Path, context_lines: int = 2, max_diff_lines: int = 40) -> list[str]:
    """One report per differing file: missing on one side, or a short unified diff."""
    old = {p.relative_to(before) for p in before.rglob("*") if p.is_file()}
    new = {p.relative_to(after) for p in after.rglob("*") if p.is_file()}
    reports = [f"only before: {p}" for p in sorted(old - new)]
    reports += [f"only after: {p}" for p in sorted(new - old)]
    for path in sorted(old & new):
        a, b = read(before / path), read(after / path)
        if a == b:
            continue
        if path.suffix not in TEXT_SUFFIXES and not path.name.endswith(".xml.gz"):
            reports.append(f"differs (binary): {path}")
            continue
        # Split on tags too, so a one-line page gives a readable diff.
        lines_a = a.decode("utf-8", "replace").replace("><", ">\n<").splitlines()
        lines_b = b.decode("utf-8", "replace").replace("><", ">\n<").splitlines()
        diff = list(difflib.unified_diff(lines_a, lines_b, "before", "after", n=context_lines,
                                         lineterm=""))
        # Long lines (a search index is one) are cut: the place of the change is enough.
        shown = "\n".join(line[:300] for line in diff[2:max_diff_lines + 2])
        more = f"\n  ... {len(diff) - max_diff_lines - 2} more lines" if len(diff) > max_diff_lines + 2 else ""
        reports.append(f"differs: {path}\n{shown}{more}")
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="HEAD", help="git revision to compare with (HEAD)")
    parser.add_argument("--fixture-data", action="store_true",
                        help="build both with the fictional data of tests/fixtures/kennisbank")
    parser.add_argument("--sites", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                        help="compare two built sites instead of building")
    parser.add_argument("--keep", action="store_true", help="keep the temporary builds")
    args = parser.parse_args(argv)

    if args.sites:
        reports = compare(*args.sites)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="compare-sites-"))
        try:
            before = export_revision(args.before, tmp / "before")
            after = copy_working_tree(tmp / "after")
            if args.fixture_data:
                # The fixtures of the working tree on both sides: only the code differs.
                use_fixture_data(before)
                use_fixture_data(after)
            reports = compare(build(before), build(after))
        finally:
            if args.keep:
                print(f"builds kept in {tmp}")
            else:
                shutil.rmtree(tmp, ignore_errors=True)
    for report in reports:
        print(report)
    print(f"{len(reports)} differing file(s)" if reports else "same site, file for file")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main())
