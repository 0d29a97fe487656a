"""Column balance, measured on a plan: the columns of one story's module end within one line of
each other (``LIMIT_LINES``; a story's last column may be short by at most a line).

Counted from the layout itself, like :mod:`.jumps`: the writer knows which columns belong to
which story, so the measure never takes two stories side by side, or a story beside a photo or
a box of another, for one story's columns (the PDF heuristic of ``scripts/typo.py`` can, and
is kept only for the source PDFs). A module's columns are compared from the top of its body
(under its headline and lead photo) to the foot of each column's last block; an empty column
in a module counts at depth 0. In a module that jumps, the jump line at the foot of its last
column counts as filled (the lines held back there for the jump rule do not).
"""

from __future__ import annotations

from dataclasses import dataclass

from newslayout.writers.pdf.layout import Module, Plan

__all__ = ["LIMIT_LINES", "BalanceFigures", "balance_figures", "module_balance"]

#: The most body lines a module's columns may differ by.
LIMIT_LINES = 1.0
#: Depth differences are rounded to this share of a line (a photo in a column is rarely a whole
#: number of lines deep).
_ROUND = 1


def module_balance(module: Module, line: float, jump_line: float = 0.0) -> float:
    """How many body lines of ``line`` points the deepest column of ``module`` ends below its
    shallowest; ``jump_line``: the height of the jump line a jumping module sets last."""
    depths = list(module.fill.depths)
    if len(depths) < 2 or line <= 0:
        return 0.0
    if module.jump_out:
        depths[-1] += jump_line
    return round((max(depths) - min(depths)) / line, _ROUND)


@dataclass(frozen=True, slots=True)
class BalanceFigures:
    """How a plan's modules balance: the worst difference on each page (in lines, by page
    number) and the modules over ``LIMIT_LINES`` (in whole lines: 1.2 is a line and the space
    after a paragraph)."""

    worst: dict[int, float]
    over: int

    @property
    def overall(self) -> float:
        return max(self.worst.values(), default=0.0)


def balance_figures(plan: Plan, line: float, jump_line: float = 0.0) -> BalanceFigures:
    """The balance figures of a whole plan set in body lines of ``line`` points."""
    worst: dict[int, float] = {}
    over = 0
    for page in plan.pages:
        worst[page.number] = 0.0
        for module in page.modules:
            lines = module_balance(module, line, jump_line)
            worst[page.number] = max(worst[page.number], lines)
            over += round(lines) > LIMIT_LINES  # a paragraph's space after is not a line
    return BalanceFigures(worst, over)
