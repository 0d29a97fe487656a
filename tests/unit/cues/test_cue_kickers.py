"""Kicker-left-of-headline cases from ``kickers.txt``."""

from __future__ import annotations

import pytest
from cue_fixtures import load

from newslayout.cues.kickers import split_kicker, strip_separator


@pytest.mark.parametrize(("text", "expected"), load("kickers.txt"))
def test_split_kicker(text: str, expected: str) -> None:
    found = split_kicker(text)
    assert (f"{found[0]} | {found[1]}" if found else "None") == expected


def test_strip_separator_drops_the_bar_printed_after_a_tag_kicker() -> None:
    assert strip_separator("CITY HALL |") == "CITY HALL"
    assert strip_separator("SPORT •") == "SPORT"
    assert strip_separator("ARTS & CULTURE") == "ARTS & CULTURE"
