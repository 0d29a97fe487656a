"""Multi-bank heads: a head broken by a box read between its lines is one head, a smaller
bank right under it (and its next line) is its deck, and a one-column head under a banner
is no deck of the banner."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import merge_headlines
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock
from pdf.builders import line_words

PAGE = Box(x0=0, top=0, x1=900, bottom=1300)


def _c(
    text: str, x0: float, top: float, size: float, role: BlockRole, order: int
) -> ClassifiedBlock:
    line = Line(words=tuple(line_words(text, x0, top, size)))
    return ClassifiedBlock(
        block=TextBlock(lines=(line,), region=PAGE, order=order), role=role, page=1
    )


def test_banks_under_a_head_read_around_a_box() -> None:
    blocks = [
        _c(
            "ELECTION OFFICIALS FIND NO FRAUD ANYWHERE AT ALL", 24, 196, 34.0, BlockRole.HEADLINE, 0
        ),
        _c("Justices Signal", 24, 250, 21.0, BlockRole.HEADLINE, 1),
        _c("Fighting a False Claim", 300, 257, 12.0, BlockRole.HEADLINE, 2),
        _c("Box text beside the head.", 300, 271, 9.0, BlockRole.BODY, 3),
        _c("For Health", 24, 274, 21.0, BlockRole.HEADLINE, 4),
        _c("More box text beside.", 300, 290, 9.0, BlockRole.BODY, 5),
        _c("Two Sides", 24, 300, 14.4, BlockRole.HEADLINE, 6),
        _c("With Liberals", 24, 318, 14.4, BlockRole.HEADLINE, 7),
    ]
    got = [(c.role, c.block.text) for c in merge_headlines(blocks)]
    assert (BlockRole.HEADLINE, "Justices Signal For Health") in got
    assert (BlockRole.DECK, "Two Sides With Liberals") in got
    assert (BlockRole.HEADLINE, "ELECTION OFFICIALS FIND NO FRAUD ANYWHERE AT ALL") in got
    assert (BlockRole.HEADLINE, "Fighting a False Claim") in got


def test_text_between_two_heads_keeps_them_apart() -> None:
    blocks = [
        _c("First story", 24, 100, 21.0, BlockRole.HEADLINE, 0),
        _c("Its text.", 24, 126, 9.0, BlockRole.BODY, 1),
        _c("Second story", 24, 140, 14.0, BlockRole.HEADLINE, 2),
    ]
    assert [c.role for c in merge_headlines(blocks)] == [
        BlockRole.HEADLINE,
        BlockRole.BODY,
        BlockRole.HEADLINE,
    ]


def test_head_lines_set_tight_enough_to_overlap_are_one_head() -> None:
    # tight leading: the second line's box starts a point over the first line's box bottom
    first = _c("Temporary", 69, 332, 14.5, BlockRole.HEADLINE, 0)
    top = first.block.box.bottom - 1.0
    blocks = [first, _c("ferry repaired", 28, top, 14.5, BlockRole.HEADLINE, 1)]
    got = [(c.role, c.block.text) for c in merge_headlines(blocks)]
    assert got == [(BlockRole.HEADLINE, "Temporary ferry repaired")]


def test_a_head_running_back_under_a_tag_read_before_it_is_one_head() -> None:
    # "THE ECONOMY  Pessbridge depot to reopen on / Saturday": the tag on the first line is
    # read first; the short second line runs back under the tag, mostly left of the first.
    blocks = [
        _c("THE ECONOMY", 230, 346, 9.0, BlockRole.KICKER, 0),
        _c("Pessbridge depot to reopen on", 280, 337.5, 20.0, BlockRole.HEADLINE, 1),
        _c("Saturday", 225, 358.5, 20.0, BlockRole.HEADLINE, 2),
    ]
    got = [(c.role, c.block.text) for c in merge_headlines(blocks)]
    assert got == [
        (BlockRole.KICKER, "THE ECONOMY"),
        (BlockRole.HEADLINE, "Pessbridge depot to reopen on Saturday"),
    ]
