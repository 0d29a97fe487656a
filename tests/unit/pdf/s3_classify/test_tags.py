"""Tag kickers (no PDF): a small label set on a headline's first line, left of its first word,
with the headline's later lines running back under it (development set 3)."""

from __future__ import annotations

from dataclasses import replace

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules import deck
from newslayout.readers.pdf.s3_classify.tags import (
    is_tag_of,
    label_word_count,
    tag_beside,
    under_tag,
)
from newslayout.readers.pdf.s4_assemble.assemble import assemble_page, merge_headlines
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock
from pdf.builders import text_block

REGION = Box(x0=10, top=50, x1=600, bottom=900)
GREY = "0.5,0.5,0.5"


def _block(
    text: str, x0: float, top: float, size: float, *, bold: bool = True, color: str = ""
) -> TextBlock:
    return text_block(text, x0, top, size, bold=bold, color=color, region=REGION)


def _c(block: TextBlock, role: BlockRole, order: int) -> ClassifiedBlock:
    return ClassifiedBlock(block=replace(block, order=order), role=role, page=1)


# "[HARBOUR] Fish quay will get a roof" / "and a cold store": the tag (8 pt) sits level with
# the first line (24 pt, words from x=80), which ends 8 pt before the first word.
TAG = _block("HARBOUR", 10, 160, 8)  # x 10..38
FIRST = _block("Fish quay will get a roof", 46, 152, 24)
SECOND = _block("and a cold store", 10, 178, 24)
BODY = _block(
    "The open fish quay will be roofed over by June, the trust said.", 10, 240, 9, bold=False
)


def test_a_small_label_level_with_the_first_line_is_its_tag() -> None:
    assert is_tag_of(TAG, FIRST)
    assert tag_beside(FIRST, (SECOND, TAG, BODY)) is TAG
    assert tag_beside(SECOND, (FIRST, TAG)) is None
    assert under_tag(5.0, TAG)  # the badge is padded: a line may start an em left of its text
    assert not under_tag(30.0, TAG)


def test_a_label_over_the_head_or_far_left_is_no_tag() -> None:
    over = _block("HARBOUR", 10, 138, 8)  # a kicker above the line, not on it
    far = _block("HARBOUR", 10, 160, 8)
    far_head = _block("Fish quay will get a roof", 90, 152, 24)  # 52 pt gap > 1 em of 24 pt
    big = _block("HARBOUR", 10, 156, 18)  # not small beside the head
    assert not is_tag_of(over, FIRST)
    assert not is_tag_of(far, far_head)
    assert not is_tag_of(big, FIRST)


def test_the_head_is_joined_across_its_tag_and_keeps_it_as_kicker() -> None:
    blocks = [
        _c(FIRST, BlockRole.HEADLINE, 0),
        _c(TAG, BlockRole.KICKER, 1),
        _c(SECOND, BlockRole.HEADLINE, 2),
        _c(BODY, BlockRole.BODY, 3),
    ]
    merged = merge_headlines(blocks)
    assert [c.role for c in merged] == [BlockRole.HEADLINE, BlockRole.KICKER, BlockRole.BODY]
    assert merged[0].block.text == "Fish quay will get a roof and a cold store"
    parts = assemble_page(blocks, (), page=1, body=9.0, log=Log())
    assert len(parts) == 1
    assert [k.block.text for k in parts[0].kickers] == ["HARBOUR"]


def test_without_a_tag_an_outdented_head_below_is_not_joined() -> None:
    other = _block("Second story head", 10, 178, 24)
    far_first = _block("Fish quay will get a roof", 300, 152, 24)  # no shared columns
    blocks = [_c(far_first, BlockRole.HEADLINE, 0), _c(other, BlockRole.HEADLINE, 1)]
    assert len(merge_headlines(blocks)) == 2


def test_a_same_size_grey_deck_may_start_at_the_tags_left_edge() -> None:
    one_line = _block("The last wool mills", 46, 152, 24)
    light = _block("Two family mills survive", 5, 180, 24, bold=False, color=GREY)
    ctx = PageContext(page=1, width=620, height=900, body=9.0, blocks=(one_line, TAG, light))
    assert deck(light, ctx) is BlockRole.DECK
    no_tag = PageContext(page=1, width=620, height=900, body=9.0, blocks=(one_line, light))
    assert deck(light, no_tag) is None


def test_a_byline_under_the_tag_belongs_to_the_tagged_head() -> None:
    # the byline starts under the tag, left of the head's first word, and is narrow: the
    # head's columns reach out to its tag
    one_line = _block("The last wool mills", 46, 152, 24)
    deck_line = _block("Two family mills survive the winter on the hill farms", 10, 182, 12)
    by = _block("By Ines Vogass", 10, 198, 7)  # x 10..~60
    blocks = [
        _c(one_line, BlockRole.HEADLINE, 0),
        _c(TAG, BlockRole.KICKER, 1),
        _c(deck_line, BlockRole.DECK, 2),
        _c(by, BlockRole.BYLINE, 3),
        _c(BODY, BlockRole.BODY, 4),
    ]
    parts = assemble_page(blocks, (), page=1, body=9.0, log=Log())
    assert len(parts) == 1
    assert [b.block.text for b in parts[0].bylines] == [by.text]


def test_a_letter_spaced_label_is_one_word_and_may_be_a_tag() -> None:
    assert label_word_count("C U LT U R E") == 1
    assert label_word_count("IN BRIEF TODAY AND") == 4
    spaced = _block("C U LT U R E", 10, 160, 8)
    assert is_tag_of(spaced, _block("Fish quay will get a roof", 70, 152, 24))


def test_a_run_in_lead_or_a_column_label_beside_a_big_head_is_no_tag() -> None:
    # A brief box's column beside the lead: its label ("IN BRIEF") and a run-in lead that
    # fills its line stand level with the head's first line, just left of it.
    column = Box(x0=10, top=150, x1=40, bottom=700)
    head = _block("Fish quay will get a roof", 46, 152, 24)
    label = text_block("IN BRIEF", 10, 160, 8, bold=True, region=column)
    lead = text_block("Quay roofed.", 10, 160, 8, bold=True, region=REGION)
    assert not is_tag_of(label, head)  # its own column runs on under it
    assert not is_tag_of(lead, head)  # a sentence, no label
    assert is_tag_of(replace(label, region=REGION), head)
    assert is_tag_of(text_block("U.S.", 10, 160, 8, bold=True, region=REGION), head)
