"""Whole invented extractions: the inspect JSON matches, and the issue written as XML
validates (through the public API, as ``newslayout convert issue.txt -o issue.xml`` does)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newslayout.api as api
from newslayout.diagnostics import Severity
from newslayout.inspect import issue_to_json

HERE = Path(__file__).parent
EXTRACTIONS = sorted(HERE.glob("*.txt"))


def test_there_are_at_least_three_extractions() -> None:
    assert len(EXTRACTIONS) >= 3
    assert any("\f" in p.read_text(encoding="utf-8") for p in EXTRACTIONS)


@pytest.mark.parametrize("path", EXTRACTIONS, ids=lambda p: p.stem)
def test_inspect_json_matches(path: Path) -> None:
    issue, _ = api.read(path)
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert issue_to_json(issue) == expected


@pytest.mark.parametrize("path", EXTRACTIONS, ids=lambda p: p.stem)
def test_written_xml_validates(path: Path, tmp_path: Path) -> None:
    issue, _ = api.read(path)
    target = tmp_path / f"{path.stem}.xml"
    written = api.write(issue, target)
    assert not [d for d in written if d.severity is Severity.ERROR]
    problems = [d for d in api.validate(target) if d.severity is Severity.ERROR]
    assert not problems, [d.render() for d in problems]
