"""A caption's last line cut off into a block of its own stays with its caption's picture."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.figure_drafts import group_figures
from newslayout.readers.pdf.types import BlockRole, ImageRef, Picture
from pdf.builders import classified, text_block

#: A rail of thumbnails with a teaser under each (x 818-1030), and a wide photo left of it
#: whose side the rail's short lines come within a few sizes of.
THUMB = Picture(image=ImageRef(box=Box(x0=815, top=360, x1=1030, bottom=512)), order=1)
NEXT_THUMB = Picture(image=ImageRef(box=Box(x0=821, top=590, x1=1020, bottom=739)), order=2)
WIDE = Picture(image=ImageRef(box=Box(x0=60, top=426, x1=789, bottom=868)), order=3)
#: A teaser caption of three lines (its last one ends at 560), the page number cut off.
CAPTION = "St. Thomas College and NATPAC\nCollaborate for Road Safety and\nAwareness See page"


def _captions_of(blocks: list[str], tops: list[float]) -> dict[int, list[str]]:
    found = [
        classified(text_block(text, 818, top, 11.0), BlockRole.CAPTION)
        for text, top in zip(blocks, tops, strict=True)
    ]
    drafts = group_figures(found, [THUMB, NEXT_THUMB, WIDE], 1, Log())
    return {d.order: [c.block.text for c in d.captions] for d in drafts}


def test_a_cut_off_last_line_stays_with_its_caption() -> None:
    got = _captions_of([CAPTION, "02"], [523, 563])
    assert got[1] == [CAPTION.replace("\n", " "), "02"]
    assert got[3] == []  # not the wide photo it is set beside


def test_a_line_far_under_a_caption_is_not_its_continuation() -> None:
    # more than a line under the caption: a caption of its own, placed by distance
    got = _captions_of([CAPTION, "02"], [523, 575])
    assert got[1] == [CAPTION.replace("\n", " ")]
