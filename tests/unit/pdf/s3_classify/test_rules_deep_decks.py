"""A deck set tight under a big head (its box reaching deep into the head's descenders, or
set a share of the head's size under it, or from the edge of a tag set on the head's first
line) is the head's deck, never a second head that opens a story of its own."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s4_assemble.assemble import assemble_page
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 10.0
HEAD = "Quarry to reopen within weeks"
DECK = "Hauliers in Marlow say the road was closed after a survey found cracks"
BYLINE = "By Ada Keabron and Nils Thom"
TEXT = "The quarry closed in May after the survey found the road unsafe for lorries."


def _ctx(*blocks: TextBlock) -> PageContext:
    numbered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)
    )
    return PageContext(page=2, width=600, height=800, body=BODY, blocks=numbered)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    return [c.role for c in classify_page(_ctx(*blocks), RULES)]


def test_deck_box_reaching_past_the_touch_allowance_into_the_head_is_its_deck() -> None:
    # Head 40 pt at 200..240; the deck's box starts 9 pt inside it (over 0.2 of 40 pt).
    head = text_block(HEAD, 20, 200, 40.0, bold=True)
    deck = text_block(DECK, 20, 231, 17.0, italic=True)
    byline = text_block(BYLINE, 20, 250, 8.0, bold=True)
    text = text_block(TEXT, 20, 262)
    ctx = _ctx(head, deck, byline, text)
    classified = classify_page(ctx, RULES)
    assert [c.role for c in classified] == [
        BlockRole.HEADLINE,
        BlockRole.DECK,
        BlockRole.BYLINE,
        BlockRole.BODY,
    ]
    (part,) = assemble_page(classified, (), page=2, body=BODY, log=Log())
    assert [d.block.text for d in part.decks] == [DECK]


def test_deck_a_little_more_than_an_em_under_a_big_head_is_its_deck() -> None:
    # 12 pt under a 46 pt head: over an em of body, under 0.3 of the head's size.
    head = text_block(HEAD, 20, 200, 46.0)
    deck = text_block(DECK, 20, 258, 20.0)
    text = text_block(TEXT, 20, 290)
    assert _roles(head, deck, text)[:2] == [BlockRole.HEADLINE, BlockRole.DECK]


def test_deck_from_the_edge_of_a_tag_on_the_heads_first_line_is_its_deck() -> None:
    tag = text_block("HEALTH", 20, 210, 9.0, bold=True)
    head = text_block(HEAD, 80, 200, 34.0, bold=True)
    deck = text_block(DECK, 20, 227, 15.0, italic=True)
    text = text_block(TEXT, 20, 250)
    roles = _roles(tag, head, deck, text)
    assert roles[1:3] == [BlockRole.HEADLINE, BlockRole.DECK]


def test_a_second_head_well_under_a_head_still_opens_a_story() -> None:
    # 20 pt under a 40 pt head is more than 0.3 of its size and more than an em: the
    # display type there is not taken as the head's deck by the big-head reach.
    head = text_block(HEAD, 20, 200, 40.0, bold=True)
    other = text_block("Ferry fares to rise", 20, 260, 22.0, bold=True)
    text = text_block(TEXT, 20, 290)
    assert _roles(head, other, text)[1] is BlockRole.HEADLINE
