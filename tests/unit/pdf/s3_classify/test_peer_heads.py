"""Roman heads set tight under the story above (no PDF): a title no smaller than the head of
the story over it opens the next story; a smaller one stays in that story."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 8.0
REGION = Box(x0=50, top=100, x1=300, bottom=700)
PROSE = "The council met on Monday and voted to\nrebuild the harbour wall before the winter."


def _block(text: str, top: float, size: float, order: int, *, bold: bool = False) -> TextBlock:
    return text_block(text, 50, top, size, bold=bold, region=REGION, order=order)


def _roles(head_size: float, title_size: float) -> list[BlockRole]:
    blocks = (
        _block("Harbour wall rebuilt", 100, head_size, 0),
        _block(PROSE, 100 + 1.4 * head_size, BODY, 1),
        _block("Costly mill for Vourport", 140, title_size, 2),
        _block(PROSE, 140 + 1.4 * title_size, BODY, 3),
    )
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_a_title_as_large_as_the_head_over_it_opens_the_next_story() -> None:
    # Both heads bold at 11.6 pt would be heads by face; here both are roman: the first is a
    # head by its place at the top of its region, the second by its peer's size.
    got = _roles(head_size=14.0, title_size=14.0)
    assert got[0] is BlockRole.HEADLINE
    assert got[2] is BlockRole.HEADLINE


def test_a_title_smaller_than_its_storys_head_stays_in_the_story() -> None:
    got = _roles(head_size=24.0, title_size=14.0)
    assert got[0] is BlockRole.HEADLINE
    assert got[2] is not BlockRole.HEADLINE
