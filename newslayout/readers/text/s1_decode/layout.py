"""Side-by-side columns (``pdftotext -layout``) -> one column after another.

A layout-mode extraction prints each page as a character grid: the columns of the page
stand next to each other on every line, separated by *gutters*, runs of spaces aligned
vertically over many lines. Read line by line, such a page mixes every column. This pre-pass
finds the gutters and re-emits the page in reading order with a recursive XY-cut on the grid:

1. a gutter (two or more blank character columns) that runs down the whole region with text
   on both sides splits it into column strips, read left to right;
2. otherwise the tallest partial gutter (the most lines with text on both sides of it) cuts
   the region into the lines above it, the lines beside it and the lines below it. The lines
   that cross the gutter with text (a headline or a caption across several columns) are a
   *spanning* region; the cut is moved to the nearest blank line, so a crossing line keeps
   the lines printed right above it (a multi-line headline);
3. a region with no gutter is a leaf: its lines in order.

Every re-emitted line keeps its original line number (provenance); leaves are separated by
blank lines, so the later stages see each column strip as blocks of its own. The pass only
fires on a page where many lines hold wide internal gaps *and* a gutter is found, so ordinary
prose and default or ``-raw`` extractions (which never pad lines) pass unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslayout.readers.text.types import NumberedLine

#: A line with this many spaces between two pieces of text has a layout gap.
GAP_SPACES = 3
#: Share (and least number) of a page's text lines with a layout gap to call it layout mode.
LAYOUT_LINE_SHARE = 0.15
LAYOUT_MIN_LINES = 4
#: Narrowest gutter (character columns); regions of few lines need a wider one.
GUTTER_WIDTH = 2
NARROW_REGION_GUTTER = 3
NARROW_REGION_LINES = 3
#: Fewest lines with text on both sides for a gutter that does not run the region's height.
PARTIAL_GUTTER_LINES = 3
#: Fewest lines with text on both sides of a shared gutter to join two bands (so one-line
#: bands, such as masthead lines or a row of kickers, never join).
JOIN_LINES = 2
#: Largest page (lines, characters per line) the pass works on: a printed page in layout
#: mode is a few hundred lines of a few hundred characters; bigger text is not a page
#: (and the cut's cost grows with lines times columns).
MAX_PAGE_LINES = 1000
MAX_PAGE_WIDTH = 600
#: Deepest recursion (a guard; real pages need far fewer levels).
MAX_DEPTH = 40

_WIDE_GAP = re.compile(rf"\S {{{GAP_SPACES},}}\S")


@dataclass(frozen=True, slots=True)
class _Leaf:
    """A region with no gutter: rows ``top..bottom`` (inclusive), characters ``left:right``."""

    top: int
    bottom: int
    left: int
    right: int


def is_layout_page(lines: list[NumberedLine]) -> bool:
    """Many text lines with wide internal gaps: columns printed side by side."""
    if len(lines) > MAX_PAGE_LINES or any(len(line) > MAX_PAGE_WIDTH for _, line in lines):
        return False
    text = [line for _, line in lines if line.strip()]
    gapped = sum(1 for line in text if _WIDE_GAP.search(line))
    return gapped >= LAYOUT_MIN_LINES and gapped >= LAYOUT_LINE_SHARE * len(text)


class _Grid:
    """The page as a character grid with one bit mask of occupied rows per column."""

    def __init__(self, rows: list[str]) -> None:
        self.rows = rows
        self.width = max((len(r) for r in rows), default=0)
        masks = [0] * (self.width + 1)
        for index, row in enumerate(rows):
            bit = 1 << index
            for column, char in enumerate(row):
                if not char.isspace():
                    masks[column] |= bit
        self.masks = masks
        #: Set once a gutter has split a region into side-by-side strips.
        self.split = False

    def occupied(self, top: int, bottom: int, left: int, right: int) -> int:
        """Mask of rows in ``top..bottom`` with text in columns ``left:right``."""
        window = ((1 << (bottom - top + 1)) - 1) << top
        found = 0
        for column in range(left, right):
            found |= self.masks[column]
        return found & window

    def bounds(self, top: int, bottom: int, left: int, right: int) -> _Leaf | None:
        """The region shrunk to its text, or None when it holds none."""
        rows = self.occupied(top, bottom, left, right)
        if not rows:
            return None
        top = (rows & -rows).bit_length() - 1
        bottom = rows.bit_length() - 1
        window = ((1 << (bottom - top + 1)) - 1) << top
        columns = [c for c in range(left, right) if self.masks[c] & window]
        return _Leaf(top, bottom, columns[0], columns[-1] + 1)


def _runs(mask: int, top: int, bottom: int) -> list[tuple[int, int]]:
    """(first, last) row ranges in ``top..bottom`` whose bits are clear in ``mask``."""
    bits = format(mask >> top, "b").zfill(bottom - top + 1)[::-1][: bottom - top + 1]
    return [(top + m.start(), top + m.end() - 1) for m in re.finditer("0+", bits)]


def _full_gutters(grid: _Grid, region: _Leaf, rows: int) -> list[tuple[int, int, int]]:
    """(start, end, mask of the lines with text on both sides) of the column ranges blank
    on every row of the region (interior, wide enough)."""
    window = ((1 << (region.bottom - region.top + 1)) - 1) << region.top
    count = bin(rows).count("1")
    least = NARROW_REGION_GUTTER if count < NARROW_REGION_LINES else GUTTER_WIDTH
    gutters: list[tuple[int, int, int]] = []
    start: int | None = None
    left_text = 0
    for column in range(region.left, region.right + 1):
        blank = column < region.right and not grid.masks[column] & window
        if blank and start is None:
            start = column
        elif not blank and start is not None:
            if column - start >= least and start > region.left:
                right_text = grid.occupied(region.top, region.bottom, column, region.right)
                gutters.append((start, column, left_text & right_text))
            start = None
        if column < region.right:
            left_text |= grid.masks[column] & window
    return gutters


def _separators(grid: _Grid, region: _Leaf) -> list[tuple[int, int]]:
    """Runs of blank lines inside the region that really separate its text: two or more
    lines, or a line blank across the whole page (a single blank line in a strip is only
    the trace of a neighbouring column's line printed at another height)."""
    rows = grid.occupied(region.top, region.bottom, region.left, region.right)
    return [
        (first, last)
        for first, last in _runs(rows, region.top, region.bottom)
        if last > first or not grid.rows[first].strip()
    ]


def _count(mask: int) -> int:
    return bin(mask).count("1")


def _rows_mask(top: int, bottom: int) -> int:
    return ((1 << (bottom - top + 1)) - 1) << top


def _joins(grid: _Grid, region: _Leaf, group: tuple[int, int], band: tuple[int, int]) -> bool:
    """Does ``band`` go on with the columns of ``group`` above it? They share a gutter down
    both with at least two lines of text on both sides of it in each. (A band on one side
    only, a box under one column, stays a band of its own: measured on the corpus, reading
    it after the row reads better than guessing which column it goes on.)"""
    union = grid.bounds(group[0], band[1], region.left, region.right)
    if union is None:
        return False
    rows = grid.occupied(union.top, union.bottom, union.left, union.right)
    group_rows = rows & _rows_mask(*group)
    band_rows = rows & _rows_mask(*band)
    for _, _, support in _full_gutters(grid, union, rows):
        in_group, in_band = _count(support & group_rows), _count(support & band_rows)
        if in_group >= JOIN_LINES and in_band >= JOIN_LINES:
            return True
    return False


def _groups(grid: _Grid, region: _Leaf, separators: list[tuple[int, int]]) -> list[_Leaf]:
    """The region cut at its blank lines into bands, neighbouring bands that share columns
    grouped (an article row: kickers, headlines and columns of text side by side)."""
    bands: list[tuple[int, int]] = []
    top = region.top
    for first, last in [*separators, (region.bottom + 1, region.bottom + 1)]:
        if top <= first - 1:
            bands.append((top, first - 1))
        top = last + 1
    groups = [bands[0]]
    for band in bands[1:]:
        if _joins(grid, region, groups[-1], band):
            groups[-1] = (groups[-1][0], band[1])
        else:
            groups.append(band)
    return [_Leaf(top, bottom, region.left, region.right) for top, bottom in groups]


def _partial_gutter(grid: _Grid, region: _Leaf) -> tuple[int, int, int] | None:
    """(column, first row, last row) of the gutter blank over the tallest run of lines
    (then the most lines with text on both sides); None when no gutter has enough lines
    with text on both sides."""
    top, bottom = region.top, region.bottom
    window = ((1 << (bottom - top + 1)) - 1) << top
    left_text = 0
    right_text = [0] * (region.right + 2)
    for column in range(region.right - 1, region.left - 1, -1):
        right_text[column] = right_text[column + 1] | grid.masks[column]
    best: tuple[tuple[int, int], int, int, int] | None = None
    for column in range(region.left, region.right - GUTTER_WIDTH):
        left_text |= grid.masks[column]
        gutter = column + 1
        blocked = (grid.masks[gutter] | grid.masks[gutter + 1]) & window
        columnar = left_text & right_text[gutter + GUTTER_WIDTH] & window & ~blocked
        if bin(columnar).count("1") < PARTIAL_GUTTER_LINES:
            continue
        for first, last in _runs(blocked, top, bottom):
            run = ((1 << (last - first + 1)) - 1) << first
            support = bin(columnar & run).count("1")
            score = (last - first, support)
            if support >= PARTIAL_GUTTER_LINES and (best is None or score > best[0]):
                best = (score, gutter, first, last)
    return None if best is None else best[1:]


def _blank_row(grid: _Grid, row: int, region: _Leaf) -> bool:
    return not grid.occupied(row, row, region.left, region.right)


def _snap(grid: _Grid, region: _Leaf, first: int, last: int) -> tuple[int, int]:
    """Move the cut rows of a partial gutter to the nearest blank lines inside its run, so
    that a line crossing the gutter keeps the lines printed right against it."""
    if last < region.bottom:
        for row in range(last, first, -1):
            if _blank_row(grid, row, region):
                last = row - 1
                break
    if first > region.top:
        for row in range(first, last):
            if _blank_row(grid, row, region):
                first = row + 1
                break
    return first, last


def _split(
    grid: _Grid, region: _Leaf, gutters: list[tuple[int, int, int]], depth: int
) -> list[_Leaf]:
    """Column strips between the gutters, each cut further, left to right."""
    grid.split = True
    leaves: list[_Leaf] = []
    left = region.left
    for start, end, _ in [*gutters, (region.right, region.right, 0)]:
        strip = _Leaf(region.top, region.bottom, left, start)
        leaves.extend(_cut(grid, strip, depth + 1))
        left = end
    return leaves


def _bands(grid: _Grid, region: _Leaf, cuts: list[tuple[int, int]], depth: int) -> list[_Leaf]:
    """The pieces of the region between the row ranges ``cuts``, each cut further, top to
    bottom."""
    leaves: list[_Leaf] = []
    top = region.top
    for first, last in [*cuts, (region.bottom + 1, region.bottom + 1)]:
        if top <= first - 1:
            leaves.extend(_cut(grid, _Leaf(top, first - 1, region.left, region.right), depth + 1))
        top = last + 1
    return leaves


def _cut(grid: _Grid, region: _Leaf, depth: int) -> list[_Leaf]:
    """The leaves of a region in reading order: a gutter down the whole region with lines
    of text on both sides first, then the tallest partial gutter, then blank lines, then a
    gutter with little text beside it (a one-line row of teasers)."""
    shrunk = grid.bounds(region.top, region.bottom, region.left, region.right)
    if shrunk is None:
        return []
    region = shrunk
    if depth >= MAX_DEPTH:
        return [region]
    separators = _separators(grid, region)
    if separators:
        groups = _groups(grid, region, separators)
        if len(groups) > 1:
            return [leaf for group in groups for leaf in _cut(grid, group, depth + 1)]
    rows = grid.occupied(region.top, region.bottom, region.left, region.right)
    gutters = _full_gutters(grid, region, rows)
    strong = [g for g in gutters if _count(g[2]) >= PARTIAL_GUTTER_LINES]
    if strong:
        return _split(grid, region, strong, depth)
    partial = _partial_gutter(grid, region)
    if partial is not None:
        _, first, last = partial
        first, last = _snap(grid, region, first, last)
        if first > region.top or last < region.bottom:
            grid.split = True
            return _bands(grid, region, [(first, first - 1), (last + 1, last)], depth)
    if gutters:
        return _split(grid, region, gutters, depth)
    return [region]


def _emit(grid: _Grid, leaf: _Leaf, numbers: list[int], out: list[NumberedLine]) -> None:
    """The leaf's lines; a blank line inside a strip is kept only where the whole page row
    is blank or two blank lines follow each other (elsewhere it is the trace of a
    neighbouring column's line printed at another height)."""
    blank_run: list[int] = []
    for row in range(leaf.top, leaf.bottom + 1):
        text = grid.rows[row][leaf.left : leaf.right].strip()
        if not text:
            blank_run.append(row)
            continue
        if blank_run and (len(blank_run) >= 2 or any(not grid.rows[r].strip() for r in blank_run)):
            out.append((numbers[blank_run[0]], ""))
        blank_run = []
        out.append((numbers[row], " ".join(text.split())))
    out.append((numbers[leaf.bottom], ""))


def reorder_page(lines: list[NumberedLine]) -> list[NumberedLine]:
    """The page's lines in reading order when its columns stand side by side; the lines
    unchanged otherwise (also when no gutter is found)."""
    if not is_layout_page(lines):
        return lines
    rows = [line.rstrip() for _, line in lines]
    grid = _Grid(rows)
    whole = _Leaf(0, len(rows) - 1, 0, grid.width)
    leaves = _cut(grid, whole, 0)
    if not grid.split:
        return lines
    numbers = [number for number, _ in lines]
    out: list[NumberedLine] = []
    for leaf in leaves:
        _emit(grid, leaf, numbers, out)
    return out
