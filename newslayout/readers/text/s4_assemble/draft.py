"""Mutable drafts of articles while the assembler walks the units; frozen at the end.

Freezing goes through the article builder (``readers.builder``) for what both readers decide
alike: the dateline opening the first paragraph. A paragraph here stays the text reader's
own accumulator (raw text joined by the de-hyphenator as each piece arrives, one span a
piece), since what joins two pieces is the wording of the line ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from newslayout.model import Article, Block, Byline, Jump, ListBlock, ListItem, Paragraph, Span
from newslayout.readers.builder.datelines import dateline_of
from newslayout.readers.text.s4_assemble.inline import to_runs


@dataclass(slots=True)
class DraftParagraph:
    """A paragraph still open to a continuation: raw text (with emphasis markers) and spans."""

    raw: str
    spans: list[Span]


@dataclass(slots=True)
class DraftList:
    """A list still open to more items: raw item texts and their spans."""

    items: list[tuple[str, Span]]


DraftBlock = Block | DraftParagraph | DraftList


@dataclass(slots=True)
class DraftArticle:
    """An article being built; ``on_keywords`` are the jump words of its jump-out lines."""

    id: str
    headline: str = ""
    kicker: str = ""
    deck: str = ""
    bylines: list[Byline] = field(default_factory=list)
    blocks: list[DraftBlock] = field(default_factory=list)
    jumps: list[Jump] = field(default_factory=list)
    on_keywords: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    figures: int = 0

    def has_body(self) -> bool:
        return bool(self.blocks)

    def resolve(self, index: int) -> None:
        self.jumps[index] = replace(self.jumps[index], resolved=True)

    def freeze(self) -> Article:
        blocks: list[Block] = []
        for block in self.blocks:
            if isinstance(block, DraftParagraph):
                runs = to_runs(block.raw)
                if runs:
                    blocks.append(Paragraph(runs=runs, spans=tuple(block.spans)))
            elif isinstance(block, DraftList):
                items = tuple(ListItem(runs=to_runs(t), spans=(s,)) for t, s in block.items)
                blocks.append(ListBlock(items=items, ordered=False))
            else:
                blocks.append(block)
        return Article(
            id=self.id,
            headline=self.headline,
            kicker=self.kicker,
            decks=(self.deck,) if self.deck else (),
            bylines=tuple(self.bylines),
            blocks=tuple(blocks),
            jumps=tuple(self.jumps),
            dateline=dateline_of(blocks),
            spans=tuple(self.spans),
        )
