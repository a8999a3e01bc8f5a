# IGS Cultuur — one-command set-up. `make serve` and `make test` work on a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
HOST   := 127.0.0.1
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: help deps build serve test chromium bench pdf offline clean

help: ## Toon de beschikbare commando's
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV)/.installed node_modules/.installed ## Installeer Python- en npm-afhankelijkheden

build: deps ## Bouw de site in site/ (geen browser nodig)
	$(BIN)/mkdocs build --strict

serve: deps ## Bouw de site en serveer ze op http://127.0.0.1:8000 (live herladen)
	$(BIN)/mkdocs serve --strict --dev-addr $(HOST):$(PORT)

chromium: ## Installeer Debian's chromium voor de browsertests (als root)
	@if command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fonts-dejavu-core >/dev/null; \
	else \
		echo "Chromium ontbreekt. Installeer het als root: sudo apt-get install chromium poppler-utils fonts-dejavu-core" >&2; exit 1; \
	fi

test: deps chromium offline ## Draai alle tests (bouwt eerst site, PDF en offline zip)
	$(BIN)/pytest

bench: deps chromium build ## Meet snelheid en grootte (keuzehulp, Pyodide, Lighthouse); drukt een tabel af
	$(PY) tools/bench.py

clean: ## Verwijder bouwresultaten
	rm -rf site build dist

pdf: deps chromium build ## Bouw de hele gids als PDF: site/downloads/igs-cultuur.pdf
	$(PY) -m tools.offline.pdf

offline: deps pdf ## Bouw de offline site als zip: site/downloads/igs-cultuur-offline.zip (met de PDF)
	$(PY) -m tools.offline.offlinesite
