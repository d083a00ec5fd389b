"""Validate all data in one go: `python -m macros.check` (or `make check-data`).

Prints every problem of every file in Dutch and exits with 1, or says all is well.
With --github each problem is also an error annotation on the pull request's file and
line. Never shows a Python traceback to a contributor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .knowledge import load_knowledge_base
from .paths import DATA_DIR
from .reference import DataError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Controleer de gegevens in data/.")
    parser.add_argument("data_dir", nargs="?", default=str(DATA_DIR))
    parser.add_argument("--github", action="store_true",
                        help="meld fouten ook als annotaties in een GitHub-workflow")
    args = parser.parse_args(argv)
    try:
        kb = load_knowledge_base(Path(args.data_dir))
    except DataError as error:
        print(error)
        if args.github:
            for problem in error.problems:
                line = f",line={problem.line}" if problem.line else ""
                message = str(problem).replace("%", "%25").replace("\n", "%0A")
                print(f"::error file={problem.file}{line}::{message}")
        return 1
    except Exception as error:  # a bug on our side, not the contributor's: say so plainly
        print(f"De controle zelf liep vast ({type(error).__name__}: {error}). "
              "Dit is geen fout in je bestand; meld het aan de beheerders.")
        return 2
    print(f"Alle gegevens zijn in orde: {len(kb.practices)} goede praktijken, "
          f"{len(kb.regions)} regio's.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
