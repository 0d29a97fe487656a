"""A web address set as a head is a house ad's, not a story's.

Papers promote their own site or app in a small box: a label ("Find us online at:") over
the address set large ("taz.de/tazLeipzig", "www.example.com/app"). By type the address is a
headline, and it would open a story that takes the text under the box. A story's head is
words, never an address on its own: such a block is page furniture.

So is the rest of the box over it (``promo_part``): the paper's logo word ("leipzig" beside a
drawn "taz"), set as a head right over the address or over a label ending in a colon ("Finden
Sie im Netz unter:") that is right over it, and that label. A story's head is never followed
by a web address alone: its deck, byline or text come under it.
"""

from __future__ import annotations

from newslayout.cues import web
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.types import TextBlock


def is_web_address(block: TextBlock) -> bool:
    """Whether the block's whole text is one web address (``cues.web``)."""
    return web.is_web_address(block.text)


#: The parts of a promotion box sit at most this many ems apart ...
PROMO_REACH = 2.0
#: ... its logo word or label is one line of at most this many words.
PROMO_WORDS = 8


def _shown_address(block: TextBlock | None, ctx: PageContext) -> bool:
    return block is not None and ctx.scale.deck_size(block.size) and is_web_address(block)


def promo_part(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` is the logo word or the label of a box promoting a web address set
    large: one short line right over the address, or right over a label ending in a colon
    that is right over it (see the module docstring)."""
    if len(block.lines) != 1 or len(block.text.split()) > PROMO_WORDS:
        return False
    reach = ctx.scale.em(PROMO_REACH)
    nxt = ctx.below(block, reach)
    if nxt is None:
        return False
    if _shown_address(nxt, ctx):
        return True
    label = len(nxt.lines) == 1 and nxt.text.strip().endswith(":")
    return (
        label
        and len(nxt.text.split()) <= PROMO_WORDS
        and _shown_address(ctx.below(nxt, reach), ctx)
    )
