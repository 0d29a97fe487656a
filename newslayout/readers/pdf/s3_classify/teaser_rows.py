"""Teasers laid out across a row: the geometry the ``teaser`` rule and the pairing share.

A front page often sets its teasers side by side in one band (a skybox, a strip under the
nameplate). The row-segment stage then gives one line holding every teaser, so the per-line
cues of ``newslayout.cues`` see "Ferry fares rise Page 2 Tide tables Page 2" as one text.
Two layouts are read here, by the words' text and position only:

- a *teaser row*: one line of cells, each a short head with its own pointer at the end (or
  every cell with its pointer at the start);
- a *pointer row* ("PAGE 2   PAGE 2   PAGE 2") right above a row of heads: each pointer labels
  the head set in its own column below it (the head starting at or right of the pointer);
- a *rail*: one column holding two or more whole-line pointers, each by a short head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newslayout.cues import parse_teaser_pointer
from newslayout.cues.index import SEPARATORS, entry_head, label_page, split_entries, title_words
from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.types import TextBlock, Word, words_box

#: A head of a teaser cell has at most this many words.
MAX_HEAD_WORDS = 12
#: A pointer ("See page 12", "PAGE 2", "P3") spans at most this many words.
MAX_POINTER_WORDS = 3


#: Punctuation that ties a head to its pointer ("honoured, p2") and is no part of the head.
_HEAD_TAIL = " ,;:–—-"


@dataclass(frozen=True, slots=True, kw_only=True)
class TeaserCell:
    """One teaser found in a row: its head, the page it points to, where both are printed."""

    text: str
    page: int
    box: Box
    label: str = ""


@dataclass(frozen=True, slots=True)
class _Pointer:
    start: int
    end: int
    page: int


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def _pointers(words: Sequence[Word]) -> list[_Pointer]:
    """The pointers among a line's words, longest first at each position, left to right."""
    out: list[_Pointer] = []
    i = 0
    while i < len(words):
        for k in range(MAX_POINTER_WORDS, 0, -1):
            if i + k > len(words):
                continue
            page = parse_teaser_pointer(_text(words[i : i + k]))
            if page is not None:
                out.append(_Pointer(i, i + k, page))
                i += k
                break
        else:
            i += 1
    return out


def _head_ok(words: Sequence[Word]) -> bool:
    return 0 < len(words) <= MAX_HEAD_WORDS and any(
        sum(c.isalpha() for c in w.text) >= 2 for w in words
    )


def _set_apart(head: Sequence[Word], pointer: Word) -> bool:
    """Whether a cell's pointer is set off from its head: another size, weight, slant or
    face, or an em of space between them."""
    near = min(head, key=lambda w: min(abs(w.x0 - pointer.x1), abs(pointer.x0 - w.x1)))
    gap = min(abs(near.x0 - pointer.x1), abs(pointer.x0 - near.x1))
    return (
        abs(near.size - pointer.size) > 0.5
        or (near.bold, near.italic, near.font) != (pointer.bold, pointer.italic, pointer.font)
        or gap >= max(near.size, pointer.size)
    )


def row_cells(words: Sequence[Word]) -> list[TeaserCell]:
    """The teasers of one line that holds two or more "head pointer" cells (or one after
    an index title: "INSIDE  Sport 2"); else empty."""
    return _index_row(words) or _pointer_first_row(words)


def _index_row(words: Sequence[Word]) -> list[TeaserCell]:
    """A row of entries each ending with its page label ("INSIDE Science 19 · Property Page
    22 · Puzzles A23"). A bare number is a label only with evidence that this is no
    sentence: an index title opening the row, a separator between every two entries, or each
    label set apart from its head (another face, size, or an em of space) when no label is
    a bare number."""
    tokens = [w.text for w in words]
    title = title_words(tokens)
    entries = split_entries(tokens, start=title)
    if len(entries) < (1 if title else 2):
        return []
    marked = all(tokens[e.head.start - 1] in SEPARATORS for e in entries[1:])
    apart = all(
        _set_apart([w for w in words[e.head] if w.text not in SEPARATORS], words[e.pointer.start])
        for e in entries
    )
    # Names beside bare numbers in another face are as often a weather or results table.
    bare = any(_text(words[e.pointer]).isdigit() for e in entries)
    if not (title or marked or (apart and not bare)):
        return []  # a sentence that mentions two pages, not a row of teasers
    return [
        TeaserCell(
            text=entry_head(tokens, e),
            page=label_page(e.label),
            box=words_box(
                [w for w in words[e.head.start : e.pointer.stop] if w.text not in SEPARATORS]
            ),
            label=_text(words[e.pointer]),
        )
        for e in entries
    ]


