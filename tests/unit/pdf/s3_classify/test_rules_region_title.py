"""A short roman title heading its own region (a framed box) opens a story."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 10.0
REGION = Box(x0=50, top=300, x1=300, bottom=500)


def _block(text: str, top: float, size: float, order: int, *, italic: bool = False) -> TextBlock:
    return text_block(text, 50, top, size, italic=italic, region=REGION, order=order)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_roman_title_at_the_top_of_its_region_is_a_headline() -> None:
    got = _roles(
        _block("Events this weekend", 300, 14.0, 0),
        _block("Saturday, 10 a.m. Craft fair at the hall.", 320, BODY, 1),
    )
    assert got == [BlockRole.HEADLINE, BlockRole.BODY]


def test_the_same_line_lower_in_the_region_is_not() -> None:
    got = _roles(
        _block("Saturday, 10 a.m. Craft fair at the hall.", 300, BODY, 0),
        _block("Events this weekend", 320, 14.0, 1),
        _block("Sunday, 2 p.m. Choir concert at the church.", 340, BODY, 2),
    )
    assert got[1] is not BlockRole.HEADLINE


def test_a_quoted_or_italic_line_at_the_top_is_not() -> None:
    quoted = _block("“We will not move”", 300, 14.0, 0)
    italic = _block("Events this weekend", 300, 14.0, 0, italic=True)
    text = _block("Saturday, 10 a.m. Craft fair at the hall.", 320, BODY, 1)
    assert _roles(quoted, text)[0] is not BlockRole.HEADLINE
    assert _roles(italic, text)[0] is not BlockRole.HEADLINE
