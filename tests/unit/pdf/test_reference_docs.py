"""docs/pdf-reader.md shows the rule table and the settings as the code has them: every rule
in table order, every setting, nothing else (regenerate with scripts/pdf_reader_docs.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newslayout.readers.pdf.reference import GENERATED, STAGE_SETTINGS, regenerate, sections
from newslayout.readers.pdf.s3_classify.rules import RULES

DOC = Path(__file__).resolve().parents[3] / "docs" / "pdf-reader.md"


def test_the_generated_tables_are_up_to_date() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert set(sections(text)) == set(GENERATED)
    assert regenerate(text) == text, "stale tables: run python scripts/pdf_reader_docs.py"


def test_every_rule_and_setting_is_listed_once() -> None:
    found = sections(DOC.read_text(encoding="utf-8"))
    rule_rows = [r for r in found["rules"].splitlines() if r.startswith("| ") and "`" in r]
    assert [r.split("`")[1] for r in rule_rows] == list(RULES.names)
    setting_rows = [r for r in found["settings"].splitlines()[2:] if r.startswith("| `")]
    listed = [tuple(r.split("`")[1:4:2]) for r in setting_rows]
    expected = [(o, f.name) for o, cls in STAGE_SETTINGS for f in dataclasses.fields(cls)]
    assert listed == expected
