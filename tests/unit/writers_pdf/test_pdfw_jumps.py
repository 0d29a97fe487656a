"""The jump rule measured on a page plan: at least 6 lines before and after, one jump."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.styles import load_style
from newslayout.writers.pdf.columns import ColumnFill, Placed
from newslayout.writers.pdf.flowables import Boxed
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.jumps import flow_lines, jump_figures, story_pages
from newslayout.writers.pdf.layout import Module, PagePlan, Plan
from newslayout.writers.pdf.typeset import TypeSet

TEXT = " ".join(["The harbour council voted on Tuesday to let a pilot turbine be anchored."] * 6)


def _paragraph(width: float = 140.0) -> object:
    register_fonts()
    para = TypeSet(load_style("default"), hyphenator_for("en", Log())).paragraph("body", TEXT)
    para.wrap(width, 10_000)
    return para


def _module(story: int, page: int, flows: list[object]) -> Module:
    fill = ColumnFill(columns=[[Placed(f, 0.0, 10.0) for f in flows]], depths=[10.0])
    return Module(
        story=story, part=0, page=page, x=0.0, top=0.0, span=1, width=140.0, header=[],
        body_top=0.0, fill=fill, height=10.0,
    )  # fmt: skip


def _plan(*pages: list[Module]) -> Plan:
    return Plan(
        pages=[
            PagePlan(number=n, top=0.0, bottom=100.0, modules=m)
            for n, m in enumerate(pages, start=1)
        ],
        first_page={},
    )


def test_lines_are_counted_in_paragraphs_and_inside_boxes() -> None:
    para = _paragraph()
    lines = len(para.blPara.lines)  # type: ignore[attr-defined]
    assert lines > 6
    assert flow_lines(para) == lines
    assert flow_lines(Boxed([para, para], mode="list")) == 2 * lines
    assert flow_lines(object()) == 0


def test_a_short_start_a_short_tail_and_a_second_jump_are_faults() -> None:
    para = _paragraph()  # one paragraph: more than 6 lines
    short = _paragraph(2000.0)  # one line
    good = _plan([_module(0, 1, [para])], [_module(0, 2, [para])])
    assert jump_figures(good).jumped == 1 and jump_figures(good).faults == 0
    start = _plan([_module(0, 1, [short])], [_module(0, 2, [para])])
    assert jump_figures(start).short_start == 1
    tail = _plan([_module(0, 1, [para])], [_module(0, 2, [short])])
    assert jump_figures(tail).short_tail == 1
    twice = _plan([_module(0, 1, [para])], [_module(0, 2, [para])], [_module(0, 3, [para])])
    assert jump_figures(twice).repeated == 1
    alone = _plan([_module(0, 1, [short]), _module(1, 1, [para])])
    assert jump_figures(alone).jumped == 0 and story_pages(alone)[1] == [(1, flow_lines(para))]
