"""Tightly set heads: a kicker or deck whose box runs into the headline's is still stacked."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s4_assemble.assemble import assemble_page
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 10.0


def block(
    text: str,
    x0: float,
    top: float,
    size: float = BODY,
    *,
    bold: bool = False,
    italic: bool = False,
) -> TextBlock:
    return text_block(text, x0, top, size, bold=bold, italic=italic)


def _classify(*blocks: TextBlock, page: int = 2) -> PageContext:
    numbered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)
    )
    return PageContext(page=page, width=600, height=800, body=BODY, blocks=numbered)


def test_kicker_and_deck_overlapping_a_big_headline_box() -> None:
    # Headline 36 pt at 200..236; kicker box ends 1.5 pt into it, deck starts 6 pt inside it.
    kicker = block("SPORTS", 20, 190.5, 8.0, bold=True)
    head = block("Falcons hold on", 20, 200, 36.0, bold=True)
    deck = block("Ridgeway survives a late rally and wins", 20, 230, 15.0, italic=True)
    text = block("The Falcons led by twelve at halftime and then let it slip.", 20, 250)
    ctx = _classify(kicker, head, deck, text)
    classified = classify_page(ctx, RULES)
    assert [c.role for c in classified] == [
        BlockRole.KICKER,
        BlockRole.HEADLINE,
        BlockRole.DECK,
        BlockRole.BODY,
    ]
    (part,) = assemble_page(classified, (), page=2, body=BODY, log=Log())
    assert [k.block.text for k in part.kickers] == ["SPORTS"]
    assert [d.block.text for d in part.decks] == ["Ridgeway survives a late rally and wins"]


def test_text_far_into_the_headline_box_is_not_under_it() -> None:
    head = block("Falcons hold on", 20, 200, 36.0, bold=True)
    beside = block("Ridgeway survives a late rally", 20, 210, 15.0, italic=True)
    ctx = _classify(head, beside)
    assert ctx.above(ctx.blocks[1], 30.0) is None
