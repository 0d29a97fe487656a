"""Word-level repairs after glyph grouping: words drawn touching one another are one word.

A real word space always moves the pen on by a fraction of an em. Browsers print the soft
hyphens (U+00AD) inside a word as space-mapped glyphs with no advance, so a glyph grouping
that splits at every space glyph cuts "barrier" into "bar", "ri", "er" with no gap between
the pieces, and a line-end "pro" from its hyphen. Pieces of one size and typeface that touch
are joined back here, whatever the glyph stage did.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newslayout.readers.pdf.types import Word

#: Pieces closer than this (em) are one word; a word space is about 0.25 em.
TOUCH_EM = 0.05
#: ... and on one row when their baselines differ by at most this (em)...
SAME_ROW_EM = 0.1
#: ... and of one type when their sizes differ by at most this share.
SAME_SIZE_SHARE = 0.02


def _touching(a: Word, b: Word) -> bool:
    same_row = abs(a.bottom - b.bottom) <= SAME_ROW_EM * a.size
    same_type = a.font == b.font and abs(a.size - b.size) <= SAME_SIZE_SHARE * a.size
    return same_row and same_type and -TOUCH_EM * a.size <= b.x0 - a.x1 < TOUCH_EM * a.size


def join_touching(words: Sequence[Word]) -> list[Word]:
    """The words (in row order) with touching pieces of one type joined."""
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if prev is not None and not prev.hyphen_soft and _touching(prev, w):
            out[-1] = dataclasses.replace(
                prev,
                text=prev.text + w.text,
                x1=max(prev.x1, w.x1),
                top=min(prev.top, w.top),
                bottom=max(prev.bottom, w.bottom),
                hyphen_soft=w.hyphen_soft,
            )
        else:
            out.append(w)
    return out
