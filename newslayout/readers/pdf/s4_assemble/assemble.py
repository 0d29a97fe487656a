"""Stage 5, assemble: a page's classified blocks -> article parts.

A headline (or a jump head, for a continuation) opens a part; every other story block belongs
to the nearest opener above it that shares its columns (those of the block, else those of
its region), so two articles side by side never mix even when the reading order visits them
alternately. Story text with no opener above it continues the story read just before it.
Kickers belong to the headline right under them. Captions and credits join the nearest
picture, which becomes a figure draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newslayout.diagnostics import Log, Severity, define
from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import TOUCH_SHARE
from newslayout.readers.pdf.s3_classify.tags import is_tag_of, under_tag
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft, group_figures, thumbnail
from newslayout.readers.pdf.s4_assemble.row_rules import row_owner, separators
from newslayout.readers.pdf.s4_assemble.side_heads import side_head_extent
from newslayout.readers.pdf.types import (
    BlockRole,
    ClassifiedBlock,
    DrawnRule,
    Picture,
    TextBlock,
    TurnedLine,
)

ORPHAN_TEXT = define(
    "pdf-orphan-text",
    Severity.INFO,
    "Story text with no headline above it was attached to the story before it.",
)

#: Roles that belong to no article.
OUTSIDE = frozenset({BlockRole.MASTHEAD, BlockRole.FURNITURE, BlockRole.TEASER, BlockRole.ORNAMENT})
OPENERS = frozenset({BlockRole.HEADLINE, BlockRole.JUMP_HEAD})
#: Story text that, with no opener above it in its columns, continues the story read just
#: before it (a continuation running on into a column its jump head does not cover).
FLOW = frozenset({BlockRole.BODY, BlockRole.SUBHEAD, BlockRole.QUOTE, BlockRole.JUMP_OUT})
#: An opener owns a block when they overlap by this fraction of the narrower one.
OWN_OVERLAP = 0.5
#: A head's next line may start this share of its size over the previous line's box bottom
#: (tight leading: the boxes of display lines overlap).
HEAD_LINES_OVERLAP = 0.3
#: A headline covering at least this fraction still owns a column when it sits lower than
#: the nearest headline covering more of it.
PART_OVERLAP = 0.2
#: A jump-out line set at most this many body em under the text read right before it closes
#: that text's story.
JUMP_UNDER_EM = 2.0


PartItem = ClassifiedBlock | FigureDraft


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticlePart:
    """The piece of one article found on one page, its items in reading order.

    ``opener`` is the headline or jump head (``None`` for text with no head); ``kickers``,
    ``decks`` and ``bylines`` the header blocks; ``items`` body, subheads, quotes, jump lines
    and figures.
    """

    page: int
    opener: ClassifiedBlock | None
    kickers: tuple[ClassifiedBlock, ...] = ()
    decks: tuple[ClassifiedBlock, ...] = ()
    bylines: tuple[ClassifiedBlock, ...] = ()
    items: tuple[PartItem, ...] = ()
    order: int = 0

    @property
    def is_continuation(self) -> bool:
        return self.opener is not None and self.opener.role is BlockRole.JUMP_HEAD

    @property
    def headline(self) -> str:
        return self.opener.block.text if self.opener is not None else ""


def _overlap(a: Box, b: Box) -> float:
    return a.horizontal_overlap(b) / max(1.0, min(a.width, b.width))


def _continues(prev: ClassifiedBlock, c: ClassifiedBlock, tag: TextBlock | None) -> bool:
    """Whether headline block ``c`` is the next line of headline block ``prev``: one size,
    tight under it, sharing its columns or running back under ``prev``'s tag kicker."""
    if abs(prev.block.size - c.block.size) >= 0.5:
        return False
    gap = c.block.box.top - prev.block.box.bottom
    if not -HEAD_LINES_OVERLAP * c.block.size <= gap < 0.8 * c.block.size:
        return False  # set tight, a head's line boxes may overlap a little
    return _overlap(prev.block.box, c.block.box) > 0.5 or (
        tag is not None and under_tag(c.block.box.x0, tag)
    )


#: The rule name recorded on a headline block re-read as a deck bank (``_deck_bank``).
DECK_BANK = "deck-bank"


