"""A deck broken across blocks: its later lines read as a headline of a story of their own.

A deck set in display size (two or three lines of italic under a lead head) can be cut
into two blocks when the row of one of its lines also holds a body line of the next column:
the first line stays the lead's deck, and the rest ("shop was moved to make room for a
sec- ond platform"), large enough for a headline, opens a "story" that takes the lead's
text, picture and jump line away from it (so the lead's jump was never threaded).

The convention class, all of it needed: a head opening with a lower-case letter (no
headline does; a line that goes on with the words above it does), set right under a deck of
another part on the page (within ``RUNON_GAP_SIZES`` of its size, sharing its columns), in
that deck's size and face, and the deck stopping mid-sentence. The head's lines join the
deck (one block, so the line-end hyphen joins "work-/shop"), and what the head's part held
goes to the deck's story.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newslayout.cues.sentences import ends_sentence
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, PartItem
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock

#: The run-on's top lies at most this many of its sizes under the deck's bottom (a deck's
#: leading), and at most this much above it (tight display lines' boxes overlap).
RUNON_GAP_SIZES = 0.8
RUNON_OVERLAP_SIZES = 0.3
#: The run-on's size differs from the deck's by less than this (pt).
SIZE_TOLERANCE = 0.5
#: The two share at least this share of the narrower one's width.
SHARED_COLUMNS = 0.5
#: The rule name recorded on a deck joined with its run-on lines.
DECK_RUNON = "deck-runon"


def _order(item: PartItem) -> int:
    return item.order if isinstance(item, FigureDraft) else item.block.order


def _lower_head(part: ArticlePart) -> bool:
    """Whether ``part`` opens with a headline starting in lower case."""
    opener = part.opener
    if opener is None or opener.role is not BlockRole.HEADLINE:
        return False
    first = next((ch for ch in opener.block.text if ch.isalpha()), "")
    return first.islower()


def runs_on(deck: ClassifiedBlock, head: ClassifiedBlock) -> bool:
    """Whether ``head`` is the next lines of ``deck``: one size and face, right under it,
    sharing its columns, the deck stopping mid-sentence."""
    d, h = deck.block, head.block
    if abs(d.size - h.size) >= SIZE_TOLERANCE or (d.bold, d.italic) != (h.bold, h.italic):
        return False
    gap = h.box.top - d.box.bottom
    if not -RUNON_OVERLAP_SIZES * h.size <= gap < RUNON_GAP_SIZES * h.size:
        return False
    shared = d.box.horizontal_overlap(h.box) / max(1.0, min(d.box.width, h.box.width))
    return shared >= SHARED_COLUMNS and (d.hyphen_end or not ends_sentence(d.text))


def _joined(deck: ClassifiedBlock, head: ClassifiedBlock) -> ClassifiedBlock:
    d, h = deck.block, head.block
    block = TextBlock(
        lines=(*d.lines, *h.lines),
        region=d.region.union(h.region),
        order=d.order,
        shaded=d.shaded,
        indented=d.indented,
        gap_before=d.gap_before,
        free_end=h.free_end,
        hyphen_end=h.hyphen_end,
    )
    return ClassifiedBlock(block=block, role=BlockRole.DECK, page=deck.page, rule=DECK_RUNON)


def deck_runons(parts: Sequence[ArticlePart]) -> list[ArticlePart]:
    """The page's parts with each deck's run-on lines joined back to it, and what the
    run-on's part held given to the deck's story."""
    out = list(parts)
    for runon in [p for p in parts if _lower_head(p)]:
        assert runon.opener is not None  # _lower_head
        found = [
            p for p in out if p is not runon and p.decks and runs_on(p.decks[-1], runon.opener)
        ]
        if len(found) != 1:
            continue
        story = found[0]
        joined = dataclasses.replace(
            story,
            kickers=(*story.kickers, *runon.kickers),
            decks=(*story.decks[:-1], _joined(story.decks[-1], runon.opener)),
            bylines=(*story.bylines, *runon.bylines),
            items=tuple(sorted((*story.items, *runon.items), key=_order)),
        )
        out = [joined if p is story else p for p in out if p is not runon]
    return out
