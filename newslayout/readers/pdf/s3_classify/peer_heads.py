"""Roman heads set tight under the story above: a story of its own, told by its size.

Many designs set the heads of secondary stories in a roman face at headline size, and stack
a story right under the end of the one above with no rule and little space between. Such a
head has neither a deck, a byline nor a kicker to tell it (``light_heads``), nor a row of
other heads level with it (``head_rows``): it reads as larger text inside the story above.
What gives it away is the head of that story. A story's own display lines (a subhead, a
quote) are set smaller than its head; a title in the size of the head over it, or larger,
is that head's peer, the head of the next story.

So a title (``light_heads.titled``: roman, headline size, a few words, no sentence) with
body text right under it and the story above's text right over it opens a story when the
nearest headline over it in its columns is set no larger than it (``PEER_SHARE``). With no
headline over it, nothing says which it is, and the rule leaves it alone.
"""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.light_heads import titled
from newslayout.readers.pdf.s3_classify.ruled_heads import TEXT_UNDER, text_type
from newslayout.readers.pdf.types import BlockRole, TextBlock

#: The head over it is at most this share larger than the title (rounding of sizes).
PEER_SHARE = 0.05
#: The story above's text ends at most this many body em over the title.
TEXT_OVER = 3.0
#: The pass-1 rules whose heads open the stories above.
HEAD_RULES = ("headline", "row-head")
#: Body type: within this share of the body size.
BODY_SHARE = 0.06


def _head_over(block: TextBlock, ctx: PageContext) -> TextBlock | None:
    """The nearest block over ``block`` in its columns that the headline rule calls a head."""
    best: TextBlock | None = None
    for other in ctx.blocks:
        if other is block or other.box.bottom > block.box.top or not ctx.stacked(other, block):
            continue
        if best is not None and other.box.bottom <= best.box.bottom:
            continue
        if any(ctx.said(rule, other) is BlockRole.HEADLINE for rule in HEAD_RULES):
            best = other
    return best


def heads_next_story(block: TextBlock, ctx: PageContext) -> bool:
    """Whether a roman title set tight under the story above heads a story of its own (see
    the module doc)."""
    if not titled(block, ctx):
        return False
    under = ctx.below(block, ctx.scale.em(TEXT_UNDER))
    if under is None or not text_type(under, ctx):
        return False
    over = ctx.above(block, ctx.scale.em(TEXT_OVER))
    if over is None or abs(over.size - ctx.body) > BODY_SHARE * ctx.body:
        return False
    head = _head_over(block, ctx)
    return head is not None and head.size <= (1.0 + PEER_SHARE) * block.size
