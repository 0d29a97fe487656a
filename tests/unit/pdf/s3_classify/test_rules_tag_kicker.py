"""A tag kicker whose bar is set in the head's size is the head's kicker, not a headline."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, Line, TextBlock
from pdf.builders import line_words, text_block

BODY = 8.2
REGION = Box(x0=40, top=50, x1=600, bottom=400)


def test_a_bold_label_with_a_big_bar_on_the_heads_first_line_is_its_kicker() -> None:
    label = line_words("CITY HALL", 40, 68, 7.6, bold=True)
    bar = line_words("|", 135, 57, 22.8, bold=True)
    tag = TextBlock(lines=(Line(words=(*label, *bar)),), region=REGION, order=1)
    head = text_block("Harbour to expand", 151, 57, 22.8, bold=True, region=REGION, order=0)
    prose = "The council met on Monday and voted to rebuild the harbour wall before winter."
    body = text_block(prose, 40, 90, BODY, region=REGION, order=2)
    ctx = PageContext(page=2, width=900, height=1300, body=BODY, blocks=(head, tag, body))
    roles = [c.role for c in classify_page(ctx, RULES)]
    assert roles == [BlockRole.HEADLINE, BlockRole.KICKER, BlockRole.BODY]


def test_the_deck_under_a_head_with_a_tag_ending_level_with_it_is_a_deck() -> None:
    # "CULTURE |" set on the head's first line ends where the head's line ends: the block
    # right over the deck is the tag, but the deck belongs to the head the tag labels.
    tag = text_block("CULTURE |", 478, 141.5, 10.0, region=REGION, order=0)
    head = text_block("Early market for Gimstead", 536, 133.5, 18.0, bold=True, region=REGION)
    head = TextBlock(lines=head.lines, region=REGION, order=1)
    deck = text_block(
        "Traders in Gimstead say the bridge was funded", 478, 158, 10.2, region=REGION, order=2
    )
    prose = "The council met on Monday and voted to rebuild the harbour wall before winter."
    body = text_block(prose, 478, 188, BODY, region=REGION, order=3)
    ctx = PageContext(page=2, width=900, height=1300, body=BODY, blocks=(tag, head, deck, body))
    roles = [c.role for c in classify_page(ctx, RULES)]
    assert roles[2] is BlockRole.DECK
