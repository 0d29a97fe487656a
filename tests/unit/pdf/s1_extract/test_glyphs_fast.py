"""The fast fake-bold pass (int-keyed cells, set pre-check) equals the plain tuple-keyed one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslayout.readers.pdf.s1_extract.glyphs import (
    _drop_fake_bold_tuple_keys,
    _may_have_twins,
    drop_fake_bold,
    glyphs_to_words,
    is_bold_font,
)
from newslayout.readers.pdf.types import Glyph
from pdf.builders import glyphs

# Few letters and a small area, so that same-text glyphs in neighbouring cells are common.
_glyph = st.builds(
    lambda text, x, y, w, size: Glyph(
        text=text, x0=x, x1=x + w, top=y - size, bottom=y, size=size, font="F"
    ),
    st.sampled_from(["a", "b", " ", "\ufb01"]),
    st.floats(min_value=-6, max_value=6, allow_nan=False),
    st.floats(min_value=-6, max_value=6, allow_nan=False),
    st.floats(min_value=0, max_value=4, allow_nan=False),
    st.floats(min_value=0.5, max_value=12, allow_nan=False),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_glyph, max_size=40))
def test_fast_fake_bold_equals_the_plain_pass(page: list[Glyph]) -> None:
    assert drop_fake_bold(page) == _drop_fake_bold_tuple_keys(page)


@settings(max_examples=200, deadline=None)
@given(st.lists(_glyph, max_size=40))
def test_no_twins_means_nothing_is_dropped(page: list[Glyph]) -> None:
    if not _may_have_twins(page):
        assert _drop_fake_bold_tuple_keys(page) == page


def test_huge_coordinates_take_the_exact_path() -> None:
    base = Glyph(text="a", x0=3e12, x1=3e12 + 5, top=1e12, bottom=1e12 + 10, size=10)
    twin = base._replace(x0=base.x0 + 0.2, x1=base.x1 + 0.2)
    assert drop_fake_bold([base, twin]) == [base]


def test_same_letters_a_cell_apart_are_checked_not_assumed() -> None:
    # Two "l" glyphs in neighbouring cells, 1.5 pt apart: more than 0.3 of their 4 pt width,
    # so both stay. The pre-check only says "look closer"; the tolerance decides.
    ll = [Glyph(text="l", x0=x, x1=x + 4, top=0, bottom=10, size=10) for x in (10.0, 11.5)]
    assert _may_have_twins(ll)
    assert drop_fake_bold(ll) == ll


def test_words_keep_style_of_most_glyphs_when_mixed() -> None:
    row = glyphs("abc", 10, 10, font="Serif-Bold") + glyphs("d", 25, 10, font="Serif")
    (word,) = glyphs_to_words(row)
    assert word.text == "abcd" and word.bold and word.font == "Serif-Bold"


def test_font_style_cache_answers_like_the_pattern() -> None:
    assert is_bold_font("ABCDEF+Inter-SemiBold") and is_bold_font("ABCDEF+Inter-SemiBold")
    assert not is_bold_font("Inter-Regular")
