#!/usr/bin/env bash
# Score both readers on every held-out set (tests/holdout*/): PDF reader, then text reader.
# Not part of `make test` (tests/test_pdf_holdout.py ratchets the PDF figures of the sets
# already used for development); docs/corpus.md records each set's blind first figures.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
for set in tests/holdout*/; do
    set=${set%/}
    echo "== PDF reader ($set/*.pdf)"
    "$PY" scripts/quality.py --corpus "$set" "$@"
    echo "== text reader ($set/*.txt, pdftotext default mode)"
    "$PY" scripts/quality.py --text --corpus "$set" "$@"
done
