"""The jump rule, measured on a plan: a story jumps only when at least ``MIN_LINES`` of its
lines stand on its first page and at least as many go over, and never more than once.

Counted from the layout itself (which flowable went in which column of which page), so the
measure needs no reading of the PDF: every body line of a paragraph counts, and the lines of
the paragraphs inside a box or list; photos, rules and heads do not.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslayout.writers.pdf.columns import flow_lines
from newslayout.writers.pdf.layout import JUMP_MIN_LINES as MIN_LINES
from newslayout.writers.pdf.layout import Module, Plan

__all__ = ["MIN_LINES", "JumpFigures", "flow_lines", "jump_figures", "module_lines", "story_pages"]


def module_lines(module: Module) -> int:
    """Body lines a module sets (its header is not counted)."""
    return sum(flow_lines(p.flowable) for column in module.fill.columns for p in column)


@dataclass(frozen=True, slots=True)
class JumpFigures:
    """How a plan's jumps keep the rule: stories that jump, jumps with under ``MIN_LINES``
    on the first page (``short_start``) or going over (``short_tail``), and stories that
    jump more than once (``repeated``)."""

    jumped: int = 0
    short_start: int = 0
    short_tail: int = 0
    repeated: int = 0

    @property
    def faults(self) -> int:
        return self.short_start + self.short_tail + self.repeated


def story_pages(plan: Plan) -> dict[int, list[tuple[int, int]]]:
    """Per story, (page, body lines) for every page it is set on, in page order."""
    lines: dict[int, dict[int, int]] = {}
    for page in plan.pages:
        for module in page.modules:
            per_page = lines.setdefault(module.story, {})
            per_page[page.number] = per_page.get(page.number, 0) + module_lines(module)
    return {story: sorted(pages.items()) for story, pages in lines.items()}


def jump_figures(plan: Plan) -> JumpFigures:
    """The jump rule's figures for a whole plan."""
    jumped = short_start = short_tail = repeated = 0
    for pages in story_pages(plan).values():
        if len(pages) < 2:
            continue
        jumped += 1
        first = pages[0][1]
        rest = sum(count for _, count in pages[1:])
        short_start += first < MIN_LINES
        short_tail += rest < MIN_LINES
        repeated += len(pages) > 2
    return JumpFigures(jumped, short_start, short_tail, repeated)
