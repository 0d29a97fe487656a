"""Stage 3, columns: the page's regions in reading order, by a guarded recursive XY-cut.

Raw y-sorting interleaves columns (pdfplumber's own ``extract_text`` does), so the page is cut
recursively along whitespace instead: vertical cuts follow gutters, horizontal cuts follow
bands of whitespace. A horizontal cut is only taken when it does not run across a column grid
that continues on both sides of it (that would read the columns' tops, then their bottoms);
a drawn rule across the gap always allows it. Leaves come out top-to-bottom, left-to-right.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from newslayout.geometry import Box
from newslayout.readers.pdf.params import LAYOUT, LayoutSettings
from newslayout.readers.pdf.s2_layout.gutters import (
    EDGE_SLACK_PT,
    ROUNDING_PT,
    SAME_ROW_EM,
    SAME_SIZE_PT,
    justified_channel,
    river_cut,
    text_rows,
)
from newslayout.readers.pdf.types import DrawnRule, ImageRef, Item, Word, words_box

#: Words of one row closer than this (em) form one segment (never across a gutter).
SEGMENT_GAP_EM = 0.45
#: Words of one row this many times the size of their neighbour are no words of one segment.
DROP_CAP_RATIO = 2.0
#: A drop cap is at most this many letters (one, or a digraph).
DROP_CAP_LETTERS = 2
#: Word spaces of a loosely justified line: at most this wide (em), equal to this (pt).
STRETCH_MAX_EM = 1.6
STRETCH_EQUAL_PT = 0.4
#: ... two or more of them in a row (one wide space alone may be a gutter)...
STRETCH_MIN_GAPS = 2
#: ... each crossed by same-size text on a row within this many em above or below...
CROSS_REACH_EM = 3.5
#: ... that is another row: its baseline at least this many em away.
OTHER_ROW_EM = 0.5
#: A node less than this many times as tall as its tallest text item is one row of text.
SINGLE_ROW_SPAN = 1.6
#: Two boxes each on one row overlap by more than this share of the shorter one's height.
ONE_ROW_OVERLAP = 0.5
#: The body size of a page without words (pt): the common newspaper size, so that distances
#: in body em stay finite.
DEFAULT_BODY_PT = 10.0
# Where the XY-cut may cut is tunable: ``params.LayoutSettings`` (a picture has no leading, so
# text set close under it leaves a thinner band; display type is set tight over body text).


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A leaf of the XY-cut: items that read top to bottom, with the leaf's box."""

    box: Box
    items: tuple[Item, ...]


def _bounds(items: Sequence[Item]) -> Box:
    return Box(
        x0=min(i.box.x0 for i in items),
        top=min(i.box.top for i in items),
        x1=max(i.box.x1 for i in items),
        bottom=max(i.box.bottom for i in items),
    )


def _same_row(a: Word, b: Word) -> bool:
    return abs(b.bottom - a.bottom) <= SAME_ROW_EM * max(a.size, 1.0)


