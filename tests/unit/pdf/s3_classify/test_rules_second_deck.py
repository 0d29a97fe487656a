"""A multi-bank head: a second deck, smaller, right under the first deck, is a deck too; the
next story's head under a story's text is still a head."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 9.6
REGION = Box(x0=34, top=150, x1=860, bottom=600)
PROSE = "The council met on Monday and voted to rebuild the harbour wall before the winter."


def _block(text: str, top: float, size: float, order: int, bold: bool = False) -> TextBlock:
    return text_block(text, 34, top, size, bold=bold, region=REGION, order=order)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=2, width=900, height=1200, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_a_second_smaller_deck_under_the_first_is_a_deck() -> None:
    got = _roles(
        _block("LONG-AWAITED COUNCIL", 153, 49.2, 0, bold=True),
        _block("Inspectors say the theatre was repaired this spring", 206, 22.2, 1, bold=True),
        _block(
            "Builders say the canal was announced after years of complaints", 231, 17.2, 2, True
        ),
        _block(PROSE, 252, BODY, 3),
    )
    assert got == [BlockRole.HEADLINE, BlockRole.DECK, BlockRole.DECK, BlockRole.BODY]


def test_a_head_under_story_text_is_still_a_head() -> None:
    got = _roles(
        _block(PROSE, 153, BODY, 0),
        _block("Builders welcome the canal plan", 170, 17.2, 1, bold=True),
        _block(PROSE, 194, BODY, 2),
    )
    assert got[1] is BlockRole.HEADLINE
