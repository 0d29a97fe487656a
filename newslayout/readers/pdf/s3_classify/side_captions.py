"""Captions set beside their picture, not under it, or centred under it in body type.

A paper often sets a caption in a narrow column right of (or left of) a wide photo, level
with it, the credit under the caption's last line: nothing is above or below the picture to
find. Such a caption is small type (below body size) whose block lies within the picture's
height, with its near edge at most ``SIDE_REACH`` body em from the picture's side, and no
wider than ``SIDE_WIDTH`` of the picture (a column of small text beside a small picture is
more likely a sidebar's), and with no body-size text right above or under it in its column
(a smaller line inside a column of text beside a picture is the column's, not a caption).
The caption rule also wants a phrase of at least ``CAPTION_MIN_WORDS`` words beside it: the
cells of a results table or a quote's attribution beside a picture are no caption.

A caption in body type is told by being centred: each of its few lines centred on the
picture right over it, narrower than the picture (``caption_centred_under``), and not set
from the left edge of wider text right under it (a subhead over its column that falls near
the middle of a photo across several columns), nor level with body text beside it under the
same picture (one column's paragraph that happens to sit under the photo's middle).
"""

from __future__ import annotations

from newslayout.readers.pdf.s3_classify.caption_limits import letter_words
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules_page import block_words
from newslayout.readers.pdf.types import Picture, TextBlock

#: The caption's near edge is at most this many body em from the picture's side.
SIDE_REACH = 2.0
#: ... it lies within the picture's height, give or take this many body em ...
SIDE_SLACK = 1.0
#: ... and it is at most this share of the picture's width.
SIDE_WIDTH = 0.5
#: A block starting at most this many points above a picture's foot starts under it (a
#: picture's box and the text set under it may overlap by rounding).
FOOT_PT = 2.0


def _in_text_column(block: TextBlock, ctx: PageContext) -> bool:
    """Whether body-size text runs right above or right under the block in its column: then
    it is a line of a column of text (a listing's bold lead-in) that happens to stand by a
    picture, not a caption column of its own."""
    reach = ctx.scale.em(SIDE_SLACK)
    for near in (ctx.above(block, reach), ctx.below(block, reach)):
        if near is not None and not ctx.scale.below_body(near.size):
            return True
    return False


def caption_beside(block: TextBlock, ctx: PageContext) -> Picture | None:
    """The picture ``block`` is set beside as its caption, if any."""
    if _in_text_column(block, ctx) or ctx.scale.small_print(block.size):
        return None  # small print beside a picture: a credit set letter by letter, a mark
    b = block.box
    reach, slack = ctx.scale.em(SIDE_REACH), ctx.scale.em(SIDE_SLACK)
    for pic in ctx.pictures:
        p = pic.box
        if b.top < p.top - slack or b.bottom > p.bottom + slack:
            continue
        if b.width > SIDE_WIDTH * p.width:
            continue
        right = -1.0 <= b.x0 - p.x1 <= reach
        left = -1.0 <= p.x0 - b.x1 <= reach
        if right or left:
            return pic
    return None


def captioned_beside(pic: Picture, ctx: PageContext, min_words: int) -> bool:
    """Whether ``pic`` has its caption set beside it, ending level with its foot: a phrase
    of at least ``min_words`` words of small type at its side (``caption_beside``) whose
    last line stands at the picture's foot. Only a caption set down to the foot tells that
    nothing under the picture is more of it; small type higher up beside a picture may be
    the deck or byline of a story set beside it."""
    slack = ctx.scale.em(SIDE_SLACK)
    for other in ctx.blocks:
        if abs(other.box.bottom - pic.box.bottom) > slack:
            continue
        if not ctx.scale.below_body(other.size) or letter_words(other) < min_words:
            continue
        if caption_beside(other, ctx) is pic and not _hangs_from_another(other, pic, ctx):
            return True
    return False


def _hangs_from_another(block: TextBlock, pic: Picture, ctx: PageContext) -> bool:
    """Whether ``block`` stands right under or over a picture other than ``pic``: the caption
    of a small photo in the column beside ``pic`` is that photo's, not ``pic``'s."""
    reach = ctx.scale.em(ctx.settings.caption_reach)
    b = block.box
    for other in ctx.pictures:
        p = other.box
        if other is pic or p.horizontal_overlap(b) < 0.5 * min(b.width, p.width):
            continue
        if -FOOT_PT <= b.top - p.bottom <= reach or -FOOT_PT <= p.top - b.bottom <= reach:
            return True
    return False