def _pointer_first_row(words: Sequence[Word]) -> list[TeaserCell]:
    """A row of cells each opening with its pointer ("PAGE 2 Ferry fares rise  PAGE 3 ...")."""
    found = _pointers(words)
    if len(found) < 2 or found[0].start != 0:
        return []
    ends = [*(p.start for p in found[1:]), len(words)]
    heads = [words[p.end : e] for p, e in zip(found, ends, strict=True)]
    # Each boundary between cells marked, before the next head or at the pointer's end.
    marked = all(
        (h and h[0].text in SEPARATORS) or words[p.end - 1].text in SEPARATORS
        for h, p in zip(heads[1:], found, strict=False)
    )
    heads = [[w for w in h if w.text not in SEPARATORS] for h in heads]
    if not all(_head_ok(h) for h in heads):
        return []
    apart = all(_set_apart(h, words[p.start]) for h, p in zip(heads, found, strict=True))
    if not (apart or marked):
        return []  # a sentence that mentions two pages, not a row of teasers
    return [
        TeaserCell(
            text=_text(h).rstrip(_HEAD_TAIL),
            page=p.page,
            box=words_box([*h, *words[p.start : p.end]]),
            label=_text(words[p.start : p.end]),
        )
        for h, p in zip(heads, found, strict=True)
    ]


def pointer_row(block: TextBlock) -> list[tuple[str, int, Box]]:
    """(label, page, box) per pointer when the block is one line of two or more pointers
    and nothing else ("PAGE 2   PAGE 2   PAGE 2"); else empty."""
    if len(block.lines) != 1:
        return []
    words = block.lines[0].words
    found = _pointers(words)
    if len(found) < 2 or sum(p.end - p.start for p in found) != len(words):
        return []
    return [
        (_text(words[p.start : p.end]), p.page, words_box(words[p.start : p.end])) for p in found
    ]


def heads_under_pointers(pointers: TextBlock, heads: TextBlock) -> list[TeaserCell]:
    """Each pointer of a pointer row paired with the words of ``heads`` (the row right
    below) set in its own column: from the pointer's left edge to the next pointer's. A
    word left of the first pointer, or a column left empty, means this is no such pair."""
    labels = pointer_row(pointers)
    if not labels or parse_teaser_pointer(heads.text) is not None:
        return []
    groups: list[list[Word]] = [[] for _ in labels]
    for line in heads.lines:
        for w in line.words:
            slack = 0.5 * w.size
            column = [i for i, (_, _, box) in enumerate(labels) if box.x0 <= w.x0 + slack]
            if not column:
                return []
            groups[column[-1]].append(w)
    if not all(_head_ok(g) for g in groups):
        return []
    return [
        TeaserCell(text=_text(g), page=page, box=words_box(g), label=label)
        for g, (label, page, _) in zip(groups, labels, strict=True)
    ]


def heads_below(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` is a row of pointers with a row of heads right under it."""
    if not pointer_row(block):
        return False
    nxt = ctx.below(block, 2.0 * ctx.body)
    return nxt is not None and bool(heads_under_pointers(block, nxt))


def labelled_heads(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` is a row of heads, each under its own pointer in the row above."""
    up = ctx.above(block, 2.0 * ctx.body)
    return up is not None and bool(heads_under_pointers(up, block))


def rail_head(other: TextBlock | None, ctx: PageContext, pointer: TextBlock) -> bool:
    """Whether ``other``, next to a whole-line pointer, is the head of a teaser rail: a
    column holding two or more pointers, each by a short head at about body size and larger
    than the pointer (an index of stories, not a jump line in running text)."""
    if other is None or parse_teaser_pointer(other.text) is not None:
        return False
    short = len(other.text.split()) <= ctx.settings.short_line_words and len(other.lines) <= 2
    if not short or other.size < 0.95 * ctx.body or other.size <= pointer.size:
        return False
    if other.text.rstrip().endswith((".", ",", ";", ":")):
        return False
    column = [b for b in ctx.blocks if b.region == pointer.region]
    pointers = [b for b in column if parse_teaser_pointer(b.text) is not None]
    return len(pointers) >= 2


#: A strip's label ("INSIDE", "TODAY") is at most this many words ...
MAX_LABEL_WORDS = 3
#: ... and stands at most this many body sizes left of the strip's first teaser.
LABEL_REACH_EM = 4.0


def right_on_row(block: TextBlock, ctx: PageContext) -> TextBlock | None:
    """The nearest block right of a short one-line label on its row (sharing half its height,
    starting within ``LABEL_REACH_EM`` body sizes of its right edge), or None."""
    if len(block.lines) != 1 or len(block.text.split()) > MAX_LABEL_WORDS:
        return None
    if parse_teaser_pointer(block.text) is not None:
        return None
    box = block.box
    best: TextBlock | None = None
    for other in ctx.blocks:
        ob = other.box
        shared = min(box.bottom, ob.bottom) - max(box.top, ob.top)
        gap = ob.x0 - box.x1
        if other is block or shared < 0.5 * min(box.height, ob.height):
            continue
        if 0 <= gap <= LABEL_REACH_EM * ctx.body and (best is None or ob.x0 < best.box.x0):
            best = other
    return best
