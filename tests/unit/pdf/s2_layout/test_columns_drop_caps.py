"""A drop cap neither joins the line whose baseline it shares nor widens the gutter its
column needs (no PDF)."""

from __future__ import annotations

from newslayout.readers.pdf.s2_layout.columns import page_regions, segments
from newslayout.readers.pdf.types import Word
from pdf.builders import line_words, word


def _column(x0: float, top: float, lines: list[str]) -> list[Word]:
    out: list[Word] = []
    for i, text in enumerate(lines):
        out.extend(line_words(text, x0, top + 12 * i))
    return out


def _rows(words: list[Word]) -> list[Word]:
    return sorted(words, key=lambda w: (w.bottom, w.x0))


def _cap(x0: float) -> Word:
    # a 30 pt letter whose baseline is the third line's (top 124, bottom 134)
    return word("D", x0, 104, 30.0)


def test_a_drop_cap_is_a_segment_of_its_own() -> None:
    line = line_words("inner text", 28, 124)
    got = segments([_cap(10), *line])
    assert [" ".join(w.text for w in s.words) for s in got] == ["D", "inner text"]


def test_a_drop_cap_by_a_narrow_gutter_does_not_keep_the_columns_together() -> None:
    # the gutter (6 pt) is wide enough for 10 pt text, not for 30 pt type
    left = _column(
        10, 100, ["aa bb cc", "dd ee ff", "gg hh ii", "jj kk ll", "ab cd ef", "gh ij kl"]
    )
    beside = _column(68, 100, ["mm nn", "oo pp", "qq rr"])
    under = _column(51, 136, ["ss tt uu", "vv ww xx", "yy zz ab"])
    regions = page_regions(_rows([*left, _cap(51), *beside, *under]), [], [], 10.0)
    assert [round(r.box.x0) for r in regions] == [10, 51]