def under_side_captioned(block: TextBlock, pic: Picture, ctx: PageContext, min_words: int) -> bool:
    """Whether ``block`` starts under ``pic``, whose caption is set beside it: a picture has
    one caption, so small type under the foot of a side-captioned picture (a subhead in a
    small bold sans opening the column under it) is the story's, not more caption. The side
    caption ends at the picture's foot; only its credit hangs under the picture."""
    return block.box.top >= pic.box.bottom - FOOT_PT and captioned_beside(pic, ctx, min_words)


#: A centred caption runs to at most this many words ...
CENTRED_WORDS = 30
#: ... on at most this many lines, each centred on the picture within this many body em or
#: this share of the picture's width (a word processor centres on the column, which a
#: framed photo's box need not fill exactly), and on each other within that many body em ...
CENTRED_LINES = 3
CENTRED_EM = 1.0
CENTRED_SHARE = 0.06
#: ... starting at most this many body em under the picture.
CENTRED_GAP = 2.0


def _set_flush(block: TextBlock) -> bool:
    """Whether two lines of the block share an edge (justified or ragged text set from a
    column's edge; centred lines of a caption differ in length, so in both edges)."""
    edges = [(ln.x0, ln.x1) for ln in block.lines]
    return any(
        abs(a[0] - b[0]) <= 1.0 or abs(a[1] - b[1]) <= 1.0
        for i, a in enumerate(edges)
        for b in edges[i + 1 :]
    )


def _opens_lower(block: TextBlock) -> bool:
    first = block.text.lstrip()[:1]
    return first.isalpha() and first.islower()


def _centred_on(block: TextBlock, pic: Picture, ctx: PageContext) -> bool:
    p = pic.box
    tolerance = max(ctx.scale.em(CENTRED_EM), CENTRED_SHARE * p.width)
    middle = (p.x0 + p.x1) / 2
    if len(block.lines) > CENTRED_LINES or block.box.width > 0.9 * p.width:
        return False
    if _set_flush(block):
        return False
    centres = [(ln.x0 + ln.x1) / 2 for ln in block.lines]
    if max(centres) - min(centres) > ctx.scale.em(CENTRED_EM):
        return False  # an indented first line over a short last one: a paragraph, not centred
    return all(abs(c - middle) <= tolerance for c in centres)


#: A column's line starts within this many points of the left edge of the text under it.
FLUSH_EDGE_PT = 1.0


def _heads_column(block: TextBlock, ctx: PageContext) -> bool:
    """Whether wider text right under the block starts at its left edge: then the block is
    a line set from that column's edge (a subhead over its paragraphs) that only happens to
    fall near the middle of a wide picture over several columns, not a centred caption."""
    below = ctx.below(block, ctx.scale.em(SIDE_SLACK))
    return (
        below is not None
        and abs(below.box.x0 - block.box.x0) <= FLUSH_EDGE_PT
        and below.box.width > block.box.width + ctx.scale.em(CENTRED_EM)
    )


def _level_with_text(block: TextBlock, pic: Picture, ctx: PageContext) -> bool:
    """Whether text in the body's size stands level with the block's first line, beside it
    and under the same picture: then the block is one column's text under a photo set across
    several columns, not a caption (a caption has the row under its picture to itself)."""
    first = block.lines[0]
    for other in ctx.blocks:
        if other is block or ctx.scale.below_body(other.size):
            continue
        o = other.box
        if o.bottom <= first.top or o.top >= first.bottom:
            continue
        if o.horizontal_overlap(block.box) > 0 or o.horizontal_overlap(pic.box) <= 0:
            continue
        return True
    return False


def caption_centred_under(block: TextBlock, ctx: PageContext) -> Picture | None:
    """The picture ``block`` is centred right under as its caption, whatever its size (a
    word processor sets captions in body type, centred under the photo), if any. Story
    text under a picture fills its column from the left edge; a caption's lines are each
    centred on the picture and narrower than it. A centred line right under such a caption
    (a centred block's next line, split off at its own left edge) is more of it."""
    if block_words(block) > CENTRED_WORDS or ctx.scale.deck_size(block.size):
        return None  # display type centred under a picture is a head, not its caption
    if _heads_column(block, ctx):
        return None
    for pic in ctx.pictures:
        if not _centred_on(block, pic, ctx) or _level_with_text(block, pic, ctx):
            continue
        current = block
        for _ in range(CENTRED_LINES):
            if -1.0 <= current.box.top - pic.box.bottom <= ctx.scale.em(CENTRED_GAP):
                # a caption opens with a capital: lower case is a paragraph going on
                return None if _opens_lower(current) else pic
            up = ctx.above(current, 0.8 * ctx.body)
            if up is None or not _centred_on(up, pic, ctx):
                break
            current = up
    return None
