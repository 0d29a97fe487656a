"""A kicker glued to its headline on one line becomes the bar form ("KICKER | headline")."""

from __future__ import annotations

import pytest

from newslayout.readers.text.s2_units.gluedkickers import split_glued_kicker


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("B U S I N E S S Public garden for Jushaven", "BUSINESS | Public garden for Jushaven"),
        ("A N A LY S I S Engineers to busy airport", "ANALYSIS | Engineers to busy airport"),
        ("SCIENCE Planners call full-time ferry", "SCIENCE | Planners call full-time ferry"),
        ("CITY HALL Budget vote delayed again", "CITY HALL | Budget vote delayed again"),
        # a letter-spaced label before a headline that wraps after a function word
        (
            "W E A T H E R Trieckbridge quarry to reopen within",
            "WEATHER | Trieckbridge quarry to reopen within",
        ),
    ],
)
def test_a_glued_kicker_is_split_off(line: str, split: str) -> None:
    assert split_glued_kicker(line, wrapping=True) == split


@pytest.mark.parametrize(
    "line",
    [
        "HOUSING TEACHERS REOPEN CROWDED MILL",  # a headline in capitals: left alone
        "NHS trust closes ward",  # an acronym opening the headline, no desk word
        "A new dawn for the harbour",
        "HEALTH Board approves cuts to wards. It said the cost was too high.",  # a sentence
        "BUSINESS leaders met on Friday",  # lower case after: the line's own words
        "SCIENCE Planners said the ferry will",  # a desk word before no title: text
    ],
)
def test_a_line_without_a_glued_kicker_is_unchanged(line: str) -> None:
    assert split_glued_kicker(line) == line


def test_a_letter_spaced_label_over_a_wrapping_line_is_split_only_without_blank_lines() -> None:
    line = "W E A T H E R Regional mill for"
    assert split_glued_kicker(line, wrapping=True) == "WEATHER | Regional mill for"
    assert split_glued_kicker(line) == line
