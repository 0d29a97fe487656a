"""A pull quote told by the sentence it interrupts: larger roman type inside a column whose
text stops above it in mid-sentence and goes on under it (no PDF)."""

from __future__ import annotations

from dataclasses import replace

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 9.0
REGION = Box(x0=50, top=100, x1=200, bottom=800)


def _text(
    text: str, top: float, order: int, *, hyphen: bool = False, free: float = 0.0
) -> TextBlock:
    block = text_block(text, 50, top, BODY, region=REGION, order=order)
    return replace(block, hyphen_end=hyphen, free_end=free)


def _quote(text: str, top: float, order: int, *, bold: bool = False) -> TextBlock:
    return text_block(text, 50, top, 12.0, region=REGION, order=order, bold=bold)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=1, width=600, height=900, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_larger_type_inside_a_sentence_is_a_pull_quote() -> None:
    got = _roles(
        _text("the text runs on and then\nstops right here in the", 200, 0),
        _quote("Every woman must\nfind her own way", 240, 1),
        _text("middle of a sentence that\ngoes on below the quote.", 290, 2),
    )
    assert got == [BlockRole.BODY, BlockRole.QUOTE, BlockRole.BODY]


def test_a_line_end_hyphen_over_the_quote_says_the_text_runs_on() -> None:
    got = _roles(
        _text("the text runs on and then\nstops right in a com-", 200, 0, hyphen=True),
        _quote("Every woman must\nfind her own way", 240, 1),
        _text("Pound word that goes on.", 290, 2),
    )
    assert got[1] is BlockRole.QUOTE


def test_the_speakers_line_under_the_quote_belongs_to_it() -> None:
    got = _roles(
        _text("the text runs on and then\nstops right here in the", 200, 0),
        _quote("Plans were never\ndiscussed with us", 240, 1),
        text_block("Peter Beyer, CDU", 50, 272, 8.0, region=REGION, order=2, bold=True),
        _text("middle of a sentence that\ngoes on below the quote.", 290, 3),
    )
    assert got == [BlockRole.BODY, BlockRole.QUOTE, BlockRole.QUOTE, BlockRole.BODY]


def test_a_light_head_after_a_finished_paragraph_is_no_pull_quote() -> None:
    got = _roles(
        _text("the story above ends here\nwith a full stop.", 200, 0, free=40.0),
        _quote("A second story\nin a light face", 240, 1),
        _text("The next story opens with\na capital and runs on.", 290, 2),
    )
    assert got[1] is not BlockRole.QUOTE


def test_a_bold_head_under_a_full_line_ending_in_a_page_label_is_no_pull_quote() -> None:
    # The last line of a refer is full and ends in "PAGE A9", no full stop: for a bold
    # block that weaker evidence is not enough.
    got = _roles(
        _text("a refer to a story inside\nthe paper runs to PAGE A9", 200, 0),
        _quote("Flight of the Fraudsters", 240, 1, bold=True),
        _text("While the country slept, a\nstory began to unfold.", 270, 2),
    )
    assert got[1] is not BlockRole.QUOTE


def test_a_bold_block_inside_a_sentence_is_a_pull_quote() -> None:
    got = _roles(
        _text("the text runs on and then\nstops right here in the", 200, 0),
        _quote("Every woman must\nfind her own way", 240, 1, bold=True),
        _text("middle of a sentence that\ngoes on below the quote.", 290, 2),
    )
    assert got[1] is BlockRole.QUOTE


def test_a_head_over_a_lead_in_in_capitals_is_no_pull_quote_under_a_hyphen() -> None:
    # The story above breaks off in "ad-" (it goes on in another column); the light head
    # under it opens a story whose first words are set in capitals.
    got = _roles(
        _text("the text runs on and then\nthe head teacher ad-", 200, 0, hyphen=True),
        _quote("Every woman must\nfind her own way", 240, 1),
        _text("WORK ON the bridge stopped\nthis spring, he added.", 290, 2),
    )
    assert got[1] is not BlockRole.QUOTE


def test_a_head_clear_of_the_text_above_and_tight_on_its_own_is_no_pull_quote() -> None:
    # The story above goes on in the next column (its last line here is full, mid-sentence);
    # the head under it stands 3 em clear of it and sits right on its own story's text.
    got = _roles(
        _text("the text runs on and then\nstops right here in the", 200, 0),
        _quote("A second story\nin a roman face", 250, 1),
        _text("Work on the bridge stopped\nthis spring, he added.", 279, 2),
    )
    assert got[1] is not BlockRole.QUOTE


def test_a_byline_under_larger_type_is_no_speakers_line() -> None:
    # The room is balanced, but "By X and Y" names a writer: the larger type is a head.
    got = _roles(
        _text("the text runs on and then\nstops right here in the", 200, 0),
        _quote("A second story\nin a roman face", 240, 1),
        text_block("By Cato Huflum and Dagny Baick", 50, 270, 8.0, region=REGION, order=2),
        _text("middle of a sentence that\ngoes on below the quote.", 290, 3),
    )
    assert got[1] is not BlockRole.QUOTE
    assert got[2] is BlockRole.BYLINE
