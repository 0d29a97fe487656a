"""A head set large but not bold opens a story when a byline sits under it or a kicker over
it; under a bigger head the same block is a deck, and a pull quote has neither."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 8.0
REGION = Box(x0=50, top=100, x1=300, bottom=500)
PROSE = "The council met on Monday and voted to rebuild the harbour wall before the winter."


def _block(
    text: str, top: float, size: float, order: int, *, bold: bool = False, italic: bool = False
) -> TextBlock:
    return text_block(text, 50, top, size, bold=bold, italic=italic, region=REGION, order=order)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_an_italic_head_with_a_byline_under_it_is_a_headline() -> None:
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("Councillors to eastern\norchard", 140, 12.0, 1, italic=True),
        _block("By Hedda Clound", 170, 6.5, 2),
        _block(PROSE, 180, BODY, 3),
    )
    assert got[1:3] == [BlockRole.HEADLINE, BlockRole.BYLINE]


def test_a_roman_head_under_a_capitals_kicker_is_a_headline() -> None:
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("TRANSPORT", 135, 7.0, 1),
        _block("ORCHARD TO CLOSE\nAFTER A LONG WAIT", 145, 12.0, 2),
        _block(PROSE, 175, BODY, 3),
    )
    assert got[1:3] == [BlockRole.KICKER, BlockRole.HEADLINE]


def test_under_a_bigger_head_it_is_the_deck() -> None:
    got = _roles(
        _block("Harbour wall to be rebuilt", 100, 24.0, 0, bold=True),
        _block("Supervisors approve the plan after a long session", 130, 12.0, 1),
        _block("By Hedda Clound", 146, 6.5, 2),
        _block(PROSE, 156, BODY, 3),
    )
    assert got[:3] == [BlockRole.HEADLINE, BlockRole.DECK, BlockRole.BYLINE]


def test_a_large_line_with_neither_byline_nor_kicker_is_no_headline() -> None:
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("Nobody here wants to see it go", 130, 12.0, 1),
        _block(PROSE, 150, BODY, 2),
    )
    assert got[1] is not BlockRole.HEADLINE


def test_a_quotation_is_no_headline_even_with_a_byline_under_it() -> None:
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("“People deserve a straight answer.”", 130, 12.0, 1),
        _block("By Hedda Clound", 146, 6.5, 2),
    )
    assert got[1] is not BlockRole.HEADLINE


def test_a_narrow_column_head_over_five_lines_with_a_byline_is_a_headline() -> None:
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("CHETHFORD\nTHEATRE TO\nREOPEN\nAFTER A\nLONG WAIT", 130, 12.0, 1),
        _block("Edited by Hedda Cibroard", 203, 6.5, 2),
        _block(PROSE, 213, BODY, 3),
    )
    assert got[1:3] == [BlockRole.HEADLINE, BlockRole.BYLINE]


def test_a_head_with_a_deck_and_body_type_under_it_is_a_headline_and_the_deck_a_deck() -> None:
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("JINNHAVEN TUNNEL\nTO CLOSE", 130, 12.0, 1),
        _block("Fishermen say the mill was opened to make room", 161, 9.2, 2),
        _block(PROSE, 175, BODY, 3),
    )
    assert got[1:4] == [BlockRole.HEADLINE, BlockRole.DECK, BlockRole.BODY]


def test_a_head_line_after_a_tag_kicker_is_a_headline() -> None:
    tag = text_block("HOUSING |", 50, 134, 6.5, region=REGION, order=1)
    head = text_block("CEXSTEAD", 84, 130, 12.0, region=REGION, order=2)
    got = _roles(_block(PROSE, 100, BODY, 0), tag, head, _block(PROSE, 150, BODY, 3))
    assert got[2] is BlockRole.HEADLINE


def test_a_question_under_a_bold_kicker_is_a_headline() -> None:
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("house notes", 135, 9.0, 1, bold=True),
        _block("Is the lockdown\na chance?", 146, 12.0, 2),
        _block(PROSE, 176, BODY, 3),
    )
    assert got[1:3] == [BlockRole.KICKER, BlockRole.HEADLINE]


def test_a_question_with_only_a_byline_under_it_is_no_headline() -> None:
    # a pull quote asks too, and its attribution may read like a byline: only a kicker
    # makes a question a head
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("Who will pay for\nthe harbour wall?", 140, 12.0, 1, italic=True),
        _block("By Hedda Clound", 170, 6.5, 2),
        _block(PROSE, 180, BODY, 3),
    )
    assert got[1] is not BlockRole.HEADLINE


def test_a_byline_under_a_deck_split_over_two_blocks_still_tells_the_head() -> None:
    # The deck's last line fell into a block of its own (layout cut it off): it is read whole.
    got = _roles(
        _block(PROSE, 100, BODY, 0),
        _block("Councillors to eastern\norchard", 140, 12.0, 1),
        _block("Residents say the orchard was sold while the", 172, 9.0, 2, bold=True),
        _block("old building is repaired", 183, 9.0, 3, bold=True),
        _block("By Hedda Clound", 196, 6.5, 4),
        _block(PROSE, 206, BODY, 5),
    )
    assert got[1] is BlockRole.HEADLINE
