"""Drop caps join the first word of their first line; two caps level in two columns are two
words, not one letter-spaced word across the gutter."""

from __future__ import annotations

import dataclasses

from newslayout.readers.pdf.s1_extract.drop_caps import is_cap_text, join_drop_caps
from newslayout.readers.pdf.s1_extract.glyphs import glyphs_to_words
from newslayout.readers.pdf.types import Glyph, Word

BODY = 8.0
CAP = 24.5


def _w(text: str, x0: float, top: float, size: float = BODY, width: float = 20.0) -> Word:
    return Word(text=text, x0=x0, x1=x0 + width, top=top, bottom=top + size, size=size)


def _column(cap: str = "T", byline: bool = False) -> list[Word]:
    """A cap at x=100 three lines deep, its lines starting at 119, then a full-width line."""
    words = [_w("By Ada Lovelace", 100, 94, size=6.5, width=80)] if byline else []
    words.append(_w(cap, 100, 96, size=CAP, width=16))
    words += [_w("he", 119, 104), _w("council", 142, 104)]
    words += [_w("met", 119, 114), _w("on", 142, 114)]
    words += [_w("Monday", 119, 124), _w("night", 142, 124)]
    words += [_w("and", 100, 134), _w("voted", 123, 134)]
    return words


def test_a_drop_cap_joins_its_first_word_and_its_lines_keep_one_left_edge() -> None:
    out = join_drop_caps(_column())
    assert [w.text for w in out][:2] == ["The", "council"]
    firsts = [w for w in out if w.text in ("The", "met", "Monday", "and")]
    assert {w.x0 for w in firsts} == {100}
    assert all(w.size == BODY for w in out)


def test_a_byline_over_the_cap_does_not_stop_it() -> None:
    out = join_drop_caps(_column(byline=True))
    assert "The" in [w.text for w in out]


def test_a_quote_mark_cap_joins_too() -> None:
    assert next(w.text for w in join_drop_caps(_column(cap="“T"))) == "“The"


def test_a_big_letter_with_nothing_wrapped_beside_it_stays() -> None:
    words = [_w("A", 100, 96, size=CAP, width=16), _w("he", 119, 104)]
    assert [w.text for w in join_drop_caps(words)] == ["A", "he"]  # one line beside: no cap
    headline = [_w("A", 100, 96, size=CAP), _w("new", 130, 96, size=CAP)]
    assert join_drop_caps(headline) == headline


def test_cap_text() -> None:
    assert is_cap_text("W") and is_cap_text("“W") and is_cap_text("É")
    assert not is_cap_text("I.") and not is_cap_text("a") and not is_cap_text("TV")


def test_two_lone_glyphs_far_apart_on_a_row_are_two_words() -> None:
    row = [
        Glyph(text="T", x0=196, x1=212, top=703, bottom=727, size=CAP),
        Glyph(text="V", x0=350, x1=368, top=703, bottom=727, size=CAP),
    ]
    assert [w.text for w in glyphs_to_words(row)] == ["T", "V"]


def test_letter_spaced_glyphs_still_make_one_word() -> None:
    row = [
        Glyph(text=c, x0=100 + 12 * i, x1=106 + 12 * i, top=0, bottom=8, size=BODY)
        for i, c in enumerate("NEWS")
    ]
    assert [w.text for w in glyphs_to_words(row)] == ["NEWS"]


def test_a_raised_initial_touching_its_word_joins_it() -> None:
    cap = Word(text="W", x0=510.5, x1=526.9, top=190.0, bottom=206.7, size=16.7)
    words = [
        cap,
        Word(text="ork", x0=526.9, x1=538.1, top=197.8, bottom=205.4, size=7.6),
        Word(text="here", x0=510.5, x1=525.2, top=207.5, bottom=215.1, size=7.6),
    ]
    assert [w.text for w in join_drop_caps(words)] == ["Work", "here"]
    apart = [cap, dataclasses.replace(words[1], x0=531.0, x1=542.0), words[2]]
    assert [w.text for w in join_drop_caps(apart)] == ["W", "ork", "here"]