def _head_above(out: Sequence[ClassifiedBlock], c: ClassifiedBlock) -> int:
    """Index in ``out`` of a headline that ``c`` continues (or is a deck bank of) though other
    blocks were read between them, provided none of those lies between the two in ``c``'s
    columns; else -1."""
    for i in range(len(out) - 1, max(-1, len(out) - 12), -1):
        prev = out[i]
        if prev.role is BlockRole.DECK and prev.rule == DECK_BANK:
            fits = _continues(prev, c, None)
        else:
            fits = prev.role is BlockRole.HEADLINE and (
                _continues(prev, c, None) or _deck_bank(prev, c)
            )
        if not fits:
            continue
        top, bottom = prev.block.box.bottom, c.block.box.top
        between = any(
            _overlap(o.block.box, c.block.box) > 0 and top - 1 < o.block.box.top < bottom
            for o in out[i + 1 :]
        )
        return -1 if between else i
    return -1


def _deck_bank(head: ClassifiedBlock, c: ClassifiedBlock) -> bool:
    """Whether headline block ``c`` is a deck bank of ``head``: set in clearly smaller display
    type (under 0.9 of it), right under it (within its size), in its columns and not much
    narrower than it."""
    if c.block.size >= 0.9 * head.block.size:
        return False
    if c.block.box.width < 0.4 * head.block.box.width:
        return False  # a one-column head under a banner opens a story of its own
    gap = c.block.box.top - head.block.box.bottom
    return -1 <= gap < head.block.size and _overlap(head.block.box, c.block.box) > 0.5


def merge_headlines(blocks: Sequence[ClassifiedBlock]) -> list[ClassifiedBlock]:
    """Join headline blocks that continue one another (a headline broken over two blocks),
    also across a tag kicker set on the first line (``tags.is_tag_of``): the head's later
    lines run back under the tag, and the tag stays a kicker of the joined head."""
    out: list[ClassifiedBlock] = []
    for c in blocks:
        at = len(out) - 1
        tag: TextBlock | None = None
        if (
            at >= 1
            and out[at].role is BlockRole.KICKER
            and out[at - 1].role is BlockRole.HEADLINE
            and is_tag_of(out[at].block, out[at - 1].block)
        ):
            tag = out[at].block
            at -= 1
        elif (
            at >= 1
            and out[at].role is BlockRole.HEADLINE
            and out[at - 1].role is BlockRole.KICKER
            and is_tag_of(out[at - 1].block, out[at].block)
        ):
            tag = out[at - 1].block  # the tag read before the head it labels
        prev = out[at] if at >= 0 else None
        continued = (
            prev is not None and prev.role is BlockRole.HEADLINE and _continues(prev, c, tag)
        )
        if c.role is BlockRole.HEADLINE and tag is None and not continued:
            # the head's next line or deck read later (a box beside it came first in reading
            # order): the nearest head above in its columns, with nothing set between them
            above = _head_above(out, c)
            if above >= 0:
                at, prev = above, out[above]
        if (
            prev is not None
            and c.role is BlockRole.HEADLINE
            and prev.role is BlockRole.DECK
            and prev.rule == DECK_BANK
            and _continues(prev, c, None)
        ):
            # the deck bank's next line
            merged = TextBlock(
                lines=prev.block.lines + c.block.lines,
                region=prev.block.region,
                order=prev.block.order,
            )
            out[at] = ClassifiedBlock(
                block=merged, role=BlockRole.DECK, page=c.page, rule=DECK_BANK
            )
            continue
        if (
            prev is not None
            and c.role is BlockRole.HEADLINE
            and prev.role is BlockRole.HEADLINE
            and _deck_bank(prev, c)
        ):
            # a smaller bank tight under a head with nothing between: its deck, not a story
            out.append(
                ClassifiedBlock(block=c.block, role=BlockRole.DECK, page=c.page, rule=DECK_BANK)
            )
            continue
        if (
            prev is not None
            and c.role is BlockRole.HEADLINE
            and prev.role is BlockRole.HEADLINE
            and _continues(prev, c, tag)
        ):
            merged = TextBlock(
                lines=prev.block.lines + c.block.lines,
                region=prev.block.region,
                order=prev.block.order,
            )
            out[at] = ClassifiedBlock(
                block=merged, role=BlockRole.HEADLINE, page=c.page, rule=prev.rule
            )
        else:
            out.append(c)
    return out


