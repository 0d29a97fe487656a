"""List items set with a hanging indent: "1. Paddle a straight line between / two marker
buoys." is one item whose second line starts under the item's text, not under its marker.

A list item's continuation lines sit at the x of the text after the marker (the hang), to the
right of the lines around the list, so the blocks stage would read each as an indented first
line of a new paragraph. And the next item's marker is so short that it nearly always "would
have fitted" at the end of the line before it, so a full last line of an item would run into
the next item. Both cues are told here, from the lines alone, for any typesetter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newslayout.readers.pdf.types import Line

#: A list marker as a word of its own: "1." "12)" "(a)" "a)" "iv." or a bullet. Not a dash:
#: a dash opens attributions ("— June Halvorsen, Tilden") and dialogue, and a dash and its
#: space are about as wide as a paragraph indent, so the next paragraph's first line would
#: pass for the dash's hang.
_MARKER = re.compile(
    r"^(?:\d{1,2}[.)]|\(\w{1,3}\)|[a-z]\)|[ivx]{1,4}[.)]"
    r"|[\u2022\u25e6\u25aa\u2023\u25cf\u25a0\u25b8\u25ba*\u00b7])$"
)
#: Lines whose left edges differ by less than this (pt) start at one x.
SAME_X_PT = 1.0


def marker_hang(line: Line) -> float | None:
    """The x of the text after a list marker opening ``line``, or ``None`` (no marker)."""
    if len(line.words) < 2 or not _MARKER.match(line.words[0].text):
        return None
    return line.words[1].x0


def hangs_under(item: Line, line: Line) -> bool:
    """Whether ``line`` starts under the text of the list item opened by ``item``."""
    hang = marker_hang(item)
    return hang is not None and hang > item.x0 + SAME_X_PT and abs(line.x0 - hang) < SAME_X_PT


def opens_item(lines: Sequence[Line], i: int, block_first: Line) -> bool:
    """Whether ``lines[i]`` opens a new list item (and so a new block).

    It must start with a marker, and either the line after it hangs under its text (a
    hanging-indent item of two lines or more) or the block it would join is itself a list
    item whose marker starts at the same x (the item after a one-line item).
    """
    line = lines[i]
    if marker_hang(line) is None:
        return False
    if i + 1 < len(lines) and hangs_under(line, lines[i + 1]):
        return True
    return marker_hang(block_first) is not None and abs(block_first.x0 - line.x0) < SAME_X_PT
