"""Display advertisements are not articles: a threaded draft read as the article builder's
advert test reads it (``readers.builder.adverts``): its display line, the texts of its other
blocks, whether a byline credits someone and whether it has a jump line.

A draft that points to a page ("... PAGE A7", compose's ``refers.refer_pointer``, passed in
by the reader) is a refer, never an ad, whatever prices it names (compose makes it a
teaser). An ad in segments (a festival's days set one over the other, each with its own
display line, only the last with the ticket address) reads as several drafts of which only
the last has a way to buy: ``drop_adverts`` drops a draft set like an ad
(``set_like_advert``) stacked right over a dropped advert in its column too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newslayout.diagnostics import Log, Severity, define
from newslayout.geometry import Box
from newslayout.readers.builder.adverts import (
    DraftText,
    credits_someone,
    is_advert,
    set_like_advert,
)
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.s4_assemble.thread import Draft
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock

ADVERT_SKIPPED = define(
    "pdf-advert-skipped",
    Severity.INFO,
    "A display advertisement on a page is not read as an article.",
)


def draft_text(draft: Draft) -> DraftText:
    """The texts of a threaded draft, as ``builder.adverts.is_advert`` reads them."""
    head = draft.parts[0]
    blocks: list[str] = []
    jumps = False
    for part in draft.parts:
        blocks.extend(c.block.text for c in (*part.kickers, *part.decks))
        for item in part.items:
            if isinstance(item, FigureDraft):
                blocks.extend(c.block.text for c in (*item.captions, *item.credits))
            elif item.role in (BlockRole.JUMP_OUT, BlockRole.JUMP_IN):
                jumps = True
            else:
                blocks.append(item.block.text)
    return DraftText(
        headline=head.headline,
        blocks=blocks,
        bylined=any(credits_someone(c.block.text) for part in draft.parts for c in part.bylines),
        jumps=jumps,
    )


#: A segment of an ad ends at most this many body sizes over the next segment's top ...
STACK_GAP = 3.0
#: ... and shares at least this share of the narrower one's width with it.
STACK_OVERLAP = 0.5


def _extent(draft: Draft) -> Box | None:
    """The box of a one-page draft's text blocks (opener, header and body); None for a
    draft on several pages (a story that jumps is no ad)."""
    if len(draft.parts) != 1:
        return None
    part = draft.parts[0]
    blocks: list[ClassifiedBlock] = [] if part.opener is None else [part.opener]
    blocks.extend((*part.kickers, *part.decks, *part.bylines))
    blocks.extend(i for i in part.items if not isinstance(i, FigureDraft))
    if not blocks:
        return None
    box = blocks[0].block.box
    for c in blocks[1:]:
        box = box.union(c.block.box)
    return box


def _stacked_over(upper: Box, lower: Box, body: float) -> bool:
    narrower = min(upper.width, lower.width)
    gap = lower.top - upper.bottom
    shared = upper.horizontal_overlap(lower) >= STACK_OVERLAP * narrower
    return shared and -1.0 <= gap <= STACK_GAP * body


def drop_adverts(
    drafts: Sequence[Draft],
    body: float,
    points_to_page: Callable[[str], bool],
    log: Log | None = None,
) -> list[Draft]:
    """The drafts that are not adverts (see the module docstring). ``points_to_page`` tells
    a block's text that ends in a page pointer (compose's refer test, passed in: a later
    stage's). Each advert left out is named in ``log`` (a user who misses it in the
    republished pages learns why)."""
    texts = [draft_text(d) for d in drafts]

    def _refer(text: DraftText) -> bool:
        return any(points_to_page(b) for b in text.blocks)

    ads = {i for i, t in enumerate(texts) if is_advert(t) and not _refer(t)}
    boxes = [_extent(d) for d in drafts]
    grown = bool(ads)
    while grown:
        grown = False
        for i, draft in enumerate(drafts):
            box = boxes[i]
            if i in ads or box is None or not set_like_advert(texts[i]) or _refer(texts[i]):
                continue
            for j in sorted(ads):
                lower = boxes[j]
                if lower is None or drafts[j].parts[0].page != draft.parts[0].page:
                    continue
                if _stacked_over(box, lower, body):
                    ads.add(i)
                    grown = True
                    break
    if log is not None:
        for i in sorted(ads):
            log.add(
                ADVERT_SKIPPED,
                f"advert {texts[i].headline!r} is not read as an article",
                page=drafts[i].parts[0].page,
            )
    return [d for i, d in enumerate(drafts) if i not in ads]
