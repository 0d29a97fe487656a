"""Soft hyphens (U+00AD) drawn with a hyphen's width are printed hyphens."""

from __future__ import annotations

from newslayout.readers.pdf.s1_extract.glyphs import glyphs_to_words
from newslayout.readers.pdf.types import Glyph


def _drawn(text: str, widths: dict[str, float], x0: float = 10.0) -> list[Glyph]:
    out: list[Glyph] = []
    x = x0
    for ch in text:
        w = widths.get(ch, 5.0)
        out.append(Glyph(text=ch, x0=x, x1=x + w, top=10, bottom=20, size=10.0, font="Serif"))
        x += w
    return out


def test_a_mid_word_soft_hyphen_with_an_advance_is_a_compound_hyphen() -> None:
    (w,) = glyphs_to_words(_drawn("third\u00adgrader", {"\u00ad": 3.3}))
    assert w.text == "third-grader" and not w.hyphen_soft


def test_a_score_keeps_its_drawn_hyphen() -> None:
    (w,) = glyphs_to_words(_drawn("5\u00ad2", {"\u00ad": 3.3}))
    assert w.text == "5-2"


def test_a_drawn_line_end_soft_hyphen_is_left_to_the_dehyphenator() -> None:
    (w,) = glyphs_to_words(_drawn("Super\u00ad", {"\u00ad": 3.3}))
    assert w.text == "Super-" and not w.hyphen_soft


def test_an_invisible_soft_hyphen_is_still_removed() -> None:
    (w,) = glyphs_to_words(_drawn("ex\u00adten\u00adsion", {"\u00ad": 0.0}))
    assert w.text == "extension" and not w.hyphen_soft
    (end,) = glyphs_to_words(_drawn("devel\u00ad", {"\u00ad": 0.0}))
    assert end.text == "devel" and end.hyphen_soft
