"""A new paragraph at a column's foot that runs into the folio band (no PDF): story text when
the column's text stands right above it; a folio set off under the text stays furniture."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, verdict
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 9.0
LEAD = 10.8  # 1.2 em


def _block(text: str, top: float, x0: float = 10.0) -> TextBlock:
    block = text_block(text, x0, top, BODY, leading=LEAD)
    return text_block(text, x0, top, BODY, leading=LEAD, region=block.box)


COLUMN = "aaaa bbbb cccc dd\neeee ffff gggg hh\niiii jjjj kkkk ll"
FOOT = "mmmm nnnn oooo pp\nqqqq rrrr ssss tt"


def test_a_paragraph_opening_at_a_column_foot_is_story_text() -> None:
    column = _block(COLUMN, 725.0)  # last line ends at 725 + 2 * 10.8 + 9 = 755.6
    foot = _block(FOOT, 760.0)  # in the bottom band (5% of 800), a leading's gap under it
    ctx = PageContext(page=1, width=600, height=800, body=BODY, blocks=(column, foot))
    assert verdict("margin-furniture", foot, ctx, RULES) is None


def test_a_folio_set_off_under_the_column_is_furniture() -> None:
    column = _block(COLUMN, 700.0)  # ends at 730.6, 30 pt over the folio
    folio = _block("Page 4", 770.0)
    ctx = PageContext(page=1, width=600, height=800, body=BODY, blocks=(column, folio))
    assert verdict("margin-furniture", folio, ctx, RULES) is BlockRole.FURNITURE


def test_a_small_line_flush_under_a_column_in_another_size_is_furniture() -> None:
    column = _block(COLUMN, 725.0)
    region = Box(x0=10.0, top=760.0, x1=200.0, bottom=766.0)
    credit = text_block("Printed by the Harbor Press", 10.0, 760.0, 6.0, region=region)
    ctx = PageContext(page=1, width=600, height=800, body=BODY, blocks=(column, credit))
    assert verdict("margin-furniture", credit, ctx, RULES) is BlockRole.FURNITURE
