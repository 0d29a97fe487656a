"""Rules of issue 17 on small invented texts: staff bylines, letters and their signatures,
full-width lines, headline and deck without a byline, interleaved columns."""

from __future__ import annotations

from typing import Any

import pytest

import newslayout.api as api
from newslayout.inspect import issue_to_json
from newslayout.readers.text.s2_units.interleave import interleaved
from newslayout.readers.text.s2_units.units import is_anonymous_byline, is_signature

MASTHEAD = "The Harbor Ledger\nVol. 3, No. 12\nSaturday, March 7, 2026\n\n"


def read(text: str) -> tuple[dict[str, Any], list[str]]:
    issue, diagnostics = api.read(text.encode("utf-8"))
    return issue_to_json(issue), [d.code for d in diagnostics]


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Ledger staff",
        "By Sentinel Staff",
        "By KESTREL BAY STAFF",
        "Metro desk",
        "From our correspondent",
        "By our Paris correspondent",
        "From our correspondent in New Delhi",
    ],
)
def test_staff_and_desk_bylines(text: str) -> None:
    assert is_anonymous_byline(text)


@pytest.mark.parametrize("text", ["Hospital cuts staff", "Council Cuts Staff", "Help Desk"])
def test_headlines_are_no_staff_bylines(text: str) -> None:
    assert not is_anonymous_byline(text)


def test_signatures() -> None:
    assert is_signature("— Oona Pryce, Quay Street")
    assert not is_signature("— Lena Marsh, market organiser")  # a quote's attribution
    assert not is_signature("Oona Pryce, Quay Street")


LETTERS = (
    MASTHEAD
    + """LETTERS

Letters to the editor
Edited by Hannah Lindqvist

Keep the fare where it is
I ride the ferry to the mainland four days a week. The proposed
fare rise of a dollar a trip would cost me more than two hundred
dollars a year. Please find the money somewhere else. —

Colm Ruddy, Gull Hill
A fair price for a good boat
The ferry has not raised its fare since 2019, while fuel has
nearly doubled. A dollar is a fair price for the service we rely
on. — Oona Pryce, Quay

Street
Thank you, lifeboat crew
The lifeboat crew had my son out of the water in eleven minutes.
Every one of them left a warm dinner to do it. Thank you.
— Marguerite Anand, Cliff Road
Letters may be sent to the office on Quay Street. Please keep them
under two hundred words and include your street.
"""
)


def test_letters_keep_one_paragraph_each_with_signature() -> None:
    doc, _ = read(LETTERS)
    articles = doc["articles"]
    assert len(articles) == 1
    article = articles[0]
    blocks = [(b["type"], b["text"]) for b in article["blocks"]]
    assert [t for t, _ in blocks] == ["subhead", "p", "subhead", "p", "subhead", "p", "p"]
    assert blocks[0][1] == "Keep the fare where it is"
    assert blocks[1][1].endswith("somewhere else. — Colm Ruddy, Gull Hill")
    assert blocks[3][1].endswith("rely on. — Oona Pryce, Quay Street")
    assert blocks[5][1].endswith("Thank you. — Marguerite Anand, Cliff Road")
    assert blocks[6][1].startswith("Letters may be sent")


STAFF = (
    MASTHEAD
    + """Lantern Road to close for two weeks of bridge repairs

Harbor Ledger staff

Lantern Road will close between the
mill bridge and Cobble Lane from
March 9 for about two weeks while
crews replace the bridge joints,
the works department said.
Drivers will be sent along Orchard
Street and the ring road; the detour adds about four minutes at quiet times.
The number 3 bus will stop outside
the fire station instead of the mill.
"""
)


def test_staff_byline_opens_the_story_and_a_full_line_is_no_subhead() -> None:
    """pdftotext joined two lines into one long one: "Orchard" is short beside it, yet as
    long as the column's other lines."""
    doc, _ = read(STAFF)
    articles = doc["articles"]
    assert len(articles) == 1
    article = articles[0]
    assert article["headline"] == "Lantern Road to close for two weeks of bridge repairs"
    assert article["bylines"] == []  # names no one
    assert [b["type"] for b in article["blocks"]] == ["p", "p", "p"]
    assert article["blocks"][1]["text"].startswith("Drivers will be sent along Orchard Street")


HEADER_PAIR = (
    MASTHEAD
    + """Council Backs Seawall Plan

By Maria Okafor

The city council voted 7-2 on Tuesday night to rebuild the east seawall.

Library to open on Sundays
A trial last winter drew three hundred visitors a week to the reading rooms

The central library will open on Sunday afternoons from October.
"""
)


def test_headline_and_deck_without_byline_open_a_story() -> None:
    doc, _ = read(HEADER_PAIR)
    articles = doc["articles"]
    assert [(a["headline"], a["deck"]) for a in articles] == [
        ("Council Backs Seawall Plan", None),
        (
            "Library to open on Sundays",
            "A trial last winter drew three hundred visitors a week to the reading rooms",
        ),
    ]


def _interleaved_page() -> list[tuple[int, str]]:
    a = [
        "The harbour board voted on Tuesday to",
        "build a new pier for the ferries that",
        "cross to the islands, ending years of",
        "argument over the cost of the work and",
        "who would pay for the extra dredging.",
    ]
    b = [
        "Schools across the county will open",
        "late next week while the heating in",
        "twelve buildings is repaired, officials",
        "said, after a cold snap broke pipes in",
        "several of the oldest classrooms.",
    ]
    text: list[str] = []
    for x, y in zip(a, b, strict=True):
        text += [x, "", y, ""]
    return list(enumerate(text, start=1))


def test_interleaved_columns_are_reported_once() -> None:
    page = _interleaved_page()
    assert len(interleaved(page)) >= 5
    text = MASTHEAD + "\n".join(line for _, line in page) + "\n"
    _, codes = read(text + "\f" + text)
    assert codes.count("text-columns-interleaved") == 1


def test_a_clean_extraction_is_not_reported() -> None:
    _, codes = read(LETTERS)
    assert "text-columns-interleaved" not in codes
