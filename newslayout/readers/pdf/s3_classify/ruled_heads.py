"""Small heads under a drawn rule: a story of its own, not a subhead.

Many designs separate the stories of a row (briefs, a rail, stories side by side under the
lead) with a thin horizontal rule over each one, and set each story's head only a little
larger than body type, the size of a subhead. Size and face cannot tell such a head from a
subhead; the rule can: a rule over a head closes what stands above it, while a subhead runs
on inside its story's columns with no rule between it and the text it follows.

So a short bold line a little above body size, with body text (or its byline) right under
it, opens a story when a horizontal rule runs right over it (within ``RULE_ABOVE`` body em
of its top, with no text between) from about its left edge (``RULE_START`` body em) across
at least ``RULE_COVER`` of its width. A rule that starts well left of the head (the rule under a
headline band that spans every column of one story) says nothing about a line in a later
column, and is not taken.
"""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.signed_heads import small_head_shape
from newslayout.readers.pdf.types import DrawnRule, TextBlock

#: The rule lies at most this many body em over the head's top ...
RULE_ABOVE = 1.0
#: ... (or reaches this far into its box: a rule drawn at the top of the head's leading) ...
RULE_SINK = 0.3
#: ... starts within this many body em of the head's left edge ...
RULE_START = 1.0
#: ... and runs across at least this share of the head's width.
RULE_COVER = 0.9
#: The body text under the head starts within this many body em.
TEXT_UNDER = 1.5
#: Text under the head is at most this share over body size (body type, or a byline).
BODY_SHARE = 0.06


def head_shape(block: TextBlock, ctx: PageContext) -> bool:
    """A short bold line or two in deck size (over body, under headline size), no sentence,
    with body type (or a byline's smaller type) right under it."""
    if not small_head_shape(block, ctx):
        return False
    under = ctx.below(block, ctx.scale.em(TEXT_UNDER))
    return under is not None and text_type(under, ctx)


def text_type(block: TextBlock, ctx: PageContext) -> bool:
    """Set in body type or smaller (a story's text, or its byline)."""
    return block.size <= (1.0 + BODY_SHARE) * ctx.body


def _rule_over(block: TextBlock, rule: DrawnRule, ctx: PageContext) -> bool:
    """Whether ``rule`` runs right over ``block`` from its left edge across it."""
    if not rule.horizontal:
        return False
    box, line = block.box, rule.box
    rise = box.top - line.bottom
    if rise > ctx.scale.em(RULE_ABOVE) or rise < -RULE_SINK * block.size:
        return False
    if abs(line.x0 - box.x0) > ctx.scale.em(RULE_START):
        return False
    return line.horizontal_overlap(box) >= RULE_COVER * box.width


def _text_between(block: TextBlock, rule: DrawnRule, ctx: PageContext) -> bool:
    """Whether a text block of the head's columns lies between the rule and the head."""
    for other in ctx.blocks:
        if other is block or other.box.horizontal_overlap(block.box) <= 0:
            continue
        if other.box.top >= rule.box.bottom and other.box.bottom <= block.box.top:
            return True
    return False


def opens_ruled_story(block: TextBlock, ctx: PageContext) -> bool:
    """Whether a short bold line a little above body size heads a story of its own under the
    rule drawn right over it (see the module doc)."""
    if not ctx.rules or not head_shape(block, ctx):
        return False
    return any(
        _rule_over(block, rule, ctx) and not _text_between(block, rule, ctx) for rule in ctx.rules
    )
