"""Masthead cases from ``masthead.txt``: volume/number, dates and editions."""

from __future__ import annotations

import pytest
from cue_fixtures import load

from newslayout.cues import parse_date, parse_edition, parse_issue_number, parse_volume_number
from newslayout.cues.masthead import parse_dated_row, parse_folio, parse_volume_alone


@pytest.mark.parametrize(("text", "expected"), load("masthead.txt", "volume"))
def test_volume_number(text: str, expected: str) -> None:
    found = parse_volume_number(text)
    assert (" ".join(found) if found else "None") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vol:2", "2"),
        ("Vol. 12", "12"),
        ("VOLUME XII", "XII"),
        ("Volume 2 of the series", None),  # a sentence, not an issue line
        ("Vol. 3 No. 4", None),  # a volume with a number is parse_volume_number's
    ],
)
def test_volume_alone_whole_line_only(text: str, expected: str | None) -> None:
    assert parse_volume_alone(text) == expected


@pytest.mark.parametrize(("text", "expected"), load("masthead.txt", "date"))
def test_date(text: str, expected: str) -> None:
    cue = parse_date(text)
    assert (f"{cue.iso} | {cue.text}" if cue else "None") == expected


@pytest.mark.parametrize(("text", "expected"), load("masthead.txt", "edition"))
def test_edition(text: str, expected: str) -> None:
    assert (parse_edition(text) or "None") == expected


def test_long_line_is_fast_and_finds_nothing() -> None:
    assert parse_date("7 " * 500_000) is None


@pytest.mark.parametrize(("text", "expected"), load("masthead.txt", "issue"))
def test_issue_number(text: str, expected: str) -> None:
    assert (parse_issue_number(text) or "None") == expected


@pytest.mark.parametrize(("text", "expected"), load("masthead.txt", "folio"))
def test_folio(text: str, expected: str) -> None:
    cue = parse_folio(text)
    if cue is None:
        assert expected == "None"
        return
    iso = cue.date.iso if cue.date else "-"
    assert f"{cue.page} {cue.of_pages} {iso} | {' ; '.join(cue.parts)}".strip() == expected
    assert cue.text == text


@pytest.mark.parametrize(
    ("text", "volume"),
    [("Vol:2", "2"), ("Volume XII", "XII"), ("VOL. 12", "12"), ("Vol. 3 of the series", None)],
)
def test_volume_alone(text: str, volume: str | None) -> None:
    assert parse_volume_alone(text) == volume


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("� www.freepressjournal.in � MUMBAI | WEDNESDAY | OCTOBER 9, 2024", "2024-10-09"),
        ("LONDON · Saturday 7 March 2026", "2026-03-07"),
        ("The council met on Saturday 7 March 2026 to vote.", None),
        ("Harbour trust | the vote came on 7 March 2026", None),
    ],
)
def test_dated_running_row(text: str, iso: str | None) -> None:
    cue = parse_dated_row(text)
    assert (cue.iso if cue else None) == iso
