"""Filling columns with flowables: the core of the writer's own layout pass.

ReportLab's frames fill one column at a time; a newspaper module needs more: fill ``k`` columns
of one height, balance them (equal column depth for a story that ends in its module), and hand
back whatever did not fit, so the caller can jump it to a later page. Flowables are split
(paragraphs between lines, boxes between blocks, figures shrink) and never clipped; a flowable
that fits no empty column is shrunk to fit and reported as forced.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newslayout.diagnostics import Severity, define
from newslayout.writers.pdf.flowables import FigureFlowable, Shrunk

FORCED_FIT = define(
    "render-forced-fit",
    Severity.WARNING,
    "A block was too large for any column and was scaled down to fit.",
)

_EPSILON = 0.01
#: Bisection steps refining a balanced fill's height (each halves the uncertainty).
BALANCE_STEPS = 4
#: Columns ending this many whole lines apart count as balanced (``balance.LIMIT_LINES``).
EVEN_LINES = 1
#: Paragraphs set a line looser or tighter, one at a time, to even an unbalanced fill (each
#: trial is one balanced fill; only a fill whose columns end over a line apart tries any).
LOOSENESS_TRIALS = 8
#: Rounds of such trials: a second paragraph may take the last line of difference.
LOOSENESS_ROUNDS = 2


@dataclass(slots=True)
class Placed:
    """A flowable at ``y`` below the top of its column (already wrapped to ``width``)."""

    flowable: Any
    y: float
    height: float


@dataclass(slots=True)
class ColumnFill:
    """The outcome of filling columns: what went where, and what is left over."""

    columns: list[list[Placed]] = field(default_factory=list)
    depths: list[float] = field(default_factory=list)
    leftover: deque[Any] = field(default_factory=deque)
    forced: int = 0

    @property
    def depth(self) -> float:
        return max(self.depths, default=0.0)


def _strands_next(flow: Any, queue: deque[Any], width: float, room_after: float) -> bool:
    """True when ``flow`` must keep with the next flowable and two lines of it do not fit."""
    keep = getattr(flow, "getKeepWithNext", None)
    if keep is None or not keep() or len(queue) < 2:
        return False
    following = queue[1]
    if isinstance(following, FigureFlowable):
        # a photo is scaled to the room it has (its split): it strands a byline over it only
        # when not even the smallest it may be fits, not whenever its full size does not
        _, h = following.wrap(width, room_after)
        fits = h <= room_after + _EPSILON or following.split(width, room_after)
        return not fits
    style = getattr(following, "style", None)
    if style is not None:
        need = min(2 * float(style.leading), following.wrap(width, 1e9)[1])
    else:
        need = following.wrap(width, 1e9)[1]
    return bool(need + following.getSpaceBefore() > room_after + _EPSILON)


def _figure_into(flow: FigureFlowable, parts: list[Any], width: float, room: float) -> list[Any]:
    """A photo's split (its scaled copy) that fits ``room``: a photo narrowed to fit sets its
    caption at its own narrower width, in more lines than the room was reckoned with, so the
    copy can come out taller than asked; it is asked once more for that much less."""
    _, tall = parts[0].wrap(width, room)
    over = tall - room
    if over <= _EPSILON:
        return parts
    again: list[Any] = flow.split(width, room - over) if room > over else []
    return again


def _fill_one(
    queue: deque[Any], width: float, height: float, fill: ColumnFill, force: bool
) -> None:
    placed: list[Placed] = []
    y = 0.0
    while queue:
        flow = queue[0]
        before = flow.getSpaceBefore() if placed else 0.0
        room = height - y - before
        _, h = flow.wrap(width, max(room, 0.0))
        if h <= room + _EPSILON:
            if placed and _strands_next(flow, queue, width, room - h - flow.getSpaceAfter()):
                break  # a subhead or byline never ends a column alone
            placed.append(Placed(flow, y + before, h))
            y += before + h + flow.getSpaceAfter()
            queue.popleft()
            continue
        # A box (sidebar) is a unit: it moves on to the next column whole, and is split only
        # at the top of a column, i.e. when it is taller than a column.
        whole = placed and getattr(flow, "keep_whole", False)
        parts = flow.split(width, room) if room > 0 and not whole else []
        if not parts and not placed and room > 0 and hasattr(flow, "split_anyhow"):
            # The typographic preferences of a split (no hyphen or full stop at the foot)
            # never leave a column empty: at the top of one, any split will do.
            parts = flow.split_anyhow(width, room)
        if parts and isinstance(flow, FigureFlowable):
            parts = _figure_into(flow, parts, width, room)
        if parts:
            queue.popleft()
            queue.extendleft(reversed(parts))
            first = queue[0]
            _, h = first.wrap(width, room)
            if h <= room + _EPSILON:
                placed.append(Placed(first, y + before, h))
                y += before + h + first.getSpaceAfter()
                queue.popleft()
            break
        if not placed and force:
            # Nothing fits an empty full-height column: shrink it, never clip or loop forever.
            if isinstance(flow, FigureFlowable):
                fitted = flow.fit_into(width, height)
                if fitted is not None:  # a scaled photo is normal, not a forced fit
                    queue[0] = fitted
                    continue
            shrunk = Shrunk(flow, width, height)
            placed.append(Placed(shrunk, 0.0, shrunk.height))
            y = height
            queue.popleft()
            fill.forced += 1
        break
    fill.columns.append(placed)
    fill.depths.append(min(y, height) if placed else 0.0)


def fill_columns(
    flowables: Sequence[Any], width: float, heights: Sequence[float], *, force: bool = False
) -> ColumnFill:
    """Fill columns of ``width`` and the given ``heights`` in order; the rest is leftover.

    ``force``: a flowable that fits no empty column is shrunk into it (the caller knows no
    bigger column will come); otherwise it is left over.
    """
    queue: deque[Any] = deque(flowables)
    fill = ColumnFill()
    for height in heights:
        _fill_one(queue, width, height, fill, force)
    fill.leftover = queue
    return fill


def flow_lines(flow: Any) -> int:
    """Body lines of one set flowable (a paragraph's lines, a box's paragraphs' lines)."""
    inner = getattr(flow, "content", None)
    if isinstance(inner, list):
        return sum(flow_lines(f) for f in inner)
    bl_para = getattr(flow, "blPara", None)
    lines = getattr(bl_para, "lines", None)
    return len(lines) if lines is not None else 0


def fill_lines(fill: ColumnFill) -> int:
    """Body lines a fill sets in its columns."""
    return sum(flow_lines(p.flowable) for column in fill.columns for p in column)


def lines_at_least(flowables: Sequence[Any], width: float, wanted: int) -> int:
    """The body lines of ``flowables`` set in a column of ``width``, counted only until
    ``wanted`` is reached (the rest of a long story need not be wrapped to know)."""
    total = 0
    for flow in flowables:
        if total >= wanted:
            break
        flow.wrap(width, 1e9)
        total += flow_lines(flow)
    return total


def natural_height(flowables: Sequence[Any], width: float) -> float:
    """The height of the flowables set in one endless column."""
    total = 0.0
    for i, flow in enumerate(flowables):
        _, h = flow.wrap(width, 1e9)
        total += h + flow.getSpaceAfter() + (flow.getSpaceBefore() if i else 0.0)
    return total


def fill_balanced(
    flowables: Sequence[Any],
    width: float,
    count: int,
    max_height: float,
    step: float,
    *,
    force: bool = False,
) -> ColumnFill:
    """Fill ``count`` columns as evenly as possible, no deeper than ``max_height``
    (:func:`_fill_balanced`); when its columns still end more than a line apart, paragraphs
    are set a line looser or tighter until they do (:func:`_evened`)."""
    fill = _fill_balanced(flowables, width, count, max_height, step, force=force)
    if count == 1 or fill.leftover or _evenness(fill, step)[0] <= EVEN_LINES:
        return fill
    opened = _figure_kept_up(flowables, width, count, max_height, step, fill)
    if opened is not None:
        return opened
    return _evened(flowables, width, count, max_height, step, fill)


def _figure_kept_up(
    flowables: Sequence[Any],
    width: float,
    count: int,
    max_height: float,
    step: float,
    fill: ColumnFill,
) -> ColumnFill | None:
    """A more even fill of ``flowables`` where a photo that opened a column, leaving the one
    before it nearly empty (a byline, a line or two), is kept under them, that column made
    as deep as it takes and the rest sharing what is left; None when that is no better.

    At an even share of a story's depth a photo after its byline does not fit under it, so it
    opens the next column and the first holds only the byline: the worst modules of all.
    """
    for column in range(count - 1):
        after = fill.columns[column + 1]
        if not after or not isinstance(after[0].flowable, FigureFlowable):
            continue
        if fill.depth - fill.depths[column] <= EVEN_LINES * step:
            continue
        figure = after[0].flowable
        _, tall = figure.wrap(width, max_height)
        need = fill.depths[column] + figure.getSpaceBefore() + tall + _EPSILON
        if need > max_height:
            continue
        for slack in (0.5, 1.0, 1.5):  # as in :func:`_fill_even`
            queue: deque[Any] = deque(flowables)
            trial = ColumnFill()
            for index in range(count):
                share = natural_height(list(queue), width) / (count - index)
                height = need if index <= column else min(max_height, share + slack * step)
                _fill_one(queue, width, height, trial, False)
            if not queue and _boxes(trial) <= _boxes(fill):
                if _evenness(trial, step) < _evenness(fill, step):
                    return trial
                break
    return None


def _evened(
    flowables: Sequence[Any],
    width: float,
    count: int,
    max_height: float,
    step: float,
    fill: ColumnFill,
) -> ColumnFill:
    """``fill`` of ``flowables`` with some paragraphs set a line looser or tighter (TeX's
    ``\\looseness``, every gap still under the cap) so that the columns end within
    ``EVEN_LINES`` of each other, or as near as ``LOOSENESS_TRIALS`` such settings get.

    A story's columns come out uneven when its paragraphs' lines cannot be shared evenly
    (a paragraph splits only where it leaves two lines each side, and not after a hyphen):
    one line more or less in the right paragraph changes the sums. The paragraphs of the
    shallowest column are tried a line longer first, those of the deepest a line shorter.
    """
    flows = list(flowables)
    best_flows: list[Any] | None = None
    best = _evenness(fill, step)
    for _ in range(LOOSENESS_ROUNDS):
        found: list[Any] | None = None
        for twin, index, _ in _loosenings(flows, fill, width, max_height):
            trial_flows = flows.copy()
            trial_flows[index] = twin
            trial = _fill_balanced(trial_flows, width, count, max_height, step)
            if trial.leftover or _boxes(trial) > _boxes(fill):
                continue
            score = _evenness(trial, step)
            if score < best:
                best, found = score, trial_flows
                if score[0] <= EVEN_LINES:
                    break
        if found is None:
            break
        flows = best_flows = found
        if best[0] <= EVEN_LINES:
            break
        fill = _fill_balanced(flows, width, count, max_height, step)
    if best_flows is None:
        # Set again: the trials split (and so reset) paragraphs this fill holds.
        return _fill_balanced(flowables, width, count, max_height, step)
    return _fill_balanced(best_flows, width, count, max_height, step)


def _loosenings(
    flows: list[Any], fill: ColumnFill, width: float, height: float
) -> list[tuple[Any, int, int]]:
    """(index in ``flows``, its copy set a line longer or shorter, that line) to try, at most
    ``LOOSENESS_TRIALS``, nearest first: a line longer for the paragraphs nearest the
    shallowest column, a line shorter nearest the deepest. Only paragraphs that can be set
    so (every gap under the cap) are tried."""
    column_of = _columns_of(flows, fill)
    depths = fill.depths
    shallow = depths.index(min(depths))
    deep = depths.index(max(depths))
    ranked: list[tuple[int, int, int]] = []
    for index, column in column_of.items():
        flow = flows[index]
        if not hasattr(flow, "loosened") or flow.looseness != 0:
            continue  # not a paragraph, or already set looser or tighter
        ranked.append((abs(column - shallow), index, 1))
        ranked.append((abs(column - deep), index, -1))
    out: list[tuple[Any, int, int]] = []
    for _, index, delta in sorted(ranked):
        lines = flow_lines(flows[index])
        if lines < 2:
            continue
        twin = flows[index].loosened(delta)
        twin.wrap(width, height)
        if flow_lines(twin) != lines:
            out.append((twin, index, delta))
            if len(out) >= LOOSENESS_TRIALS:
                break
    return out


def _columns_of(flows: list[Any], fill: ColumnFill) -> dict[int, int]:
    """The column each of ``flows`` starts in (by index; a split paragraph's parts are new
    objects, taken for the flow being set when they come)."""
    where = {id(flow): i for i, flow in enumerate(flows)}
    out: dict[int, int] = {}
    current = 0
    for column, placed in enumerate(fill.columns):
        for item in placed:
            index = where.get(id(item.flowable))
            if index is None:
                index = current  # a part of the flow being split
            else:
                current = index + 1
            out.setdefault(index, column)
    return out


def _fill_balanced(
    flowables: Sequence[Any],
    width: float,
    count: int,
    max_height: float,
    step: float,
    *,
    force: bool = False,
) -> ColumnFill:
    """Fill ``count`` columns as evenly as possible, no deeper than ``max_height``.

    Starts from the even share of the natural height and deepens by ``step`` (a body line)
    until everything fits; if even ``max_height`` cannot hold it all, the result has leftover.
    Starting at the even share itself, not a line deeper, matters: a line of slack in the first
    column lets it take a paragraph's lines that widow/orphan control then cannot spread over
    the next, leaving one short column in the middle (4, 2, 3 lines instead of 3, 3, 3).
    """
    if count == 1 or not flowables:
        return fill_columns(flowables, width, [max_height] * count, force=force)
    total = natural_height(flowables, width)
    if total / count > max_height:
        return fill_columns(flowables, width, [max_height] * count, force=force)
    height = min(max_height, total / count)
    short: float | None = None  # the deepest height tried that left something over
    whole = sum(1 for flow in flowables if getattr(flow, "keep_whole", False))
    while True:
        fill = fill_columns(
            flowables, width, [height] * count, force=force and height >= max_height
        )
        if fill.leftover and height >= max_height:
            return fill
        if not fill.leftover and (_boxes(fill) <= whole or height >= max_height):
            break
        # something left over, or a box split over columns shallower than it: deeper
        short = height
        missing = natural_height(list(fill.leftover), width)
        height = min(max_height, height + max(step, missing / count))
    if short is None:
        return fill
    # The step up may overshoot by several lines, which all go to the first columns and
    # leave the last one short: bisect down to the least height that holds everything,
    # keeping the most even fill (then the shallowest) seen; then try even shares of it.
    best, best_height = fill, height
    boxes = _boxes(fill)  # no more than the story has (every box whole)
    for _ in range(BALANCE_STEPS):
        if height - short < step / 4:
            break
        middle = (short + height) / 2
        trial = fill_columns(flowables, width, [middle] * count)
        if trial.leftover or _boxes(trial) > boxes:  # a box split to balance: too shallow
            short = middle
            continue
        height = middle
        if _evenness(trial, step) <= _evenness(best, step):
            best, best_height = trial, middle
    even = _fill_even(flowables, width, count, best.depth, step)
    if even is not None and _boxes(even) <= boxes and _evenness(even, step) < _evenness(best, step):
        return even
    # Set again: a later trial may have split (and so reset) the paragraphs this fill holds.
    return fill_columns(flowables, width, [best_height] * count)


def _fill_even(
    flowables: Sequence[Any], width: float, count: int, height: float, step: float
) -> ColumnFill | None:
    """Columns no deeper than ``height``, each taking an even share of what is left (so 17
    lines in four columns set 5/4/4/4 rather than 5/5/5/2); None when that leaves some over
    (a paragraph that may not break where an even share would end it).
    """
    for slack in (0.5, 1.0, 1.5):  # lines a column may take past its even share
        queue: deque[Any] = deque(flowables)
        fill = ColumnFill()
        for column in range(count):
            share = natural_height(list(queue), width) / (count - column)
            _fill_one(queue, width, min(height, share + slack * step), fill, False)
        if not queue:
            return fill
    return None


def _boxes(fill: ColumnFill) -> int:
    """The pieces of boxes (sidebars) in ``fill``: more than the story has means a box was
    split across columns, which balancing must never do to a box that fits a column."""
    return sum(
        1
        for column in fill.columns
        for placed in column
        if getattr(placed.flowable, "keep_whole", False)
    )


def _evenness(fill: ColumnFill, step: float) -> tuple[int, float]:
    """How unevenly ``fill`` sets its columns (in whole lines), then how deep: less is better."""
    used = fill.depths or [0.0]
    return (round((max(used) - min(used)) / step), fill.depth)