#: Extents: an opener's reading order (its stable key on the page: every block and picture
#: has its own) -> the box of the columns it heads.
Extents = dict[int, Box]


def _extent(o: ClassifiedBlock, extents: Extents) -> Box:
    return extents.get(o.block.order, o.block.box)


def opener_extents(
    openers: Sequence[ClassifiedBlock],
    blocks: Sequence[ClassifiedBlock],
    pictures: Sequence[Picture],
    body: float,
) -> Extents:
    """The columns each opener heads: its own box (with a tag kicker set on its first line),
    widened to a deck or picture set right under it from the same left edge (a short
    headline over a photo spanning four columns heads all four, however far its words
    reach), or the row beside a side head set left of its columns (``side_heads``)."""
    out: Extents = {}
    tags = [c.block for c in blocks if c.role is BlockRole.KICKER]
    for o in openers:
        box = o.block.box
        for tag in tags:
            if is_tag_of(tag, o.block):  # a tag on the head's first line: the head's edge
                box = box.union(tag.box)
        bottom = box.bottom
        under = sorted(
            [c.block.box for c in blocks if c.role is BlockRole.DECK] + [p.box for p in pictures],
            key=lambda b: b.top,
        )
        for b in under:
            if -1.0 <= b.top - bottom <= 3.0 * body and abs(b.x0 - box.x0) <= 3.0:
                if b.x1 > box.x1:
                    box = Box(x0=box.x0, top=box.top, x1=b.x1, bottom=box.bottom)
                bottom = b.bottom
        out[o.block.order] = side_head_extent(o, blocks, pictures, body) or box
    for pic in pictures:
        _head_beside(pic, openers, out, body)
    return out


def _head_beside(
    pic: Picture, openers: Sequence[ClassifiedBlock], extents: Extents, body: float
) -> None:
    """Widen the extent of a headline set beside a picture to cover it.

    A picture with no headline above it in its columns and none right under it (a photo
    over its own headline) belongs to the headline standing level with its top, across a
    gutter from it: the head-beside-photo layout, whose story runs on under both.
    """
    box = pic.box
    if _nearest_above(box, openers, OWN_OVERLAP, extents) is not None:
        return
    for o in openers:
        head = o.block.box
        if _overlap(head, box) >= OWN_OVERLAP and 0 <= head.top - box.bottom <= 6 * body:
            return  # the picture sits over its own headline
    best: ClassifiedBlock | None = None
    for o in openers:
        head = _extent(o, extents)
        level = abs(head.top - box.top) <= 3 * body
        gap = max(head.x0 - box.x1, box.x0 - head.x1)
        across = -1.0 <= gap <= 3 * body and head.horizontal_overlap(box) <= 1.0
        nearer = best is None or abs(head.top - box.top) < abs(_extent(best, extents).top - box.top)
        if level and across and nearer:
            best = o
    if best is not None:
        head = _extent(best, extents)
        extents[best.block.order] = Box(
            x0=min(head.x0, box.x0),
            top=min(head.top, box.top),
            x1=max(head.x1, box.x1),
            bottom=head.bottom,
        )


def _nearest_above(
    box: Box, openers: Sequence[ClassifiedBlock], overlap: float, extents: Extents
) -> ClassifiedBlock | None:
    best: ClassifiedBlock | None = None
    for o in openers:
        own = _extent(o, extents)
        if own.top > box.top + 1.0 or _overlap(own, box) < overlap:
            continue
        if best is None or own.top > _extent(best, extents).top:
            best = o
    return best


def _owner(
    box: Box, openers: Sequence[ClassifiedBlock], extents: Extents | None = None
) -> ClassifiedBlock | None:
    """The opener a block belongs to: the nearest above sharing its columns, unless a
    headline that covers only part of its column sits in between (a story's last column
    reaching past the end of its own headline, under another story's)."""
    extents = extents if extents is not None else {}
    strong = _nearest_above(box, openers, OWN_OVERLAP, extents)
    weak = _nearest_above(box, openers, PART_OVERLAP, extents)
    if strong is not None and weak is not None and weak.block.box.top > strong.block.box.bottom:
        return weak
    return strong


