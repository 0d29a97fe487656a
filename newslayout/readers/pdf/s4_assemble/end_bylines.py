"""Bylines printed at the END of a story: "— Reporting by X", "— X", "— Words by X; ...".

Many papers credit the writer after the last paragraph instead of under the headline. The
wording (``cues.parse_end_byline``: a leading dash, then names, optionally "Reporting by" or
"Words by X; pictures by Y") cannot tell such a line from the same line under a pull quote or
at the foot of a letter, so place decides: the line is the story's lowest text on its page
(nothing of the story's text starts below it, in any column: a designer may set it under the
whole column set, flush left, rather than at the foot of the last column) and it does not
sit right under a pull quote (that is the quote's attribution). A line read last in the
story (the foot of its last column) with nothing of the story under it in its own column is
one too, even when an earlier column runs deeper: columns balanced unevenly at the end of a
story leave the last one shorter. A signature (a bare name flush right in another face, no
dash: ``signatures``) counts as an end byline in the same places.
"""

from __future__ import annotations

from newslayout.cues import parse_end_byline, parse_signature
from newslayout.cues.sentences import clean
from newslayout.model import Byline, Span
from newslayout.readers.builder.bylines import end_byline as builder_end_byline
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.s4_assemble.signatures import is_signature
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock

#: An end byline is a line or two.
MAX_LINES = 2
#: Roles of a story's own text, which an end byline comes after.
_TEXT_ROLES = frozenset({BlockRole.BODY, BlockRole.SUBHEAD, BlockRole.QUOTE})


def _under_quote(c: ClassifiedBlock, part: ArticlePart) -> bool:
    """Whether a pull quote of the part ends right over ``c`` in its region (within two of
    the quote's sizes): then the dash line is the quote's attribution."""
    for item in part.items:
        if isinstance(item, FigureDraft) or item.role is not BlockRole.QUOTE:
            continue
        q = item.block
        gap = c.block.box.top - q.box.bottom
        if q.region == c.block.region and -1.0 <= gap <= 2.0 * q.size:
            return True
    return False


def _joined(c: ClassifiedBlock) -> str:
    """The block's text with a word hyphenated at a line end joined again ("Holm- gren"): a
    hyphen at a line end before a lower-case letter is the typesetter's, not the name's."""
    text = ""
    for line in c.block.lines:
        piece = line.text.strip()
        if text.endswith(("-", "\u2010", "\u00ad")) and piece[:1].islower():
            text = text[:-1] + piece
        else:
            text = f"{text} {piece}" if text else piece
    return clean(text)


def _lowest(c: ClassifiedBlock, text: list[ClassifiedBlock]) -> bool:
    """Nothing of the story's text starts below ``c`` on its page, in any column."""
    return not any(o is not c and o.block.box.top > c.block.box.top for o in text)


def _last_in_column(c: ClassifiedBlock, text: list[ClassifiedBlock]) -> bool:
    """``c`` is read last of the story's text on its page, and nothing of it starts below
    ``c`` in the columns ``c`` spans."""
    box = c.block.box
    if any(o is not c and o.block.order >= c.block.order for o in text):
        return False
    return not any(
        o is not c and o.block.box.top > box.top and o.block.box.horizontal_overlap(box) > 0
        for o in text
    )


def end_bylines(part: ArticlePart) -> tuple[ClassifiedBlock, ...]:
    """The part's body blocks that are end bylines (see the module docstring)."""
    text = [i for i in part.items if not isinstance(i, FigureDraft) and i.role in _TEXT_ROLES]
    out: list[ClassifiedBlock] = []
    for c in text:
        if c.role is not BlockRole.BODY or len(c.block.lines) > MAX_LINES:
            continue
        if parse_end_byline(_joined(c)) is None and not is_signature(c, text):
            continue
        if not (_lowest(c, text) or _last_in_column(c, text)):
            continue
        if not _under_quote(c, part):
            out.append(c)
    return tuple(out)


def end_byline(c: ClassifiedBlock, span: Span) -> Byline:
    """The model byline of an end-byline block (``builder.bylines.end_byline`` of its text,
    or the names of a signature, which has no dash)."""
    text = _joined(c)
    signed = parse_signature(text) if parse_end_byline(text) is None else None
    if signed is not None:
        return Byline(printed=signed.printed, contributors=signed.contributors, spans=(span,))
    return builder_end_byline(text, span)
