"""Where a caption stops: text by a picture that is no caption however small its type.

Two conventions put small type by a picture that reads as a caption and is not one:

- A story opening under the picture with its first words in small caps ("N URSES FROM
  Troartwood" over the rest of the paragraph): layout cuts that line off the paragraph
  because most of its letters are smaller than body type. It holds words in the body size of
  the text right under it (or is all in capitals, its big initial joined to the word), and
  that text starts at its left edge with no gap: it is that text's first line
  (:func:`opens_text_below`), and after classification it is joined to that text
  (:func:`join_lead_ins`).
- A section label in capitals over a picture ("TRANSPORT" under a head, right over the
  photo): a caption says something, so one word in capitals is none (:func:`label_word`).
- A strip of page numbers beside a picture ("3 27 página 20 página 6"): a caption is a phrase,
  so one set beside a picture needs ``CAPTION_MIN_WORDS`` words of letters
  (:func:`letter_words`).
- A story's end signature set right under a picture's caption ("— Zeno Routier" closing the
  story whose last column ends beside the caption): a caption never opens with a dash and a
  name only; it is the story's end byline (:func:`dash_signature`, read by
  ``s4_assemble.end_bylines``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newslayout.cues import parse_end_byline
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock

#: The paragraph under a cut-off first line starts at most this many body em below it ...
OPENING_GAP_EM = 0.5
#: ... at its left edge, give or take this many points.
OPENING_EDGE_PT = 2.0
#: A word in the size of the text below, within this share of it, is a body word.
SAME_SIZE_SHARE = 0.05


def opens_text_below(block: TextBlock, ctx: PageContext) -> bool:
    """Whether the one-line ``block`` is the first line of the body-size paragraph right
    under it: a small-caps lead-in mixed with words in that paragraph's size."""
    if len(block.lines) != 1:
        return False
    below = ctx.below(block, ctx.scale.em(OPENING_GAP_EM))
    if below is None or ctx.scale.below_body(below.size):
        return False
    if abs(below.box.x0 - block.box.x0) > OPENING_EDGE_PT:
        return False
    tolerance = SAME_SIZE_SHARE * below.size
    sizes = [w.size for w in block.lines[0].words]
    mixed = any(abs(s - below.size) <= tolerance for s in sizes)
    letters = [ch for ch in block.text if ch.isalpha()]
    capitals = bool(letters) and all(ch.isupper() for ch in letters)
    return (mixed or capitals) and any(s < below.size - tolerance for s in sizes)


def letter_words(block: TextBlock) -> int:
    """How many of the block's words hold a letter (page numbers and prices do not)."""
    return sum(1 for w in block.text.split() if any(ch.isalpha() for ch in w))


def label_word(block: TextBlock) -> bool:
    """Whether the block is a single word in capitals (a section label or a kicker)."""
    words = block.text.split()
    letters = [ch for ch in block.text if ch.isalpha()]
    return len(words) == 1 and len(letters) > 1 and all(ch.isupper() for ch in letters)


def dash_signature(block: TextBlock) -> bool:
    """Whether the block is one line opening with a dash that reads as an end byline ("— Zeno
    Routier", "— Reporting by X"): a story's signature, never a caption."""
    text = " ".join(block.text.split())
    return len(block.lines) == 1 and parse_end_byline(text) is not None


def join_lead_ins(classified: Sequence[ClassifiedBlock], ctx: PageContext) -> list[ClassifiedBlock]:
    """The page's blocks with each story's cut-off first line (:func:`opens_text_below`, left
    as body) joined to the paragraph under it: one block, so assembly and composition read
    the paragraph whole instead of a stray line beside the columns."""
    by_block = {id(c.block): c for c in classified}
    joined: dict[int, ClassifiedBlock] = {}
    absorbed: set[int] = set()
    for c in classified:
        if (
            c.role is not BlockRole.BODY
            or id(c.block) in absorbed
            or not opens_text_below(c.block, ctx)
        ):
            continue
        below = ctx.below(c.block, ctx.scale.em(OPENING_GAP_EM))
        rest = by_block.get(id(below)) if below is not None else None
        if rest is None or rest.role is not BlockRole.BODY or id(rest.block) in joined:
            continue
        block = replace(rest.block, lines=c.block.lines + rest.block.lines, order=c.block.order)
        joined[id(c.block)] = replace(c, block=block)
        absorbed.add(id(rest.block))
    return [joined.get(id(c.block), c) for c in classified if id(c.block) not in absorbed]