def _kicker_owner(
    kicker: TextBlock, openers: Sequence[ClassifiedBlock], body: float
) -> ClassifiedBlock | None:
    """The opener a kicker labels: the highest one right under it, or the one whose first
    line it is set on as a tag (``tags.is_tag_of``); failing both, the headline right over
    it (a section label set between a head and its deck)."""
    for o in openers:
        if is_tag_of(kicker, o.block):
            return o
    box = kicker.box
    best: ClassifiedBlock | None = None
    for o in openers:
        gap = o.block.box.top - box.bottom
        tight = max(1.0, TOUCH_SHARE * o.block.size)  # a kicker set into the head's box
        fits = -tight <= gap <= 3.0 * body and _overlap(o.block.box, box) >= OWN_OVERLAP
        if fits and (best is None or o.block.box.top < best.block.box.top):
            best = o
    if best is None:
        for o in openers:
            gap = box.top - o.block.box.bottom
            tight = max(1.0, TOUCH_SHARE * o.block.size)
            if -tight <= gap <= body and _overlap(o.block.box, box) >= OWN_OVERLAP:
                best = o
    return best


def assemble_page(
    classified: Sequence[ClassifiedBlock],
    pictures: Sequence[Picture],
    *,
    page: int,
    body: float,
    log: Log,
    rules: Sequence[DrawnRule] = (),
    turned: Sequence[TurnedLine] = (),
) -> list[ArticlePart]:
    """The article parts of one page, in the reading order of their openers.

    ``rules`` are the page's drawn rules: a row separator among them cuts a block off a
    headline of the row above (see :mod:`row_rules`).
    """
    blocks = merge_headlines(classified)
    openers = [c for c in blocks if c.role in OPENERS]
    extents = opener_extents(openers, blocks, pictures, body)
    seps = separators(rules, body)

    def owner_of(box: Box, column: Box) -> ClassifiedBlock | None:
        owner = _owner(box, openers, extents) or _owner(column, openers, extents)
        if owner is None or not seps:
            return owner
        lower = row_owner(box, column.top, owner, openers, lambda o: _extent(o, extents), seps)
        return lower or owner

    # Keyed by each opener's reading order, unique on the page (not by ``id()``).
    slots: dict[int, dict[str, list[PartItem]]] = {o.block.order: _slots() for o in openers}
    # Headless text: the first group is the page's loose story text; each jump-in line
    # with no opener above it ("MARKET, from Page 2" heading a column) opens a group of its
    # own, so the continuation it heads is threaded apart from the story read before it.
    orphans: list[dict[str, list[PartItem]]] = [_slots()]

    def slot(owner: ClassifiedBlock | None) -> dict[str, list[PartItem]]:
        return orphans[-1] if owner is None else slots[owner.block.order]

    flow_owner: ClassifiedBlock | None = None
    flow_box: Box | None = None  # the story text read last, and its region
    flow_region: Box | None = None
    # Opener (reading order) -> the bottom of its jump-out line: a story's text on the page
    # ends at its jump line, so text read after it and set below it belongs to a later row's story
    # (stories flowing one after another down the columns, under a spanning lead head).
    jumped: dict[int, float] = {}
    # Story text read so far (its box, region and story), for a jump line read out of turn.
    texts: list[tuple[Box, Box, ClassifiedBlock]] = []
    for c in blocks:
        if c.role in OPENERS:
            flow_owner = c
        if (
            c.role in OUTSIDE
            or c.role in OPENERS
            or c.role in (BlockRole.CAPTION, BlockRole.CREDIT)
        ):
            continue
        if c.role is BlockRole.KICKER:
            owner = _kicker_owner(c.block, openers, body)
            if owner is not None:
                slots[owner.block.order]["kicker"].append(c)
            continue
        owner = owner_of(c.block.box, c.block.region)
        if c.role is BlockRole.JUMP_OUT and _closes(c.block.box, flow_box, flow_region, body):
            owner = flow_owner  # a jump line right-aligned under its text: that text's story
        elif c.role is BlockRole.JUMP_OUT:
            # read after another story's column (one beside it running deeper): the story
            # whose text ends right over the jump line, in its column, is the one it ends
            closed = _closed_text(c.block.box, texts, body)
            owner = closed if closed is not None else owner
        if owner is not None and c.block.box.top >= jumped.get(owner.block.order, float("inf")):
            owner = None  # the story jumped out above: this is the text of a later row
        if owner is not None and c.role is BlockRole.JUMP_OUT:
            jumped.setdefault(owner.block.order, c.block.box.bottom - 0.5)
        if owner is None and c.role is BlockRole.JUMP_IN:
            orphans.append(_slots())
            flow_owner = None
        if owner is None and c.role in FLOW:
            owner = flow_owner
        if c.role in FLOW:
            flow_owner, flow_box, flow_region = owner, c.block.box, c.block.region
            if owner is not None and c.role is not BlockRole.JUMP_OUT:
                texts.append((c.block.box, c.block.region, owner))
        key = {BlockRole.DECK: "deck", BlockRole.BYLINE: "byline"}.get(c.role, "items")
        slot(owner)[key].append(c)
    teasers = [c.block.box for c in blocks if c.role is BlockRole.TEASER]
    for fig in group_figures(blocks, pictures, page, log, turned):
        box = fig.picture.box if fig.picture is not None else fig.captions[0].block.box
        owner = owner_of(box, box)
        if owner is None and thumbnail(fig, teasers, body):
            continue
        target = slots[owner.block.order] if owner is not None else _headless_slot(box, orphans)
        target["items"].append(fig)

    parts: list[ArticlePart] = []
    for o in openers:
        s = slots[o.block.order]
        if o.role is BlockRole.HEADLINE and not any(s.values()):
            continue  # a head over nothing (a section flag under the running head): no story
        parts.append(_part(page, o, s))
    parts.extend(_part(page, None, s) for s in orphans if s["items"] or s["byline"])
    parts.sort(key=lambda p: p.order)
    return parts


