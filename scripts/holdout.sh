#!/usr/bin/env bash
# Score the readers on the held-out set (tests/holdout): PDF reader, then text reader.
# Not part of `make test`: the held-out figures are reported, never tuned against.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
echo "== PDF reader (tests/holdout/*.pdf)"
"$PY" scripts/quality.py --corpus tests/holdout "$@"
echo "== text reader (tests/holdout/*.txt, pdftotext default mode)"
"$PY" scripts/quality.py --text --corpus tests/holdout "$@"
