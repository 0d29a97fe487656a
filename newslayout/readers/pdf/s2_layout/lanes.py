"""Small print broken by the text wrapped beside it: a caption's or credit's lines rejoined.

A photo set inside a column with the story's text wrapped beside it puts its caption and
credit in a narrow lane level with the text. When the region holds both, its lines are read
top to bottom, so the small lines of the caption lane alternate with body lines of the text
lane, and every change of size starts a block: a credit "Photo: Juno" / "Shoacluss" comes out
as two blocks with a body line between them, and neither reads as a credit. Here a block
of small print (below body size) takes in the next block in its own face that starts right
under it in its own lane, when every block read between the two stands wholly beside them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newslayout.readers.pdf.types import TextBlock

#: The next piece starts at most this many of its own sizes under the last one (a line gap).
LINE_GAP = 1.0
#: ... and at most this far above it (pt: boxes of one line's neighbours may touch).
OVERLAP_PT = 1.0
#: Two sizes within this share of the larger are one size: the pieces of one caption share
#: their size exactly (a kicker over a byline in one font differ by a few per cent).
SAME_SIZE_SHARE = 0.01


def _same_face(a: TextBlock, b: TextBlock) -> bool:
    fa, fb = a.lines[-1].words[-1].font, b.lines[0].words[0].font
    close = abs(a.size - b.size) <= SAME_SIZE_SHARE * max(a.size, b.size)
    return close and fa == fb and a.bold == b.bold and a.italic == b.italic


def _follows(a: TextBlock, b: TextBlock) -> bool:
    """``b`` starts right under ``a`` in ``a``'s lane (sharing some of its width)."""
    gap = b.box.top - a.box.bottom
    return -OVERLAP_PT <= gap <= LINE_GAP * b.size and a.box.horizontal_overlap(b.box) > 0


def _beside(between: Sequence[TextBlock], a: TextBlock, b: TextBlock) -> bool:
    """Every block in ``between`` shares no width with ``a`` or ``b`` (another lane)."""
    return bool(between) and all(
        o.box.horizontal_overlap(a.box) <= 0 and o.box.horizontal_overlap(b.box) <= 0
        for o in between
    )


def rejoin_small_print(blocks: Sequence[TextBlock], body: float) -> list[TextBlock]:
    """A region's blocks (top to bottom) with small-print pieces split by another lane's
    lines joined again (see the module doc); the other blocks are unchanged, in order."""
    out = list(blocks)
    i = 0
    while i < len(out):
        a = out[i]
        if a.size >= body:
            i += 1
            continue
        for j in range(i + 1, len(out)):
            b = out[j]
            if _same_face(a, b) and _follows(a, b) and _beside(out[i + 1 : j], a, b):
                out[i] = a = dataclasses.replace(
                    a, lines=a.lines + b.lines, free_end=b.free_end, hyphen_end=b.hyphen_end
                )
                del out[j]
                break
            if b.box.top > a.box.bottom + LINE_GAP * a.size:
                i += 1
                break
        else:
            i += 1
    return out
