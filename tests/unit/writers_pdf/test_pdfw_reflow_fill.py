"""Holes the planner leaves in a row: a rail running far deeper than the main story beside it
is balanced by changing the stories' column counts, and a story narrowed to a readable measure
is widened again rather than jump when wider it ends on the page."""

from __future__ import annotations

import pytest
from test_pdfw_jump_rule import _planner

from newslayout.writers.pdf import layout
from newslayout.writers.pdf.layout import (
    Module,
    Piece,
    Plan,
    Planner,
    _row_empty,
)
from newslayout.writers.pdf.story import MINOR, STANDARD

#: Stories of one body paragraph each (sentence counts): a front lead, then a short main story
#: beside a rail story about twice as long, then a brief.
ROW = [14, 3, 5, 1]


def _plan(planner: Planner) -> Plan:
    bottom = planner.style.page.dimensions[1] - 50
    return planner.plan(front_top=100, inner_top=60, bottom=bottom)


def _row(planner: Planner, plan: Plan) -> tuple[Module, Module]:
    """The main story and the rail story of the row under the front lead."""
    modules = plan.pages[0].modules
    main = next(m for m in modules if m.story == 1)
    rail = next(m for m in modules if m.story == 2)
    assert rail.top == main.top and rail.x > main.x
    return main, rail


def test_row_empty_is_the_area_beside_the_shorter_side() -> None:
    assert _row_empty(100.0, 100.0, 4, 1) == 0.0
    assert _row_empty(50.0, 150.0, 4, 1) == 400.0
    assert _row_empty(150.0, 50.0, 3, 2) == 200.0


def test_a_rail_far_deeper_than_its_main_story_gets_a_column_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planner = _planner(ROW)
    plan = _plan(planner)
    main, rail = _row(planner, plan)
    count, rail_cols = planner.count, planner.style.columns.rail
    assert main.span == count - rail_cols - 1 and rail.span == rail_cols + 1
    balanced = _row_empty(main.height, rail.height, main.span, rail.span)
    stories = {(m.story, m.part) for m in plan.pages[0].modules}
    assert not any(m.jump_out for p in plan.pages for m in p.modules)

    # the row as it was set before: the style's rail, the rail far deeper than the main story
    monkeypatch.setattr(layout, "STACK_LINES", 10_000)
    before = _planner(ROW)
    plan_before = _plan(before)
    main_b, rail_b = _row(before, plan_before)
    assert main_b.span == count - rail_cols and rail_b.span == rail_cols
    assert rail_b.height - main_b.height > 3 * before.line
    assert balanced < _row_empty(main_b.height, rail_b.height, main_b.span, rail_b.span)
    assert stories == {(m.story, m.part) for m in plan_before.pages[0].modules}


def test_a_row_already_balanced_keeps_the_styles_rail() -> None:
    # a main story and a rail story of about the same depth
    planner = _planner([14, 3, 9, 2])
    modules = _plan(planner).pages[0].modules
    main = next(m for m in modules if m.story == 2)
    rail = next(m for m in modules if m.story == 3)
    assert rail.top == main.top
    assert abs(rail.height - main.height) <= layout.STACK_LINES * planner.line
    assert main.span == planner.count - planner.style.columns.rail


def test_a_narrowed_story_that_would_jump_is_widened_to_end_on_the_page() -> None:
    planner = _planner([12])
    piece = Piece(0, list(planner.stories[0].body))
    room = 150.0
    narrow = planner.place(piece, 0, 1, 0.0, room, MINOR, 1)
    assert narrow is not None and narrow.jump_out
    wider = planner._widened(piece, 1, planner.count, 0.0, room, 1)
    assert wider is not None
    module, span = wider
    assert not module.jump_out and span > 1
    # the narrowest span that ends on the page (a head of three columns or more is bigger)
    for less in range(1, span):
        importance = STANDARD if less >= 3 else MINOR
        tried = planner.place(piece, 0, less, 0.0, room, importance, 1)
        assert tried is None or tried.jump_out
    # none wider than allowed, and None when no width lets it end on the page
    assert planner._widened(piece, 1, 1, 0.0, room, 1) is None
    assert planner._widened(piece, 1, planner.count, 0.0, 40.0, 1) is None
