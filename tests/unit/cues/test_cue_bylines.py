"""Byline cases from ``bylines.txt``: people, roles and name splits."""

from __future__ import annotations

import pytest
from cue_fixtures import load

from newslayout.cues import is_byline, parse_byline
from newslayout.cues.bylines import parse_job_title
from newslayout.cues.names import is_desk, split_name


@pytest.mark.parametrize(("text", "expected"), load("bylines.txt"))
def test_byline(text: str, expected: str) -> None:
    byline = parse_byline(text)
    if expected == "None":
        assert byline is None
        assert not is_byline(text)
        return
    assert byline is not None
    if expected == "(no one)":
        assert byline.contributors == ()
        assert byline.printed == " ".join(text.split())
        return
    got = " ; ".join(
        f"{c.name} | {c.role.value} | {c.surname} | {c.given_names}" for c in byline.contributors
    )
    assert got == expected
    assert byline.printed == " ".join(text.split())


def test_very_long_text_is_not_a_byline() -> None:
    assert parse_byline("By " + "Maria Okafor, " * 40) is None


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [("OKAFOR Maria", "OKAFOR", "Maria"), ("Maria Okafor", "Okafor", "Maria"), ("Ito", "Ito", "")],
)
def test_split_name(name: str, surname: str, given: str) -> None:
    parts = split_name(name)
    assert (parts.surname, parts.given_names) == (surname, given)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff Writer", "author"),
        ("/ Staff Writer", "author"),
        ("Health Correspondent", "correspondent"),
        ("North Valley Correspondent", "correspondent"),
        ("Business Editor", "author"),
        ("City Hall", "None"),
        ("Tomas Lind", "None"),
        ("The writer", "None"),
        ("Writers of the harbour say so", "None"),
    ],
)
def test_job_title(text: str, expected: str) -> None:
    role = parse_job_title(text)
    assert (role.value if role else "None") == expected


@pytest.mark.parametrize(
    ("text", "desk"),
    [("City Hall", True), ("Education", True), ("Business & Economy", True), ("Tom Hall", False),
     ("Hall", True), ("&", False)],
)  # fmt: skip
def test_is_desk(text: str, desk: bool) -> None:
    assert is_desk(text) is desk
