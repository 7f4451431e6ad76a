# Two commands for newcomers: `make demo` and `make test`. Both create the environment first.
SHELL := /bin/bash
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: venv demo test lint unit integration bench up down browser constraints clean

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PY) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required (found %s); set PY=/path/to/python3.11" % sys.version.split()[0]'
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

demo: venv
	$(BIN)/tradewatch demo

test: venv lint browser
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2

lint: venv
	$(BIN)/ruff check include dags tests benchmarks plugins
	$(BIN)/mypy

unit: venv
	$(BIN)/python -m pytest -q -m "not integration"

integration: venv
	$(BIN)/python -m pytest -q -m integration

bench: venv
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

up: venv
	bash scripts/airflow_up.sh

down:
	bash scripts/airflow_down.sh

# The report screenshot test needs Chromium. Install it where we can (root with apt, e.g. CI);
# elsewhere that one test skips and says why.
browser:
	@if command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium for the report screenshot test"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "chromium install failed: the screenshot test will skip"; \
	else echo "chromium not found: the report screenshot test will skip (apt-get install chromium)"; fi

# Refresh the pinned versions after changing dependencies (then commit constraints.txt).
constraints: venv
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^tradewatch' > constraints.txt

clean: down
	rm -rf $(VENV) .airflow data .pytest_cache .mypy_cache .ruff_cache
