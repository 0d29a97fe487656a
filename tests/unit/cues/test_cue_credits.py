"""Credit cases from ``credits.txt``."""

from __future__ import annotations

import pytest
from cue_fixtures import load

from newslayout.cues import parse_credit_line, split_credit


@pytest.mark.parametrize(("text", "expected"), load("credits.txt", "split"))
def test_split_credit(text: str, expected: str) -> None:
    found = split_credit(text)
    got = " || ".join(found) if found else "None"
    assert got.strip() == expected


@pytest.mark.parametrize(("text", "expected"), load("credits.txt", "line"))
def test_credit_line(text: str, expected: str) -> None:
    found = parse_credit_line(text)
    assert (" || ".join(found) if found else "None") == expected
