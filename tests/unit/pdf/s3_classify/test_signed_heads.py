"""A short bold head near body size with a byline right under it opens a story; the same
line without a byline is a subhead of the story it sits in."""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 8.0
TEXT = "The northern clinic in Halmere was postponed on Monday after the survey."


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    numbered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)
    )
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=numbered)
    return [c.role for c in classify_page(ctx, RULES)]


def test_bold_head_a_little_above_body_over_a_byline_opens_a_story() -> None:
    head = text_block("Regional clinic postponed", 20, 300, 9.6, bold=True)
    byline = text_block("Von Wim Steatroll und Frey Koajon", 20, 310, 6.7, bold=True)
    text = text_block(TEXT, 20, 318, BODY)
    assert _roles(head, byline, text) == [BlockRole.HEADLINE, BlockRole.BYLINE, BlockRole.BODY]


def test_the_same_line_with_no_byline_under_it_is_a_subhead() -> None:
    above = text_block(TEXT, 20, 280, BODY)
    head = text_block("Regional clinic postponed", 20, 300, 9.6, bold=True)
    text = text_block(TEXT, 20, 310, BODY)
    assert _roles(above, head, text)[1] is BlockRole.SUBHEAD


def test_a_bold_sentence_over_a_byline_is_no_head() -> None:
    lead = text_block("The clinic will not open.", 20, 300, 9.6, bold=True)
    byline = text_block("By Wim Steatroll", 20, 310, 6.7, bold=True)
    assert _roles(lead, byline)[0] is not BlockRole.HEADLINE


def test_a_bold_line_under_a_sign_off_broken_at_a_hyphen_heads_the_next_story() -> None:
    text = text_block(TEXT, 20, 280, BODY)
    sign_off = text_block(
        "— Reporting by Ivo Tex; additional re\u2010\nporting by Ulla Geagrien",
        22,
        292,
        BODY,
        italic=True,
    )
    head = text_block("Regional clinic repaired", 20, 316, 9.5, bold=True)
    after = text_block(TEXT, 20, 328, BODY)
    assert _roles(text, sign_off, head, after)[2] is BlockRole.HEADLINE