def stretched_joins(words: Sequence[Word]) -> set[int]:
    """Indexes of words that continue a loosely justified line with the word before them.

    A justified line with few words gets word spaces of an em or more, as wide as a narrow
    gutter; but a justifier gives every space of the line the same width, while columns
    never line up that evenly. So three or more words in a row, of one size, with two or more
    equal gaps (to ``STRETCH_EQUAL_PT``) of at most ``STRETCH_MAX_EM``, each crossed by the text
    of a nearby row, are one line.
    """
    joins: set[int] = set()
    run: list[int] = []  # indexes i whose gap (i-1 -> i) belongs to the current run
    by_bottom = sorted(words, key=lambda w: w.bottom)
    bottoms = [w.bottom for w in by_bottom]

    def crossed(a: Word, b: Word) -> bool:
        """Text of the same size on a nearby row runs through the gap: a word space, not a
        gutter (a gutter as wide as a stretched space, under a spanning head, stays one)."""
        reach = CROSS_REACH_EM * a.size
        lo = bisect.bisect_left(bottoms, a.bottom - reach)
        hi = bisect.bisect_right(bottoms, a.bottom + reach)
        middle = (a.x1 + b.x0) / 2
        return any(
            abs(w.bottom - a.bottom) > OTHER_ROW_EM * a.size
            and abs(w.size - a.size) < SAME_SIZE_PT
            and w.x0 < middle < w.x1
            for w in by_bottom[lo:hi]
        )

    def close_run() -> None:
        if len(run) >= STRETCH_MIN_GAPS:
            joins.update(run)
        run.clear()

    for i in range(1, len(words)):
        a, b = words[i - 1], words[i]
        gap = b.x0 - a.x1
        size = min(a.size, b.size)
        wide = SEGMENT_GAP_EM * size < gap <= STRETCH_MAX_EM * size
        if not (_same_row(a, b) and wide and abs(a.size - b.size) < SAME_SIZE_PT and crossed(a, b)):
            close_run()
            continue
        if run:
            first = words[run[0]].x0 - words[run[0] - 1].x1
            if abs(gap - first) > STRETCH_EQUAL_PT:
                close_run()
        run.append(i)
    close_run()
    return joins


def segments(words: Sequence[Word]) -> list[Item]:
    """Words (in row order, as ``glyphs_to_words`` gives them) joined into row segments."""
    items: list[Item] = []
    current: list[Word] = []
    stretched = stretched_joins(words)
    for index, w in enumerate(words):
        if current:
            prev = current[-1]
            same_row = _same_row(prev, w)
            # The smaller size sets the gap: body text beside a headline whose baseline it
            # happens to share is a column apart, not a word space of the headline.
            close = 0 <= w.x0 - prev.x1 <= SEGMENT_GAP_EM * min(prev.size, w.size)
            # A drop cap shares its last line's baseline; it is no word of that line, and
            # its size must not widen the gutter that line's column needs.
            alike = max(prev.size, w.size) < DROP_CAP_RATIO * min(prev.size, w.size)
            if same_row and alike and (close or index in stretched):
                current.append(w)
                continue
            items.append(Item(box=words_box(current), words=tuple(current)))
        current = [w]
    if current:
        items.append(Item(box=words_box(current), words=tuple(current)))
    return items


def _gaps(intervals: list[tuple[float, float]], minimum: float) -> list[tuple[float, float]]:
    """Whitespace gaps (start, end) of at least ``minimum`` between merged intervals."""
    intervals.sort()
    out: list[tuple[float, float]] = []
    reach = intervals[0][1]
    for start, end in intervals[1:]:
        if start - reach >= minimum:
            out.append((reach, start))
        reach = max(reach, end)
    return out


def _rule_in_gap(
    rules: Sequence[DrawnRule],
    gap: tuple[float, float],
    span: tuple[float, float],
    horizontal: bool,
    cover: float,
) -> bool:
    lo, hi = span
    need = cover * (hi - lo)
    for rule in rules:
        b = rule.box
        if horizontal and rule.horizontal:
            if gap[0] - 1 <= (b.top + b.bottom) / 2 <= gap[1] + 1 and (
                min(b.x1, hi) - max(b.x0, lo) >= need
            ):
                return True
        elif (
            not horizontal
            and not rule.horizontal
            and gap[0] - 1 <= (b.x0 + b.x1) / 2 <= gap[1] + 1
            and min(b.bottom, hi) - max(b.top, lo) >= need
        ):
            return True
    return False


