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

import re
from collections.abc import Sequence

from newslayout.cues import parse_end_byline, parse_signature
from newslayout.model import Byline, Span
from newslayout.readers.builder.bylines import end_byline as builder_end_byline
from newslayout.readers.pdf.s3_classify.bylines import BREAK_HYPHENS, unbroken_text
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.s4_assemble.signatures import is_signature
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock

#: An end byline is a line or two (three for a long credit in a narrow column).
MAX_LINES = 3
#: ... and when it breaks into blocks, at most this many lines in all.
MAX_RUN_LINES = 4
#: ... or, in a column narrowed by a picture beside it (two or three words a line), at most
#: this many words however many lines they take ("— Reporting by X; additional reporting by Y").
MAX_WORDS = 12


def _short(lines: int, words: int, most_lines: int) -> bool:
    """Few enough lines, or few enough words for an end byline in a narrow column."""
    return lines <= most_lines or words <= MAX_WORDS


#: Two sizes this close (as a share of the larger) are one size.
SAME_SIZE_SHARE = 0.1
#: The dash an end byline opens with (see ``cues.parse_end_byline``).
_LEADING_DASH = re.compile(r"\s*(?:—|–|―|--)")
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
    """The block's text with a word hyphenated at a line end joined again ("Holm- gren")."""
    return unbroken_text(c.block)


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


def _run_on(c: ClassifiedBlock, text: list[ClassifiedBlock]) -> list[ClassifiedBlock]:
    """``c`` and the blocks its end byline runs on into: a long credit ("— Reporting by X;
    additional / reporting by Y") breaks into blocks at a line that stops early. Each next
    block is read right after it, in its region and size, tight under it."""
    group = [c]
    lines, words = len(c.block.lines), len(c.block.text.split())
    following = sorted(
        (o for o in text if o.block.order > c.block.order), key=lambda o: o.block.order
    )
    for o in following:
        last = group[-1].block
        gap = o.block.box.top - last.box.bottom
        same = abs(o.block.size - last.size) <= SAME_SIZE_SHARE * max(o.block.size, last.size)
        if o.block.region != last.region or not same or not -1.0 <= gap <= last.size:
            break
        lines += len(o.block.lines)
        words += len(o.block.text.split())
        if not _short(lines, words, MAX_RUN_LINES):
            break
        group.append(o)
    return group


def end_byline_groups(part: ArticlePart) -> tuple[tuple[ClassifiedBlock, ...], ...]:
    """The part's end bylines (see the module docstring), each as the body blocks it is set
    in (one, or several when a long credit breaks into blocks)."""
    text = [i for i in part.items if not isinstance(i, FigureDraft) and i.role in _TEXT_ROLES]
    out: list[tuple[ClassifiedBlock, ...]] = []
    taken: set[int] = set()
    for c in text:
        if id(c) in taken or c.role is not BlockRole.BODY:
            continue
        if not _short(len(c.block.lines), len(c.block.text.split()), MAX_LINES):
            continue
        if parse_end_byline(_joined(c)) is None and is_signature(c, text):
            group = [c]  # a signature: one line, no dash
        else:
            run = _run_on(c, text) if _LEADING_DASH.match(_joined(c)) else [c]
            # the longest run that reads as an end byline: "... by Rhea" / "Moafis" is one name
            group = next(
                (run[:n] for n in range(len(run), 0, -1) if parse_end_byline(_group_text(run[:n]))),
                [],
            )
        if not group or any(o.role is not BlockRole.BODY for o in group):
            continue
        last = group[-1]
        if not (_lowest(last, text) or _last_in_column(last, text)):
            continue
        if not _under_quote(c, part):
            out.append(tuple(group))
            taken.update(id(o) for o in group)
    return tuple(out)


def end_bylines(part: ArticlePart) -> tuple[ClassifiedBlock, ...]:
    """The part's body blocks that are (or are part of) end bylines."""
    return tuple(c for group in end_byline_groups(part) for c in group)


def _group_text(group: Sequence[ClassifiedBlock]) -> str:
    """The text of an end byline's blocks, a word broken across two of them joined again."""
    text = ""
    for c in group:
        piece = _joined(c)
        if text.endswith(BREAK_HYPHENS) and piece[:1].islower():
            text = text[:-1] + piece
        else:
            text = f"{text} {piece}" if text else piece
    return text


def end_byline(c: ClassifiedBlock | Sequence[ClassifiedBlock], span: Span) -> Byline:
    """The model byline of an end-byline block, or of the blocks one is set in
    (``builder.bylines.end_byline`` of its text, or the names of a signature, which has no
    dash)."""
    group = (c,) if isinstance(c, ClassifiedBlock) else c
    text = _group_text(group)
    signed = parse_signature(text) if parse_end_byline(text) is None else None
    if signed is not None:
        return Byline(printed=signed.printed, contributors=signed.contributors, spans=(span,))
    return builder_end_byline(text, span)
