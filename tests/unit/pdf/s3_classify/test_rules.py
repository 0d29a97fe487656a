"""Classification rules on small hand-made pages (no PDF needed)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s3_classify.rules_page import teaser_lines
from newslayout.readers.pdf.types import BlockRole, Line, TextBlock
from pdf.builders import line_words, text_block

BODY = 10.0


def block(text: str, x0: float, top: float, size: float = BODY, *, bold: bool = False) -> TextBlock:
    """A one-line block whose region is its own box."""
    return text_block(text, x0, top, size, bold=bold)


def roles(*blocks: TextBlock, page: int = 1) -> list[BlockRole]:
    numbered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i, shaded=b.shaded)
        for i, b in enumerate(blocks)
    )
    ctx = PageContext(page=page, width=600, height=800, body=BODY, blocks=numbered)
    return [c.role for c in classify_page(ctx, RULES)]


def test_nameplate_is_the_topmost_display_type_not_the_largest() -> None:
    got = roles(
        block("The Daily Example", 100, 30, 30, bold=True),
        block("Vol. 3, No. 4", 20, 80, 9, bold=True),
        block("Lead story set larger than the nameplate", 20, 150, 40, bold=True),
        block("body text of the lead story goes on here", 20, 200),
        block("and on and on in the column of the story", 20, 212),
    )
    assert got[:3] == [BlockRole.MASTHEAD, BlockRole.MASTHEAD, BlockRole.HEADLINE]


def test_no_nameplate_off_the_front_page() -> None:
    got = roles(block("A headline at the top", 20, 30, 30, bold=True), page=2)
    assert got == [BlockRole.HEADLINE]


def test_words_on_the_folio_line_under_the_nameplate_are_masthead() -> None:
    got = roles(
        block("The Daily Example", 100, 30, 30, bold=True),
        block("Vol. 3, No. 4", 20, 90, 9, bold=True),
        block("Spring Term", 250, 90, 9, bold=True),
        block("Free", 500, 90, 9, bold=True),
    )
    assert got == [BlockRole.MASTHEAD] * 4


def test_teaser_lines_each_with_their_own_pointer_are_one_teaser_block() -> None:
    two = Line(words=tuple(line_words("PAGE 2 New winter ferry timetable", 20, 120, bold=True)))
    three = Line(words=tuple(line_words("P3 Quiz night raises funds", 20, 132, bold=True)))
    teasers = TextBlock(lines=(two, three), region=two.box.union(three.box))
    got = roles(block("The Daily Example", 100, 30, 30, bold=True), teasers)
    assert got == [BlockRole.MASTHEAD, BlockRole.TEASER]
    assert teaser_lines(teasers) == [
        ("New winter ferry timetable", 2),
        ("Quiz night raises funds", 3),
    ]


def test_jump_lines_are_not_teaser_lines() -> None:
    jump = TextBlock(
        lines=(Line(words=tuple(line_words("Turn to page 3", 20, 500, bold=True))),),
        region=Box(x0=20, top=500, x1=200, bottom=510),
    )
    assert teaser_lines(jump) == []
    assert roles(jump) == [BlockRole.JUMP_OUT]


def test_a_tinted_box_opening_with_a_bold_title_is_its_own_story() -> None:
    box = Box(x0=400, top=500, x1=580, bottom=560)
    title = Line(words=tuple(line_words("Fair this Sunday", 405, 500, 12.5, bold=True)))
    text = Line(words=tuple(line_words("Pick your own fields, ten to four.", 405, 520)))
    got = roles(
        TextBlock(lines=(title,), region=box, shaded=True),
        TextBlock(lines=(text,), region=box, shaded=True),
        page=2,
    )
    assert got == [BlockRole.HEADLINE, BlockRole.BODY]


def test_the_same_title_outside_a_box_is_a_subhead() -> None:
    region = Box(x0=400, top=500, x1=580, bottom=560)
    title = Line(words=tuple(line_words("Fair this Sunday", 405, 500, 12.5, bold=True)))
    text = Line(words=tuple(line_words("Pick your own fields, ten to four.", 405, 520)))
    got = roles(
        TextBlock(lines=(title,), region=region), TextBlock(lines=(text,), region=region), page=2
    )
    assert got == [BlockRole.SUBHEAD, BlockRole.BODY]


def test_deck_is_judged_by_the_headline_above_not_by_text_beside_it() -> None:
    # A column of body text to the right ends level with the deck's top; the headline above
    # the deck makes it a deck, not an italic pull quote.
    got = roles(
        block("Students find a lost schooner", 20, 80, 30, bold=True),
        block("Sonar survey turns up a wreck", 20, 114, 15),
        block("right column body text", 400, 103),
        page=2,
    )
    assert got[:2] == [BlockRole.HEADLINE, BlockRole.DECK]
