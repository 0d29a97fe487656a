"""A roman head with a section label set under it, then its deck and byline, opens a story:
the label is looked through on the way to the deck and the byline."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 8.0
REGION = Box(x0=20, top=300, x1=400, bottom=600)
TEXT = "The cost has risen to 618 million euros to make room for a second platform."


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    # One region, as in a column of a page: a title heading its own region is another rule.
    numbered = tuple(TextBlock(lines=b.lines, region=REGION, order=i) for i, b in enumerate(blocks))
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=numbered)
    return [c.role for c in classify_page(ctx, RULES)]


def test_roman_head_over_label_deck_and_byline_opens_a_story() -> None:
    above = text_block(TEXT, 20, 320, BODY)
    head = text_block("Kustby brewery funded after delay", 20, 400, 14.0)
    label = text_block("WEATHER", 20, 416, 7.4, bold=True)
    deck = text_block("Officials in Kustby say the orchard was rebuilt", 20, 428, 9.4)
    byline = text_block("By Cato Heestes", 20, 442, 7.0, bold=True)
    text = text_block(TEXT, 20, 454, BODY)
    roles = _roles(above, head, label, deck, byline, text)
    assert roles[1] is BlockRole.HEADLINE
    assert roles[3:5] == [BlockRole.DECK, BlockRole.BYLINE]


def test_roman_head_over_label_and_deck_with_no_byline_opens_a_story() -> None:
    above = text_block(TEXT, 20, 320, BODY)
    head = text_block("Kustby brewery funded after delay", 20, 400, 14.0)
    label = text_block("WEATHER", 20, 416, 7.4, bold=True)
    deck = text_block("Officials in Kustby say the orchard was rebuilt", 20, 428, 9.4)
    text = text_block(TEXT, 20, 442, BODY)
    assert _roles(above, head, label, deck, text)[1] is BlockRole.HEADLINE


def test_roman_line_over_a_label_and_body_alone_is_no_head() -> None:
    above = text_block(TEXT, 20, 320, BODY)
    head = text_block("Kustby brewery funded after delay", 20, 400, 14.0)
    label = text_block("WEATHER", 20, 416, 7.4, bold=True)
    text = text_block(TEXT, 20, 428, BODY)
    assert _roles(above, head, label, text)[1] is not BlockRole.HEADLINE
