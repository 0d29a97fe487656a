"""A banner head that owns nothing heads the one bylined story under it whose head is set
smaller than the page's usual story head: that head is the banner's deck."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.banner_decks import BANNER_DECK, banner_decks
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.types import (
    BlockRole,
    ClassifiedBlock,
    ImageRef,
    Line,
    Picture,
    TextBlock,
)
from pdf.builders import line_words

PAGE = Box(x0=0, top=0, x1=900, bottom=1300)
BANNER = "ELECTION OFFICIALS NATIONWIDE FIND NO FRAUD"


def _c(text: str, x0: float, top: float, size: float, role: BlockRole) -> ClassifiedBlock:
    line = Line(words=tuple(line_words(text, x0, top, size)))
    order = int(top) * 10 + int(x0)
    return ClassifiedBlock(
        block=TextBlock(lines=(line,), region=PAGE, order=order), role=role, page=1
    )


def _story(head: str, x0: float, top: float, size: float, *, signed: bool = True) -> ArticlePart:
    opener = _c(head, x0, top, size, BlockRole.HEADLINE)
    byline = _c("By A WRITER", x0, top + 2 * size, 8.0, BlockRole.BYLINE)
    text = _c("Story text.", x0, top + 2 * size + 12, 9.0, BlockRole.BODY)
    return ArticlePart(
        page=1,
        opener=opener,
        bylines=(byline,) if signed else (),
        items=(text,),
        order=opener.block.order,
    )


def _banner(*items: FigureDraft | ClassifiedBlock) -> ArticlePart:
    # half an em a character: the banner runs from 24 to 713
    opener = _c(BANNER, 24, 196, 34.0, BlockRole.HEADLINE)
    return ArticlePart(page=1, opener=opener, items=items, order=opener.block.order)


def _heads(parts: list[ArticlePart]) -> list[str]:
    return [p.opener.block.text for p in parts if p.opener is not None]


def _page(deck_size: float = 16.0) -> list[ArticlePart]:
    return [
        _banner(),
        _story("Justices Signal Reprieve", 24, 250, 21.0),
        _story("Members Praise Process", 400, 250, deck_size),
        _story("Trump Marshals Power", 400, 700, 21.0),
        _story("El Paso Buckles", 24, 900, 22.0),
    ]


def test_the_smaller_signed_head_under_an_empty_banner_is_its_deck() -> None:
    out = banner_decks(_page())
    assert _heads(out) == [
        BANNER,
        "Justices Signal Reprieve",
        "Trump Marshals Power",
        "El Paso Buckles",
    ]
    lead = out[0]
    assert [(d.role, d.rule, d.block.text) for d in lead.decks] == [
        (BlockRole.DECK, BANNER_DECK, "Members Praise Process")
    ]
    assert [b.block.text for b in lead.bylines] == ["By A WRITER"]
    assert [i.block.text for i in lead.items if isinstance(i, ClassifiedBlock)] == ["Story text."]


def test_a_head_in_the_usual_size_under_a_banner_is_a_story_of_its_own() -> None:
    page = _page(deck_size=20.0)
    assert banner_decks(page) == page


def test_a_banner_with_a_story_of_its_own_keeps_it() -> None:
    page = _page()
    page[0] = _banner(_c("The banner's own text.", 24, 240, 9.0, BlockRole.BODY))
    assert banner_decks(page) == page


def test_a_small_head_with_no_byline_is_a_box_title_not_a_deck() -> None:
    page = _page()
    page[2] = _story("Fighting a False Claim", 400, 257, 12.0, signed=False)
    assert banner_decks(page) == page


def test_two_small_signed_heads_under_a_banner_leave_the_page_as_it_was() -> None:
    page = [*_page(), _story("Another small head", 200, 250, 15.0)]
    assert banner_decks(page) == page


def test_a_bare_picture_under_the_banner_stays_with_its_story() -> None:
    bare = FigureDraft(
        picture=Picture(image=ImageRef(box=Box(x0=160, top=240, x1=380, bottom=600))), order=2405
    )
    page = _page()
    page[0] = _banner(bare)
    lead = banner_decks(page)[0]
    assert lead.decks[0].block.text == "Members Praise Process"
    assert bare in lead.items


def test_a_head_far_under_the_banner_is_no_deck() -> None:
    page = _page()
    page[2] = _story("Members Praise Process", 400, 300, 16.0)
    assert banner_decks(page) == page
