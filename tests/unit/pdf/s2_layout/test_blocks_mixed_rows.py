"""A small line tucked under big type (a tagline under a nameplate) shares its row bottom
but is never one line with it: glyphs and words are split into rows of like size."""

from __future__ import annotations

from newslayout.readers.pdf.s1_extract.glyphs import glyphs_to_words
from newslayout.readers.pdf.s2_layout.blocks import region_lines
from newslayout.readers.pdf.s2_layout.columns import segments
from newslayout.readers.pdf.types import Glyph
from pdf.builders import glyphs, line_words


def _nameplate_and_tagline() -> list[Glyph]:
    # 48-pt "Wendmere" (24-pt advance) at top 100, bottom 148; a 10-pt tagline drawn inside
    # the same x range whose box bottom (148) is the nameplate's.
    big = glyphs("Wendmere", 100, 100, 48.0, 24.0)
    small = glyphs("News of the lake", 110, 138, 10.0, 5.0)
    return sorted(big + small, key=lambda g: g.x0)


def test_glyphs_of_a_tagline_do_not_cut_the_nameplate_into_pieces() -> None:
    words = [w.text for w in glyphs_to_words(_nameplate_and_tagline())]
    assert words == ["Wendmere", "News", "of", "the", "lake"]


def test_words_of_very_different_size_on_one_bottom_are_separate_lines() -> None:
    big = line_words("Tribune", 100, 100, 48.0)
    small = line_words("every Saturday", 120, 138, 10.0)
    lines = region_lines(segments(sorted(big + small, key=lambda w: (w.bottom, w.x0))))
    assert [line.text for line in lines] == ["Tribune", "every Saturday"]


def test_small_caps_stay_on_their_line() -> None:
    words = line_words("Lake", 10, 10, 10.0) + line_words("TRAM", 35, 11.8, 8.2)
    lines = region_lines(segments(words))
    assert [line.text for line in lines] == ["Lake TRAM"]


def test_a_label_before_a_display_line_is_read_before_it_not_between_its_lines() -> None:
    # "SPORT  Private museum for / Jeethwick": an 8-pt label on the first line of a 50-pt
    # two-line head, its bottom between the head lines' tops, so a sort by top would put it
    # between the two lines and cut the head in two.
    label = line_words("SPORT", 10, 132, 8.0)
    first = line_words("Private museum for", 60, 100, 50.0)
    second = line_words("Jeethwick", 10, 142, 50.0)
    words = sorted(label + first + second, key=lambda w: (w.bottom, w.x0))
    lines = region_lines(segments(words))
    assert [line.text for line in lines] == ["SPORT", "Private museum for", "Jeethwick"]
