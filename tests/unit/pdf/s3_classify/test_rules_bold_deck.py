"""A bold phrase a little above body size right under a headline is its deck."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 10.0
REGION = Box(x0=50, top=100, x1=400, bottom=600)


def _block(text: str, top: float, size: float, order: int, *, bold: bool) -> TextBlock:
    return text_block(text, 50, top, size, bold=bold, region=REGION, order=order)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_bold_phrase_just_above_body_size_under_a_headline_is_a_deck() -> None:
    got = _roles(
        _block("Quarry road to close", 200, 20.0, 0, bold=True),
        _block("Hauliers told to use the bypass", 223, 10.8, 1, bold=True),
    )
    assert got == [BlockRole.HEADLINE, BlockRole.DECK]


def test_bold_lead_in_at_body_size_under_a_headline_is_no_deck() -> None:
    got = _roles(
        _block("Quarry road to close", 200, 20.0, 0, bold=True),
        _block("KESTREL BAY, March 3 —", 223, 10.0, 1, bold=True),
    )
    assert got[1] is not BlockRole.DECK


def test_bold_phrase_far_from_any_headline_is_a_subhead() -> None:
    got = _roles(_block("Hauliers told to use the bypass", 223, 10.8, 0, bold=True))
    assert got == [BlockRole.SUBHEAD]
