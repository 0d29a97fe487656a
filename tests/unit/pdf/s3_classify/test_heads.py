"""Headline furniture on the headline's scale (no PDF): a deck in the headline's size told
apart by a lighter face, and a kicker printed left of the headline ("SPORT | ...")."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.heads import lighter_face, lightness, split_head
from newslayout.readers.pdf.s3_classify.rules import deck, headline
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

REGION = Box(x0=10, top=50, x1=500, bottom=700)
BLACK, GREY = "0.09", "0.33,0.33,0.33"


def _block(
    text: str, top: float, size: float, *, bold: bool, color: str = BLACK, font: str = "Sans"
) -> TextBlock:
    return text_block(text, 10, top, size, bold=bold, color=color, font=font, region=REGION)


def _ctx(*blocks: TextBlock) -> PageContext:
    return PageContext(page=1, width=600, height=800, body=9.0, blocks=blocks)


HEAD = _block("Pilot boats to leave the old quay", 100, 24, bold=True)


def test_a_light_grey_deck_in_the_heads_size_is_a_deck() -> None:
    light = _block("Port board backs a move", 130, 24, bold=False, color=GREY, font="Sans-Light")
    ctx = _ctx(HEAD, light)
    assert headline(light, ctx) is None
    assert deck(light, ctx) is BlockRole.DECK
    assert headline(HEAD, ctx) is BlockRole.HEADLINE


def test_a_second_line_in_the_heads_own_face_stays_headline() -> None:
    more = _block("after ninety years", 130, 24, bold=True)
    ctx = _ctx(HEAD, more)
    assert headline(more, ctx) is BlockRole.HEADLINE
    assert deck(more, ctx) is None


def test_a_deck_broken_over_two_blocks_is_all_deck() -> None:
    first = _block("First woman to take", 130, 24, bold=False, color=GREY)
    rest = _block("charge of the boat", 156, 24, bold=False, color=GREY)
    ctx = _ctx(HEAD, first, rest)
    assert deck(rest, ctx) is BlockRole.DECK


def test_a_same_size_head_far_below_is_no_deck() -> None:
    other = _block("Another story starts here", 400, 24, bold=False, color=GREY)
    assert deck(other, _ctx(HEAD, other)) is None


def test_lighter_face_by_weight_name_and_by_colour() -> None:
    regular = _block("Deck", 130, 24, bold=False)
    light = _block("Deck", 130, 24, bold=False, font="AAAAAA+DejaVuSans-ExtraLight")
    grey = _block("Deck", 130, 24, bold=False, color=GREY)
    assert lighter_face(light, regular)
    assert lighter_face(grey, regular)
    assert not lighter_face(regular, regular)
    assert lighter_face(regular, HEAD)  # roman under bold


def test_lightness_of_grey_rgb_and_cmyk() -> None:
    assert lightness("") == 0.0
    assert lightness("0.50") == 0.5
    assert abs(lightness("0.30,0.30,0.30") - 0.3) < 1e-9
    assert lightness("0.00,0.00,0.00,1.00") == 0.0


def test_split_head_takes_the_label_before_the_bar() -> None:
    assert split_head("SPORT | Harbour crew wins the cup") == ("SPORT", "Harbour crew wins the cup")
    assert split_head("Council votes 5 | 4 to close baths") is None
    assert split_head("Harbour crew wins the cup") is None
