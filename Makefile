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

.PHONY: help deps lock lint build serve test test-snel chromium nginx java wordpress bench pdf offline site clean

help: ## Toon de beschikbare commando's
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

# Every Python package (pip itself included) comes from requirements.lock, pinned
# with its hashes; pip refuses a download whose hash differs. Our own package is
# then installed editable without touching the index (no build isolation).
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# pip-tools itself (and pip, and their dependencies) also come pinned with hashes:
# tools/lock/pip-tools.lock, made from tools/lock/pip-tools.in by the same pip-compile:
#   build/lock-venv/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
#     --no-emit-find-links --output-file tools/lock/pip-tools.lock tools/lock/pip-tools.in
lock: ## Werk requirements.lock bij na een wijziging in pyproject.toml (pip-tools, met hashes)
	rm -rf build/lock-venv && $(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/pip install --quiet --require-hashes -r tools/lock/pip-tools.lock
	build/lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --extra test \
		--output-file requirements.lock pyproject.toml tools/publiceren/pip.in

# No install scripts: the only one is vnu-jar's postinstall, which downloads a Java runtime
# (without a checksum) when none is on PATH; make java installs Debian's instead.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# Lighthouse only for make bench (its own package.json and lock; make deps does not install it).
LIGHTHOUSE := tools/lighthouse
$(LIGHTHOUSE)/node_modules/.installed: $(LIGHTHOUSE)/package.json $(LIGHTHOUSE)/package-lock.json
	npm ci --prefix $(LIGHTHOUSE) --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV)/.installed node_modules/.installed ## Installeer Python- en npm-afhankelijkheden

lint: $(VENV)/.installed ## Controleer de Python-code met ruff (regels in pyproject.toml); make test en test-snel doen dit eerst
	$(BIN)/ruff check .

build: deps ## Bouw de site in site/ (geen browser nodig)
	$(BIN)/mkdocs build --strict

serve: deps ## Bouw de site en serveer ze op http://127.0.0.1:8000 (live herladen)
	$(BIN)/mkdocs serve --strict --dev-addr $(HOST):$(PORT)

chromium: ## Installeer Debian's chromium voor de browsertests (als root)
	@if command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && [ -d /usr/share/fonts/truetype/dejavu ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fonts-dejavu-core >/dev/null; \
	else \
		echo "Chromium ontbreekt. Installeer het als root: sudo apt-get install chromium poppler-utils fonts-dejavu-core" >&2; exit 1; \
	fi

# Debian's WordPress, MariaDB and PHP for the embedding tests (tests/browser/test_wordpress.py
# starts them on loopback itself; nothing is configured or started here).
WORDPRESS_PAKKETTEN := wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone mariadb-server php-cli php-mysql

wordpress: ## Installeer WordPress, MariaDB en PHP voor de insluittests (als root)
	@if [ "$$(dpkg-query -W -f='$${Status}\n' $(WORDPRESS_PAKKETTEN) 2>/dev/null | grep -c '^install ok installed$$')" != "$(words $(WORDPRESS_PAKKETTEN))" ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(WORDPRESS_PAKKETTEN) >/dev/null; \
		else \
			echo "WordPress-tests worden overgeslagen: installeer als root: apt-get install $(WORDPRESS_PAKKETTEN)" >&2; \
		fi; \
	fi

# Other Debian packages the tests use, installed with apt when missing (as root):
# nginx serves site/ with the generated configuration (tests/publiceren), Java
# runs the Nu HTML Checker (vnu-jar from npm).
define apt_pakket
	@if [ -x "$(1)" ] || command -v "$(1)" >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(2) >/dev/null; \
	else \
		echo "$(2) ontbreekt. Installeer het als root: sudo apt-get install $(2)" >&2; exit 1; \
	fi
endef

nginx: ## Installeer Debian's nginx voor de hostingtests (als root; de tests starten het zelf)
	$(call apt_pakket,/usr/sbin/nginx,nginx-light)

java: ## Installeer Java voor de Nu HTML Checker (als root)
	$(call apt_pakket,java,default-jre-headless)

test: lint deps chromium nginx java wordpress site ## Draai alle tests (bouwt eerst de volledige site: PDF, zip, headers)
	$(BIN)/pytest

# The fast tier: engine, data, templates and content checks; no browser, no site build,
# under two minutes on a 2-core machine (a contract). The markers come from the fixtures a
# test uses (tests/conftest.py: site, browser, wordpress) or by hand (traag).
SNEL := not site and not browser and not wordpress and not traag
test-snel: lint deps ## Snelle tests: engine, data, sjablonen, inhoud; geen browser, geen sitebouw (< 2 min)
	$(BIN)/pytest -m "$(SNEL)"

# The complete folder to upload. IGS_PDF=1: the pages link the PDF, which this
# target builds (make build and make serve have no PDF and show no link to it).
site: export IGS_PDF = 1
site: deps chromium ## Bouw de volledige publiceerbare site/: pagina's, PDF, offline zip, gzip, _headers
	$(BIN)/mkdocs build --strict
	$(PY) -m tools.offline.pdf
	$(PY) -m tools.offline.offlinesite
	$(PY) -m tools.publiceren
	@$(PY) -m igs_site.inhoud.uitgever site

bench: deps chromium nginx build $(LIGHTHOUSE)/node_modules/.installed ## Meet snelheid en grootte (keuzehulp, Pyodide, Lighthouse); drukt een tabel af
	$(PY) -m tools.bench

clean: ## Verwijder bouwresultaten
	rm -rf site build dist

pdf: deps chromium build ## Bouw de hele gids als PDF: site/downloads/igs-cultuur.pdf
	$(PY) -m tools.offline.pdf

offline: deps pdf ## Bouw de offline site als zip: site/downloads/igs-cultuur-offline.zip (met de PDF)
	$(PY) -m tools.offline.offlinesite
