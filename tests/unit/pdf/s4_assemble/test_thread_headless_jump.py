"""A jump-in line heading a column of its own ("MARKET, from Page 2") opens a headless part
(no PDF needed): the continuation under it is threaded to the story that jumps to it, never
run on into the story read before it."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, assemble_page
from newslayout.readers.pdf.s4_assemble.thread import thread_parts
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock
from pdf.builders import classified, text_block

BODY = 10.0
COL1 = Box(x0=10, top=100, x1=150, bottom=300)
COL2 = Box(x0=160, top=100, x1=300, bottom=300)
COL3 = Box(x0=310, top=100, x1=450, bottom=300)


def item(
    text: str, x0: float, top: float, role: BlockRole, order: int, column: Box, *, page: int = 3
) -> ClassifiedBlock:
    """A one-line block of the given role set in ``column`` (its region)."""
    size = 14.0 if role is BlockRole.JUMP_HEAD else BODY
    return classified(text_block(text, x0, top, size, region=column, order=order), role, page)


def texts(part: ArticlePart) -> list[str]:
    return [i.block.text for i in part.items if isinstance(i, ClassifiedBlock)]


def page_three() -> list[ArticlePart]:
    """A jump head over column 1 running on into column 2; column 3 holds another story's
    continuation under its own jump line and no head."""
    return assemble_page(
        [
            item("TRAM", 10, 100, BlockRole.JUMP_HEAD, 0, COL1),
            item("Continued from Page 1", 10, 118, BlockRole.JUMP_IN, 1, COL1),
            item("tram text", 10, 135, BlockRole.BODY, 2, COL1),
            item("more tram text", 160, 100, BlockRole.BODY, 3, COL2),
            item("MARKET, from Page 2", 310, 100, BlockRole.JUMP_IN, 4, COL3),
            item("Twenty-two traders signed up.", 310, 118, BlockRole.BODY, 5, COL3),
            item("The market opens at eight.", 310, 135, BlockRole.BODY, 6, COL3),
        ],
        [],
        page=3,
        body=BODY,
        log=Log(),
    )


def test_a_headless_jump_line_opens_a_part_of_its_own() -> None:
    tram, market = page_three()
    assert texts(tram) == ["Continued from Page 1", "tram text", "more tram text"]
    assert market.opener is None
    assert texts(market) == [
        "MARKET, from Page 2",
        "Twenty-two traders signed up.",
        "The market opens at eight.",
    ]


def test_the_headless_continuation_is_threaded_to_the_story_jumping_to_it() -> None:
    market_head = item("Market to stay open", 10, 400, BlockRole.HEADLINE, 0, COL1, page=2)
    page_two = assemble_page(
        [
            market_head,
            item("The farmers market will stay open.", 10, 420, BlockRole.BODY, 1, COL1, page=2),
            item("See MARKET, Page 3", 10, 440, BlockRole.JUMP_OUT, 2, COL1, page=2),
        ],
        [],
        page=2,
        body=BODY,
        log=Log(),
    )
    drafts = thread_parts([*page_two, *page_three()], Log())
    market = next(d for d in drafts if d.parts[0].opener is market_head)
    assert [p.page for p in market.parts] == [2, 3]
    assert "Twenty-two traders signed up." in texts(market.parts[1])
