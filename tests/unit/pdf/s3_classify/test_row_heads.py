"""A short bold head a little above body size under the end of a row of text opens a story
of its own; the same line inside a running column stays a subhead (no PDF)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 9.0
LINES = "\n".join(["Text of the story above"] * 3 + ["ends here."])


def _text(x0: float, top: float, order: int, text: str = LINES) -> TextBlock:
    return text_block(
        text, x0, top, BODY, order=order, region=Box(x0=x0, top=top, x1=x0 + 120, bottom=top + 60)
    )


def _head(x0: float, top: float, order: int) -> TextBlock:
    return text_block("corrections", x0, top, 11.0, bold=True, order=order)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=1, width=600, height=900, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_a_small_bold_head_under_the_end_of_a_row_opens_a_story() -> None:
    got = _roles(
        _text(50, 100, 0),  # the row above: two columns ending level at y 143
        _text(200, 100, 1),
        _head(50, 180, 2),
        _text(50, 195, 3),
    )
    assert got[2] is BlockRole.HEADLINE


def test_the_same_line_tight_under_its_columns_text_is_a_subhead() -> None:
    got = _roles(_text(50, 100, 0), _text(200, 100, 1), _head(50, 150, 2), _text(50, 165, 3))
    assert got[2] is BlockRole.SUBHEAD


def test_a_head_under_a_column_whose_neighbour_runs_on_is_a_subhead() -> None:
    # the other column runs on well past the text over the head: one story's columns
    longer = "\n".join(["Text of the story above"] * 12)
    got = _roles(
        _text(50, 100, 0), _text(200, 100, 1, longer), _head(50, 180, 2), _text(50, 195, 3)
    )
    assert got[2] is BlockRole.SUBHEAD
