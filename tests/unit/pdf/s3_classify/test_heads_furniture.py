"""Display type that opens no story: a section name on the running head's row, a deck set
large right under its headline, and a teaser's thumbnail picture (no PDF needed)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s4_assemble.assemble import assemble_page
from newslayout.readers.pdf.types import (
    BlockRole,
    ClassifiedBlock,
    ImageRef,
    Picture,
    TextBlock,
)
from pdf.builders import text_block

BODY = 9.0
PAGE = Box(x0=0, top=0, x1=700, bottom=1000)


def _block(
    text: str, x0: float, top: float, size: float, order: int, *, bold: bool = False
) -> TextBlock:
    return text_block(text, x0, top, size, bold=bold, region=PAGE, order=order)


def _roles(*blocks: TextBlock, page: int = 2) -> list[BlockRole]:
    ctx = PageContext(page=page, width=700, height=1000, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def _page_top(section: TextBlock) -> list[TextBlock]:
    return [
        section,
        _block("The Daily Paper", 300, 30, 9.0, 1),
        _block("Thu., March 5, 2026", 600, 30, 9.0, 2),
        _block("Story headline here", 30, 70, 24.0, 3, bold=True),
        _block("Story text under the headline runs on.", 30, 100, BODY, 4),
    ]


def test_a_section_name_on_the_running_head_row_is_furniture() -> None:
    got = _roles(*_page_top(_block("LOCAL", 30, 28, 13.0, 0, bold=True)))
    assert got[0] is BlockRole.FURNITURE
    assert got[3] is BlockRole.HEADLINE


def test_a_head_alone_at_the_page_top_is_still_a_headline() -> None:
    got = _roles(_block("LOCAL NEWS", 30, 28, 13.0, 0, bold=True), _block("Text.", 30, 50, BODY, 1))
    assert got[0] is BlockRole.HEADLINE


def test_a_section_name_set_as_large_as_a_headline_is_not_furniture() -> None:
    got = _roles(*_page_top(_block("Council votes", 30, 28, 24.0, 0, bold=True)))
    assert got[0] is not BlockRole.FURNITURE


def test_large_bold_type_tight_under_a_big_head_is_its_deck() -> None:
    got = _roles(
        _block("Students vote to keep the four-day week", 30, 300, 30.0, 0, bold=True),
        _block("Survey finds strong support for the Friday off", 30, 336, 13.5, 1, bold=True),
        _block("Story text follows.", 30, 360, BODY, 2),
    )
    assert got == [BlockRole.HEADLINE, BlockRole.DECK, BlockRole.BODY]


def test_a_head_of_nearly_the_same_size_under_a_head_stays_a_headline() -> None:
    got = _roles(
        _block("Students vote to keep the week", 30, 300, 20.0, 0, bold=True),
        _block("Bakery turns a hundred", 30, 324, 16.0, 1, bold=True),
    )
    assert got == [BlockRole.HEADLINE, BlockRole.HEADLINE]


def _teaser_row(caption: bool) -> int:
    """Parts of a page: a thumbnail beside a teaser, then a story with its own photo."""
    blocks = [
        ClassifiedBlock(
            block=_block("Glassworks reborn", 80, 100, 10.5, 1, bold=True),
            role=BlockRole.TEASER,
            page=1,
        ),
        ClassifiedBlock(block=_block("Page A2", 80, 125, 8.0, 2), role=BlockRole.TEASER, page=1),
        ClassifiedBlock(
            block=_block("Ferry cut", 30, 200, 24.0, 3, bold=True), role=BlockRole.HEADLINE, page=1
        ),
        ClassifiedBlock(block=_block("Story text.", 30, 400, BODY, 5), role=BlockRole.BODY, page=1),
    ]
    if caption:
        blocks.append(
            ClassifiedBlock(
                block=_block("A caption.", 30, 136, 8.0, 6), role=BlockRole.CAPTION, page=1
            )
        )
    thumb = Picture(image=ImageRef(box=Box(x0=30, top=102, x1=73, bottom=134)), order=0)
    photo = Picture(image=ImageRef(box=Box(x0=30, top=230, x1=400, bottom=390)), order=4)
    parts = assemble_page(blocks, [thumb, photo], page=1, body=BODY, log=Log())
    return len(parts)


def test_a_teasers_thumbnail_makes_no_article_of_its_own() -> None:
    assert _teaser_row(caption=False) == 1


def test_a_captioned_picture_by_a_teaser_is_kept() -> None:
    assert _teaser_row(caption=True) == 2
