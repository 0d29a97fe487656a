"""Figure drafts: each picture with the caption and credit blocks that belong to it.

Part of the assemble stage (:mod:`assemble` places the drafts in their articles): captions and
credits join the nearest picture sharing their columns (else one they are set level with, at
its side), a credit set turned along a picture's
side (:mod:`turned`) joins that picture, and a bare picture level with a teaser is the
teaser's thumbnail, not a story's figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newslayout.diagnostics import Log, Severity, define
from newslayout.geometry import Box
from newslayout.readers.pdf.s1_extract.turned import edge_credits
from newslayout.readers.pdf.types import (
    BlockRole,
    ClassifiedBlock,
    Line,
    Picture,
    TextBlock,
    TurnedLine,
    Word,
)


def _overlap(a: Box, b: Box) -> float:
    return a.horizontal_overlap(b) / max(1.0, min(a.width, b.width))


CAPTION_WITHOUT_FIGURE = define(
    "pdf-caption-without-figure", Severity.WARNING, "A caption was found with no picture near it."
)


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureDraft:
    """A picture (or a lone caption) with the caption and credit blocks that belong to it."""

    picture: Picture | None
    captions: tuple[ClassifiedBlock, ...] = ()
    credits: tuple[ClassifiedBlock, ...] = ()
    order: int = 0


def group_figures(
    classified: Sequence[ClassifiedBlock],
    pictures: Sequence[Picture],
    page: int,
    log: Log,
    turned: Sequence[TurnedLine] = (),
) -> list[FigureDraft]:
    """Captions and credits grouped with their nearest picture; a credit set turned along a
    picture's side (see :mod:`turned`) comes first, so an upright credit line still wins.
    Pictures are known by their reading order (``page_blocks`` numbers every block and
    picture of a page), not by ``id()``."""
    caps: dict[int, list[ClassifiedBlock]] = {p.order: [] for p in pictures}
    creds: dict[int, list[ClassifiedBlock]] = {p.order: [] for p in pictures}
    for pic, lines in edge_credits(turned, pictures):
        creds[pic.order].append(_turned_credit(lines, page))
    lone: list[FigureDraft] = []
    for c in classified:
        if c.role not in (BlockRole.CAPTION, BlockRole.CREDIT):
            continue
        box = c.block.box
        best: Picture | None = None
        best_d = float("inf")
        for pic in pictures:
            if _overlap(pic.box, box) < 0.3:
                continue
            d = max(box.top - pic.box.bottom, pic.box.top - box.bottom, 0.0)
            if d < best_d:
                best, best_d = pic, d
        limit = 6 * c.block.size + 40
        if best is None or best_d > limit:
            side, side_d = _beside(pictures, box, c.block.size)
            if side is not None:
                best, best_d = side, side_d
        if best is None or best_d > limit:
            if c.role is BlockRole.CAPTION:
                log.add(
                    CAPTION_WITHOUT_FIGURE,
                    f"a caption on page {page} has no picture near it",
                    page=page,
                    box=Box.rounded(box.x0, box.top, box.x1, box.bottom),
                )
                lone.append(FigureDraft(picture=None, captions=(c,), order=c.block.order))
            continue
        (caps if c.role is BlockRole.CAPTION else creds)[best.order].append(c)
    drafts = [
        FigureDraft(
            picture=p, captions=tuple(caps[p.order]), credits=tuple(creds[p.order]), order=p.order
        )
        for p in pictures
    ]
    return drafts + lone


def _beside(pictures: Sequence[Picture], box: Box, size: float) -> tuple[Picture | None, float]:
    """The picture a caption or credit is set level with, at its side (a caption in a narrow
    column right of a photo), and the gap between them; ``(None, inf)`` when there is none."""
    best: Picture | None = None
    best_d = float("inf")
    for pic in pictures:
        p = pic.box
        if box.top < p.top - 2 * size or box.bottom > p.bottom + 2 * size:
            continue
        d = max(box.x0 - p.x1, p.x0 - box.x1)
        if -1.0 <= d <= 3 * size and d < best_d:
            best, best_d = pic, max(d, 0.0)
    return best, best_d


def _turned_credit(lines: Sequence[TurnedLine], page: int) -> ClassifiedBlock:
    """A credit block for turned lines: one word per line, each with its page box."""
    words = tuple(
        Word(
            text=ln.text,
            x0=ln.box.x0,
            x1=ln.box.x1,
            top=ln.box.top,
            bottom=ln.box.bottom,
            size=ln.size,
        )
        for ln in lines
    )
    region = words[0].box
    for w in words[1:]:
        region = region.union(w.box)
    block = TextBlock(lines=(Line(words=words),), region=region)
    return ClassifiedBlock(block=block, role=BlockRole.CREDIT, page=page, rule="turned-credit")


def thumbnail(fig: FigureDraft, teasers: Sequence[Box], body: float) -> bool:
    """Whether a picture with no headline over it is a teaser's thumbnail: no caption or
    credit, set level with a teaser (sharing half the picture's height) across a gap of at
    most a few ems. It illustrates the pointer, not a story on this page."""
    if fig.picture is None or fig.captions or fig.credits:
        return False
    pic = fig.picture.box
    for t in teasers:
        level = min(pic.bottom, t.bottom) - max(pic.top, t.top) >= 0.5 * min(pic.height, t.height)
        gap = max(t.x0 - pic.x1, pic.x0 - t.x1)
        if level and -1.0 <= gap <= 3.0 * body:
            return True
    return False
