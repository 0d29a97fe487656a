"""Run-in leads that fill their line: a brief's bold opening words and its text are one
paragraph.

Boxes of briefs ("IN BRIEF", "BREVES", "KURZ NOTIERT") open each brief with a few bold words
run into its text ("**Public bridge announced.** The cost has risen ..."). When the lead
fills its line, the text starts on the next line, and layout splits the two at the change
of weight: the lead stands as a one- or two-line block of its own, read as a paragraph of
its own. What tells a run-in lead from a subhead: it is body size, ends as a sentence does
(a subhead has no full stop), fills its line (the next word would not have fitted after it:
a line breaks early only at a paragraph's end) and sits right on the text it opens, from the
same left edge, with no gap. :func:`join_run_in_leads` joins such a lead to that text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newslayout.readers.pdf.s2_layout.blocks import FIT_SPACE_EM
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules_page import block_words
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock

#: A run-in lead is a phrase or a short sentence: at most this many words ...
LEAD_WORDS = 12
#: ... on at most this many lines.
LEAD_LINES = 2
#: Its type is body size, within this share.
SAME_SIZE_SHARE = 0.05
#: The text it opens starts at most this many body em under it (a line's leading) ...
LEAD_GAP_EM = 0.5
#: ... from its left edge, give or take this many points (an indented lead's text runs flush).
EDGE_PT = 2.0
#: A run-in lead ends as a sentence or a label does.
LEAD_END = (".", ":", "!", "?")


def _body_size(block: TextBlock, ctx: PageContext) -> bool:
    return abs(block.size - ctx.body) <= SAME_SIZE_SHARE * ctx.body


def _lead_shape(block: TextBlock, ctx: PageContext) -> bool:
    """Bold body type, a few words on a line or two, ending in a full stop or a colon."""
    if not block.bold or not _body_size(block, ctx) or block.italic:
        return False
    if len(block.lines) > LEAD_LINES or block_words(block) > LEAD_WORDS:
        return False
    return block.text.rstrip().endswith(LEAD_END)


def _fills_line(lead: TextBlock, text: TextBlock) -> bool:
    """Whether the text's first word (and a word space) would not have fitted after the lead's
    last line: the line broke because it was full, not at a paragraph's end."""
    first = text.lines[0].words[0]
    return lead.free_end <= (first.x1 - first.x0) + FIT_SPACE_EM * lead.size


def _text_under(lead: TextBlock, ctx: PageContext) -> TextBlock | None:
    """The roman body text right under ``lead``, if it opens there."""
    below = ctx.below(lead, ctx.scale.em(LEAD_GAP_EM))
    if below is None or below.bold or below.italic or not _body_size(below, ctx):
        return None
    if not lead.box.x0 - EDGE_PT <= below.lines[0].box.x0 <= lead.lines[-1].box.x0 + EDGE_PT:
        return None
    return below


def join_run_in_leads(
    classified: Sequence[ClassifiedBlock], ctx: PageContext
) -> list[ClassifiedBlock]:
    """The page's blocks with each run-in lead left as body (see the module doc) joined to
    the text it opens: one block, so composition reads one paragraph."""
    by_block = {id(c.block): c for c in classified}
    joined: dict[int, ClassifiedBlock] = {}
    absorbed: set[int] = set()
    for c in classified:
        if c.role is not BlockRole.BODY or id(c.block) in absorbed or id(c.block) in joined:
            continue
        if not _lead_shape(c.block, ctx):
            continue
        below = _text_under(c.block, ctx)
        rest = by_block.get(id(below)) if below is not None else None
        if rest is None or rest.role is not BlockRole.BODY or id(rest.block) in joined:
            continue
        if not _fills_line(c.block, rest.block):
            continue
        block = replace(
            rest.block,
            lines=c.block.lines + rest.block.lines,
            order=c.block.order,
            indented=c.block.indented,
            gap_before=c.block.gap_before,
        )
        joined[id(c.block)] = replace(c, block=block)
        absorbed.add(id(rest.block))
    return [joined.get(id(c.block), c) for c in classified if id(c.block) not in absorbed]
