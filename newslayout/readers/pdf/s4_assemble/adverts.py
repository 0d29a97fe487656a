"""Display advertisements are not articles: a threaded draft read as the article builder's
advert test reads it (``readers.builder.adverts``): its display line, the texts of its other
blocks, whether a byline credits someone and whether it has a jump line."""

from __future__ import annotations

from newslayout.readers.builder.adverts import DraftText, credits_someone
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.s4_assemble.thread import Draft
from newslayout.readers.pdf.types import BlockRole


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
