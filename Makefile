# newslayout: the two commands a new user needs are `make demo` and `make test`.
# Each creates .venv (Python >= 3.11) if missing and installs the project into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := build/demo

.PHONY: demo test lint typecheck unit quality bench bench-batch typo fuzz corpus train clean

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
	$(BIN)/lint-imports --no-cache

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest

quality: $(STAMP)
	$(BIN)/python scripts/quality.py
	$(BIN)/python scripts/quality.py --text
	$(BIN)/python scripts/quality.py --text --corpus tests/seedform
	PYTHON=$(BIN)/python scripts/holdout.sh
	$(BIN)/python scripts/real_pages.py

# A fresh blind set drawn from SEED (build/blind/SEED, never committed) and its quality tables.
blind: $(STAMP)
	@test -n "$(SEED)" || { echo "usage: make blind SEED=N  (a seed never measured before)"; exit 2; }
	$(BIN)/python scripts/blind.py --seed $(SEED)

# Refit the weighed pass's model (newslayout/data/weighed-roles.json) on the training seeds
# it names, building them when missing; the same seeds give the same file byte for byte.
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python scripts/train.py

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

typo: $(STAMP)
	$(BIN)/python scripts/typo.py

bench-batch: $(STAMP)
	$(BIN)/python scripts/bench_batch.py

fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py

clean:
	rm -rf build .mypy_cache .pytest_cache .ruff_cache
