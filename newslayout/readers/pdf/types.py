"""Typed intermediate results of the PDF reader's stages.

The stages hand these frozen dataclasses to one another (extract -> blocks -> columns ->
classify -> assemble -> thread -> normalize), so that each stage is a pure function that unit
tests can feed with small hand-made inputs, without any PDF.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from newslayout.geometry import Box


class Glyph(NamedTuple):
    """One drawn character, reduced to what the reader needs (from pdfminer's ``LTChar``).

    A named tuple rather than a dataclass: a dense broadsheet page has 15,000 or more glyphs,
    and a tuple is built, sorted and compared several times faster than a frozen dataclass
    (whose ``__init__`` sets each field through ``object.__setattr__``).
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str = ""
    color: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Word:
    """A run of glyphs without a space, with the style most of its glyphs share.

    ``hyphen_soft`` is True when the word ended with a soft hyphen (U+00AD), a hyphenation
    point the producer left in the text layer.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    italic: bool = False
    font: str = ""
    color: str = ""
    hyphen_soft: bool = False

    @property
    def box(self) -> Box:
        return Box(x0=self.x0, top=self.top, x1=self.x1, bottom=self.bottom)


def words_box(words: Sequence[Word]) -> Box:
    """The box around ``words`` (at least one)."""
    return Box(
        x0=min(w.x0 for w in words),
        top=min(w.top for w in words),
        x1=max(w.x1 for w in words),
        bottom=max(w.bottom for w in words),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ImageRef:
    """An image placed on a page; ``data`` holds the bytes to write (already JPEG or PNG)."""

    box: Box
    data: bytes = b""
    media_type: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class DrawnRule:
    """A drawn line or thin rectangle (column rules, box frames, separators)."""

    box: Box

    @property
    def horizontal(self) -> bool:
        return self.box.width >= self.box.height


@dataclass(frozen=True, slots=True, kw_only=True)
class Shade:
    """A filled rectangle large enough to be a box background (a sidebar's tint)."""

    box: Box


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnedLine:
    """One line of text set a quarter turn, in reading order; ``box`` is its box on the page.

    ``upward`` is True when the text reads bottom to top (turned anticlockwise).
    """

    text: str
    box: Box
    size: float
    upward: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class PageContent:
    """Everything extracted from one page: the compact result kept after the page closes."""

    number: int
    width: float
    height: float
    words: tuple[Word, ...] = ()
    images: tuple[ImageRef, ...] = ()
    rules: tuple[DrawnRule, ...] = ()
    shades: tuple[Shade, ...] = ()
    #: Filled bars between a rule's thickness and a shade's (``s1_extract.bars``).
    bars: tuple[DrawnRule, ...] = ()
    turned: tuple[TurnedLine, ...] = ()
    failed: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """A unit the layout stage's XY-cut moves around: a segment of words on one row, or an image."""

    box: Box
    words: tuple[Word, ...] = ()
    image: ImageRef | None = None

    @property
    def size(self) -> float:
        return max((w.size for w in self.words), default=0.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """Words sharing a baseline inside one region, left to right.

    The derived values (text, box, size, weight, slant) are asked for again and again by
    the later stages, so each is computed once and kept in a private slot (not compared, not
    shown: equality and ``repr`` stay those of the words).
    """

    words: tuple[Word, ...]
    _text: str | None = field(default=None, init=False, repr=False, compare=False)
    _box: Box | None = field(default=None, init=False, repr=False, compare=False)
    _size: float | None = field(default=None, init=False, repr=False, compare=False)
    _bold: bool | None = field(default=None, init=False, repr=False, compare=False)
    _italic: bool | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        text = self._text
        if text is None:
            text = " ".join([w.text for w in self.words])
            object.__setattr__(self, "_text", text)
        return text

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return self.box.top

    @property
    def bottom(self) -> float:
        return self.box.bottom

    @property
    def size(self) -> float:
        """The size of most of the line's characters."""
        size = self._size
        if size is None:
            weights: dict[float, int] = {}
            for w in self.words:
                key = round(w.size, 1)
                weights[key] = weights.get(key, 0) + len(w.text)
            size = max(weights.items(), key=lambda kv: kv[1])[0]
            object.__setattr__(self, "_size", size)
        return size

    def _mostly(self, flag: str) -> bool:
        """Whether most of the line's characters are in words with ``flag`` set."""
        chars = sum(len(w.text) for w in self.words if getattr(w, flag))
        return chars * 2 > len(self.text)

    @property
    def bold(self) -> bool:
        bold = self._bold
        if bold is None:
            bold = self._mostly("bold")
            object.__setattr__(self, "_bold", bold)
        return bold

    @property
    def italic(self) -> bool:
        italic = self._italic
        if italic is None:
            italic = self._mostly("italic")
            object.__setattr__(self, "_italic", italic)
        return italic

    @property
    def box(self) -> Box:
        box = self._box
        if box is None:
            words = self.words
            box = Box(
                x0=words[0].x0,
                top=min([w.top for w in words]),
                x1=words[-1].x1,
                bottom=max([w.bottom for w in words]),
            )
            object.__setattr__(self, "_box", box)
        return box


class BlockRole(enum.StrEnum):
    """What a text block is on the page, as decided by the classification rules."""

    MASTHEAD = "masthead"
    FURNITURE = "furniture"
    TEASER = "teaser"
    KICKER = "kicker"
    HEADLINE = "headline"
    DECK = "deck"
    BYLINE = "byline"
    SUBHEAD = "subhead"
    BODY = "body"
    CAPTION = "caption"
    CREDIT = "credit"
    QUOTE = "quote"
    JUMP_OUT = "jump-out"
    JUMP_IN = "jump-in"
    JUMP_HEAD = "jump-head"
    ORNAMENT = "ornament"


@dataclass(frozen=True, slots=True, kw_only=True)
class TextBlock:
    """Consecutive lines of one style in one region (a paragraph-sized piece of text).

    ``region`` is the region's box (the column piece it sits in), ``order`` its position in
    the page's reading order, ``shaded`` True when it sits on a tinted box. ``indented`` says
    the first line starts a paragraph by indent; ``free_end`` is the room left at the end of
    the last line (pt), ``hyphen_end`` whether it ends in a line-end hyphen: together they
    tell whether the paragraph runs on into the next block (a column or page break).
    """

    lines: tuple[Line, ...]
    region: Box
    order: int = 0
    shaded: bool = False
    indented: bool = False
    gap_before: bool = False
    free_end: float = 0.0
    hyphen_end: bool = False
    _text: str | None = field(default=None, init=False, repr=False, compare=False)
    _box: Box | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        text = self._text
        if text is None:
            text = " ".join([line.text for line in self.lines])
            object.__setattr__(self, "_text", text)
        return text

    @property
    def box(self) -> Box:
        """The union of the lines' boxes (computed once, like :class:`Line`'s values)."""
        b = self._box
        if b is None:
            b = self.lines[0].box
            for line in self.lines[1:]:
                b = b.union(line.box)
            object.__setattr__(self, "_box", b)
        return b

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)

    @property
    def italic(self) -> bool:
        return all(line.italic for line in self.lines)


@dataclass(frozen=True, slots=True, kw_only=True)
class Picture:
    """An image in the page's reading order (a figure's graphic)."""

    image: ImageRef
    order: int = 0

    @property
    def box(self) -> Box:
        return self.image.box


@dataclass(frozen=True, slots=True, kw_only=True)
class ClassifiedBlock:
    """A text block with its role; ``page`` is the 1-based page sequence."""

    block: TextBlock
    role: BlockRole
    page: int
    rule: str = ""
