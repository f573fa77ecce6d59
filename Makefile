# Everything a fresh machine needs: `make demo` and `make test` set up .venv themselves.
# The demo installs only the package; the tests add the `test` extra (pytest, Selenium, PySpark).
# The interpreter for .venv: the system's python3 when it is 3.11 or later and can make a venv
# (Debian's python3-venv), else python3 from PATH (pyenv's, if any). Debian's and Ubuntu's
# interpreters are built with profile-guided and link-time optimisation and link libpython
# statically; pyenv's default build does neither. Measured (stop 29, one process, one pair of
# runs): the cleaning took 3.9 ms per article on Debian's build against 5.0 on pyenv's, and the
# bare spaCy model and the whole pipeline each used about 16% less CPU, so the throughput ratio to
# spaCy did not change measurably. `make PYTHON=...` overrides.
SYSTEM_PYTHON := /usr/bin/python3
PYTHON ?= $(shell $(SYSTEM_PYTHON) -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' \
	2>/dev/null && echo $(SYSTEM_PYTHON) || echo python3)
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
