"""Row segments: words join only across a word space of the smaller type."""

from __future__ import annotations

from newslayout.readers.pdf.s2_layout.columns import segments
from pdf.builders import word


def test_body_word_beside_a_headline_on_the_same_baseline_is_its_own_segment() -> None:
    # Body column ends at x=170; a 32 pt headline starts 12 pt to its right on the same
    # baseline: a word space of the headline, but a gutter for the body text.
    body = word("the", 140, 110, 9.5)
    head = word("floor", 182, 110 + 9.5 - 32, 32)
    assert [[w.text for w in s.words] for s in segments([body, head])] == [["the"], ["floor"]]


def test_words_of_one_size_a_space_apart_are_one_segment() -> None:
    a = word("tidal", 10, 100, 10)
    b = word("turbine", a.x1 + 3, 100, 10)
    assert len(segments([a, b])) == 1
