"""Credit lines a picture carries, told apart from the story's byline and its caption.

A photographer's credit is often worded like a byline ("Photograph by X") or printed as a
bare name in its own face (small caps) over the caption; only its place by the picture and
its typography tell it from the story's byline or the caption's first words.
"""

from __future__ import annotations

from newslayout.cues import parse_byline, parse_credit_line, split_credit
from newslayout.model import Role as ContributorRole
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.types import TextBlock


def picture_credit(block: TextBlock, ctx: PageContext) -> bool:
    """Whether a line worded as a byline ("Photograph by X") is a picture's credit instead:
    every person it names is a photographer, it reads as a credit line, and it sits by a
    picture (within twice the body size) or right under that picture's caption (smaller type
    by the picture). The story's byline names its writers and sits under the deck."""
    parsed = parse_byline(block.text)
    if parsed is None or parse_credit_line(block.text) is None or not parsed.contributors:
        return False
    if any(c.role is not ContributorRole.PHOTOGRAPHER for c in parsed.contributors):
        return False
    return ctx.near_picture(block, 2.0 * ctx.body) is not None or under_caption(block, ctx)


def under_caption(block: TextBlock, ctx: PageContext) -> bool:
    """Whether the block sits right under smaller-than-body text set by a picture."""
    up = ctx.above(block, 1.0 * ctx.body)
    return (
        up is not None
        and ctx.scale.below_body(up.size)
        and ctx.near_picture(up, 2.0 * ctx.body) is not None
    )


def name_credit(block: TextBlock, ctx: PageContext) -> bool:
    """A bare name (two to four capitalised words) on one line right by a picture, set in
    another typeface than the small text right under it (the caption), or clearly smaller:
    the photographer's credit printed on its own line (small caps, a tiny right-aligned
    line), not the caption's first words."""
    words = block.text.split()
    if len(block.lines) != 1 or not 2 <= len(words) <= 4:
        return False
    if not all(w[0].isupper() and w.replace("-", "").replace("’", "").isalpha() for w in words):
        return False
    if ctx.near_picture(block, 1.0 * ctx.body) is None:
        return False
    nxt = ctx.below(block, 1.0 * ctx.body)
    if nxt is None or not ctx.scale.below_body(nxt.size):
        return False
    other_face = nxt.lines[0].words[0].font != block.lines[-1].words[-1].font
    return other_face or block.size <= 0.9 * nxt.size


#: The tail of a caption wrapped under it runs to at most this many words.
TAIL_WORDS = 8


def caption_tail(block: TextBlock, ctx: PageContext) -> bool:
    """Whether a short line right under a caption is that caption's end with its run-in
    credit ("added. Foto: Cato Thukeng"), or the rest of a credit the caption's last line
    began ("... Foto: Yara" over "Sheath"): layout cuts it off where the credit's smaller
    type starts, and alone it would read as page furniture."""
    words = block.text.split()
    if not words or len(words) > TAIL_WORDS or not under_caption(block, ctx):
        return False
    if split_credit(block.text) is not None:
        return True
    up = ctx.above(block, 1.0 * ctx.body)
    if up is None:
        return False
    joined = split_credit(f"{up.text} {block.text}")
    tail = block.text.strip()
    return joined is not None and joined[2].endswith(tail) and len(joined[2]) > len(tail)
