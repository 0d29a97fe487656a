"""Index boxes: a labelled list of sections or stories, each with the page it is on.

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
from itertools import pairwise

from newslayout.cues import parse_teaser_pointer
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.teaser_rows import TeaserCell
from newslayout.readers.pdf.types import Line, TextBlock

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
