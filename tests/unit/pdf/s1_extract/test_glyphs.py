"""Stage 1 (glyphs -> words): ligatures, fake bold, word gaps, soft hyphens, odd order."""

from __future__ import annotations

from newslayout.readers.pdf.s1_extract.glyphs import (
    drop_fake_bold,
    expand_ligatures,
    glyphs_to_words,
    is_bold_font,
    is_italic_font,
)
from newslayout.readers.pdf.types import Glyph
from pdf.builders import glyphs


def test_ligatures_expand() -> None:
    assert expand_ligatures("\ufb01nal e\ufb00ort") == "final effort"


def test_font_names_give_weight_and_slant() -> None:
    assert is_bold_font("ABCDEF+TeXGyreHeros-Bold")
    assert is_italic_font("LiberationSerif-Italic")
    assert not is_bold_font("TeXGyreTermes-Regular")


def test_fake_bold_duplicates_are_dropped() -> None:
    base = glyphs("ab", 10, 10)
    shifted = [
        Glyph(text=g.text, x0=g.x0 + 0.3, x1=g.x1 + 0.3, top=g.top, bottom=g.bottom, size=g.size)
        for g in base
    ]
    assert [g.text for g in drop_fake_bold(base + shifted)] == ["a", "b"]


def test_double_letters_are_not_fake_bold() -> None:
    assert len(drop_fake_bold(glyphs("ll", 10, 10))) == 2


def test_words_split_on_gap_without_space_glyphs() -> None:
    row = glyphs("one", 10, 10) + glyphs("two", 10 + 15 + 3, 10)
    assert [w.text for w in glyphs_to_words(row)] == ["one", "two"]


def test_words_split_on_space_glyphs_and_sorted_when_drawn_out_of_order() -> None:
    row = glyphs("hello world", 10, 10)
    assert [w.text for w in glyphs_to_words(list(reversed(row)))] == ["hello", "world"]


def test_soft_hyphen_is_recorded_and_removed() -> None:
    *letters, soft = glyphs("devel\u00ad", 10, 10)
    invisible = soft._replace(x1=soft.x0)  # an undrawn soft hyphen has no advance
    (w,) = glyphs_to_words([*letters, invisible])
    assert w.text == "devel" and w.hyphen_soft


def test_letter_spaced_word_stays_one_word() -> None:
    spaced = glyphs("NEWS", 10, 10, advance=8.0)  # 5 pt glyphs 3 pt apart
    spaced = [
        Glyph(text=g.text, x0=g.x0, x1=g.x0 + 5, top=g.top, bottom=g.bottom, size=g.size)
        for g in spaced
    ]
    assert [w.text for w in glyphs_to_words(spaced)] == ["NEWS"]
