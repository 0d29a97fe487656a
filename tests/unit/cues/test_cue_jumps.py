"""Jump and teaser-pointer cases from ``jumps.txt``."""

from __future__ import annotations

import pytest
from cue_fixtures import load

from newslayout.cues import parse_jump, parse_teaser_pointer, split_teaser
from newslayout.model import JumpDirection


@pytest.mark.parametrize(("text", "expected"), load("jumps.txt", "jump"))
def test_jump(text: str, expected: str) -> None:
    cue = parse_jump(text)
    if expected == "None":
        assert cue is None
        return
    assert cue is not None
    direction = "ON" if cue.direction is JumpDirection.ON else "FROM"
    assert f"{direction} {cue.page} {cue.label} {cue.keyword or '-'}" == expected
    assert cue.text == text


@pytest.mark.parametrize(("text", "expected"), load("jumps.txt", "pointer"))
def test_teaser_pointer(text: str, expected: str) -> None:
    assert str(parse_teaser_pointer(text)) == expected


@pytest.mark.parametrize(("text", "expected"), load("jumps.txt", "teaser"))
def test_split_teaser(text: str, expected: str) -> None:
    found = split_teaser(text)
    assert (f"{found[1]} | {found[0]}" if found else "None") == expected
