"""Larger roman text right under a quote mark set on its own is a pull quote (no PDF)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 10.0
REGION = Box(x0=50, top=100, x1=400, bottom=600)


def _block(text: str, top: float, size: float, order: int) -> TextBlock:
    return text_block(text, 50, top, size, region=REGION, order=order)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_roman_text_under_a_lone_quote_mark_is_a_pull_quote() -> None:
    got = _roles(
        _block("Body text before the quote.", 180, BODY, 0),
        _block("\u201c", 200, 17.0, 1),
        _block("Today we stopped postponing.", 216, 12.0, 2),
        _block("Body text after the quote.", 240, BODY, 3),
    )
    assert got == [BlockRole.BODY, BlockRole.ORNAMENT, BlockRole.QUOTE, BlockRole.BODY]


def test_larger_roman_text_with_no_quote_mark_above_is_not_a_pull_quote() -> None:
    got = _roles(
        _block("Body text before.", 180, BODY, 0),
        _block("A lead paragraph set a little larger.", 216, 12.0, 1),
    )
    assert got[1] is not BlockRole.QUOTE


def test_body_size_text_under_a_quote_mark_stays_body() -> None:
    got = _roles(_block("\u201c", 200, 17.0, 0), _block("Said at body size.", 216, BODY, 1))
    assert got[1] is BlockRole.BODY
