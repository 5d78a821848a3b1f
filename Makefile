# DIG.INT platform — run `make help` for the list of targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
export PYTHONDONTWRITEBYTECODE = 1

.DEFAULT_GOAL := help
.PHONY: help run setup install install-dev catalogues test test-browser lint format messages \
	bench bench-practices bench-benchmarking bench-lrs ci clean

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

bench: install-dev ## Measure page throughput against the /healthz/ floor (see bench/README.md)
	$(BIN)/python bench/pages.py

bench-practices: install-dev ## Render time of the good-practice index at 100, 1,000 and 10,000 practices
	$(BIN)/python bench/practices.py

bench-benchmarking: install-dev ## Measure the benchmarking report as assessments grow (see bench/README.md)
	$(BIN)/python bench/benchmarking.py

bench-lrs: install-dev ## Measure the LRS: POST statements/s and GET latency (see bench/README.md)
	$(BIN)/python bench/lrs.py

clean: ## Remove the virtualenv and everything under var/
	rm -rf $(VENV) var
