"""Cue extensions the text reader needed on real extractions (kept here, with the reader that
drove them): number-only masthead lines, short credits after an explicit prefix, and
Chromium's soft hyphen plus visible hyphen at a line end."""

from __future__ import annotations

import pytest

from newslayout.cues import (
    Dehyphenator,
    parse_byline,
    parse_issue_number,
    parse_volume_number,
    split_credit,
)
from newslayout.cues.credits import parse_credit_line
from newslayout.diagnostics import Log
from newslayout.model import Role
from newslayout.readers.text.s1_decode.decode import clean_text
from newslayout.readers.text.s2_units.units import split_pages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No. 1204 Friday 9 January 2026", "1204"),
        ("No. 5", "5"),
        ("Issue 14", "14"),
        ("NO. 77 · MARCH 3-4, 2026", "77"),
        ("No. 10 Downing Street said on Monday", None),
        ("no. 3 of the plan", None),
        ("Vol. 3 No. 4", None),  # a volume line: parse_volume_number's
    ],
)
def test_issue_number(text: str, expected: str | None) -> None:
    assert parse_issue_number(text) == expected


def test_volume_number_is_unchanged_for_number_only() -> None:
    assert parse_volume_number("No. 41") is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Alfie Dunn at his stall in 1987. Photo: Post archive", "Post archive"),
        ("A crane at work. (PHOTO: Harbor Ledger files)", "Harbor Ledger files"),
        ("A crane at work. (PHOTO: Sam Ito / The Harbor Ledger)", "Sam Ito / The Harbor Ledger"),
    ],
)
def test_prefixed_credit_accepts_short_phrases(caption: str, credit: str) -> None:
    found = split_credit(caption)
    assert found is not None and found[1] == credit


def test_unprefixed_phrase_is_not_a_credit() -> None:
    assert parse_credit_line("Post archive") is None
    assert split_credit("The team won. Pictures of the storm are online") is None


def test_soft_hyphen_then_visible_hyphen_is_a_break() -> None:
    dehyphenator = Dehyphenator.from_texts([])
    assert dehyphenator.join("the busi\u00ad\u2010", "ness park") == "the business park"


def test_clean_text_drops_inner_soft_hyphens_and_keeps_line_end_break() -> None:
    text = clean_text("com\u00adpa\u00adny busi\u00ad\u2010\nness\n", Log())
    assert text == "company busi\u00ad\nness\n"


def test_trailing_form_feed_is_not_a_page() -> None:
    assert len(split_pages("one\n\ftwo\n\f")) == 2
    assert len(split_pages("one\n\f\ftwo")) == 3  # an empty page inside the file stays


@pytest.mark.parametrize(
    ("evidence", "text", "expected"),
    [
        ([], "a highquality camera", "a high-quality camera"),
        (["a well-known shop"], "a wellknown problem", "a well-known problem"),
        (
            ["non-flammable cells"],
            "cheap, nonflammable materials",
            "cheap, non-flammable materials",
        ),
        ([], "cheap, nonflammable materials", "cheap, nonflammable materials"),  # a word
        ([], "the statement said", "the statement said"),
        ([], "Highquality", "Highquality"),  # capitalised: a name, left alone
    ],
)
def test_restore_compound_dropped_by_the_extractor(
    evidence: list[str], text: str, expected: str
) -> None:
    assert Dehyphenator.from_texts(evidence).repair_joined(text) == expected


@pytest.mark.parametrize(
    "text", ["By Grace Oduya, Health Correspondent", "By Ann Lee, Chief Political Correspondent"]
)
def test_desk_correspondent_is_a_role_not_a_person(text: str) -> None:
    byline = parse_byline(text)
    assert byline is not None and len(byline.contributors) == 1
    assert byline.contributors[0].role is Role.CORRESPONDENT
