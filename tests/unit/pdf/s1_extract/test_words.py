"""A space glyph with no advance (a browser's soft hyphen) does not split a word (glyphs -> words
-> join_touching)."""

from __future__ import annotations

from newslayout.readers.pdf.s1_extract.glyphs import glyphs_to_words
from newslayout.readers.pdf.s1_extract.words import join_touching
from newslayout.readers.pdf.types import Glyph, Word


def _g(text: str, x0: float, width: float = 5.0) -> Glyph:
    return Glyph(text=text, x0=x0, x1=x0 + width, top=0, bottom=11, size=11)


def _words(row: list[Glyph]) -> list[Word]:
    return join_touching(glyphs_to_words(row))


def test_zero_advance_space_inside_a_word_is_dropped() -> None:
    # "bar" + space-mapped soft hyphen drawn at 15 + "ri" starting at 15 too + a real space
    # (advancing 4 pt) + "er".
    row = [_g("b", 0), _g("a", 5), _g("r", 10), _g(" ", 15, 2.75), _g("r", 15), _g("i", 20)]
    row += [_g(" ", 25, 2.75), _g("e", 29), _g("r", 34)]
    assert [w.text for w in _words(row)] == ["barri", "er"]


def test_zero_advance_space_before_a_line_end_hyphen_keeps_the_hyphen() -> None:
    row = [_g("p", 0), _g("r", 5), _g("o", 10), _g(" ", 15, 2.75), _g("\u2010", 15.01, 3.6)]
    assert [w.text for w in _words(row)] == ["pro\u2010"]


def test_words_a_space_apart_stay_apart() -> None:
    row = [_g("a", 0), _g("n", 5), _g(" ", 10, 2.75), _g("o", 12.75), _g("x", 17.75)]
    assert [w.text for w in _words(row)] == ["an", "ox"]
