"""Tables of short cells (results, fixtures, tide times): read row by row, not cell column by
cell column.

A results box sets each row's cells (team, score, team, score) on one baseline, in columns
far enough apart that the block stage makes one block of each cell column ("Brackwater
Athletic / Fennick Rovers / Dunmere Town" then "3 / 0 / 2"). Read column by column the rows
come apart. What no story text has is several narrow blocks of very short lines side by side
on the SAME baselines: story columns share baselines too, but their lines carry many words.

:func:`table_rows` finds such a cluster in a part's items (at least ``MIN_CELLS`` blocks side
by side sharing a baseline, every line at most ``CELL_WORDS`` words), takes in the part's other
short blocks inside the cluster's box (the section rows, "Football · Coast League"), and
re-reads all their lines as rows: the words of one baseline, left to right, make one block.
A row of one bold cell is a section subhead; every other row a paragraph of its own (all rows
share one region, so the composer never runs one into the next).
"""

from __future__ import annotations

from collections.abc import Sequence

from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import PartItem
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock, Word

#: A table row has at least this many cells side by side.
MIN_CELLS = 3
#: A table cell's line has at most this many words.
CELL_WORDS = 4
#: Roles of text a table's rows are read from.
_CELL_ROLES = frozenset({BlockRole.BODY, BlockRole.SUBHEAD})


def _short(c: ClassifiedBlock) -> bool:
    return all(len(line.words) <= CELL_WORDS for line in c.block.lines)


def _baseline(line: Line) -> float:
    return line.box.bottom


def _level(a: Line, b: Line) -> bool:
    return abs(_baseline(a) - _baseline(b)) <= 0.3 * min(a.size, b.size)


def _side_by_side(a: ClassifiedBlock, b: ClassifiedBlock) -> bool:
    """Two cell blocks apart across, sharing at least one baseline."""
    if a.block.box.horizontal_overlap(b.block.box) > 0:
        return False
    return any(_level(la, lb) for la in a.block.lines for lb in b.block.lines)


def _groups(cells: Sequence[ClassifiedBlock]) -> list[list[ClassifiedBlock]]:
    """The cell blocks linked by sharing baselines side by side, one group per table part."""
    groups: list[list[ClassifiedBlock]] = []
    seen: set[int] = set()
    for start in cells:
        if id(start) in seen:
            continue
        group, todo = [start], [start]
        seen.add(id(start))
        while todo:
            cur = todo.pop()
            for other in cells:
                if id(other) not in seen and _side_by_side(cur, other):
                    seen.add(id(other))
                    group.append(other)
                    todo.append(other)
        groups.append(group)
    return groups


def _cluster(cells: Sequence[ClassifiedBlock]) -> list[ClassifiedBlock]:
    """The cell blocks of every group in which some baseline is shared by ``MIN_CELLS``
    blocks (a table's sections each make a group of their own); else empty."""
    out: list[ClassifiedBlock] = []
    for group in _groups(cells):
        lines = [line for c in group for line in c.block.lines]
        widest = max((sum(_level(a, b) for b in lines) for a in lines), default=0)
        if len(group) >= MIN_CELLS and widest >= MIN_CELLS:
            out.extend(group)
    return out


def _rows(blocks: Sequence[ClassifiedBlock], region: Box) -> list[ClassifiedBlock]:
    """The blocks' lines regrouped by baseline, top to bottom, one block per row."""
    lines = sorted((line for c in blocks for line in c.block.lines), key=_baseline)
    rows: list[list[Line]] = []
    for line in lines:
        if rows and _level(rows[-1][0], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    order = min(c.block.order for c in blocks)
    page = blocks[0].page
    out: list[ClassifiedBlock] = []
    for row in rows:
        row.sort(key=lambda line: line.x0)
        words: tuple[Word, ...] = tuple(w for line in row for w in line.words)
        block = TextBlock(lines=(Line(words=words),), region=region, order=order)
        section = len(row) == 1 and row[0].bold
        out.append(
            ClassifiedBlock(
                block=block, role=BlockRole.SUBHEAD if section else BlockRole.BODY, page=page
            )
        )
    return out


def table_rows(items: Sequence[PartItem]) -> tuple[PartItem, ...]:
    """``items`` with a table of short cells (see the module docstring) read as rows, in
    the place of its first block; other items unchanged."""
    cells = [
        i for i in items if isinstance(i, ClassifiedBlock) and i.role in _CELL_ROLES and _short(i)
    ]
    cluster = _cluster(cells)
    if not cluster:
        return tuple(items)
    box = cluster[0].block.box
    for c in cluster[1:]:
        box = box.union(c.block.box)
    inside = [
        c
        for c in cells
        if c not in cluster
        and box.x0 - 1.0 <= c.block.box.x0
        and c.block.box.x1 <= box.x1 + 1.0
        and box.top - 3.0 * c.block.size <= c.block.box.top <= box.bottom
    ]
    table = [*cluster, *inside]
    taken = {id(c) for c in table}
    rows = _rows(table, box)
    out: list[PartItem] = []
    placed = False
    for item in items:
        if isinstance(item, FigureDraft) or id(item) not in taken:
            out.append(item)
        elif not placed:
            out.extend(rows)
            placed = True
    return tuple(out)
