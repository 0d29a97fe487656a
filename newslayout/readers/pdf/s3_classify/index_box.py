"""Index boxes: a labelled list of sections or stories, each with the page it is on.

:func:`index_box` reads a box by rows under its title ("INSIDE", "HEUTE", "DANS CE NUMÉRO":
``cues.index``), word by word, so it does not matter how segmentation cut the box into blocks
(a column of titles, its page labels in one block or two, a row merged with the next column's
line). Each row is one entry or more, cut after each page label; the box ends at the first row
that is none, or at a wider gap than its rows keep.

The older readers below need no title for the rows' words, only an index word above them:

A front page's index ("INSIDE", "IN THIS ISSUE", "INDEX") sets a short title and a page
number per row, either on one line ("Opinion 2", "Sport .... 14") or as two columns side by
side: a column of titles beside a column of bare numbers. Segmentation then gives two blocks
("Opinion Sport Letters" and "2 2 2") that no per-line cue reads as teasers. Read here by the
words' text and position only:

- the label must be one of the index words above the rows: a bare number is too weak a cue
  on its own (a weather box or a results table also sets names beside numbers);
- the numbers are page numbers in page order (never decreasing), as an index lists them;
- a title is short (``MAX_TITLE_WORDS``) and no sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from newslayout.cues import parse_teaser_pointer
from newslayout.cues.index import entry_head, is_index_title, label_page, split_entries
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.teaser_rows import TeaserCell
from newslayout.readers.pdf.types import Line, TextBlock, Word, words_box

#: The labels an index box opens with (case-insensitive, the whole line).
INDEX_LABEL = re.compile(
    r"(?:what[’']?s\s+)?inside(?:\s+(?:today|this\s+(?:issue|edition|week)))?"
    r"|in\s+(?:this|today[’']?s)\s+(?:issue|edition|paper)|index|contents|also(?:\s+inside)?",
    re.IGNORECASE,
)
#: A row's title has at most this many words.
MAX_TITLE_WORDS = 6
#: A bare page number has at most this many digits.
MAX_PAGE_DIGITS = 3
#: Leader dots or rules between a title and its number ("Sport ........ 14").
_LEADER = re.compile(r"[.·…_\-–—\s]+$")


def page_number(text: str) -> int | None:
    """The page a row's number names: a bare "2" or "14", or a pointer ("p2", "Page A2")."""
    core = text.strip()
    if core.isdigit() and len(core) <= MAX_PAGE_DIGITS and int(core) > 0:
        return int(core)
    return parse_teaser_pointer(core)


def _title_ok(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and any(sum(c.isalpha() for c in w) >= 2 for w in words)
        and not text.rstrip().endswith((".", ",", ";", ":", "?", "!"))
    )


def _in_order(pages: list[int]) -> bool:
    return len(pages) >= 2 and all(a <= b for a, b in pairwise(pages))


def _same_row(a: Line, b: Line) -> bool:
    shared = min(a.box.bottom, b.box.bottom) - max(a.box.top, b.box.top)
    return shared > 0.5 * min(a.box.height, b.box.height)


def column_pair(titles: TextBlock, numbers: TextBlock) -> list[TeaserCell]:
    """One cell per row when ``numbers`` is a column of page numbers beside (right of)
    ``titles``, a column of short titles with its lines on the same rows; else empty."""
    if len(titles.lines) != len(numbers.lines) or titles.box.x0 >= numbers.box.x0:
        return []
    pages = [page_number(line.text) for line in numbers.lines]
    known = [p for p in pages if p is not None]
    if len(known) != len(pages) or not _in_order(known):
        return []
    rows = zip(titles.lines, numbers.lines, strict=True)
    if not all(_same_row(t, n) and _title_ok(t.text) for t, n in rows):
        return []
    return [
        TeaserCell(text=t.text.strip(), page=p, box=t.box.union(n.box), label=n.text.strip())
        for t, n, p in zip(titles.lines, numbers.lines, known, strict=True)
    ]


def line_rows(block: TextBlock) -> list[TeaserCell]:
    """One cell per line when every line is a short title ending with its page number
    ("Opinion 2", "Sport .... 14"), in page order; else empty."""
    if len(block.lines) < 2:
        return []
    cells: list[TeaserCell] = []
    for line in block.lines:
        words = line.text.split()
        # The longest pointer at the end ("Page 2" before a bare "2").
        tails = [k for k in (3, 2, 1) if k < len(words) and page_number(" ".join(words[-k:]))]
        if not tails:
            return []
        pointer = " ".join(words[-tails[0] :])
        page = page_number(pointer)
        title = _LEADER.sub("", " ".join(words[: -tails[0]]))
        if page is None or not _title_ok(title):
            return []
        cells.append(TeaserCell(text=title, page=page, box=line.box, label=pointer))
    return cells if _in_order([c.page for c in cells]) else []


def _labelled(titles: TextBlock, ctx: PageContext) -> bool:
    """Whether an index label is set right above the rows' titles."""
    label = ctx.above(titles, 2.0 * ctx.body)
    return (
        label is not None
        and len(label.lines) == 1
        and INDEX_LABEL.fullmatch(" ".join(label.text.split())) is not None
    )


