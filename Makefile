# twin: the two commands of the README, and the setup they share.
#   make demo   set up, build the sample city and serve it at http://127.0.0.1:8000
#   make test   set up (plus the test tools, Debian chromium and PostGIS) and run the whole suite
#   make lint   ruff check, ruff format --check and mypy --strict over tiling and the stores (the CI gate)
# Debian packages that are missing are installed with apt (sudo only when not root).
# Setup steps leave stamp files, so a second run skips what is already done; editing
# pyproject.toml or a package-lock.json redoes the matching step only.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP_STAMP := $(VENV)/.twin-installed
VIEWER_STAMP := web_viewer/node_modules/.twin-installed
TESTJS_STAMP := tests/js/node_modules/.twin-installed
DEV_STAMP := $(VENV)/.twin-dev-installed
# .ci/apt-install installs the missing ones (sudo only when not root).
APT_INSTALL := .ci/apt-install
SETUP_PACKAGES := python3-venv nodejs npm proj-data
# Debian's chromium for the browser tests; PostgreSQL + PostGIS binaries for the storage tests;
# nginx in front of twin (tests/server/test_nginx.py);
# the Mosquitto broker for the SensorThings MQTT tests (started by the test on a free port).
TEST_PACKAGES := chromium postgresql postgresql-15-postgis-3 nginx mosquitto
# pytest's exit code when it collected no tests.
PYTEST_NO_TESTS := 5
# CesiumJS declares Node >= 22; where the system's node is older (Debian 12 ships 18), setup puts
# Node 22 from the npm registry in .tools/node (.ci/install-node), first on PATH for every recipe.
NODE_MAJOR := 22
NODE_VERSION := 22.23.5
NODE_STAMP := .tools/node/.twin-installed
export PATH := $(CURDIR)/.tools/node/bin:$(PATH)
# npm ci when a lockfile exists (exact versions), npm install otherwise.
NPM_INSTALL = if [ -f $(1)/package-lock.json ]; then npm ci --prefix $(1) --no-audit --no-fund; \
	else npm install --prefix $(1) --no-audit --no-fund; fi

.PHONY: demo serve test setup setup-test setup-packages test-packages lint samples clean help

help:
	@echo "make demo    build the sample city and serve it at http://127.0.0.1:8000"
	@echo "make test    run every test (installs test tools, chromium and PostGIS if missing)"
	@echo "make lint    ruff check, ruff format --check, mypy --strict tiling and the stores"
	@echo "make samples regenerate samples/ from ../shared/data (or TWIN_SHARED_DIR)"

demo: setup
	$(VENV)/bin/twin demo

serve: setup
	$(VENV)/bin/twin serve

# Exit code 5 (nothing collected) would mean a broken test path or filter: say so, and fail.
test: setup setup-test
	@$(VENV)/bin/pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc = $(PYTEST_NO_TESTS) ]; then echo "error: pytest collected no tests"; fi; exit $$rc

setup: $(PIP_STAMP) $(VIEWER_STAMP)

setup-test: $(TESTJS_STAMP) test-packages

setup-packages:
	@$(APT_INSTALL) $(SETUP_PACKAGES)

# The browser tests drive Debian's chromium through Playwright (no Playwright browser download).
test-packages:
	@$(APT_INSTALL) $(TEST_PACKAGES)

$(PIP_STAMP): pyproject.toml | setup-packages
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "twin needs Python 3.11+ (set PYTHON=python3.11)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[test]'
	touch $@

$(NODE_STAMP): .ci/install-node | setup-packages
	.ci/install-node $(NODE_MAJOR) $(NODE_VERSION) .tools/node
	@mkdir -p $(dir $@) && touch $@

$(VIEWER_STAMP): web_viewer/package.json $(wildcard web_viewer/package-lock.json) | $(NODE_STAMP)
	$(call NPM_INSTALL,web_viewer)
	touch $@

$(TESTJS_STAMP): tests/js/package.json $(wildcard tests/js/package-lock.json) | $(NODE_STAMP)
	$(call NPM_INSTALL,tests/js)
	touch $@

# The linters are pinned in the dev extra, so every machine judges the same way.
$(DEV_STAMP): $(PIP_STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[test,dev]'
	touch $@

# mypy --strict covers these; extend as modules get clean.
STRICT := tiling twin/store twin/auth.py twin/server/access.py twin/server/accel.py twin/server/current_versions.py twin/cli/http_protocol.py twin/objects.py twin/versions.py twin/version_reader.py twin/publish.py \
	twin/garbage.py twin/storage.py twin/jobs.py ingest_survey/vertical.py ingest_survey/geoids.py \
	ingest_survey/grids.py ingest_survey/readers/dem_heights.py \
	twin/entities ingest_survey/readers/lifecycle.py \
	twin/monitoring twin/sensorthings

lint: setup $(DEV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy --strict $(STRICT)

# The shared data folder: ../shared beside the repository, or TWIN_SHARED_DIR.
samples: setup
	$(PY) samples/build.py --source $${TWIN_SHARED_DIR:-../shared}/data

clean:
	rm -rf $(VENV) .tools web_viewer/node_modules tests/js/node_modules .pytest_cache twin-data
