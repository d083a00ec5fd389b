"""A preview of new or changed practices and regions, for the job summary of a pull
request's check and for the comment on a contribution's issue: each as it will read on the site (title, summary, tasks, rubrics, region,
contacts, the description rendered and sanitised), with the checks' messages.

    python -m macros.preview --basis origin/main     # the files changed since then
    python -m macros.preview data/praktijken/x.yml   # these files

Markdown out, for $GITHUB_STEP_SUMMARY. Every text from a file is escaped or sanitised
as on the site: the summary of a pull request is also a page a maintainer opens.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from .knowledge import FLANDERS, KnowledgeBase, load_knowledge_base
from .markup import Html, escape, join
from .paths import DATA_DIR, PROJECT_ROOT
from .practices_html import contact_html
from .reference import DataError
from .safe_markdown import to_html

FOLDERS = ("data/praktijken/", "data/regios/")


def changed_files(base: str) -> list[str]:
    """Data files added or changed since `base`, as paths from the project root."""
    result = subprocess.run(["git", "diff", "--name-only", "--diff-filter=AMR", f"{base}...HEAD",
                             "--", *FOLDERS], cwd=PROJECT_ROOT, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"git diff faalde: {result.stderr.strip()}")
    return [line for line in result.stdout.splitlines() if line.endswith(".yml")]


def _practice(kb: KnowledgeBase, practice_id: str) -> Html:
    p = kb.practices[practice_id]
    ref = kb.reference
    contact = ""
    if p.contact:
        region, person = kb.contact(p.contact)
        contact = contact_html(person, region)
    rows = [
        ("Opdrachten", join((f"{t}) {ref.tasks[t].title}" for t in p.tasks), ", ")),
        ("Rubrieken", join((f"{r}. {ref.rubrics[r].short_title}" for r in p.rubrics), ", ")),
        ("Regio", kb.region_name(p.region) if p.region != FLANDERS else "Heel Vlaanderen"),
        ("Domeinen", join((kb.domains[d].name for d in p.domains), ", ")),
        ("Niveaus", join((kb.levels[n].name for n in p.levels), ", ")),
        ("Partners", join(p.partners, ", ")),
        ("Contact", contact),
        ("Links", join((Html('<a href="{}">{}</a>').format(link.url, link.title)
                        for link in p.links), ", ")),
        ("Bron", p.source),
    ]
    details = join(Html("<tr><th>{}</th><td>{}</td></tr>").format(label, value)
                   for label, value in rows if value)
    return Html("<h3>{}</h3>\n<p><em>{}</em></p>\n{}\n<table>{}</table>").format(
        p.title, p.summary, to_html(p.description), details)


def _region(kb: KnowledgeBase, region_id: str) -> Html:
    r = kb.regions[region_id]
    clbs = join(Html("<li>{} ({})</li>").format(c.name, kb.networks[c.network].name) for c in r.clbs)
    contacts = join(Html("<li>{}</li>").format(contact_html(c)) for c in r.contacts)
    points = join(Html("<li>{}) {}: {}</li>").format(p.task, p.subject, p.contact.function)
                  for p in r.contact_points)
    return Html("<h3>Regio {}</h3>\n<p>{}</p>\n<p><strong>CLB's</strong></p><ul>{}</ul>\n"
                "<p><strong>Contacten</strong></p><ul>{}</ul>\n"
                "<p><strong>Aanspreekpunten</strong></p><ul>{}</ul>").format(
        r.name, r.area, clbs, contacts, points or Html("<li>geen</li>"))


CLOSING = ("De controle vond geen problemen. De hele site staat bij deze controle als artefact "
           "*site* om te downloaden.")


def preview(files: list[str], data_dir: Path = DATA_DIR, closing: str = CLOSING) -> str:
    if not files:
        return "## Voorbeeld\n\nDeze pull request verandert geen praktijken of regio's.\n"
    out = ["## Voorbeeld van de bijdrage", ""]
    try:
        kb = load_knowledge_base(data_dir)
    except DataError as error:
        shown = [p for p in error.problems if p.file in files] or error.problems
        out += ["### De controle vond problemen", "",
                *(f"- {escape(problem)}" for problem in shown), "",
                "Pas het bestand aan; de controle en dit voorbeeld lopen opnieuw."]
        return "\n".join(out) + "\n"
    for path in files:
        item_id = Path(path).stem
        if path.startswith(FOLDERS[0]) and item_id in kb.practices:
            out += [str(_practice(kb, item_id)), ""]
        elif path.startswith(FOLDERS[1]) and item_id in kb.regions:
            out += [str(_region(kb, item_id)), ""]
    out += [closing]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Voorbeeld van gewijzigde praktijken en regio's.")
    parser.add_argument("bestanden", nargs="*", help="paden zoals data/praktijken/x.yml")
    parser.add_argument("--basis", help="vergelijk met deze git-revisie")
    args = parser.parse_args(argv)
    files = args.bestanden or (changed_files(args.basis) if args.basis else [])
    print(preview(files), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
