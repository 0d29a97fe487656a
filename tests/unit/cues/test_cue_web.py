"""One web-address pattern for the rules that ask: a whole text that is an address, and a
running line with the paper's site blanked out."""

from __future__ import annotations

import pytest

from newslayout.cues.web import is_web_address, site_name, without_web_addresses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("www.freepressjournal.in", True),
        ("taz.de/leipzig", True),
        ("https://paper.org/subscribe?x=1", True),
        ("  WWW.HARBORLEDGER.COM ", True),
        ("Visit www.paper.org today", False),  # a sentence that names an address
        ("8. juni 2020", False),
        ("U.S.A", False),
        ("2.00pm", False),
    ],
)
def test_whole_text_is_a_web_address(text: str, expected: bool) -> None:
    assert is_web_address(text) is expected


def test_addresses_in_a_running_line_are_blanked() -> None:
    line = "www.x.in | MUMBAI | taz.de/leipzig | OCTOBER 9, 2024"
    assert without_web_addresses(line).split() == ["|", "MUMBAI", "|", "|", "OCTOBER", "9,", "2024"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("www.freepressjournal.in | MUMBAI | OCTOBER 9, 2024", "Free Press Journal"),
        ("epaper.freepressjournal.in", "Free Press Journal"),  # the longest label
        ("https://www.theguardian.com/uk", "The Guardian"),
        ("www.dailymail.co.uk", "Daily Mail"),  # a country's second level is no name
        ("nytimes.com", None),  # no run of dictionary words
        ("taz.de/tazLeipzig", None),
        ("www.Maifeld-Derby.de", None),
        ("mail.com", None),  # one word names a service as often as a paper
        ("MUMBAI | OCTOBER 9, 2024", None),
    ],
)
def test_a_site_names_the_paper_by_its_words(text: str, expected: str | None) -> None:
    assert site_name(text) == expected
