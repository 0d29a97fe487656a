"""Small heads level with a row of heads: a story of its own, not a subhead.

Stories set side by side under the lead (a rail, a row of secondaries and briefs) start at
one line across the page, each under a head of its own form: a big head over the main one,
a small bold head a little above body size over a short one. One such small head alone
reads as a subhead, and a roman title in headline size with neither deck nor byline reads
as text or a quote; what tells either is the row: its top is level (within ``ROW_ALIGN`` body
em) with the tops of at least ``MIN_PEERS`` other heads in columns of their own (bold type
over body size, or any type in headline size), and it stands clear of the text above it in
its column (``ROW_GAP`` body em or more, or nothing above it): a subhead sits in its
story's running text, a leading or so under it, and a row of level heads is a row of
stories.
"""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.light_heads import titled
from newslayout.readers.pdf.s3_classify.ruled_heads import TEXT_UNDER, head_shape, text_type
from newslayout.readers.pdf.types import TextBlock

#: The heads' tops lie within this many body em of one another ...
ROW_ALIGN = 0.5
#: ... and at least this many others stand level with the small head.
MIN_PEERS = 2
#: The small head stands at least this many body em under the text above it ...
ROW_GAP = 2.0
#: ... looking this far up (body em) for that text.
ROW_REACH = 12.0


def _head_type(block: TextBlock, ctx: PageContext) -> bool:
    """Set as a head: headline size, or bold at deck size."""
    size = block.size
    return ctx.scale.headline_size(size) or (block.bold and ctx.scale.deck_size(size))


def _level_head(block: TextBlock, other: TextBlock, ctx: PageContext) -> bool:
    if other is block or other.box.horizontal_overlap(block.box) > 0:
        return False
    return abs(other.box.top - block.box.top) <= ctx.scale.em(ROW_ALIGN) and _head_type(other, ctx)


def _over_text(block: TextBlock, ctx: PageContext) -> bool:
    under = ctx.below(block, ctx.scale.em(TEXT_UNDER))
    return under is not None and text_type(under, ctx)


def heads_head_row(block: TextBlock, ctx: PageContext) -> bool:
    """Whether a small bold head stands level with a row of heads, clear of the text above
    it (see the module doc)."""
    if not (head_shape(block, ctx) or (titled(block, ctx) and _over_text(block, ctx))):
        return False
    up = ctx.above(block, ctx.scale.em(ROW_REACH))
    if up is not None and block.box.top - up.box.bottom < ctx.scale.em(ROW_GAP):
        return False
    return sum(_level_head(block, o, ctx) for o in ctx.blocks) >= MIN_PEERS
