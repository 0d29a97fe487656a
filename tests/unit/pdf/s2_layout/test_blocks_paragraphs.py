"""Paragraph splitting within a column and joining across column/page breaks (no PDF)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s2_layout.blocks import justified_edge, region_blocks
from newslayout.readers.pdf.s2_layout.columns import Region, segments
from newslayout.readers.pdf.s5_compose.compose import runs_on
from newslayout.readers.pdf.types import Line, TextBlock, Word
from pdf.builders import word

BODY = 10.0
RIGHT = 150.0


def set_line(text: str, top: float, *, x0: float = 10.0, end: float | None = None) -> list[Word]:
    """One line of words; with ``end`` they are spread to end exactly there (justified)."""
    tokens = text.split()
    natural = [word(t, 0, top) for t in tokens]
    widths = [w.x1 - w.x0 for w in natural]
    space = 2.5
    if end is not None and len(tokens) > 1:
        space = (end - x0 - sum(widths)) / (len(tokens) - 1)
    out: list[Word] = []
    x = x0
    for t, width in zip(tokens, widths, strict=True):
        out.append(word(t, x, top))
        x += width + space
    return out


def blocks(*lines: list[Word]) -> list[str]:
    words = [w for line in lines for w in line]
    items = segments(words)
    box = items[0].box
    for i in items[1:]:
        box = box.union(i.box)
    found = region_blocks(Region(box=box, items=tuple(items)), BODY)
    return [b.text for b in found if isinstance(b, TextBlock)]


def test_a_short_line_in_justified_text_ends_its_paragraph() -> None:
    # The short line leaves 6 pt: too little for the next word, but in justified text any
    # line stopping short of the edge is a paragraph's last.
    got = blocks(
        set_line("aaaa bbbb cccc dddd eeee", 100, end=RIGHT),
        set_line("ffff gggg hhhh iiii jjjj", 112, end=RIGHT),
        set_line("kkkk llll mmmm nnnn", 124, end=RIGHT - 6),
        set_line("Oooooooo pppp qqqq rrrr", 136, end=RIGHT),
        set_line("ssss tttt uuuu vvvv wwww", 148, end=RIGHT),
        set_line("xxxx yyyy", 160),
    )
    assert len(got) == 2 and got[1].startswith("Oooooooo")


def test_ragged_text_keeps_a_line_too_full_for_the_next_word() -> None:
    got = blocks(
        set_line("aaaa bbbb cccc dddd", 100),
        set_line("eeee ffff gggg hhhh", 112),
        set_line("iiii jjjj kkkk", 124),
        set_line("Oooooooooooooooooooooo", 136),
    )
    assert len(got) == 1


def test_justified_edge_ignores_punctuation_hung_into_the_margin() -> None:
    lines = [Line(words=tuple(set_line("aa bb cc dd", 100 + 12 * i, end=RIGHT))) for i in range(4)]
    lines.insert(2, Line(words=tuple(set_line("ee ff gg hh,", 200, end=RIGHT + 2))))
    assert justified_edge(lines) == RIGHT


def test_one_line_paragraphs_with_an_indent_each_are_separate() -> None:
    got = blocks(
        set_line("Saturday: wind and showers.", 100),
        set_line("Sunday: gales easing.", 112, x0=20),
        set_line("High water at the pier at six", 124, x0=20),
        set_line("and at seven.", 136),
    )
    assert got == [
        "Saturday: wind and showers.",
        "Sunday: gales easing.",
        "High water at the pier at six and at seven.",
    ]


def piece(first: str, last: str, x0: float, *, last_end: float | None = None) -> TextBlock:
    """A block of three justified lines in a column at ``x0`` starting with ``first`` and
    ending with ``last``, its last line ending at ``last_end`` (flush by default)."""
    right = x0 + 140
    lines = [
        Line(words=tuple(set_line(f"{first} bbbb cccc dddd", 100, x0=x0, end=right))),
        Line(words=tuple(set_line("eeee ffff gggg hhhh", 112, x0=x0, end=right))),
        Line(words=tuple(set_line(last, 124, x0=x0, end=last_end or right))),
    ]
    box = Box(x0=x0, top=100, x1=right, bottom=134)
    free = right - lines[-1].x1
    return TextBlock(lines=tuple(lines), region=box, free_end=free)


def test_a_piece_cut_without_closing_punctuation_runs_on() -> None:
    assert runs_on(piece("Aaaa", "iiii and", 10, last_end=60), piece("Next", "column.", 160))


def test_a_piece_continuing_in_lower_case_runs_on() -> None:
    assert runs_on(piece("Aaaa", "iiii jjjj.", 10, last_end=60), piece("then", "here.", 160))


def test_a_short_justified_last_line_ending_a_sentence_ends_the_paragraph() -> None:
    prev = piece("Aaaa", "iiii jjjj kkkk.", 10, last_end=140)
    assert not runs_on(prev, piece("Trailing", "more.", 160))
    # The same piece ending flush (no room at all) runs on: a column break mid-paragraph.
    assert runs_on(piece("Aaaa", "iiii jjjj kkkk.", 10), piece("Trailing", "more.", 160))
