"""The checks both builders run on a typeset issue: is every piece printed on the page the
source puts it? (``tools.corpus.build`` for the committed sets, ``tools.corpus.blind.build``
for drawn ones; one module, so the two cannot drift apart.)

The sources differ (``model.Source`` articles, ``blind.draw.Issue`` stories) but their parts
have one shape, :class:`PartLike`; each builder adds the pieces only its source has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from .engines import on_page_checker, page_texts

#: Words quoted from the start and the end of a story part's paragraphs.
SNIPPET_WORDS = 4
#: The caption check looks for its last this many characters (the start may wrap around a
#: picture differently in each engine).
CAPTION_TAIL = 30

OnPage = Callable[[str, int], bool]


class FigureLike(Protocol):
    @property
    def caption(self) -> str: ...


class BlockLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def figure(self) -> FigureLike | None: ...


class PartLike(Protocol):
    @property
    def page(self) -> int: ...
    @property
    def blocks(self) -> Sequence[BlockLike]: ...
    @property
    def jump_out(self) -> str | None: ...
    @property
    def jump_in(self) -> str | None: ...
    @property
    def jump_head(self) -> str | None: ...


def snippets(text: str, n: int = SNIPPET_WORDS) -> list[str]:
    """The first and the last ``n`` words of ``text``."""
    words = text.split()
    return [" ".join(words[:n]), " ".join(words[-n:])]


def part_needles(part: PartLike, headline: str | None) -> list[str]:
    """What must be printed on a story part's page: its headline (first part), jump lines,
    the first words of its first paragraph and the last of its last, its captions' ends."""
    must = [headline] if headline else []
    must += [x for x in (part.jump_out, part.jump_in, part.jump_head) if x]
    paras = [b.text for b in part.blocks if b.kind == "p"]
    if paras:
        must += snippets(paras[0])[:1] + snippets(paras[-1])[1:]
    must += [b.figure.caption[-CAPTION_TAIL:] for b in part.blocks if b.figure]
    return must


def misplaced(on_page: OnPage, label: str, page: int, needles: Iterable[str]) -> list[str]:
    """A problem line for each needle not printed on ``page``."""
    return [f"{label}: {m!r} not on page {page}" for m in needles if not on_page(m, page)]


def read_back(pdf: Path, pages: int) -> tuple[OnPage, list[str]]:
    """The typeset PDF's ``on_page`` test, and a problem when its page count is not ``pages``."""
    texts = page_texts(pdf)
    problems = [] if len(texts) == pages else [f"page count {len(texts)} != {pages}"]
    return on_page_checker(texts), problems
