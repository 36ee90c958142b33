# Common tasks. `make check` is what CI runs (see README.md and .ci/run).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: check install install-dev lock lint format types test test-browser test-sqlite test-postgres demo serve bench clean catalogues messages

check: install-dev lint types test

$(PY):
	$(PYTHON) -m venv $(VENV)

# Exactly the pinned files, each checked against its hash (scripts/lock writes the locks).
install: $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .

install-dev: $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(PY) -m pip install --quiet --no-deps -e .

# The gettext catalogues (docs/translating.md). Every install compiles them (setup.py);
# `catalogues` compiles again after a .po was edited, `messages` adds the code's new strings.
catalogues: $(PY)
	$(PY) -m haven.locale compile

messages: $(PY)
	$(PY) -m haven.locale extract
	$(PY) -m haven.locale check || true

# After changing the dependencies in pyproject.toml: pin them again, then commit the locks.
lock:
	bash scripts/lock

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format:
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

types:
	$(VENV)/bin/mypy

test:
	PY=$(PY) bash scripts/test

# Only the browser tests (Playwright and Debian's Chromium; screenshots in test-artifacts/browser).
test-browser:
	PY=$(PY) bash scripts/test -m browser

demo: install
	$(VENV)/bin/haven init && $(VENV)/bin/haven demo && $(VENV)/bin/haven serve

bench:
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
