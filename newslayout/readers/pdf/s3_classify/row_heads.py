"""Small heads that open a story of their own under a row of text that ends.

A brief or a column ("unterm strich", "Corrections") often has a bold head only a little
larger than body type, the size of a subhead. What tells it from a subhead is where it
sits: a subhead interrupts its story's column, while a brief's head starts below the line
where the row of text above it ends. So a short bold line a little above body size, with
body text right under it, opens a story when the body text above it (in its column) ends
at least ``ROW_GAP`` body em higher, together with the text of at least one other column
beside it (their bottoms within ``ROW_ALIGN`` body em): the story above is boxed in there,
and nothing of it runs on below that line in the columns over the head.
"""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules_page import block_words
from newslayout.readers.pdf.types import TextBlock

#: A row head runs to at most this many words ...
ROW_HEAD_WORDS = 8
#: ... and starts at least this many body em under the text above it in its column.
ROW_GAP = 2.5
#: The text above looks this far up (body em) for the row's last lines.
ROW_REACH = 12.0
#: The columns of the row above end within this many body em of each other.
ROW_ALIGN = 1.0
#: The body text under the head starts within this many body em.
TEXT_UNDER = 1.5


def _body_type(block: TextBlock, ctx: PageContext) -> bool:
    return abs(block.size - ctx.body) <= 0.06 * ctx.body


def _row_ends_above(block: TextBlock, up: TextBlock, ctx: PageContext) -> bool:
    """Whether the text of another column ends level with ``up`` (a row's common bottom),
    and no text of those columns continues between that line and the head."""
    line = up.box.bottom
    align = ctx.scale.em(ROW_ALIGN)
    for other in ctx.blocks:
        if other is up or other is block or not _body_type(other, ctx):
            continue
        if ctx.stacked(other, up) or abs(other.box.bottom - line) > align:
            continue
        if other.box.top < line:
            return True
    return False


def opens_row_story(block: TextBlock, ctx: PageContext) -> bool:
    """Whether a short bold line a little above body size heads a story of its own under
    the end of the row of text above it (see the module doc)."""
    if not block.bold or len(block.lines) > 2 or block_words(block) > ROW_HEAD_WORDS:
        return False
    if not ctx.scale.deck_size(block.size) or ctx.scale.headline_size(block.size):
        return False
    if block.text.rstrip().endswith((".", ",", ";", ":")):
        return False
    under = ctx.below(block, ctx.scale.em(TEXT_UNDER))
    if under is None or not _body_type(under, ctx):
        return False
    up = ctx.above(block, ctx.scale.em(ROW_REACH))
    if up is None or not _body_type(up, ctx):
        return False
    if block.box.top - up.box.bottom < ctx.scale.em(ROW_GAP):
        return False
    return _row_ends_above(block, up, ctx)
