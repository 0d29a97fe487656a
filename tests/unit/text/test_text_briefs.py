"""The cues of briefs and photos with their own headline in text with no blank lines
(``pdftotext -raw``): run-in heads under a briefs label, captions ending in a bare credit."""

from __future__ import annotations

import pytest

from newslayout.cues import parse_credit_line
from newslayout.readers.text.s2_units.units import _caption_spans, _tail_credit, _text_pieces
from newslayout.readers.text.s4_assemble.headlines import briefs_label, run_in_head


@pytest.mark.parametrize(
    "text",
    [
        "Larger tunnel rejected. Work on the library stopped late on Thursday.",
        "Late railway restored. “Nobody here wants to see it go,” said Finn Waird.",
        "Modest theatre funded.",
    ],
)
def test_run_in_head(text: str) -> None:
    assert run_in_head(text)


@pytest.mark.parametrize(
    "text",
    [
        "“You do not think about the count when the pager goes,” he said.",
        "The crew launched within nine minutes of the pager sounding and had a line on it.",
        "Work on the quay, which began last week, goes on. The slipway follows.",
        "Rejected. Work on the library stopped.",
    ],
)
def test_no_run_in_head(text: str) -> None:
    assert not run_in_head(text)


def test_briefs_label_needs_capitals_and_a_run_in_brief_under_it() -> None:
    brief = "Library hours cut. The town library will close on Mondays."
    assert briefs_label("IN BRIEF", brief)
    assert briefs_label("KURZ NOTIERT", brief)
    assert not briefs_label("In brief", brief)  # sentence case: a subhead
    assert not briefs_label("I", brief)  # one letter: a column's stray piece
    assert not briefs_label("THE BAY", "“You do not think about it,” he said.")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("The reservoir was approved in May. Photo: Alva Kibriel", True),
        ("The quay on Friday. PHOTO BY HALE THIEL", True),
        ("Work on the bridge began this spring, the site manager said.", False),
        ("(PHOTO: Cass Dast)", False),  # a bracketed credit: the bracket rule's
        ("A crane lifts a deck (Photo: Sam Ito)", False),
    ],
)
def test_tail_credit(line: str, caption: bool) -> None:
    assert _tail_credit(line) is caption


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("WIM GRIECLASS FOR CLARTBRIDGE ECHO", True),
        ("FREY PREEST FOR GEALTON CHRONICLE", True),
        ("JOEL ANGEL JUAREZ FOR THE NEW YORK TIMES", True),  # cues.parse_credit_line's form
        ("Finn Ziex / Senton Echo", True),
        ("PUBLIC MUSEUM FOR DRIRDBY", False),  # a headline in capitals
        ("LOCAL QUARRY FOR NEXPORT", False),
        ("NEW ROOF FOR THAINGHOLM POST OFFICE", False),  # an office, not a paper
    ],
)
def test_credit_for_a_paper(line: str, credit: bool) -> None:
    assert (parse_credit_line(line) is not None) is credit


def test_a_title_over_a_line_opening_with_a_figure_is_a_piece_of_its_own() -> None:
    lines = [
        "The old harbour wall in Marlow will be",
        "rebuilt this spring, the council said on",
        "Friday after a survey found damp in it.",
        "The pier in numbers",
        "175 residents signed the petition.",
        "116 boats use the slipway.",
    ]
    pieces = [[text for _, text in piece] for piece in _text_pieces(list(enumerate(lines, 1)))]
    assert ["The pier in numbers"] in pieces


def test_a_title_over_a_caption_with_a_bracketed_credit_is_not_the_caption() -> None:
    lines = [
        "and the bridge will follow this spring.",
        "Long-awaited orchard reviewed",
        "About 829 teachers for the lighthouse, and the clinic will follow. (PHOTO: Pia Beath)",
    ]
    assert _caption_spans(list(enumerate(lines, 1))) == [(2, 2)]


def test_a_caption_wrapped_onto_a_capitalised_line_keeps_its_first_line() -> None:
    lines = [
        "and the bridge will follow this spring.",
        "The old orchard in Hearby was moved",
        "by the council. (PHOTO: Pia Beath)",
    ]
    assert _caption_spans(list(enumerate(lines, 1))) == [(1, 2)]
