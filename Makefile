# Everything a fresh machine needs: `make demo` and `make test` set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

setup: $(BIN)/.installed

demo: setup
	rm -f demo.db
	$(BIN)/frontwire ingest samples/ --db demo.db
	$(BIN)/frontwire query events --db demo.db

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python benchmarks/throughput.py --quick

clean:
	rm -rf $(VENV) demo.db
