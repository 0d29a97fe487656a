"""A stand-alone photo's title line that starts with a label in bold: the label is its kicker.

A photo feature's title is often one line of two weights, a standing label in bold and the
photo's own title after it in the regular cut ("**Die Bildergeschichte** Black Lives Matter").
The label is the feature's kicker (it names the page's standing slot, not this photo); the
rest is its headline. Only a title found by ``s3_classify.photo_titles`` is cut, and only
where its words run bold and then regular to the line's end (one change of weight): a title
all in one weight, or one that changes back, stays whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newslayout.readers.pdf.s3_classify.photo_titles import PHOTO_TITLE
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock, Word

#: The rule name recorded on a photo title's bold label cut off as its kicker.
PHOTO_KICKER = "photo-kicker"


def _cut(words: Sequence[Word]) -> int:
    """Where a bold label ends and the regular title starts, or 0 when the line is not one
    bold run followed by one regular run."""
    at = next((i for i, w in enumerate(words) if not w.bold), 0)
    if at == 0 or any(w.bold for w in words[at:]):
        return 0
    return at


def _block(words: Sequence[Word], like: TextBlock) -> TextBlock:
    return TextBlock(lines=(Line(words=tuple(words)),), region=like.region, order=like.order)


def photo_kickers(parts: Sequence[ArticlePart]) -> list[ArticlePart]:
    """``parts`` with each photo title's bold label made the part's kicker."""
    out: list[ArticlePart] = []
    for part in parts:
        head = part.opener
        if head is None or head.rule != PHOTO_TITLE or len(head.block.lines) != 1:
            out.append(part)
            continue
        words = head.block.lines[0].words
        at = _cut(words)
        if at == 0:
            out.append(part)
            continue
        kicker = ClassifiedBlock(
            block=_block(words[:at], head.block),
            role=BlockRole.KICKER,
            page=head.page,
            rule=PHOTO_KICKER,
        )
        title = dataclasses.replace(head, block=_block(words[at:], head.block))
        out.append(dataclasses.replace(part, opener=title, kickers=(*part.kickers, kicker)))
    return out
