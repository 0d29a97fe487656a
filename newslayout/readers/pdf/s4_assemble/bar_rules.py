"""Solid bars as row separators: a bar with no text on it ends a row like a hairline does.

``s1_extract.bars`` keeps the filled bars too thick for a rule (a taz "unterm strich" bar over
a column pair). One with no word on it divides rows as a rule does: it is handed to
``row_rules`` as a hairline along its middle. A bar with text on it is a label's strip (a
section bar with its name printed in it), not a separator: it is left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from newslayout.geometry import Box
from newslayout.readers.pdf.types import DrawnRule, Word


def _bare(bar: Box, words: Sequence[Word]) -> bool:
    return not any(
        w.x0 < bar.x1 and bar.x0 < w.x1 and w.top < bar.bottom and bar.top < w.bottom for w in words
    )


def bar_rules(bars: Sequence[DrawnRule], words: Sequence[Word]) -> tuple[DrawnRule, ...]:
    """Each bar with no word on it, as a hairline along its middle."""
    out: list[DrawnRule] = []
    for bar in bars:
        box = bar.box
        if _bare(box, words):
            middle = (box.top + box.bottom) / 2
            out.append(DrawnRule(box=Box(x0=box.x0, top=middle, x1=box.x1, bottom=middle)))
    return tuple(out)