def index_rows(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` holds rows of a labelled index box on page 1: its titles, its
    column of page numbers, or both on one line per row."""
    if ctx.page != 1:
        return False
    if in_index_box(block, ctx):
        return True
    if line_rows(block) and _labelled(block, ctx):
        return True
    for other in ctx.blocks:
        if other is block:
            continue
        if column_pair(block, other) and _labelled(block, ctx):
            return True
        if column_pair(other, block) and _labelled(other, ctx):
            return True
    return False


#: A box's first row starts within this many body sizes of its title's left edge ...
ROW_ALIGN_EM = 1.5
#: ... and each row within this many body sizes under the one before (or under the title).
ROW_GAP_EM = 1.5
#: Words of one row further apart than this many of their sizes are in different cells
#: (a title and its label in a grid, or the next column's text beside the box).
CELL_GAP_EM = 1.0
#: Words of a row differ in size from its first word by at most this share of it.
SIZE_SLACK = 0.3
#: A box has at least this many entries.
MIN_ENTRIES = 2


@dataclass(frozen=True, slots=True)
class IndexBox:
    """An index box read under its title: its entries, and the blocks wholly inside it."""

    title: TextBlock
    cells: tuple[TeaserCell, ...]
    members: tuple[TextBlock, ...]


def _row_words(first: Word, words: Sequence[Word]) -> list[Word]:
    """The words sharing ``first``'s row from its left edge on, in about its size, left to
    right (a headline beside the box shares the row but is set much larger)."""
    row = [
        w
        for w in words
        if w.x0 >= first.x0 - 0.5 * first.size
        and abs(w.size - first.size) <= SIZE_SLACK * first.size
        and min(w.bottom, first.bottom) - max(w.top, first.top)
        > 0.5 * min(w.bottom - w.top, first.bottom - first.top)
    ]
    return sorted(row, key=lambda w: w.x0)


def _cells(row: Sequence[Word]) -> list[list[Word]]:
    """A row cut where its words stand more than ``CELL_GAP_EM`` apart."""
    out: list[list[Word]] = [[row[0]]]
    right = row[0].x1
    for w in row[1:]:
        # from the right edge reached so far: words of a line beside the box interleave
        if w.x0 - right > CELL_GAP_EM * w.size:
            out.append([])
        out[-1].append(w)
        right = max(right, w.x1)
    return out


def _row_entries(row: Sequence[Word]) -> tuple[list[TeaserCell], set[int]]:
    """The entries of a row read from its first cell on, as many cells as read as entries
    (a column beside the box is no part of it), and the ids of the words they hold."""
    cells = _cells(row)
    for n in range(len(cells), 0, -1):
        words = [w for c in cells[:n] for w in c]
        tokens = [w.text for w in words]
        entries = split_entries(tokens)
        if entries:
            found = [
                TeaserCell(
                    text=entry_head(tokens, e),
                    page=label_page(e.label),
                    box=words_box(words[e.head.start : e.pointer.stop]),
                    label=" ".join(tokens[e.pointer]),
                )
                for e in entries
            ]
            return found, {id(w) for w in words}
    return [], set()


def index_box(title: TextBlock, blocks: Sequence[TextBlock], body: float) -> IndexBox | None:
    """The index box under ``title`` (one line, an index title), read row by row from the
    words of ``blocks``; None when fewer than ``MIN_ENTRIES`` entries follow it."""
    if len(title.lines) != 1 or not is_index_title(title.text):
        return None
    left = title.box.x0
    words = [
        w
        for b in blocks
        if b is not title and b.box.bottom > title.box.bottom
        for line in b.lines
        for w in line.words
        if w.top >= title.box.bottom - 0.5 * w.size and w.x0 >= left - ROW_ALIGN_EM * body
    ]
    cells: list[TeaserCell] = []
    taken: set[int] = set()
    y = title.box.bottom
    while True:
        starts = [
            w
            for w in words
            if id(w) not in taken
            and y - 0.5 * w.size <= w.top <= y + ROW_GAP_EM * body
            and abs(w.x0 - left) <= ROW_ALIGN_EM * body
        ]
        if not starts:
            break
        first = min(starts, key=lambda w: (w.top, w.x0))
        found, ids = _row_entries(_row_words(first, [w for w in words if id(w) not in taken]))
        if not found:
            break
        cells.extend(found)
        taken |= ids
        y = max(w.bottom for w in words if id(w) in ids)
    if len(cells) < MIN_ENTRIES:
        return None
    members = tuple(
        b
        for b in blocks
        if b is not title and all(id(w) in taken for line in b.lines for w in line.words)
    )
    return IndexBox(title=title, cells=tuple(cells), members=members)


def page_index_boxes(blocks: Sequence[TextBlock], body: float) -> list[IndexBox]:
    """Every index box of a page, each under its title."""
    found = (index_box(b, blocks, body) for b in blocks if is_index_title(b.text))
    return [box for box in found if box is not None]


#: The boxes of the page last asked about, by the identity of its blocks: the teaser rule asks
#: for every block of page 1, and a page's boxes are the same each time.
_LAST: list[tuple[tuple[TextBlock, ...], list[IndexBox]]] = []


def _ctx_boxes(ctx: PageContext) -> list[IndexBox]:
    last = _LAST[-1] if _LAST else None  # one read: another thread may replace it
    if last is not None and last[0] is ctx.blocks:
        return last[1]
    boxes = page_index_boxes(ctx.blocks, ctx.body)
    _LAST[:] = [(ctx.blocks, boxes)]
    return boxes


def in_index_box(block: TextBlock, ctx: PageContext) -> bool:
    """Whether ``block`` is the title of an index box on page 1 or lies wholly inside one."""
    if ctx.page != 1:
        return False
    return any(
        box.title is block or any(m is block for m in box.members) for box in _ctx_boxes(ctx)
    )
