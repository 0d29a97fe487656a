"""Heads of a row of briefs: several small bold heads side by side, each over its own text.

A "Quick news" or "In brief" strip sets three or more short stories side by side, each
under a bold head only a little larger than body type (a subhead's size). One such line
alone reads as a subhead; what tells a brief's head is the row: at least ``MIN_ROW`` lines
in the same face, their tops level (within ``ROW_ALIGN`` body em), in columns of their own,
each with body-size text right under it. Subheads of one story's columns seldom line up so,
and a row of them is still a row of pieces with heads of their own.
"""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules_page import block_words
from newslayout.readers.pdf.types import TextBlock

#: A brief's head runs to at most this many words ...
HEAD_WORDS = 8
#: ... and at least this many heads stand in the row.
MIN_ROW = 3
#: The heads' tops lie within this many body em of one another.
ROW_ALIGN = 0.5
#: The heads share a face: sizes within this share of one another.
SAME_SIZE_SHARE = 0.05
#: The brief's text starts within this many body em under its head.
TEXT_UNDER = 1.0
#: The brief's text is body type: within this share of the issue's body size.
TEXT_SIZE_SHARE = 0.12


def _head_shape(block: TextBlock, ctx: PageContext) -> bool:
    """A short bold line or two in deck size (above body, under headline size) with text
    in about body size right under it."""
    if not block.bold or len(block.lines) > 2 or block_words(block) > HEAD_WORDS:
        return False
    if not ctx.scale.deck_size(block.size) or ctx.scale.headline_size(block.size):
        return False
    if block.text.rstrip().endswith((".", ",", ";", ":")):
        return False
    under = ctx.below(block, ctx.scale.em(TEXT_UNDER))
    return under is not None and abs(under.size - ctx.body) <= TEXT_SIZE_SHARE * ctx.body


def _level_peer(block: TextBlock, other: TextBlock, ctx: PageContext) -> bool:
    """``other`` is another head of the row: the same face, its top level with ``block``'s,
    in columns of its own."""
    if other is block or other.bold != block.bold:
        return False
    if abs(other.size - block.size) > SAME_SIZE_SHARE * max(other.size, block.size):
        return False
    if abs(other.box.top - block.box.top) > ctx.scale.em(ROW_ALIGN):
        return False
    return other.box.horizontal_overlap(block.box) <= 0


def heads_brief_row(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` is one head of a row of briefs (see the module doc)."""
    if not _head_shape(block, ctx):
        return False
    peers = [o for o in ctx.blocks if _level_peer(block, o, ctx) and _head_shape(o, ctx)]
    return len(peers) + 1 >= MIN_ROW
