"""Gutters found from the column structure itself, where no whitespace band or rule shows them.

The XY-cut of ``columns`` needs a gutter to run clear through a node, or a whitespace band
across it. Some typesetters give neither: no rule in a narrow gutter, and a caption or a
spanning head sitting so tight on the columns under it that no band separates them. The
columns are still plain to see: an x-range that the page's lines stack on both sides of but
(almost) never cross, a whitespace river running the height of the text. This module finds
such a river and the few items crossing it, and answers the y where the node must be cut so
that the river runs clear through the part below (or above) it.

The opposite mistake is a white channel taken for a gutter when it is the word spaces of
loosely justified lines lining up (or one line's space sitting level with the end of the short
line under it). A justifier gives every space of a line the same width, so a channel that is
one of several equal spaces in most of the lines it crosses is a word space, whatever its width
(``justified_channel``); a gutter between two columns sits between two lines justified apart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from newslayout.geometry import Box
from newslayout.readers.pdf.types import Item, Word

#: Bins of the river where at most this share of the densest bin's lines cross are gutter.
RIVER_SHARE = 0.25
#: Each side of a river holds at least this many items in the run (a picture counts as many).
SIDE_ITEMS = 3
#: A river runs at least this many body lines tall.
RUN_LINES = 3.0
#: The cut slides down (or up) to a clean row boundary at most this many body em away.
SLIDE_EM = 2.5
#: Word spaces of one justified line are equal to this (pt; kerning moves a space a little).
SPACE_EQUAL_PT = 0.4
#: A channel is a word space where it is one of at least this many equal spaces of a line.
SPACE_RUN = 2
#: ... and no wider than this (em): items spread across a running head are no justified text.
SPACE_MAX_EM = 2.5
#: Words whose baselines differ by at most this (em of the row's first word) share a row.
SAME_ROW_EM = 0.3
#: Sizes within this (pt) are one size: producers round sizes, a justifier never changes them.
SAME_SIZE_PT = 0.1
#: An item at least this share of the node's width spans its columns (a head, a photo, its
#: caption): the columns under (or over) it are searched for a river of their own.
SPAN_SHARE = 0.6
#: ... and is no line of running text: a picture, or type outside this ratio of body size
#: (a line of a rail's text over a table of names and page numbers spans it too).
BODY_TYPE_RATIO = 1.05
#: Boxes are rounded to 1/100 pt (``Box.rounded``): edges this close touch.
ROUNDING_PT = 0.01
#: An item edge within this (pt) of a line or a gap's side stands on it (anti-aliasing and
#: glyph side bearings move printed edges by a fraction of a point).
EDGE_SLACK_PT = 0.5


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


def rivers(
    items: Sequence[Item], minimum: float, least_peak: int = 2 * SIDE_ITEMS
) -> list[tuple[float, float]]:
    """x-ranges (at least ``minimum`` wide) that text stands on both sides of but rarely
    crosses: the least-covered stretch of each low-coverage run between dense columns (the
    densest holding at least ``least_peak`` items)."""
    text = [i for i in items if i.words]
    if len(text) < 2 * SIDE_ITEMS:
        return []
    x0 = math.floor(min(i.box.x0 for i in text))
    width = math.ceil(max(i.box.x1 for i in text)) - x0
    cover = _coverage(text, x0, width)
    peak = max(cover, default=0)
    if peak < least_peak:
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


def _candidate_rivers(
    items: Sequence[Item], bounds: Box, body: float, minimum: float
) -> list[tuple[float, float]]:
    """The node's rivers, and those of the part under or over each item spanning the node.

    A few short columns under a photo and its caption (a lead's first lines, its jump line)
    are too few to show as a river across a node that a tall head, a photo and a caption
    all cross; alone under the spanning items they do (``SIDE_ITEMS`` lines a column: the
    run ``river_cut`` asks for)."""
    found = rivers(items, minimum)
    for span in items:
        if span.box.width < SPAN_SHARE * bounds.width or _running_text(span, body):
            continue
        below = [i for i in items if i.box.top >= span.box.bottom - EDGE_SLACK_PT]
        above = [i for i in items if i.box.bottom <= span.box.top + EDGE_SLACK_PT]
        for part in (below, above):
            found += [r for r in rivers(part, minimum, SIDE_ITEMS) if r not in found]
    return found


def _running_text(item: Item, body: float) -> bool:
    """Whether an item is a line of text in body type (within ``BODY_TYPE_RATIO``)."""
    return bool(item.words) and body / BODY_TYPE_RATIO <= item.size <= body * BODY_TYPE_RATIO


def _weight(item: Item) -> int:
    return 1 if item.words else SIDE_ITEMS


def _clean(items: Sequence[Item], y: float) -> bool:
    return not any(
        i.box.top < y - EDGE_SLACK_PT and i.box.bottom > y + EDGE_SLACK_PT for i in items
    )


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
    for g0, g1 in _candidate_rivers(items, bounds, body, minimum):
        crossers = sorted(
            (i for i in items if i.box.x0 < g1 - EDGE_SLACK_PT and i.box.x1 > g0 + EDGE_SLACK_PT),
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
            left = sum(_weight(i) for i in inside if i.box.x1 <= g0 + EDGE_SLACK_PT)
            right = sum(_weight(i) for i in inside if i.box.x0 >= g1 - EDGE_SLACK_PT)
            if left < SIDE_ITEMS or right < SIDE_ITEMS:
                continue
            if ya > bounds.top + EDGE_SLACK_PT:
                y = _slide(items, ya, SLIDE_EM * body, down=True)
            elif yb < bounds.bottom - EDGE_SLACK_PT:
                y = _slide(items, yb, SLIDE_EM * body, down=False)
            else:
                continue
            if best is None or left + right > best[0]:
                best = (left + right, y, yb - ya)
    return None if best is None else best[1]


def text_rows(items: Sequence[Item]) -> list[list[Word]]:
    """The words of the items grouped by baseline (as ``segments`` groups a row), each row
    left to right."""
    words = sorted((w for i in items for w in i.words), key=lambda w: w.bottom)
    rows: list[list[Word]] = []
    for w in words:
        if rows and w.bottom - rows[-1][0].bottom <= SAME_ROW_EM * max(rows[-1][0].size, 1.0):
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _equal_spaces(row: Sequence[Word], k: int) -> int:
    """How many spaces around the one after ``row[k]`` (itself included) equal it, walking
    out both ways through words of the same size until a space differs."""
    space = row[k + 1].x0 - row[k].x1
    size = row[k].size

    def same(a: Word, b: Word) -> bool:
        return abs(b.x0 - a.x1 - space) <= SPACE_EQUAL_PT and abs(b.size - size) < SAME_SIZE_PT

    count = 1
    j = k
    while j > 0 and same(row[j - 1], row[j]):
        count += 1
        j -= 1
    j = k + 1
    while j + 1 < len(row) and same(row[j], row[j + 1]):
        count += 1
        j += 1
    return count if abs(row[k + 1].size - size) < SAME_SIZE_PT else 1


def justified_channel(rows: Sequence[Sequence[Word]], gap: tuple[float, float]) -> bool:
    """Whether a white channel ``gap`` (x0, x1) clear through a node is word spaces, no gutter.

    Each row with text on both sides votes: a word space where the space across the channel is
    one of at least ``SPACE_RUN`` equal spaces of the line (to ``SPACE_EQUAL_PT``) and at most
    ``SPACE_MAX_EM`` wide (a running head's items spread evenly are no text line), a gutter
    otherwise (two columns' lines are justified apart: their spaces differ from each other and
    from the gutter). A channel most of whose rows vote word space is no gutter. Rows with text
    on one side only (the short last line of a paragraph), or whose words stop more than an em
    short of the channel, do not vote.
    """
    spaces = gutters = 0
    for row in rows:
        k = -1
        for j, w in enumerate(row):
            if w.x1 <= gap[0] + ROUNDING_PT:
                k = j
        if k < 0 or k + 1 >= len(row) or row[k + 1].x0 < gap[1] - ROUNDING_PT:
            continue
        space = row[k + 1].x0 - row[k].x1
        if space > gap[1] - gap[0] + row[k].size:
            continue  # a short line far from the channel: what lies across is another story
        if space <= SPACE_MAX_EM * row[k].size and _equal_spaces(row, k) >= SPACE_RUN:
            spaces += 1
        else:
            gutters += 1
    return spaces > gutters
