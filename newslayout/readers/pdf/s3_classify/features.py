"""The evidence the weighed model reads about one text block, as a vector of numbers.

Every feature is relative to the page or the issue's body type, so one model fits a tabloid
and a broadsheet: the block's size as a share of body, weight, slant, caps, width against its
region and the page, alignment, line and word counts, the gaps to the blocks right above and
below and their sizes, the roles the rule table gave those neighbours (pass 1), a picture
close by, and the ``newslayout.cues`` text patterns (byline, credit, jump). The names are
stored with the model (``newslayout/data/weighed-roles.json``), so a model trained on another
feature list is refused rather than misread.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from newslayout.cues import is_byline, parse_credit_line, parse_jump
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.rules_page import block_words, is_upper
from newslayout.readers.pdf.types import BlockRole, TextBlock

#: The rule-table roles a feature names one by one; every other role counts as ``other``.
ROLE_SLOTS = (
    BlockRole.HEADLINE,
    BlockRole.DECK,
    BlockRole.KICKER,
    BlockRole.BYLINE,
    BlockRole.SUBHEAD,
    BlockRole.BODY,
    BlockRole.QUOTE,
    BlockRole.CAPTION,
    BlockRole.CREDIT,
    BlockRole.FURNITURE,
)
#: Neighbours are looked for this far above and below (body em); a gap is capped there.
REACH_EM = 4.0
#: Sentence ends (a headline or a kicker seldom ends in one, a caption or a paragraph does).
_ENDS = (".", "!", "?", "\u201d", '"')
_QUOTES = "\u201c\u201d\u201e\u00ab\u00bb\"'\u2018"


def _role_slots(prefix: str, role: BlockRole | None) -> dict[str, float]:
    out = {f"{prefix}_{r.value}": float(role is r) for r in ROLE_SLOTS}
    out[f"{prefix}_other"] = float(role is not None and role not in ROLE_SLOTS)
    out[f"{prefix}_none"] = float(role is None)
    return out


def _neighbour(
    prefix: str,
    other: TextBlock | None,
    gap: float,
    block: TextBlock,
    ctx: PageContext,
    roles: Mapping[int, BlockRole],
) -> dict[str, float]:
    cap = REACH_EM
    return {
        f"{prefix}_gap": min(cap, max(0.0, gap) / ctx.body) if other is not None else cap,
        f"{prefix}_size": other.size / block.size if other is not None else 0.0,
        f"{prefix}_bold": float(other is not None and other.bold),
        **_role_slots(f"{prefix}_role", roles.get(id(other)) if other is not None else None),
    }


def block_features(
    block: TextBlock, ctx: PageContext, roles: Mapping[int, BlockRole]
) -> dict[str, float]:
    """The named features of ``block`` on its page; ``roles`` maps ``id(block)`` to the role
    the rule table gave each block of the page."""
    body = ctx.body
    box, region = block.box, block.region
    text = block.text.strip()
    words = block_words(block)
    short = words <= 16
    reach = REACH_EM * body
    up = ctx.above(block, reach)
    down = ctx.below(block, reach)
    near = ctx.near_picture(block, ctx.scale.em(ctx.settings.caption_reach))
    digits = sum(c.isdigit() for c in text)
    feats: dict[str, float] = {
        "size": block.size / body,
        "log_size": math.log2(max(0.1, block.size / body)),
        "bold": float(block.bold),
        "italic": float(block.italic),
        "caps": float(is_upper(text)),
        "lines": float(min(len(block.lines), 12)),
        "log_words": math.log1p(words),
        "ends_sentence": float(text.endswith(_ENDS)),
        "starts_quote": float(bool(text) and text[0] in _QUOTES),
        "digits": digits / max(1, len(text)),
        "width_region": box.width / max(1.0, region.width),
        "width_page": box.width / max(1.0, ctx.width),
        "off_centre": abs((box.x0 + box.x1) - (region.x0 + region.x1)) / max(1.0, 2 * region.width),
        "left_flush": float(abs(box.x0 - region.x0) <= 2.0),
        "region_top": float(abs(box.top - region.top) <= 1.0),
        "page_y": box.top / max(1.0, ctx.height),
        "front_page": float(ctx.page == 1),
        "shaded": float(block.shaded),
        "picture": float(near is not None),
        "cue_byline": float(short and len(block.lines) <= 2 and is_byline(text)),
        "cue_credit": float(short and parse_credit_line(text) is not None),
        "cue_jump": float(short and parse_jump(text) is not None),
        **_role_slots("role", roles.get(id(block))),
        **_neighbour("up", up, box.top - up.box.bottom if up else 0.0, block, ctx, roles),
        **_neighbour("down", down, down.box.top - box.bottom if down else 0.0, block, ctx, roles),
    }
    return feats
