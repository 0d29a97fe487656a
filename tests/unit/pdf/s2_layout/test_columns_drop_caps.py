"""A drop cap neither joins the line whose baseline it shares nor widens the gutter its
column needs (no PDF)."""

from __future__ import annotations

from newslayout.readers.pdf.s2_layout.columns import page_regions, segments
from newslayout.readers.pdf.types import Word
from pdf.builders import column_words, in_rows, line_words, word


def _cap(x0: float) -> Word:
    # a 30 pt letter whose baseline is the third line's (top 124, bottom 134)
    return word("D", x0, 104, 30.0)


def test_a_drop_cap_is_a_segment_of_its_own() -> None:
    line = line_words("inner text", 28, 124)
    got = segments([_cap(10), *line])
    assert [" ".join(w.text for w in s.words) for s in got] == ["D", "inner text"]


def test_a_drop_cap_by_a_narrow_gutter_does_not_keep_the_columns_together() -> None:
    # the gutter (6 pt) is wide enough for 10 pt text, not for 30 pt type
    left = column_words(
        10, 100, ["aa bb cc", "dd ee ff", "gg hh ii", "jj kk ll", "ab cd ef", "gh ij kl"]
    )
    beside = column_words(68, 100, ["mm nn", "oo pp", "qq rr"])
    under = column_words(51, 136, ["ss tt uu", "vv ww xx", "yy zz ab"])
    regions = page_regions(in_rows([*left, _cap(51), *beside, *under]), [], [], 10.0)
    assert [round(r.box.x0) for r in regions] == [10, 51]
