"""A white channel made of justified word spaces is no column gutter (gutters.justified_channel).

Loosely justified lines in a narrow column have wide, equal word spaces; where they line up
(or one sits level with the end of the short line under it) the XY-cut used to take them for a
gutter and read "answered the 50 questions correctly. 46 of". Real gutters must still cut.
"""

from __future__ import annotations

from newslayout.readers.pdf.s2_layout.columns import page_regions, segments
from newslayout.readers.pdf.s2_layout.gutters import justified_channel, text_rows
from newslayout.readers.pdf.types import Word
from pdf.builders import in_rows

SIZE = 10.0


def _line(top: float, placed: list[tuple[str, float, float]]) -> list[Word]:
    """Words of one row at explicit x-ranges (a justifier's output, spaces as given)."""
    return [
        Word(text=t, x0=x0, x1=x1, top=top, bottom=top + SIZE, size=SIZE) for t, x0, x1 in placed
    ]


def _spaced(top: float, x0: float, widths: list[tuple[str, float]], space: float) -> list[Word]:
    """A justified line: words of the given widths, every space ``space`` wide."""
    placed: list[tuple[str, float, float]] = []
    x = x0
    for text, width in widths:
        placed.append((text, x, x + width))
        x += width + space
    return _line(top, placed)


def _texts(words: list[Word]) -> list[str]:
    regions = page_regions(in_rows(words), [], [], SIZE)
    return [" ".join(w.text for i in r.items for w in i.words) for r in regions]


def _quiz() -> list[Word]:
    # Equal 7-pt spaces in the first line; the short second line ends level with the space
    # before "46", leaving a 5.5-pt channel from the top of the column to its foot.
    first = _spaced(
        100, 0, [("Harbour", 35), ("Seals,", 30), ("answered", 40), ("46", 10), ("of", 10)], 7
    )
    second = _line(
        112, [("the", 0, 15), ("50", 17.5, 27.5), ("questions", 30, 75), ("correctly.", 78, 120.5)]
    )
    return first + second


def test_a_space_level_with_the_end_of_the_short_line_under_it_is_no_gutter() -> None:
    assert _texts(_quiz()) == ["Harbour Seals, answered 46 of the 50 questions correctly."]


def test_the_quiz_channel_is_a_justified_channel() -> None:
    rows = text_rows(segments(in_rows(_quiz())))
    assert [len(r) for r in rows] == [5, 4]
    assert justified_channel(rows, (120.5, 126.0))


def _straight_river() -> list[Word]:
    # Three justified lines, each with its own equal spaces, whose second spaces line up
    # (x 77.5..85): a straight white river three lines tall, no gutter.
    return (
        _spaced(100, 0, [("PORT", 30), ("WREN", 39), ("Twelve", 35), ("pupils", 22)], 8)
        + _spaced(112, 0, [("from", 25), ("Port", 42), ("Wren's", 65)], 9)
        + _spaced(124, 0, [("spent", 40), ("the", 30), ("winter", 25), ("out", 32.5)], 7.5)
    )


def test_a_river_of_aligned_word_spaces_reads_line_by_line() -> None:
    assert _texts(_straight_river()) == [
        "PORT WREN Twelve pupils from Port Wren's spent the winter out"
    ]


def _grid(coincidence: bool) -> list[Word]:
    # Two ruleless justified columns, baselines aligned, a 12-pt gutter at x 100..112; each
    # line has its own spaces. With ``coincidence`` one left line's spaces equal the gutter.
    left_spaces = [5.0, 4.5, 12.0 if coincidence else 6.0, 5.5]
    right_spaces = [6.5, 7.0, 6.0, 5.0]
    firsts = [20.0, 45.0, 30.0, 25.0]  # word widths vary, so no space lines up in a column
    seconds = [40.0, 20.0, 30.0, 35.0]
    words: list[Word] = []
    for row in range(4):
        top = 100 + 12 * row
        for side, x0, space in (("l", 0.0, left_spaces[row]), ("r", 112.0, right_spaces[row])):
            a, b = (firsts, seconds) if side == "l" else (seconds, firsts)
            last = 100 - a[row] - b[row] - 2 * space
            names = [f"{side}{row}{c}" for c in "abc"]
            words += _spaced(top, x0, list(zip(names, [a[row], b[row], last], strict=True)), space)
    return words


def test_ruleless_columns_with_aligned_baselines_are_still_split() -> None:
    for coincidence in (False, True):
        texts = _texts(_grid(coincidence))
        assert texts == [
            " ".join(f"l{r}{c}" for r in range(4) for c in "abc"),
            " ".join(f"r{r}{c}" for r in range(4) for c in "abc"),
        ]


def test_a_gutter_between_lines_of_unequal_spaces_is_no_justified_channel() -> None:
    rows = text_rows(segments(in_rows(_grid(coincidence=True))))
    assert not justified_channel(rows, (100.0, 112.0))


def test_a_short_line_far_from_the_channel_does_not_vote() -> None:
    # Row 1 spans the channel with equal spaces (a word space); row 2 ends 40 pt short of it
    # and a story beside it starts across: it says nothing about the channel, so the word
    # space still wins (a vote for a gutter there would make it a tie).
    spaced = _spaced(100, 0, [("aaa", 30), ("bbb", 30), ("ccc", 30)], 8)
    far = _line(112, [("end.", 0, 30), ("other", 110, 140)])
    rows = text_rows(segments(in_rows(spaced + far)))
    assert justified_channel(rows, (68.0, 76.0))


def test_two_words_alone_give_no_evidence_of_a_justified_line() -> None:
    rows = text_rows(segments(_line(100, [("left", 0, 40), ("right", 52, 90)])))
    assert not justified_channel(rows, (40.0, 52.0))
