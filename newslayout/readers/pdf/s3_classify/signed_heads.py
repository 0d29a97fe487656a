"""Small heads that are signed: a brief's or a secondary story's head set near body size.

A secondary story or a brief often has a bold head only a little larger than body type, the
size of a subhead, and a byline right under it. Size and face cannot tell such a head from a
subhead; what it has under it can: a subhead interrupts its story's text and is never signed,
while a story's head is followed by its byline. So a short bold line a little above body
size, with no sentence punctuation at its end, right over a block the byline rule takes for
a byline ("By A and B", "Von X und Y") heads a story of its own.
"""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules_page import block_words
from newslayout.readers.pdf.types import BlockRole, TextBlock

#: A signed small head runs to at most this many words ...
HEAD_WORDS = 12
#: ... over at most this many lines ...
HEAD_LINES = 2
#: ... and its byline starts within this many body em under it.
BYLINE_UNDER = 1.0
#: A head ends in no sentence punctuation (a bold lead-in does).
_SENTENCE_ENDS = (".", ",", ";", ":")


def small_head_shape(block: TextBlock, ctx: PageContext) -> bool:
    """A short bold line or two over body size and under headline size, ending in no
    sentence punctuation: the shape of a brief's head and of a subhead alike (what stands
    over or under it tells them apart: here a byline, in ``ruled_heads`` a drawn rule)."""
    if not block.bold or len(block.lines) > HEAD_LINES or block_words(block) > HEAD_WORDS:
        return False
    if not ctx.scale.deck_size(block.size) or ctx.scale.headline_size(block.size):
        return False
    return not block.text.rstrip().endswith(_SENTENCE_ENDS)


def signed_head(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A short bold line a little above body size right over a byline (see the module doc)."""
    if not small_head_shape(block, ctx):
        return None
    under = ctx.below(block, ctx.scale.em(BYLINE_UNDER))
    if under is None or ctx.said("byline", under) is not BlockRole.BYLINE:
        return None
    return BlockRole.HEADLINE
