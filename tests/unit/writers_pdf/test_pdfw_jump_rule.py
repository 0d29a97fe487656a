"""The planner keeps the jump rule: a story jumps only with at least 6 body lines on its first
page and at least 6 going over (lines are held back for that), and a short start does not jump
at all (the story starts whole elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslayout.diagnostics import Log
from newslayout.model import Article, Issue
from newslayout.styles import load_style
from newslayout.writers.pdf.columns import fill_lines, lines_at_least
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.images import ImageStore
from newslayout.writers.pdf.jumps import jump_figures
from newslayout.writers.pdf.layout import JUMP_MIN_LINES, Module, Piece, Planner
from newslayout.writers.pdf.story import MINOR, ArticleStory
from newslayout.writers.pdf.typeset import TypeSet

SENTENCE = "The harbour council voted on Tuesday to let a pilot turbine be anchored off the quay. "


def _planner(paragraphs: list[int], style: str = "default") -> Planner:
    """A planner for stories of one body paragraph each, of the given sentence counts."""
    register_fonts()
    st = load_style(style)
    log = Log()
    ts = TypeSet(st, hyphenator_for("en", log))
    articles = [
        Article(id=f"a{i}", headline=f"Story number {i} of the day") for i in range(len(paragraphs))
    ]
    stories = [
        ArticleStory(article=a, lead_figure=None, body=[ts.paragraph("body", SENTENCE * n)])
        for a, n in zip(articles, paragraphs, strict=True)
    ]
    store = ImageStore(Issue(articles=tuple(articles)), Path("."), log)
    return Planner(st, ts, store, stories, log)


def _place(planner: Planner, lines: float, *, force: bool = False) -> Module | None:
    """Story 0 set in one column with room for its header, ``lines`` body lines and a jump line."""
    piece = Piece(0, list(planner.stories[0].body))
    header = planner.place(piece, 0, 1, 0.0, 10_000.0, MINOR, 1)
    assert header is not None and not header.jump_out
    room = header.body_top + lines * planner.line + planner.jump_h + 0.5
    return planner.place(piece, 0, 1, 0.0, room, MINOR, 1, force=force)


def _total_lines(planner: Planner) -> int:
    return lines_at_least(planner.stories[0].body, planner.col_w, 10_000)


def test_a_story_with_under_six_lines_on_its_first_page_does_not_jump() -> None:
    planner = _planner([12])
    assert _total_lines(planner) > 2 * JUMP_MIN_LINES
    assert _place(planner, JUMP_MIN_LINES - 1) is None
    modules = [_place(planner, n) for n in range(JUMP_MIN_LINES - 3, JUMP_MIN_LINES + 3)]
    placed = [m for m in modules if m is not None]
    assert placed and all(m.jump_out for m in placed)
    assert all(fill_lines(m.fill) >= JUMP_MIN_LINES for m in placed)
    # An empty page with nothing better to come still takes it (never a lost story).
    forced = _place(planner, JUMP_MIN_LINES - 1, force=True)
    assert forced is not None and 0 < fill_lines(forced.fill) < JUMP_MIN_LINES


def test_lines_are_held_back_so_at_least_six_go_over() -> None:
    planner = _planner([12])
    total = _total_lines(planner)
    # Room for all but two lines (and the jump line): two would go over; six do.
    module = _place(planner, total - 2)
    assert module is not None and module.jump_out
    over = lines_at_least(list(module.fill.leftover), planner.col_w, 10_000)
    assert over == JUMP_MIN_LINES
    assert fill_lines(module.fill) + over == total


def test_a_story_too_short_to_keep_both_sides_does_not_jump() -> None:
    planner = _planner([3])
    total = _total_lines(planner)
    assert JUMP_MIN_LINES < total < 2 * JUMP_MIN_LINES
    assert _place(planner, total - 2) is None


@pytest.mark.parametrize("style", ["default", "a4", "tabloid"])
def test_planned_pages_keep_the_jump_rule(style: str) -> None:
    # Stories of many lengths, run together: some must jump, none breaks the rule.
    planner = _planner([3, 40, 7, 25, 4, 60, 9, 18, 5, 33, 2, 14], style)
    st = planner.style
    bottom = st.page.dimensions[1] - st.page.margin_bottom
    plan = planner.plan(st.page.margin_top + 80.0, st.page.margin_top + 20.0, bottom)
    figures = jump_figures(plan)
    assert figures.jumped > 0
    assert figures.faults == 0, figures
