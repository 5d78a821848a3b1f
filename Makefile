# DIG.INT platform — run `make help` for the list of targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
export PYTHONDONTWRITEBYTECODE = 1

.DEFAULT_GOAL := help
.PHONY: help run setup install install-dev catalogues content-po test test-browser lint format \
	messages coverage-translations glossary fuzz bench bench-practices bench-benchmarking \
	bench-lrs diagram-font screenshots ci clean

help: ## Show this list
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed ## Create the virtualenv and install the platform

install-dev: $(VENV)/.installed-dev ## Install the platform with its test and lint tools

content-po: install ## Write the database's content translations to locale/<language>/content/
	$(BIN)/python manage.py export_content_po

catalogues: ## Compile the gettext catalogues in locale/ (pure Python, no gettext needed)
	$(BIN)/python manage.py compile_catalogues

setup: install catalogues ## Migrate, load the DIG.INT content and create the admin account
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py create_issuer_key
	$(BIN)/python manage.py load_digint
	$(BIN)/python manage.py create_admin

run: setup ## Set everything up and serve the site at http://127.0.0.1:8000
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev catalogues ## Run the whole test suite (browser tests when Chromium is installed)
	@if [ -x "$(CHROMIUM)" ]; then \
		$(BIN)/python -m pytest $(PYTEST_ARGS); \
	elif [ "$$CI" = "true" ]; then \
		echo "Chromium is missing at $(CHROMIUM): browser tests cannot run in CI." >&2; exit 1; \
	else \
		echo "NOTE: Chromium not found at $(CHROMIUM); browser tests are left out." \
			"Install it with: apt-get install chromium"; \
		$(BIN)/python -m pytest -m "not browser" $(PYTEST_ARGS); \
	fi

test-browser: install-dev catalogues ## Run only the browser tests
	$(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

SCREENSHOTS_DIR ?= var/screenshots
screenshots: install-dev catalogues ## PNGs of every page type at 1280 and 320 px, in en and ro, in var/screenshots/
	@mkdir -p $(SCREENSHOTS_DIR)
	SCREENSHOTS_DIR=$(abspath $(SCREENSHOTS_DIR)) $(BIN)/python -m pytest tests/browser/test_screenshots.py -q $(PYTEST_ARGS)

# FUZZ_EXAMPLES examples for each LRS fuzz test and a third as many for each (slower) site
# test: 900 gives about 10,800 requests.
FUZZ_EXAMPLES ?= 900
fuzz: install-dev catalogues ## Fuzz every LRS resource and public form (>= 10,000 cases; README "Security")
	FUZZ_PROFILE=fuzz FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/fuzz -p no:warnings $(PYTEST_ARGS)

lint: install-dev ## Check style, migrations and the Django system checks
	@mkdir -p var
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install-dev ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install-dev ## Extract translatable strings into the six catalogues
	$(BIN)/python manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench

coverage-translations: install ## Translation coverage per language (UI and content) and glossary warnings
	$(BIN)/python manage.py translation_coverage

glossary: install ## List every translation that departs from the glossary (locale/glossary.yaml)
	$(BIN)/python manage.py check_glossary

bench: install-dev ## Measure page throughput against the /healthz/ floor (see bench/README.md)
	$(BIN)/python bench/pages.py

bench-practices: install-dev ## The good-practice index, a facet and a search through HTTP at 100, 1,000 and 10,000 practices
	$(BIN)/python bench/practices.py

bench-benchmarking: install-dev ## Measure the benchmarking report as assessments grow (see bench/README.md)
	$(BIN)/python bench/benchmarking.py

bench-lrs: install-dev ## Measure the LRS: POST statements/s and GET latency (see bench/README.md)
	$(BIN)/python bench/lrs.py

# Latin, with the letters of the six languages, and punctuation (the diagrams' labels).
DIAGRAM_FONT_RANGES := U+0020-007E,U+00A0-024F,U+02C6-02DD,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212
diagram-font: install-dev ## Rebuild the diagrams' font: a Latin subset of the badges' DejaVu font
	$(BIN)/pyftsubset learning/badges/fonts/DejaVuSansCondensed-Bold.ttf \
		--unicodes="$(DIAGRAM_FONT_RANGES)" --layout-features='*' \
		--output-file=static/fonts/DejaVuSansCondensed-Bold-Latin.ttf

clean: ## Remove the virtualenv and everything under var/
	rm -rf $(VENV) var
