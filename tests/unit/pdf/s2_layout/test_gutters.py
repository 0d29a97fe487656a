"""Gutters from the column structure: no rule, no whitespace band, baselines aligned."""

from __future__ import annotations

from newslayout.readers.pdf.s2_layout.columns import page_regions, segments
from newslayout.readers.pdf.s2_layout.gutters import river_cut, rivers
from newslayout.readers.pdf.types import Item, Word
from pdf.builders import column_words, in_rows, line_words


def _column(x0: float, top: float, lines: list[str], leading: float = 11.0) -> list[Word]:
    return column_words(x0, top, lines, leading)


LEFT = ["aa bb cc dd", "ee ff gg hh", "ii jj kk ll", "mm nn oo pp", "qq rr ss tt"]
RIGHT = ["AA BB CC DD", "EE FF GG HH", "II JJ KK LL", "MM NN OO PP", "QQ RR SS TT"]


def _page() -> list[Word]:
    # A caption line crossing the 18-pt gutter sits one leading above both columns: no band.
    caption = line_words("a caption line running across both of the columns here", 10, 89, 8.0)
    left = _column(10, 100, LEFT)
    right = _column(75.5, 100, RIGHT)
    return in_rows(caption + left + right)


def test_a_narrow_gutter_crossed_only_by_a_caption_is_a_river() -> None:
    items = segments(_page())
    found = rivers(items, 4.0)
    assert len(found) == 1
    g0, g1 = found[0]
    assert 57 <= g0 < g1 <= 76


def test_the_cut_goes_under_the_crossing_line() -> None:
    items = segments(_page())
    y = river_cut(items, 10.0, 4.0)
    assert y is not None and 96 <= y <= 101


def test_columns_under_a_tight_caption_are_not_interleaved() -> None:
    regions = page_regions(_page(), [], [], 10.0)
    texts = [" ".join(w.text for i in r.items for w in i.words) for r in regions]
    assert texts[0].startswith("a caption")
    assert texts[1] == " ".join(LEFT)
    assert texts[2] == " ".join(RIGHT)


def test_offset_baselines_stay_in_their_columns() -> None:
    # The right column is pushed down half a line (a subhead above it elsewhere).
    caption = line_words("a caption line running across both of the columns here", 10, 89, 8.0)
    words = in_rows(caption + _column(10, 100, LEFT) + _column(75.5, 105.5, RIGHT))
    regions = page_regions(words, [], [], 10.0)
    texts = [" ".join(w.text for i in r.items for w in i.words) for r in regions]
    assert texts[1:] == [" ".join(LEFT), " ".join(RIGHT)]


def test_a_single_column_has_no_river() -> None:
    items: list[Item] = segments(_column(10, 100, LEFT + RIGHT))
    assert rivers(items, 4.0) == []
    assert river_cut(items, 10.0, 4.0) is None


def test_a_wide_space_in_a_one_line_head_under_a_label_is_no_gutter() -> None:
    # "PAGE 2" over "Ferry timetable:  what changes" with a wide space after the colon
    # (0.5 em at 12.6 pt): one row borders the gap on each side, so it is not a gutter.
    label = line_words("PAGE 2", 263, 42, 8.4)
    left = line_words("Ferry timetable:", 263, 51, 12.6)
    right = line_words("what changes", left[-1].x1 + 6.3, 51, 12.6)
    regions = page_regions(in_rows(label + left + right), [], [], 9.6)
    assert len(regions) == 1


def test_three_short_columns_under_a_head_and_its_caption_are_not_read_across() -> None:
    # A two-line head, a deck and a caption span both columns, set tight on one another and
    # on the three lines of each column under them: too few lines to show as a river across
    # the whole node, plain to see under the caption.
    head = line_words("A big head across the columns", 10, 40, 24.0) + line_words(
        "and its second line", 10, 64, 24.0
    )
    deck = line_words("a deck running across both of the columns here", 10, 77, 9.0)
    caption = line_words("a caption line running across both of the columns here", 10, 89, 8.0)
    left, right = LEFT[:3], RIGHT[:3]
    words = in_rows(head + deck + caption + _column(10, 100, left) + _column(75.5, 100, right))
    regions = page_regions(words, [], [], 10.0)
    texts = [" ".join(w.text for i in r.items for w in i.words) for r in regions]
    assert texts[-2:] == [" ".join(left), " ".join(right)]


def test_a_gutter_beside_a_big_head_is_measured_in_the_body_type_across_it() -> None:
    # A rail of body text, 8 pt clear of a 40-pt head and the story under it: a word space
    # of the head would be a third of its size, but the rail's side is body type.
    rail = _column(10, 40, LEFT + RIGHT)
    head = line_words("Farmers agree", 73, 40, 40.0)
    story = _column(73, 90, ["ab cd ef gh ij", "kl mn op qr st", "uv wx yz ab cd"])
    regions = page_regions(in_rows(rail + head + story), [], [], 10.0)
    texts = [" ".join(w.text for i in r.items for w in i.words) for r in regions]
    assert " ".join(LEFT + RIGHT) in texts


def test_a_table_of_names_and_page_numbers_under_a_rails_text_keeps_its_rows() -> None:
    # A rail's last lines of body text span it; under them, set tight, an index of section
    # names and page numbers. Lines of running text are no spanning head or caption: the
    # index is not cut off under them and read as two columns.
    text = _column(10, 40, ["ab cd ef gh ij kl mn", "op qr st uv wx yz ab"])
    names = ["Sport", "Arts", "Culture", "Letters", "News"]
    index = [w for i, n in enumerate(names) for w in line_words(n, 10, 63 + 11 * i, 8.0)]
    pages = [w for i in range(5) for w in line_words(str(i + 2), 90, 63 + 11 * i, 8.0)]
    regions = page_regions(in_rows(text + index + pages), [], [], 10.0)
    texts = [" ".join(w.text for i in r.items for w in i.words) for r in regions]
    assert not any(t.split()[0] in {"2", "3"} for t in texts)
