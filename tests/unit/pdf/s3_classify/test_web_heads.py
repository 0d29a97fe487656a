"""A web address set in display type is a house ad's furniture, never a story's head (no
PDF)."""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s3_classify.web_heads import is_web_address
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 9.0


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=1, width=600, height=900, body=BODY, blocks=blocks)
    return [c.role for c in classify_page(ctx, RULES)]


def test_web_addresses_are_told_from_words() -> None:
    for text in ("taz.de/tazLeipzig", "www.example.com", "https://news.example.co.uk/app"):
        assert is_web_address(text_block(text, 50, 100, 14.0)), text
    for text in ("Flood wall approved", "U.S. Hits Record", "3.5 million", "Mr. Smith"):
        assert not is_web_address(text_block(text, 50, 100, 14.0)), text


def test_an_address_in_display_type_is_furniture_not_a_head() -> None:
    got = _roles(
        text_block("taz.de/tazLeipzig", 50, 100, 14.6, bold=True, order=0),
        text_block("Text of a story under the box.", 50, 140, BODY, order=1),
    )
    assert got[0] is BlockRole.FURNITURE


def test_a_head_with_words_stays_a_head() -> None:
    got = _roles(
        text_block("Flood wall approved", 50, 100, 14.6, bold=True, order=0),
        text_block("Text of the story under it.", 50, 120, BODY, order=1),
    )
    assert got[0] is BlockRole.HEADLINE


def test_the_logo_word_and_label_over_an_address_are_furniture() -> None:
    got = _roles(
        text_block("leipzig", 60, 100, 15.8, bold=True, order=0),
        text_block("Finden Sie im Netz unter:", 50, 119, 9.1, bold=True, order=1),
        text_block("taz.de/tazLeipzig", 50, 133, 14.6, bold=True, order=2),
        text_block("Text of a story under the box runs on.", 50, 170, BODY, order=3),
    )
    assert got[:3] == [BlockRole.FURNITURE] * 3


def test_a_head_over_a_label_without_an_address_stays_a_head() -> None:
    got = _roles(
        text_block("Flood wall approved", 50, 100, 14.6, bold=True, order=0),
        text_block("What the council said:", 50, 119, 9.1, bold=True, order=1),
        text_block("Text of the story under it runs on.", 50, 133, BODY, order=2),
    )
    assert got[0] is BlockRole.HEADLINE
