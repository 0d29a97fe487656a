"""docs/pdf-reader.md shows the rule table and the settings as the code has them: every rule
in table order, every setting, nothing else (regenerate with scripts/pdf_reader_docs.py)."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path
from types import ModuleType

from newslayout.readers.pdf.reference import (
    CONSTANT_STAGES,
    GENERATED,
    STAGE_SETTINGS,
    module_constants,
    regenerate,
    sections,
)
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


def test_every_fixed_threshold_of_extract_and_layout_says_why() -> None:
    rows = sections(DOC.read_text(encoding="utf-8"))["constants"].splitlines()[2:]
    assert len(rows) > 50
    for row in rows:
        why = row.rstrip(" |").rsplit(" | ", 1)[-1]
        assert len(why.split()) >= 4, f"a constant without a why-comment: {row}"


def test_module_constants_share_the_comment_above_a_run() -> None:
    source = (
        "#: Near side\n#: of a picture.\nOUTSIDE_EM = 2.0\nINSIDE_EM = 3\n"
        "_PRIVATE = 4\nNAME = 'x'\n"
    )
    assert module_constants(source) == [
        ("OUTSIDE_EM", 2.0, "Near side of a picture."),
        ("INSIDE_EM", 3, "Near side of a picture."),
    ]


def _bare_literals() -> ModuleType:
    script = DOC.parents[1] / "scripts" / "bare_literals.py"
    spec = importlib.util.spec_from_file_location("bare_literals_under_test", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extract_and_layout_keep_no_bare_threshold() -> None:
    # What is left is structural: two items make a gap, a river has two sides, a list item is
    # a marker and its text, a bin array's padding. A new threshold gets a name and a why.
    bare = _bare_literals().bare
    stages = DOC.parents[1] / "newslayout" / "readers" / "pdf"
    left = [
        (path.name, text)
        for stage in CONSTANT_STAGES
        for path in sorted((stages / stage).glob("*.py"))
        for _, text in bare(path.read_text(encoding="utf-8"))
    ]
    assert sorted(left) == sorted(
        [("columns.py", "2")] * 2 + [("gutters.py", "2")] * 3 + [("list_items.py", "2")]
    )
    assert list(bare("GAP = 0.5\n\ndef f(x):\n    return x[2] > 0.3 * x[0] / 2\n")) == [(4, "0.3")]
