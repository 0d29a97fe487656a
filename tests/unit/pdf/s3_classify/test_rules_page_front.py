"""Skyboxes over the nameplate, running heads set as a grid, small italic decks."""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
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


def roles(*blocks: TextBlock, page: int = 1) -> list[BlockRole]:
    numbered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)
    )
    ctx = PageContext(page=page, width=600, height=800, body=BODY, blocks=numbered)
    return [c.role for c in classify_page(ctx, RULES)]


def test_a_skybox_above_the_nameplate_is_not_masthead() -> None:
    label, head = block("PAGE 2", 40, 40, 8.0), block("Ice festival moves", 40, 50, 12.0, bold=True)
    cell = label.box.union(head.box)
    got = roles(
        TextBlock(lines=label.lines, region=cell),
        TextBlock(lines=head.lines, region=cell),
        block("The Lake Tribune", 60, 100, 48.0, bold=True),
        block("Year 12 · Issue 301", 40, 152, 8.0),
    )
    assert got == [BlockRole.TEASER, BlockRole.TEASER, BlockRole.MASTHEAD, BlockRole.MASTHEAD]


def test_a_running_head_grid_over_a_head_is_furniture_not_a_kicker() -> None:
    got = roles(
        block("2", 28, 28, 9.0, bold=True),
        block("LOCAL", 240, 28, 9.0, bold=True),
        block("Friday, January 9, 2026", 360, 28, 9.0, bold=True),
        block("Water rates", 28, 46, 20.0, bold=True),
        page=2,
    )
    assert got[:3] == [BlockRole.FURNITURE] * 3
    assert got[3] is BlockRole.HEADLINE


def test_a_lone_label_over_a_head_stays_a_kicker() -> None:
    got = roles(block("SPORTS", 28, 28, 8.0, bold=True), block("Falcons win", 28, 38, 20.0), page=2)
    assert got[0] is BlockRole.KICKER


def test_an_italic_sentence_under_a_head_is_its_deck_even_below_body_size() -> None:
    got = roles(
        block("Water rates climb", 28, 100, 20.0, bold=True),
        block("Public works says the pipes break twice a month", 28, 122, 8.5, italic=True),
        block("By Dana Kiplagat", 28, 134, 7.5, bold=True),
        page=2,
    )
    assert got == [BlockRole.HEADLINE, BlockRole.DECK, BlockRole.BYLINE]


def test_a_nameplate_over_two_lines_and_its_motto_are_masthead() -> None:
    got = roles(
        block("The", 34, 34, 62.0, bold=True),
        block("Sexbridge", 400, 34, 62.0, bold=True),
        block("Gazette", 250, 112, 62.0, bold=True),
        block("Independent since 1871", 300, 198, 9.0, italic=True),
        block("Vol. 5, No. 25,390", 34, 214, 7.5),
        block("Local airport for Karstead", 34, 234, 38.0),
    )
    assert got[:5] == [BlockRole.MASTHEAD] * 5
    assert got[5] is BlockRole.HEADLINE


def test_a_bold_line_under_an_end_byline_heads_the_next_story() -> None:
    got = roles(
        block("The cost has risen to 520 million crowns after a public meeting.", 28, 100),
        block("— Reporting by Dora Heeshoth", 60, 112, italic=True),
        block("Public museum closed", 28, 128, 10.5, bold=True),
        block("“It is not the end of the matter,” added Rhea Neel.", 28, 142),
        page=2,
    )
    assert got[2] is BlockRole.HEADLINE
    # without the sign-off the same bold line is a subhead of the story
    got = roles(
        block("The cost has risen to 520 million crowns after a public meeting.", 28, 100),
        block("Public museum closed", 28, 116, 10.5, bold=True),
        block("“It is not the end of the matter,” added Rhea Neel.", 28, 130),
        page=2,
    )
    assert got[1] is BlockRole.SUBHEAD


def test_a_byline_broken_at_a_hyphen_is_one_byline() -> None:
    lines = ["By Pia Fougeart, Jaithholm Correspon-", "dent"]
    got = roles(
        block("Nurses agree crowded bakery", 28, 100, 24.0, bold=True),
        TextBlock(
            lines=tuple(
                ln for i, t in enumerate(lines) for ln in block(t, 28, 130 + 9 * i, 8.0).lines
            ),
            region=block("x", 28, 130).region,
        ),
        page=2,
    )
    assert got[1] is BlockRole.BYLINE


def test_a_label_between_head_and_deck_is_the_kicker_and_the_deck_stays_a_deck() -> None:
    got = roles(
        block("Temporary tunnel for Mengdale", 28, 100, 34.0),
        block("SPORT", 28, 137, 9.0, bold=True),
        block("Nurses in Mengdale say the pier was closed in May", 28, 149, 15.0, italic=True),
        block("Pupils in Mengdale say the brewery was restored again", 28, 168, 12.0, italic=True),
        block("By Hale Zeaflas", 28, 184, 8.5, bold=True),
        block("The cost has risen to 520 million crowns after a public meeting.", 28, 198),
        page=2,
    )
    assert got == [
        BlockRole.HEADLINE,
        BlockRole.KICKER,
        BlockRole.DECK,
        BlockRole.DECK,  # the second bank of a multi-bank head
        BlockRole.BYLINE,
        BlockRole.BODY,
    ]


def test_the_rest_of_an_end_byline_broken_in_a_word_is_no_kicker_of_the_next_head() -> None:
    # "— Reporting by X; additional re-" / "porting by Y" right over the next story's head.
    got = roles(
        block("The cost has risen to 207 crowns because of rising costs.", 28, 100),
        block("— Reporting by Ulla Wiend; additional re-", 28, 112, italic=True),
        text_block("porting by Yara Chigraird", 80, 123, BODY, italic=True, color="0.00"),
        block("ZOCKHOLM LIGHTHOUSE TO REOPEN", 28, 136, 2 * BODY, bold=True),
        page=2,
    )
    assert got[2] is not BlockRole.KICKER
    assert got[3] is BlockRole.HEADLINE
