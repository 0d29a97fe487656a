"""Stage 4 (classify): a sentence set large and bold hanging from a lone opening quote mark
is a pull quote, not a headline opening a story of its own (no PDF needed)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 10.0
REGION = Box(x0=50, top=100, x1=400, bottom=600)


def _block(text: str, top: float, size: float, order: int, *, bold: bool = False) -> TextBlock:
    return text_block(text, 50, top, size, bold=bold, region=REGION, order=order)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=1, width=600, height=800, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def _mark(top: float, order: int) -> TextBlock:
    """A 40 pt quote mark: its box runs 40 pt down, into the quote's first line."""
    return _block("\u201c", top, 40.0, order, bold=True)


def test_bold_sentence_overlapped_by_a_lone_quote_mark_is_a_pull_quote() -> None:
    got = _roles(
        _block("Body text before the quote.", 150, BODY, 0),
        _mark(170, 1),
        _block("The wind is the only crop that pays.", 200, 15.0, 2, bold=True),
        _block("Body text after the quote.", 225, BODY, 3),
    )
    assert got == [BlockRole.BODY, BlockRole.ORNAMENT, BlockRole.QUOTE, BlockRole.BODY]


def test_bold_head_without_full_stop_under_a_quote_mark_stays_a_headline() -> None:
    got = _roles(_mark(170, 0), _block("Wind farm plan divides valley", 200, 15.0, 1, bold=True))
    assert got[1] is BlockRole.HEADLINE


def test_bold_sentence_with_no_quote_mark_above_stays_a_headline() -> None:
    got = _roles(_block("The wind is the only crop that pays.", 200, 15.0, 0, bold=True))
    assert got[0] is BlockRole.HEADLINE


def test_a_quote_mark_far_above_does_not_make_a_pull_quote() -> None:
    got = _roles(_mark(100, 0), _block("Plan approved at last.", 200, 15.0, 1, bold=True))
    assert got[1] is BlockRole.HEADLINE
