"""Bar headers, ad boxes and wide captions: the line-shape rules of ``barheads``,
``adverts`` and ``pages`` on small invented blocks."""

from __future__ import annotations

import pytest

from newslayout.readers.text.s2_units.barheads import BAR_DECK, BAR_HEAD, bar_header, is_bar_head
from newslayout.readers.text.s2_units.pages import WIDE_CAPTION, page_units
from newslayout.readers.text.s2_units.units import Unit
from newslayout.readers.text.s3_classify.adverts import is_advert


def _block(*lines: str) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TOWN | Flax mill will reopen as a covered", True),
        ("IN BRIEF | Round", True),
        ("Late Edition • Price 90p", False),  # an edition line, not a kicker
        ("TOWN | Flax mill will reopen.", False),  # a sentence
        ("The mayor said | the baths will close", False),
    ],
)
def test_is_bar_head(line: str, expected: bool) -> None:
    assert is_bar_head(line) is expected


def test_bar_header_splits_headline_and_deck() -> None:
    block = _block(
        "TOWN | Flax mill will reopen as a covered",
        "market",
        "Council buys the empty mill on the river for traders",
        "and a food hall",
        "The shed, seen from the footbridge on Monday.",
    )
    pieces, roles, end = bar_header(block, 0)
    assert roles == [BAR_HEAD, BAR_DECK]
    assert [len(p) for p in pieces] == [2, 2]
    assert end == 4


def test_line_running_to_block_end_is_no_deck() -> None:
    """A brief's first line cut off at the block end is text, not a deck."""
    _pieces, roles, end = bar_header(
        _block("IN BRIEF | Round", "the town", "Parking charges at the"), 0
    )
    assert roles == [BAR_HEAD]
    assert end == 2


def test_headline_line_much_longer_than_the_bar_line_is_no_continuation() -> None:
    block = _block(
        "PEOPLE | A winter garden on the roof",
        "the traders’ meeting on 19 February, business plan to be published of the",
    )
    _pieces, roles, end = bar_header(block, 0)
    assert roles == [BAR_HEAD] and end == 1


def _unit(*lines: str) -> Unit:
    return Unit(lines=lines, page=1, first=1, last=len(lines), block=0)


def test_adverts() -> None:
    assert is_advert(_unit("Harbour Fish Bar", "Ring 01632 960 118"))
    assert is_advert(_unit("MOT £54.85 · servicing from £99"))
    assert not is_advert(_unit("Call the council on Monday"))
    # A date in figures is no phone number; "6 p.m." is no price.
    assert not is_advert(_unit("05.03.2026"))
    assert not is_advert(_unit("Open late", "from 6 p.m. to 8 p.m. daily"))
    assert is_advert(_unit("Used cars from £2,995", "Part exchange welcome", "Call 01632 960 452"))
    # A number quoted in a sentence is story text.
    assert not is_advert(_unit("Tickets cost £5 and can be booked on", "Tel. 01632 418 207."))
    # A price alone is no ad: teasers print them ("Quiz night raises £2,400").
    assert not is_advert(_unit("Quiz night raises £2,400"))


def _page(*lines: str) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


BODY = ["Short column line of text."] * 20


def test_wide_caption_needs_a_bar_header_and_a_credit() -> None:
    caption = "The long shed of the rope works, empty since 2011, seen from the towpath on Sunday."
    head = ["TOWN | Old rope works will become", "a covered market", caption, ""]
    lines = [*head, *BODY, "", "Jonah Pell / Lantern"]
    roles = {u.lines[0]: u.role for u in page_units(1, _page(*lines))}
    assert roles[caption] == WIDE_CAPTION
    # Without the bar header (a layout with captions beside their credits) it stays text.
    plain = ["Old rope works will become", "", caption, "", *BODY, "", "Jonah Pell / Lantern"]
    roles = {u.lines[0]: u.role for u in page_units(1, _page(*plain))}
    assert roles[caption] == ""


def test_byline_under_a_bar_headline_is_no_deck() -> None:
    block = _block(
        "CULTURE | Parents review late council",
        "By Sami Neenn",
        "and Rhea Raifaind",
        "The cost has risen to 432 million crowns so that",
    )
    _pieces, roles, end = bar_header(block, 0)
    assert roles == [BAR_HEAD]
    assert end == 1


def test_bar_headline_in_capitals_keeps_its_lines() -> None:
    block = _block(
        "EDUCATION | NEMBY", "COUNCIL", "OPENED AFTER", "NEW DELAY", "NEMBY — Work began."
    )
    pieces, roles, end = bar_header(block, 0)
    assert roles == [BAR_HEAD]
    assert [line for _, line in pieces[0]] == [
        "EDUCATION | NEMBY", "COUNCIL", "OPENED AFTER", "NEW DELAY",
    ]  # fmt: skip
    assert end == 4


def test_a_deck_of_two_lines_over_the_byline_is_one_deck() -> None:
    block = _block(
        "BUSINESS | Public garden for Jushaven",
        "Planners in Jushaven say the canal was closed following a public meeting",
        "Engineers in Jushaven say the orchard was welcomed while the old mill is shut",
        "By Sami Veepeass",
        "About 263 volunteers plan the theatre, and the college will follow.",
    )
    pieces, roles, end = bar_header(block, 0)
    assert roles == [BAR_HEAD, BAR_DECK]
    assert [line for _, line in pieces[1]] == [block[1][1], block[2][1]]
    assert end == 3


def test_a_title_line_not_over_a_byline_is_no_second_deck_line() -> None:
    block = _block(
        "BUSINESS | Public garden for Jushaven",
        "Planners in Jushaven say the canal was closed following a public meeting",
        "Engineers in Jushaven say the orchard was welcomed while the old mill is shut",
        "About 263 volunteers plan the theatre, and the college will follow.",
    )
    pieces, _roles, _end = bar_header(block, 0)
    assert [line for _, line in pieces[1]] == [block[1][1]]
