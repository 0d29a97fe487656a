# newslayout: the two commands a new user needs are `make demo` and `make test`.
# Each creates .venv (Python >= 3.11) if missing and installs the project into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := build/demo

.PHONY: demo test lint typecheck unit quality bench bench-batch fuzz corpus clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newslayout needs Python >= 3.11; set PYTHON=python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python scripts/demo.py --out $(OUT)

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest

quality: $(STAMP)
	$(BIN)/python scripts/quality.py
	$(BIN)/python scripts/quality.py --text
	PYTHON=$(BIN)/python scripts/holdout.sh

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

bench-batch: $(STAMP)
	$(BIN)/python scripts/bench_batch.py

fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py

clean:
	rm -rf build .mypy_cache .pytest_cache .ruff_cache
