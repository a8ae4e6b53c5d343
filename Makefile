# twin: the two commands of the README, and the setup they share.
#   make demo   set up, build the sample city and serve it at http://127.0.0.1:8000
#   make test   set up (plus the test tools and Debian chromium) and run the whole test suite
# Setup steps leave stamp files, so a second run skips what is already done; editing
# pyproject.toml or a package-lock.json redoes the matching step only.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP_STAMP := $(VENV)/.twin-installed
VIEWER_STAMP := web_viewer/node_modules/.twin-installed
TESTJS_STAMP := tests/js/node_modules/.twin-installed
# sudo only when not root (CI images and containers usually run as root and have no sudo).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# npm ci when a lockfile exists (exact versions), npm install otherwise.
NPM_INSTALL = if [ -f $(1)/package-lock.json ]; then npm ci --prefix $(1) --no-audit --no-fund; \
	else npm install --prefix $(1) --no-audit --no-fund; fi

.PHONY: demo serve test setup setup-test chromium lint samples clean help

help:
	@echo "make demo    build the sample city and serve it at http://127.0.0.1:8000"
	@echo "make test    run every test (installs test tools and Debian chromium if missing)"
	@echo "make lint    ruff check + ruff format --check"
	@echo "make samples regenerate samples/ from ../shared/data"

demo: setup
	$(VENV)/bin/twin demo

serve: setup
	$(VENV)/bin/twin serve

test: setup setup-test
	$(VENV)/bin/pytest

setup: $(PIP_STAMP) $(VIEWER_STAMP)

setup-test: $(TESTJS_STAMP) chromium

$(PIP_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "twin needs Python 3.11+ (set PYTHON=python3.11)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[test]'
	touch $@

$(VIEWER_STAMP): web_viewer/package.json $(wildcard web_viewer/package-lock.json)
	$(call NPM_INSTALL,web_viewer)
	touch $@

$(TESTJS_STAMP): tests/js/package.json $(wildcard tests/js/package-lock.json)
	$(call NPM_INSTALL,tests/js)
	touch $@

# The browser tests drive Debian's chromium through Playwright (no Playwright browser download).
chromium:
	@command -v chromium >/dev/null || ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium)

lint: setup
	$(PY) -m pip install --disable-pip-version-check -q -e '.[test,dev]'
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

samples: setup
	$(PY) samples/build.py --source ../shared/data

clean:
	rm -rf $(VENV) web_viewer/node_modules tests/js/node_modules .pytest_cache twin-data
