# Everything a fresh machine needs: `make demo` and `make test` set up .venv themselves.
# The demo installs only the package; the tests add the `test` extra (pytest, Selenium, PySpark).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup setup-test demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed-core: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed-core
	$(BIN)/pip install -q -e ".[test]"
	touch $@

setup: $(VENV)/.installed-core

setup-test: $(VENV)/.installed-test

demo: setup
	rm -f demo.db
	$(BIN)/frontwire ingest samples/ --db demo.db
	$(BIN)/frontwire query events --db demo.db
	$(BIN)/frontwire claims --db demo.db --format text

test: setup-test
	$(BIN)/python -m pytest -q

bench: setup-test
	$(BIN)/python benchmarks/throughput.py --quick

clean:
	rm -rf $(VENV) demo.db
