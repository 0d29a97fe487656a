"""Rewrite the generated tables of docs/pdf-reader.md (rules, settings) from the code.

Usage: ``python scripts/pdf_reader_docs.py`` (``--check`` exits 1 when the document is stale).
"""

from __future__ import annotations

import sys
from pathlib import Path

from newslayout.readers.pdf.reference import regenerate

DOC = Path(__file__).resolve().parents[1] / "docs" / "pdf-reader.md"


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    fresh = regenerate(text)
    if "--check" in argv:
        return 0 if fresh == text else 1
    DOC.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