def _vertical_cuts(
    items: Sequence[Item], body: float, rules: Sequence[DrawnRule], s: LayoutSettings
) -> list[float]:
    """x positions of gutters running through the whole node."""
    if len(items) < 2:
        return []
    bounds = _bounds(items)
    gaps = _gaps([(i.box.x0, i.box.x1) for i in items], 1.0)
    if not gaps:
        return []
    # Rows are rows of text: a tall picture beside the text makes no node a single row.
    tallest = max((i.box.height for i in items if i.words), default=0.0)
    tallest = tallest or max(i.box.height for i in items)
    single_row = (bounds.bottom - bounds.top) < SINGLE_ROW_SPAN * tallest
    cuts: list[float] = []
    rows: list[list[Word]] | None = None
    for gap in gaps:
        left = [i for i in items if i.box.x1 <= gap[0] + ROUNDING_PT]
        right = [i for i in items if i.box.x0 >= gap[1] - ROUNDING_PT]
        # A word space of display type has display type on both sides; a gutter between a
        # rail of body text and a big head beside it has body type on one: the gap is
        # measured in the smaller of the two sides' sizes.
        beside = min(
            max(
                (_gutter_size(i, body) for i in left if abs(i.box.x1 - gap[0]) < EDGE_SLACK_PT),
                default=0.0,
            ),
            max(
                (_gutter_size(i, body) for i in right if abs(i.box.x0 - gap[1]) < EDGE_SLACK_PT),
                default=0.0,
            ),
        )
        k = s.v_gap_single_row if single_row or _one_row_beside(items, gap) else s.v_gap_text
        need = max(s.v_gap_body * body, k * beside)
        width = gap[1] - gap[0]
        span = (bounds.top, bounds.bottom)
        ruled = _rule_in_gap(rules, gap, span, horizontal=False, cover=s.rule_cover)
        if ruled and width >= s.ruled_gutter * body:
            cuts.append((gap[0] + gap[1]) / 2)
        elif width >= need:
            rows = text_rows(items) if rows is None else rows
            if not justified_channel(rows, gap):
                cuts.append((gap[0] + gap[1]) / 2)
    return cuts


def _gutter_size(item: Item, body: float) -> float:
    """The type size a gutter beside ``item`` is measured in: a drop cap (a letter or two at
    ``DROP_CAP_RATIO`` times body or more) stands in the column's own gutter-sized margin, so
    it counts as body type."""
    if item.words and DROP_CAP_RATIO * body <= item.size:
        text = "".join(w.text for w in item.words)
        if len(text) <= DROP_CAP_LETTERS:
            return body
    return item.size


def _one_row_beside(items: Sequence[Item], gap: tuple[float, float]) -> bool:
    """Whether the gap borders text on one row only, on both sides (a wide space after a colon
    in a one-line head under a label): a gutter runs beside several rows."""
    left = [i for i in items if i.words and abs(i.box.x1 - gap[0]) < EDGE_SLACK_PT]
    right = [i for i in items if i.words and abs(i.box.x0 - gap[1]) < EDGE_SLACK_PT]
    if len(left) != 1 or len(right) != 1:
        return False
    a, b = left[0].box, right[0].box
    return min(a.bottom, b.bottom) - max(a.top, b.top) > ONE_ROW_OVERLAP * min(a.height, b.height)


def _structure(
    items: Sequence[Item], body: float, rules: Sequence[DrawnRule], s: LayoutSettings
) -> tuple[int, ...]:
    return tuple(round(x / max(body, 1.0)) for x in _vertical_cuts(items, body, rules, s))


def horizontal_bands(
    items: Sequence[Item], body: float, s: LayoutSettings = LAYOUT
) -> list[tuple[float, float]]:
    """Whitespace bands clear across the node that may carry a horizontal cut: at least
    ``s.h_gap`` tall, or ``s.h_gap_picture`` where a picture's edge bounds the band or the
    type size steps across it (lines of one paragraph are that close, but never with a
    picture edge or a change of size between them)."""
    gaps = _gaps([(i.box.top, i.box.bottom) for i in items], s.h_gap_picture * body)
    edges = [e for i in items if i.image is not None for e in (i.box.top, i.box.bottom)]

    def at_picture(gap: tuple[float, float]) -> bool:
        return any(abs(e - gap[0]) < ROUNDING_PT or abs(e - gap[1]) < ROUNDING_PT for e in edges)

    def size_step(gap: tuple[float, float]) -> bool:
        above = [i.size for i in items if i.words and abs(i.box.bottom - gap[0]) < 1.0]
        below = [i.size for i in items if i.words and abs(i.box.top - gap[1]) < 1.0]
        if not above or not below:
            return False
        step = s.size_step
        return min(above) >= step * max(below) or min(below) >= step * max(above)

    return [g for g in gaps if g[1] - g[0] >= s.h_gap * body or at_picture(g) or size_step(g)]


