"""A paragraph that runs on across breaks: its pieces in order and one span a piece.

A column, page or jump break cuts a paragraph into pieces set in different places. Whether
the next piece continues the paragraph is the reader's evidence (the PDF reader: indents,
gaps and free room at the line end; the text reader: wording and line shape); once it says
so, the piece and its provenance join the open paragraph here, so the model paragraph keeps
one span per piece it was printed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from newslayout.model import Span

P = TypeVar("P")  # a piece of text as the reader has it (a text block, a raw string)


@dataclass  # no slots: a subscripted generic sets __orig_class__ on its instances
class OpenParagraph(Generic[P]):
    """A paragraph still open to a continuation."""

    pieces: list[P] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    @classmethod
    def start(cls, piece: P, span: Span) -> OpenParagraph[P]:
        """A paragraph opened by its first piece."""
        return cls([piece], [span])

    def run_on(self, piece: P, span: Span) -> None:
        """The next piece continues the paragraph."""
        self.pieces.append(piece)
        self.spans.append(span)

    @property
    def last(self) -> P:
        """The piece printed last so far (the one a continuation must follow)."""
        return self.pieces[-1]
