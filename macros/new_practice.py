"""Start a new good practice from the template: `make praktijk TITEL="Mijn praktijk"`.

Creates data/praktijken/<id>.yml with an id made from the title (unique, valid for the
schema), the title and today's dates filled in; the rest is the commented template.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

from .paths import DATA_DIR, PROJECT_ROOT, TEMPLATE_DIR

TEMPLATE = TEMPLATE_DIR / "praktijk.yml"
MAX_ID = 60


def slug(title: str) -> str:
    """'Ouders & CLB: één gesprek' -> 'ouders-clb-een-gesprek'."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    text = ""
    for word in words:
        candidate = f"{text}-{word}" if text else word
        if len(candidate) > MAX_ID:
            break
        text = candidate
    return text or "praktijk"


def create(title: str, folder: Path, today: datetime.date | None = None) -> Path:
    today = today or datetime.date.today()
    base = slug(title)
    practice_id, number = base, 2
    while (folder / f"{practice_id}.yml").exists():
        practice_id, number = f"{base}-{number}", number + 1
    text = TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("$schema=../schemas/", "$schema=../../schemas/", 1)
    text = text.replace("id: naam-van-de-praktijk", f"id: {practice_id}", 1)
    # json.dumps gives a double-quoted YAML string, safe for any character in the title.
    text = text.replace("titel: Titel van de praktijk", f"titel: {json.dumps(title, ensure_ascii=False)}", 1)
    text = re.sub(r"^(toegevoegd|herzien): .*$", rf"\1: {today.isoformat()}", text, flags=re.M)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{practice_id}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Maak een nieuwe goede praktijk aan.")
    parser.add_argument("titel", help="de titel van de praktijk")
    args = parser.parse_args(argv)
    if len(args.titel.strip()) < 3:
        print("Geef een titel van minstens 3 tekens, bv. make praktijk TITEL=\"Warme overdracht\".")
        return 1
    path = create(args.titel.strip(), DATA_DIR / "praktijken")
    print(f"Aangemaakt: {path.relative_to(PROJECT_ROOT)}\n"
          "Vul de samenvatting, beschrijving, opdrachten en de andere velden in en controleer "
          "dan met: make check-data")
    return 0


if __name__ == "__main__":
    sys.exit(main())
