"""Figure drafts: each picture with the caption and credit blocks that belong to it.

Part of the assemble stage (:mod:`assemble` places the drafts in their articles): captions and
credits join the nearest picture sharing their columns (else one they are set level with, at
its side), a credit set turned along a picture's
side (:mod:`turned`) joins that picture, and a bare picture level with a teaser is the
teaser's thumbnail, not a story's figure. A credit line set right over the caption in its
own type ("NAME FOR THE PAPER" a point smaller, flush right) that layout kept in the
caption's block is split off as the figure's credit (:func:`leading_credit`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from newslayout.cues import parse_credit_line
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
    placed: list[tuple[TextBlock, Picture]] = []  # caption blocks and the picture each joined
    for found in classified:
        if found.role not in (BlockRole.CAPTION, BlockRole.CREDIT):
            continue
        above = _caption_above(found, placed)
        best = above if above is not None else _picture_of(found.block, pictures)
        if best is None:
            if found.role is BlockRole.CAPTION:
                box = found.block.box
                log.add(
                    CAPTION_WITHOUT_FIGURE,
                    f"a caption on page {page} has no picture near it",
                    page=page,
                    box=Box.rounded(box.x0, box.top, box.x1, box.bottom),
                )
                lone.append(FigureDraft(picture=None, captions=(found,), order=found.block.order))
            continue
        for c in leading_credit(found):
            (caps if c.role is BlockRole.CAPTION else creds)[best.order].append(c)
            if c.role is BlockRole.CAPTION:
                placed.append((c.block, best))
    drafts = [
        FigureDraft(
            picture=p, captions=tuple(caps[p.order]), credits=tuple(creds[p.order]), order=p.order
        )
        for p in pictures
    ]
    return drafts + lone


def _picture_of(block: TextBlock, pictures: Sequence[Picture]) -> Picture | None:
    """The picture a caption or credit block belongs to: the nearest one sharing its columns,
    else one it is set level with at its side; None when none is near enough."""
    box = block.box
    best: Picture | None = None
    best_d = float("inf")
    for pic in pictures:
        if _overlap(pic.box, box) < 0.3:
            continue
        d = max(box.top - pic.box.bottom, pic.box.top - box.bottom, 0.0)
        if d < best_d:
            best, best_d = pic, d
    limit = 6 * block.size + 40
    # A caption over a picture is rarer than one set level with another picture at its
    # side (a caption column left of a wide photo, a portrait under it): the side one wins.
    over = best is not None and box.bottom <= best.box.top + 1.0
    if best is None or best_d > limit or over:
        side, side_d = _beside(pictures, box, block.size)
        if side is not None and (best is None or best_d > limit or side_d <= limit):
            best, best_d = side, side_d
    return best if best is not None and best_d <= limit else None


#: A caption block that starts at most this many of its sizes under another caption's last
#: line (a line's leading, no more) continues it ...
CAPTION_RUN_EM = 1.0
#: ... when its left edge is within this many of its sizes of that caption's and its size
#: within ``CAPTION_RUN_SIZE`` of the other's (a share of the larger).
CAPTION_RUN_INDENT_EM = 1.0
CAPTION_RUN_SIZE = 0.05


def _caption_above(
    found: ClassifiedBlock, placed: Sequence[tuple[TextBlock, Picture]]
) -> Picture | None:
    """The picture of the caption a caption block continues: one set right under that
    caption's last line, from its left edge, in its size. Layout cuts a caption's last line
    off when it is short and set apart ("... Awareness See page" / "02" in a rail of
    teasers under thumbnails); alone, so short a line lies nearer another picture."""
    if found.role is not BlockRole.CAPTION:
        return None
    box, size = found.block.box, found.block.size
    for prev, pic in reversed(placed):
        gap = box.top - prev.box.bottom
        same = abs(prev.size - size) <= CAPTION_RUN_SIZE * max(prev.size, size)
        aligned = abs(box.x0 - prev.box.x0) <= CAPTION_RUN_INDENT_EM * size
        if same and aligned and -CAPTION_RUN_SIZE * size <= gap <= CAPTION_RUN_EM * size:
            return pic
    return None


#: A credit line over a caption is set at most this share of the caption's size (a point
#: smaller, say) unless it is in another face or in capitals over a caption in lower case.
CREDIT_SIZE_SHARE = 0.97
#: The credit over a caption runs to at most this many lines (a long name wraps once).
CREDIT_LINES = 2


def _set_apart(head: Sequence[Line], rest: Line) -> bool:
    """Whether the lines ``head`` are set in other type than the caption line ``rest``
    under them: smaller, another face, or in capitals over mixed case."""
    size = max(ln.size for ln in head)
    if size <= CREDIT_SIZE_SHARE * rest.size:
        return True
    if any(ln.words[0].font != rest.words[0].font for ln in head):
        return True
    letters = [ch for ln in head for ch in ln.text if ch.isalpha()]
    return all(ch.isupper() for ch in letters) and not rest.text.isupper()


def leading_credit(found: ClassifiedBlock) -> tuple[ClassifiedBlock, ...]:
    """A caption block whose first line (or two) is a credit set apart in its own type, as
    a credit block and the caption block under it; any other block as it is. Layout keeps
    a short line in a smaller size over a caption in one block when they are set tight."""
    lines = found.block.lines
    if found.role is not BlockRole.CAPTION or not lines[1:]:
        return (found,)
    for k in range(1, min(CREDIT_LINES, len(lines) - 1) + 1):
        head, rest = lines[:k], lines[k:]
        text = " ".join(ln.text for ln in head)
        if not _set_apart(head, rest[0]) or parse_credit_line(text) is None:
            continue
        return (
            replace(found, block=_piece(found.block, head), role=BlockRole.CREDIT),
            replace(found, block=_piece(found.block, rest)),
        )
    return (found,)


def _piece(block: TextBlock, lines: Sequence[Line]) -> TextBlock:
    """Some lines of ``block`` as a block of their own (same region and reading order)."""
    return TextBlock(lines=tuple(lines), region=block.region, order=block.order)


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
