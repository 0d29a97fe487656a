"""Paragraph breaks in ragged text: shaded boxes, hanging-indent list items, wide heads.

Small typed lines, no PDF: words are half an em wide per character (``pdf.builders.word``),
so where each line ends, and whether the next word would have fitted, is plain arithmetic.
"""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s2_layout.blocks import justified_edge, region_blocks
from newslayout.readers.pdf.s2_layout.columns import Region, segments
from newslayout.readers.pdf.s2_layout.list_items import hangs_under, marker_hang, opens_item
from newslayout.readers.pdf.types import Line, Shade, TextBlock, Word
from pdf.builders import line_words, word

BODY = 10.0


def spread(text: str, x0: float, top: float, end: float, size: float = BODY) -> list[Word]:
    """A justified line: the words of ``text`` spread to end exactly at ``end``."""
    natural = line_words(text, x0, top, size)
    widths = [w.x1 - w.x0 for w in natural]
    space = (end - x0 - sum(widths)) / (len(natural) - 1)
    out: list[Word] = []
    x = x0
    for w, width in zip(natural, widths, strict=True):
        out.append(word(w.text, x, top, size))
        x += width + space
    return out


def blocks(*lines: list[Word], shades: tuple[Shade, ...] = ()) -> list[str]:
    words = [w for line in lines for w in line]
    items = segments(words)
    box = items[0].box
    for item in items[1:]:
        box = box.union(item.box)
    found = region_blocks(Region(box=box, items=tuple(items)), BODY, shades)
    return [b.text for b in found if isinstance(b, TextBlock)]


def a_line(text: str, x0: float = 10.0) -> Line:
    return Line(words=tuple(line_words(text, x0, 100)))


def column_then_box(shades: tuple[Shade, ...]) -> list[str]:
    """A justified column 190 pt wide, then a tinted box whose text (7 pt in from the tint)
    is set ragged to about 150 pt: "Each pass across the basin" ends at 137, 63 pt short of
    the column's edge but only 27.5 pt short of the box's longest line."""
    return blocks(
        spread("Science teacher Jonas Weir started the project", 10, 100, 200),
        spread("with two borrowed fish finders and a waiting", 10, 112, 200),
        spread("list of students who wanted to paddle the kayaks", 10, 124, 200),
        line_words("in the spring.", 10, 136),
        line_words("Each pass across the basin", 17, 160),
        line_words("followed the same routine, and a", 17, 172),
        line_words("last line.", 17, 184),
        shades=shades,
    )


def test_text_on_a_tinted_box_is_measured_against_the_box() -> None:
    tint = Shade(box=Box(x0=10, top=152, x1=200, bottom=200))
    assert column_then_box((tint,)) == [
        "Science teacher Jonas Weir started the project with two borrowed fish finders and a "
        "waiting list of students who wanted to paddle the kayaks in the spring.",
        "Each pass across the basin followed the same routine, and a last line.",
    ]


def test_without_the_tint_the_column_edge_still_decides() -> None:
    # The same lines with no box: "followed" (40 pt) would have fitted in the 63 pt the
    # column leaves after "basin", so the short line reads as a paragraph's last.
    assert "Each pass across the basin" in column_then_box(())


def test_a_hanging_indent_list_item_keeps_its_continuation_lines() -> None:
    # "1. " is 12.5 pt wide: the item's text, and its second line, start at 22.5. The
    # longest line ends at 165; "between" (35 pt and a space) would not have fitted.
    got = blocks(
        line_words("1. Paddle a straight line across", 10, 100),
        line_words("between two buoys.", 22.5, 112),
        line_words("2. Log a depth reading and a fix", 10, 124),
        line_words("every half second and then stop", 22.5, 136),
        line_words("3. Correct each reading for the", 10, 148),
        line_words("tide height.", 22.5, 160),
    )
    assert got == [
        "1. Paddle a straight line across between two buoys.",
        "2. Log a depth reading and a fix every half second and then stop",
        "3. Correct each reading for the tide height.",
    ]


def test_a_dash_attribution_is_not_a_list_marker() -> None:
    # "— " is as wide as the paragraph indent (7.5 pt): the next letter's first line starts
    # under "June", which is a paragraph indent, not the hang of a list item.
    got = blocks(
        line_words("The new map is a great help to us", 10, 100),
        line_words("— June Halvorsen, Tilden", 10, 112),
        line_words("Thank you to the crew that", 17.5, 124),
        line_words("cleared our lane at four.", 10, 136),
    )
    assert got == [
        "The new map is a great help to us — June Halvorsen, Tilden",
        "Thank you to the crew that cleared our lane at four.",
    ]


def test_a_head_wider_than_its_column_does_not_shorten_the_text_lines() -> None:
    # The head runs to 322 pt; the text under it is justified to 150. Measured against the
    # head, every text line would look short enough to end its paragraph.
    got = blocks(
        line_words("Night market returns early", 10, 80, 24.0),
        spread("asks only that the music be", 10, 112, 150),
        spread("acoustic and the sets no longer", 10, 124, 150),
        line_words("than half an hour.", 10, 136),
    )
    assert got == [
        "Night market returns early",
        "asks only that the music be acoustic and the sets no longer than half an hour.",
    ]


def test_ragged_lines_sharing_an_end_by_chance_are_not_justified() -> None:
    # Two lines end at 100; most others end 8 to 35 pt past it (not hung punctuation).
    ends = [100, 100, 130, 90, 135, 95, 120, 110, 105, 50]
    lines = [Line(words=(word("x" * (e // 5), 0, 100 + 12 * i),)) for i, e in enumerate(ends)]
    assert justified_edge(lines) is None


def test_list_markers_and_their_hang() -> None:
    assert marker_hang(a_line("1. Paddle on")) == 22.5
    assert marker_hang(a_line("(b) Log it")) == 27.5
    assert marker_hang(a_line("\u2022 Merge")) == 17.5
    assert marker_hang(a_line("— June Halvorsen")) is None
    assert marker_hang(a_line("1958: the year")) is None
    assert marker_hang(a_line("1.")) is None  # a marker alone has no text to hang from


def test_a_line_opens_an_item_when_its_next_line_hangs_or_a_list_runs() -> None:
    item = a_line("1. Paddle a straight line")
    assert hangs_under(item, a_line("between two buoys.", 22.5))
    assert not hangs_under(item, a_line("between two buoys.", 10))
    two = a_line("2. Log a depth reading")
    after = a_line("then stop.", 10)
    # A one-line item in a list of them opens an item; after plain text it needs its hang.
    assert opens_item([item, two, after], 1, item)
    assert not opens_item([after, two, after], 1, after)
    assert opens_item([after, two, a_line("then stop.", 22.5)], 1, after)