def _horizontal_cut(
    items: Sequence[Item], body: float, rules: Sequence[DrawnRule], s: LayoutSettings
) -> float | None:
    """The y of the widest acceptable whitespace band, or ``None``."""
    bounds = _bounds(items)
    gaps = horizontal_bands(items, body, s)
    gaps.sort(key=lambda g: g[1] - g[0], reverse=True)
    for gap in gaps:
        y = (gap[0] + gap[1]) / 2
        if _rule_in_gap(rules, gap, (bounds.x0, bounds.x1), horizontal=True, cover=s.rule_cover):
            return y
        above = [i for i in items if i.box.bottom <= y]
        below = [i for i in items if i.box.top >= y]
        if _structure(above, body, rules, s) != _structure(below, body, rules, s):
            return y
    return None


def _split_x(items: Sequence[Item], cuts: Sequence[float]) -> list[list[Item]]:
    parts: list[list[Item]] = [[] for _ in range(len(cuts) + 1)]
    for item in items:
        centre = (item.box.x0 + item.box.x1) / 2
        parts[sum(centre > c for c in cuts)].append(item)
    return [p for p in parts if p]


def xy_cut(
    items: Sequence[Item],
    body: float,
    rules: Sequence[DrawnRule] = (),
    settings: LayoutSettings = LAYOUT,
) -> list[Region]:
    """Leaves of the recursive XY-cut, in reading order."""
    s = settings
    if not items:
        return []
    out: list[Region] = []
    stack: list[list[Item]] = [list(items)]
    while stack:
        node = stack.pop()
        cut = _horizontal_cut(node, body, rules, s) if len(node) > 1 else None
        if cut is not None:
            parts = [
                [i for i in node if (i.box.top + i.box.bottom) / 2 < cut],
                [i for i in node if (i.box.top + i.box.bottom) / 2 >= cut],
            ]
        else:
            xcuts = _vertical_cuts(node, body, rules, s)
            river = None if xcuts or len(node) < 2 else river_cut(node, body, s.v_gap_body * body)
            if river is not None:
                parts = [
                    [i for i in node if (i.box.top + i.box.bottom) / 2 < river],
                    [i for i in node if (i.box.top + i.box.bottom) / 2 >= river],
                ]
            elif not xcuts:
                ordered = sorted(node, key=lambda i: (i.box.top, i.box.x0))
                out.append(Region(box=_bounds(ordered), items=tuple(ordered)))
                continue
            else:
                parts = _split_x(node, xcuts)
        parts = [p for p in parts if p]
        if len(parts) == 1:
            ordered = sorted(parts[0], key=lambda i: (i.box.top, i.box.x0))
            out.append(Region(box=_bounds(ordered), items=tuple(ordered)))
            continue
        stack.extend(reversed(parts))
    return out


def body_size(words: Sequence[Word]) -> float:
    """The size most characters are set in: the page's (or issue's) body text size."""
    weights: dict[float, int] = {}
    for w in words:
        key = round(w.size, 1)
        weights[key] = weights.get(key, 0) + len(w.text)
    if not weights:
        return DEFAULT_BODY_PT
    return max(weights.items(), key=lambda kv: kv[1])[0]


def page_regions(
    words: Sequence[Word],
    images: Sequence[ImageRef],
    rules: Sequence[DrawnRule],
    body: float,
    settings: LayoutSettings = LAYOUT,
) -> list[Region]:
    """The regions of one page in reading order (images take part as blocks of their own)."""
    items = segments(words) + [Item(box=img.box, image=img) for img in images]
    return xy_cut(items, body, rules, settings)