def _closes(jump: Box, text: Box | None, region: Box | None, body: float) -> bool:
    """Whether a jump-out line closes the story text read right before it: set just under
    it, in its column (a jump line sits at the end of its story's last column, often
    right-aligned past the end of its headline, under another story's)."""
    if text is None or region is None:
        return False
    under = -1.0 <= jump.top - text.bottom <= JUMP_UNDER_EM * body
    return under and region.x0 - 1.0 <= jump.x0 and jump.x1 <= region.x1 + 1.0


def _closed_text(
    jump: Box, texts: Sequence[tuple[Box, Box, ClassifiedBlock]], body: float
) -> ClassifiedBlock | None:
    """The story of the text a jump-out line closes (``_closes``) set flush right under it
    (the convention: the jump line ends where its column ends), the nearest, among the text
    read before it; None when no text ends right over it."""
    best: tuple[float, ClassifiedBlock] | None = None
    for box, region, owner in texts:
        if abs(box.x1 - jump.x1) <= body and _closes(jump, box, region, body):
            gap = jump.top - box.bottom
            if best is None or gap < best[0]:
                best = (gap, owner)
    return best[1] if best is not None else None


def _slots() -> dict[str, list[PartItem]]:
    return {"kicker": [], "deck": [], "byline": [], "items": []}


def _headless_slot(box: Box, groups: list[dict[str, list[PartItem]]]) -> dict[str, list[PartItem]]:
    """The group of headless text a picture with no opener belongs to: the last one with
    text in its columns, else the page's loose text (the first group)."""
    for group in reversed(groups):
        if any(
            isinstance(i, ClassifiedBlock) and _overlap(i.block.region, box) > 0
            for i in group["items"]
        ):
            return group
    return groups[0]


def _order(item: PartItem) -> int:
    return item.order if isinstance(item, FigureDraft) else item.block.order


def _classified(items: list[PartItem]) -> tuple[ClassifiedBlock, ...]:
    return tuple(sorted((i for i in items if isinstance(i, ClassifiedBlock)), key=_order))


def _part(page: int, opener: ClassifiedBlock | None, s: dict[str, list[PartItem]]) -> ArticlePart:
    items = tuple(sorted(s["items"], key=_order))
    first = opener.block.order if opener is not None else min((_order(i) for i in items), default=0)
    return ArticlePart(
        page=page,
        opener=opener,
        kickers=_classified(s["kicker"]),
        decks=_classified(s["deck"]),
        bylines=_classified(s["byline"]),
        items=items,
        order=first,
    )
