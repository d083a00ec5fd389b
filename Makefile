# Everything a fresh clone needs, with Python 3.11 as the only thing installed by hand.
# `make serve` and `make test` each create .venv and install the pinned dependencies first.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: serve build pdf test test-fast test-js check-data formulieren bijdrage github praktijk bench bench-tools clean

$(STAMP): requirements.txt requirements-test.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $(STAMP)

## The site on http://127.0.0.1:8000, reloading on changes in docs/, data/, macros/ and schemas/.
serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 \
		--watch data --watch macros --watch schemas

## The site as published, in site/, failing on any warning.
build: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## The same build, plus the handbook and every fiche as PDF in site/pdf/, linked from their pages.
pdf: $(STAMP)
	KENNISBANK_PDF=1 NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## The JS logic's own tests (tests/js/: the search's word logic, the worksheet's Word
## writer) on Node's built-in test runner, without npm: seconds.
test-js:
	node --test tests/js/

## Check every file in data/ and report all problems at once, in Dutch.
check-data: $(STAMP)
	$(BIN)/python -m macros.check $(CHECK_ARGS)

## The whole test suite: build, rendering, data checks and browser tests.
test: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest

## The unit tests only (no build, no browser): seconds, for while you work.
test-fast: $(STAMP)
	KENNISBANK_FAST_TESTS=1 $(BIN)/python -m pytest -m "not build"

## The issue forms in .github/ISSUE_TEMPLATE/, made anew from the schemas and data/.
formulieren: $(STAMP)
	$(BIN)/python -m macros.forms

## A submitted issue form as a data file: make bijdrage BODY=issue.md [ISSUE=12] [VERSLAG=file]
## [VOORBEELD=file] (the comment for the issue, and the contribution as it will read on the site)
bijdrage: $(STAMP)
	$(BIN)/python -m macros.contribution "$(BODY)" $(if $(ISSUE),--issue "$(ISSUE)") \
		$(if $(VERSLAG),--verslag "$(VERSLAG)") $(if $(VOORBEELD),--voorbeeld "$(VOORBEELD)")

## Set up the GitHub repository in KENNISBANK_REPOSITORY (or the remote origin): labels,
## Actions, Pages, variables and a rule for main. make github DRY_RUN=1 (or ARGS=--dry-run)
## only says what it would change. So does `make github --dry-run` (make's own -n): the line
## runs anyway (+), and make's n flag turns into the script's --dry-run.
github: $(STAMP)
	+$(BIN)/python scripts/github_setup.py $(if $(or $(DRY_RUN),$(findstring n,$(firstword -$(MAKEFLAGS)))),--dry-run) $(ARGS)

## Start a new practice from the template: make praktijk TITEL="Titel van de praktijk"
praktijk: $(STAMP)
	$(BIN)/python -m macros.new_practice "$(TITEL)"

## Build with 10 to 5,000 fictional practices; print time, memory, sizes and the budgets.
bench: $(STAMP) bench-tools
	$(BIN)/python scripts/bench.py

## The benchmark's npm tools (Lighthouse, Nu HTML checker), pinned in package-lock.json.
## Offline, `make bench` still runs and reports what they measure as not measured.
bench-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts && touch $@ || echo "npm ci faalde: Lighthouse en de Nu HTML checker worden niet gemeten."

clean:
	rm -rf site .pytest_cache
