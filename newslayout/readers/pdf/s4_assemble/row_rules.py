"""Story-row separators: horizontal rules that end one row of stories and start the next.

Newspapers stack stories in rows and draw a rule across the page (or across the stories it
divides) between two rows. A story in the lower row often runs more columns than its
headline covers, so its last column sits under a story of the row above; the nearest
headline above that column is then the wrong one. The rule is the evidence: a rule lying
between a block and its headline, reaching across the block and across a headline of the
lower row that starts to the left of it, ends the upper story there, and the block belongs
to that lower-row headline (:func:`row_owner`).

What is not a row separator stays harmless because of what the rule must reach: a pull-quote
or jump-line rule lies inside one column and cannot reach a headline to the left; a rule
under a headline inside its own story has no other headline between it and the block; a box
frame is drawn as a rectangle, not a rule, and a rule framing a sidebar reaches only the
sidebar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newslayout.geometry import Box
from newslayout.readers.pdf.types import ClassifiedBlock, DrawnRule

#: A rule is this thin at most (pt) to count as a line rather than a drawn box.
THIN = 3.0
#: Pieces of one rule on the same level (within this many pt) are joined when the gap
#: between them is at most this many body sizes (a rule broken at each gutter).
LEVEL = 1.5
JOIN_GAP = 2.0
#: Slack (pt) when asking whether a rule reaches a block's edge or lies above it.
SLACK = 3.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Separator:
    """A horizontal rule (its collinear pieces joined) at height ``y`` from ``x0`` to ``x1``."""

    x0: float
    x1: float
    y: float

    def reaches(self, x0: float, x1: float) -> bool:
        """Whether the rule runs under the whole stretch ``x0``..``x1`` (with slack)."""
        return self.x0 <= x0 + SLACK and self.x1 >= x1 - SLACK


def separators(rules: Sequence[DrawnRule], body: float) -> tuple[Separator, ...]:
    """The page's horizontal rules, pieces on one level joined across small gaps."""
    flat = sorted(
        (r.box for r in rules if r.horizontal and r.box.height <= THIN and r.box.width > 0),
        key=lambda b: ((b.top + b.bottom) / 2, b.x0),
    )
    joined: list[Separator] = []
    for b in flat:
        y = (b.top + b.bottom) / 2
        near = [
            i
            for i, s in enumerate(joined)
            if abs(s.y - y) <= LEVEL and b.x0 - s.x1 <= JOIN_GAP * body and s.x0 - b.x1 <= 0
        ]
        if near:
            s = joined[near[-1]]
            joined[near[-1]] = Separator(x0=min(s.x0, b.x0), x1=max(s.x1, b.x1), y=s.y)
        else:
            joined.append(Separator(x0=b.x0, x1=b.x1, y=y))
    return tuple(joined)


def row_owner(
    box: Box,
    column_top: float,
    owner: ClassifiedBlock,
    openers: Sequence[ClassifiedBlock],
    extent: Callable[[ClassifiedBlock], Box],
    seps: Sequence[Separator],
) -> ClassifiedBlock | None:
    """The headline of the row a block sits in, when a row separator cuts it off ``owner``.

    ``box`` is the block, ``column_top`` the top of the column piece it sits in (a headline
    lower than that heads a story stacked under the block's column, not the block).
    The separator is the lowest rule between ``owner`` and the block that reaches across the
    block; the block's row headline lies below it, above the column, starts at or left of the
    block (a story runs on rightwards into its last columns), and is reached by the same rule.
    Of several, the nearest to the left wins, then the highest. ``None`` when no rule cuts the
    ownership or no headline of the row qualifies (the caller keeps ``owner``).
    """
    top = min(column_top, box.top)
    between = [
        s
        for s in seps
        if owner.block.box.bottom - SLACK <= s.y <= top + SLACK and s.reaches(box.x0, box.x1)
    ]
    if not between:
        return None
    sep = max(between, key=lambda s: s.y)
    best: ClassifiedBlock | None = None
    for o in openers:
        head = extent(o)
        if o is owner or o.block.box.top < sep.y - SLACK or o.block.box.bottom > top + SLACK:
            continue
        if head.x0 > box.x0 + SLACK or not sep.reaches(head.x0, head.x0):
            continue
        if best is None or _nearer(head, extent(best)):
            best = o
    return best


def _nearer(head: Box, best: Box) -> bool:
    """Whether ``head`` starts nearer the block (further right) than ``best``, or level
    with it and higher up (two stories stacked in the same columns: the upper one runs on)."""
    if abs(head.x0 - best.x0) > SLACK:
        return head.x0 > best.x0
    return head.top < best.top
