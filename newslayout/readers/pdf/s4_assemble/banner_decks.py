"""A banner head with no story of its own, and the deck that names its story.

A front page's banner head runs across the page; its story is one of the stories under it,
and that story is headed not by a head in the page's story-head size but by a smaller
deck bank set right under the banner (the New York Times sets it in two lines of italic over
its lead story's column pair). Read one part at a time the banner owns nothing (no text, no
byline, no deck, no captioned picture), and its deck heads a story of its own.

The convention class, all of it needed: a banner part that owns nothing, a story under it
(a part opening right under the banner, within its width, with a byline) whose head is
clearly smaller than the page's usual story head, and only one such story. That story's
head becomes the banner's deck, and the story is the banner's. A head in the usual size
under an empty banner is a story of its own (a banner over several stories), so is a small
head without a byline (a box's title); two candidates leave the page as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from statistics import median

from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, PartItem
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock

#: A banner spans at least this many times the width of the story head read as its deck.
BANNER_SPAN = 2.0
#: A deck bank starts within this many banner sizes under the banner's box.
DECK_GAP_SIZES = 1.0
#: A deck bank's size is under this share of the page's usual (median) story-head size.
DECK_SIZE_SHARE = 0.9
#: The rule name recorded on a story head re-read as a banner's deck.
BANNER_DECK = "banner-deck"


def _empty(part: ArticlePart) -> bool:
    """Whether ``part`` is a head over nothing of its own: no text, byline or deck, and no
    captioned picture (a bare picture under a banner is only the nearest thing below it)."""
    return (
        part.opener is not None
        and part.opener.role is BlockRole.HEADLINE
        and not (part.bylines or part.decks)
        and all(isinstance(i, FigureDraft) and not i.captions for i in part.items)
    )


def _under(banner: ClassifiedBlock, head: ClassifiedBlock) -> bool:
    """Whether ``head`` is set right under ``banner``, within its width, much narrower."""
    b, h = banner.block.box, head.block.box
    gap = h.top - b.bottom
    return (
        0 <= gap < DECK_GAP_SIZES * banner.block.size
        and b.x0 - 1 <= h.x0
        and h.x1 <= b.x1 + 1
        and b.width >= BANNER_SPAN * h.width
    )


def _order(item: PartItem) -> int:
    return item.order if isinstance(item, FigureDraft) else item.block.order


def _story_heads(parts: Sequence[ArticlePart]) -> list[float]:
    return [
        p.opener.block.size
        for p in parts
        if p.opener is not None and p.opener.role is BlockRole.HEADLINE and p.bylines
    ]


def banner_decks(parts: Sequence[ArticlePart]) -> list[ArticlePart]:
    """The page's parts with each empty banner joined to the one story its deck heads."""
    sizes = _story_heads(parts)
    if not sizes:
        return list(parts)
    usual = median(sizes)
    out = list(parts)
    for banner in [p for p in parts if _empty(p)]:
        assert banner.opener is not None  # _empty
        found = [
            p
            for p in out
            if p is not banner
            and p.opener is not None
            and p.opener.role is BlockRole.HEADLINE
            and p.bylines
            and p.opener.block.size < DECK_SIZE_SHARE * usual
            and _under(banner.opener, p.opener)
        ]
        if len(found) != 1:
            continue
        story = found[0]
        assert story.opener is not None  # found
        deck = ClassifiedBlock(
            block=story.opener.block, role=BlockRole.DECK, page=story.page, rule=BANNER_DECK
        )
        joined = dataclasses.replace(
            story,
            opener=banner.opener,
            kickers=(*banner.kickers, *story.kickers),
            decks=(deck, *story.decks),
            items=tuple(sorted((*banner.items, *story.items), key=_order)),
            order=banner.order,
        )
        out = [joined if p is banner else p for p in out if p is not story]
    return out
