"""A columnist's name set beside their headshot is the column's byline.

Columns and comment pieces carry a small portrait photo with the writer's name set to its
right (or left), level with the top of the photo, often with the column's title under the
name. The name has no "By"; what makes it a byline is its place: a short name-shaped line
touching the side of a picture no wider than a portrait.
"""

from __future__ import annotations

from newslayout.cues.names import looks_like_name
from newslayout.readers.pdf.s3_classify.bylines import unbroken_text
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.types import BlockRole, Picture, TextBlock

#: The rule's name in ``rules.RULES`` (compose reads the names of its bylines bare).
HEADSHOT_RULE = "headshot-name"
#: A headshot is at most this many body sizes wide (a one-column portrait, not a news photo).
HEADSHOT_MAX_EMS = 12.0
#: ... and at least this tall for its width (a portrait or square crop, not a strip).
HEADSHOT_MIN_ASPECT = 0.8
#: The name starts at most this many body sizes from the photo's side.
BESIDE_EMS = 1.5
#: The name's top lies at most this many body sizes above the photo's top, and it starts in
#: the photo's upper half: it is set level with the head, not under the photo as a caption.
LEVEL_EMS = 1.0
#: The name takes at most this many lines and words (a name, not a caption).
MAX_LINES = 2
MAX_NAME_WORDS = 4


def _is_headshot(pic: Picture, ctx: PageContext) -> bool:
    box = pic.box
    narrow = box.width <= HEADSHOT_MAX_EMS * ctx.body
    return narrow and box.height >= HEADSHOT_MIN_ASPECT * box.width


def _beside(block: TextBlock, pic: Picture, ctx: PageContext) -> bool:
    b, p = block.box, pic.box
    reach = BESIDE_EMS * ctx.body
    side = 0.0 <= b.x0 - p.x1 <= reach or 0.0 <= p.x0 - b.x1 <= reach
    level = p.top - LEVEL_EMS * ctx.body <= b.top <= (p.top + p.bottom) / 2
    return side and level


def headshot_name(block: TextBlock, ctx: PageContext) -> BlockRole | None:
    """A short name line beside a headshot, level with its top: the columnist's byline."""
    if len(block.lines) > MAX_LINES or ctx.scale.headline_size(block.size):
        return None
    text = unbroken_text(block)
    if not looks_like_name(text, max_tokens=MAX_NAME_WORDS) or len(text.split()) < 2:
        return None
    if any(_is_headshot(p, ctx) and _beside(block, p, ctx) for p in ctx.pictures):
        return BlockRole.BYLINE
    return None
