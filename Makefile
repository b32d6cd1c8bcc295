# The README's two commands: `make run` runs the product, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# pytest-xdist: one worker process per core (at most 4), each with its own PostgreSQL server,
# Chromium and temp dirs; `make test PYTEST_WORKERS=` runs in one process.
PYTEST_WORKERS ?= --numprocesses=auto --maxprocesses=4 --dist=worksteal

.PHONY: run test lint format clean system

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Debian packages for read-aloud and right-to-left text; installs as root, else warns loudly.
system:
	scripts/ensure-system-packages

run: system $(STAMP)
	$(BIN)/delaktig serve --demo

test: system $(STAMP)
	scripts/ensure-system-packages --test
	@if [ "$$(id -u)" = 0 ]; then command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium); fi
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/delaktig lint
	-./scripts/ensure-chromium
	$(BIN)/python -m pytest $(PYTEST_WORKERS)

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var build dist
