"""Stage 3 (columns): the guarded XY-cut never interleaves columns."""

from __future__ import annotations

from newslayout.readers.pdf.s2_layout.columns import body_size, page_regions, segments
from pdf.builders import column_words, in_rows, line_words


def test_two_columns_read_one_after_the_other() -> None:
    left = column_words(10, 100, ["aa bb cc", "dd ee ff", "gg hh ii"])
    right = column_words(110, 100, ["jj kk ll", "mm nn oo", "pp qq rr"])
    regions = page_regions(in_rows(left + right), [], [], 10.0)
    texts = [" ".join(w.text for i in r.items for w in i.words) for r in regions]
    assert texts == ["aa bb cc dd ee ff gg hh ii", "jj kk ll mm nn oo pp qq rr"]


def test_spanning_headline_comes_before_its_columns() -> None:
    head = line_words("Big news today", 10, 50, 24.0, bold=True)
    left = column_words(10, 100, ["aa bb cc", "dd ee ff"])
    right = column_words(110, 100, ["jj kk ll", "mm nn oo"])
    regions = page_regions(in_rows(head + left + right), [], [], 10.0)
    firsts = [r.items[0].words[0].text for r in regions]
    assert firsts == ["Big", "aa", "jj"]


def test_aligned_paragraph_gaps_do_not_cut_across_columns() -> None:
    left = column_words(10, 100, ["a1 a1 a1", "a2 a2 a2"]) + column_words(10, 140, ["a3 a3 a3"])
    right = column_words(110, 100, ["b1 b1 b1", "b2 b2 b2"]) + column_words(110, 140, ["b3 b3 b3"])
    regions = page_regions(in_rows(left + right), [], [], 10.0)
    order = [w.text for r in regions for i in r.items for w in i.words][::3]
    assert order == ["a1", "a2", "a3", "b1", "b2", "b3"]


def test_segments_keep_a_row_together_but_not_across_a_gutter() -> None:
    words = line_words("one two", 10, 10) + line_words("three", 200, 10)
    assert [len(s.words) for s in segments(words)] == [2, 1]


def test_body_size_is_the_size_of_most_characters() -> None:
    words = line_words("tiny", 0, 0, 6.0) + line_words("body text here", 0, 20, 9.5)
    assert body_size(words) == 9.5
