"""Signatures: the writer's bare name set flush right at a story's end, in another face.

Many European papers sign a story at its end with no dash and no "By": "Stefan Schaaf" or
"Stefan Schaaf (mit ap/dpa/epd)" in italic, flush right under the last line, or on the last
line itself after the closing sentence. A name on a line of its own is weak evidence (a
quoted speaker, a list of names, a party such as "Die Linke" read the same), so a signature
needs all of: the wording of names (``cues.parse_signature``), every word in another face
than the story's text (italic where the text is roman), flush right with its column and set
well in from the column's left edge, and the story's end (``end_bylines`` asks for that).

``split_tail_signature`` cuts a signature set on the last line of the story's last block off
into a block of its own, so the end-byline path reads it like a signature on its own line.
"""

from __future__ import annotations

from dataclasses import replace

from newslayout.cues import parse_signature
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, PartItem
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock, Word

#: A signature's right edge lies within this many of its ems of its column's right edge ...
FLUSH_EMS = 0.6
#: ... and it starts at least this many ems right of the column's left edge (set flush
#: right, not a line of text that happens to hold a name).
INDENT_EMS = 2.0
#: On the story's last line, a signature follows the text after at least this gap (ems):
#: a flush-right name leaves more than a word space.
TAIL_GAP_EMS = 1.0
#: The last text before a signature on the same line ends a sentence.
_SENTENCE_END = (".", "!", "?", "“", "”", '"', "»", "«", ")")


def _face_apart(words: tuple[Word, ...] | list[Word], text: list[ClassifiedBlock]) -> bool:
    """Every word of the signature italic while most words of the story's text are not."""
    if not words or not all(w.italic for w in words):
        return False
    story = [w for c in text for line in c.block.lines for w in line.words]
    return sum(w.italic for w in story) * 2 < len(story)


def _column(c: ClassifiedBlock, text: list[ClassifiedBlock]) -> list[ClassifiedBlock]:
    """The story's text blocks over ``c`` in its column (sharing some of its width)."""
    box = c.block.box
    return [
        o
        for o in text
        if o is not c and o.block.box.horizontal_overlap(box) > 0 and o.block.box.top < box.top
    ]


def is_signature(c: ClassifiedBlock, text: list[ClassifiedBlock]) -> bool:
    """Whether ``c`` (one of the story's ``text`` blocks) is set as a signature: one line of
    names in another face, flush right in its column and well in from its left edge (its
    place at the story's end is ``end_bylines``'s test)."""
    block = c.block
    if c.role is not BlockRole.BODY or len(block.lines) != 1:
        return False
    if parse_signature(block.text) is None or not _face_apart(block.lines[0].words, text):
        return False
    column = _column(c, text)
    if not column:
        return False
    em = block.size
    left = min(o.block.box.x0 for o in column)
    right = max(o.block.box.x1 for o in column)
    flush = abs(block.box.x1 - right) <= FLUSH_EMS * em
    return flush and block.box.x0 - left >= INDENT_EMS * em


def _tail_split(block: TextBlock) -> int | None:
    """Where a signature starts on the block's last line (a word index), or None: a run of
    italic words after a gap wider than a word space, after a sentence end, flush with the
    block's right edge."""
    words = block.lines[-1].words
    em = block.size
    for k in range(len(words) - 1, 0, -1):
        if not words[k].italic:
            return None
        gap = words[k].x0 - words[k - 1].x1
        if gap < TAIL_GAP_EMS * em or not words[k - 1].text.endswith(_SENTENCE_END):
            continue
        if words[k - 1].italic or parse_signature(" ".join(w.text for w in words[k:])) is None:
            continue
        if abs(words[-1].x1 - block.box.x1) <= FLUSH_EMS * em:
            return k
    return None


def split_tail_signature(part: ArticlePart) -> ArticlePart:
    """``part`` with a signature set on its last text line cut off into a block of its own,
    right after the trimmed block in the items; unchanged when there is none."""
    text = [i for i in part.items if not isinstance(i, FigureDraft) and i.role is BlockRole.BODY]
    if not text:
        return part
    last = max(text, key=lambda c: c.block.order)
    if any(o.block.box.top > last.block.lines[-1].box.top for o in text if o is not last):
        return part  # not the story's end: text of it starts lower on the page
    k = _tail_split(last.block)
    if k is None or not _face_apart(last.block.lines[-1].words[k:], text):
        return part
    words = last.block.lines[-1].words
    # the room the signature leaves at the end of the text's last line: the paragraph ends
    free = last.block.box.x1 - words[k - 1].x1
    trimmed = replace(
        last.block, lines=(*last.block.lines[:-1], Line(words=words[:k])), free_end=free
    )
    signed = TextBlock(
        lines=(Line(words=words[k:]),), region=last.block.region, order=trimmed.order
    )
    items: list[PartItem] = []
    for item in part.items:
        if item is last:
            items.extend([replace(last, block=trimmed), replace(last, block=signed)])
        else:
            items.append(item)
    return replace(part, items=tuple(items))
