"""End bylines ("— Reporting by X") and dash attributions from ``end_bylines.txt``."""

from __future__ import annotations

import pytest
from cue_fixtures import load

from newslayout.cues import parse_byline
from newslayout.cues.bylines import parse_dash_attribution, parse_end_byline


@pytest.mark.parametrize(("text", "expected"), load("end_bylines.txt", "end"))
def test_end_byline(text: str, expected: str) -> None:
    byline = parse_end_byline(text)
    if expected == "None":
        assert byline is None
        return
    assert byline is not None
    assert " ; ".join(f"{c.name} | {c.role.value}" for c in byline.contributors) == expected
    assert byline.printed == " ".join(text.split())


@pytest.mark.parametrize(("text", "expected"), load("end_bylines.txt", "attr"))
def test_dash_attribution(text: str, expected: str) -> None:
    found = parse_dash_attribution(text)
    got = f"{found.name} | {found.tail} | {found.tail_kind or '-'}" if found else "None"
    assert got == expected


@pytest.mark.parametrize("text", ["— Ines Calloway", "— Reporting by Ines Calloway"])
def test_dash_line_is_no_top_byline(text: str) -> None:
    """parse_byline keeps refusing dash lines: only the reader knows the line ends a story."""
    assert parse_byline(text) is None
