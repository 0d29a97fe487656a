"""Gutters found from the column structure itself, where no whitespace band or rule shows them.

The XY-cut of ``columns`` needs a gutter to run clear through a node, or a whitespace band
across it. Some typesetters give neither: no rule in a narrow gutter, and a caption or a
spanning head sitting so tight on the columns under it that no band separates them. The
columns are still plain to see: an x-range that the page's lines stack on both sides of but
(almost) never cross, a whitespace river running the height of the text. This module finds
such a river and the few items crossing it, and answers the y where the node must be cut so
that the river runs clear through the part below (or above) it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newslayout.geometry import Box

if TYPE_CHECKING:
    from newslayout.readers.pdf.columns import Item

#: Bins of the river where at most this share of the densest bin's lines cross are gutter.
RIVER_SHARE = 0.25
#: Each side of a river holds at least this many items in the run (a picture counts as many).
SIDE_ITEMS = 3
#: A river runs at least this many body lines tall.
RUN_LINES = 3.0
#: The cut slides down (or up) to a clean row boundary at most this many body em away.
SLIDE_EM = 2.5


def _coverage(items: Sequence[Item], x0: int, width: int) -> list[int]:
    """How many text items cover each 1-pt bin (floor of start to ceil of end)."""
    diff = [0] * (width + 2)
    for item in items:
        a = max(0, math.floor(item.box.x0) - x0)
        z = min(width + 1, math.ceil(item.box.x1) - x0)
        diff[a] += 1
        diff[z] -= 1
    out: list[int] = []
    total = 0
    for d in diff[:width]:
        total += d
        out.append(total)
    return out


def rivers(items: Sequence[Item], minimum: float) -> list[tuple[float, float]]:
    """x-ranges (at least ``minimum`` wide) that text stands on both sides of but rarely
    crosses: the least-covered stretch of each low-coverage run between dense columns."""
    text = [i for i in items if i.words]
    if len(text) < 2 * SIDE_ITEMS:
        return []
    x0 = math.floor(min(i.box.x0 for i in text))
    width = math.ceil(max(i.box.x1 for i in text)) - x0
    cover = _coverage(text, x0, width)
    peak = max(cover, default=0)
    if peak < 2 * SIDE_ITEMS:
        return []
    limit = RIVER_SHARE * peak
    out: list[tuple[float, float]] = []
    k = 0
    while k < width:
        if cover[k] > limit:
            k += 1
            continue
        start = k
        while k < width and cover[k] <= limit:
            k += 1
        if start == 0 or k >= width:
            continue  # a margin, not a gutter between columns
        low = min(cover[start:k])
        best: tuple[int, int] | None = None
        j = start
        while j < k:
            if cover[j] != low:
                j += 1
                continue
            s = j
            while j < k and cover[j] == low:
                j += 1
            if best is None or j - s > best[1] - best[0]:
                best = (s, j)
        if best is not None and best[1] - best[0] >= minimum:
            out.append((x0 + best[0], x0 + best[1]))
    return out


def _weight(item: Item) -> int:
    return 1 if item.words else SIDE_ITEMS


def _clean(items: Sequence[Item], y: float) -> bool:
    return not any(i.box.top < y - 0.5 and i.box.bottom > y + 0.5 for i in items)


def _slide(items: Sequence[Item], y: float, reach: float, down: bool) -> float:
    """The nearest clean row boundary (no item straddles it) from ``y`` within ``reach``."""
    if down:
        stops = sorted(i.box.bottom for i in items if y <= i.box.bottom <= y + reach)
    else:
        stops = sorted((i.box.top for i in items if y - reach <= i.box.top <= y), reverse=True)
    for stop in stops:
        if _clean(items, stop):
            return stop
    return y


def river_cut(items: Sequence[Item], body: float, minimum: float) -> float | None:
    """The y to cut a node at so that a river runs clear through one part, or ``None``.

    The river with the most items beside it in one clear run wins; the cut goes where the
    crossing items above that run end (else where those below it begin), slid to a row
    boundary nothing straddles when one is near.
    """
    bounds = Box(
        x0=min(i.box.x0 for i in items),
        top=min(i.box.top for i in items),
        x1=max(i.box.x1 for i in items),
        bottom=max(i.box.bottom for i in items),
    )
    best: tuple[int, float, float] | None = None
    for g0, g1 in rivers(items, minimum):
        crossers = sorted(
            (i for i in items if i.box.x0 < g1 - 0.5 and i.box.x1 > g0 + 0.5),
            key=lambda i: i.box.top,
        )
        if not crossers:
            continue  # a clear gutter: the ordinary vertical cut takes it
        runs: list[tuple[float, float]] = []
        reach = bounds.top
        for c in crossers:
            runs.append((reach, c.box.top))
            reach = max(reach, c.box.bottom)
        runs.append((reach, bounds.bottom))
        for ya, yb in runs:
            if yb - ya < RUN_LINES * body:
                continue
            inside = [i for i in items if ya <= (i.box.top + i.box.bottom) / 2 <= yb]
            left = sum(_weight(i) for i in inside if i.box.x1 <= g0 + 0.5)
            right = sum(_weight(i) for i in inside if i.box.x0 >= g1 - 0.5)
            if left < SIDE_ITEMS or right < SIDE_ITEMS:
                continue
            if ya > bounds.top + 0.5:
                y = _slide(items, ya, SLIDE_EM * body, down=True)
            elif yb < bounds.bottom - 0.5:
                y = _slide(items, yb, SLIDE_EM * body, down=False)
            else:
                continue
            if best is None or left + right > best[0]:
                best = (left + right, y, yb - ya)
    return None if best is None else best[1]
