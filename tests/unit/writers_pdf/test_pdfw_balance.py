"""Column balance measured on the page plan (one story's columns within a line of each
other), and the memoised line breaking that keeps the balance bisections affordable gives the
same lines as breaking afresh."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.styles import load_style
from newslayout.writers.pdf import breaking
from newslayout.writers.pdf.balance import balance_figures, module_balance
from newslayout.writers.pdf.columns import ColumnFill
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.layout import Module, PagePlan, Plan
from newslayout.writers.pdf.typeset import TypeSet

LINE = 10.0
SENTENCE = "The council met on Tuesday to weigh the harbour plan and heard from residents. "


def _module(depths: list[float], *, jump_out: bool = False) -> Module:
    fill = ColumnFill(columns=[[] for _ in depths], depths=depths)
    return Module(
        story=0, part=0, page=1, x=0.0, top=0.0, span=len(depths), width=300.0, header=[],
        body_top=0.0, fill=fill, height=max(depths), jump_out=jump_out,
    )  # fmt: skip


def test_a_module_is_measured_in_body_lines_between_its_deepest_and_shallowest_column() -> None:
    assert module_balance(_module([100.0, 90.0, 100.0]), LINE) == 1.0
    assert module_balance(_module([100.0, 70.0]), LINE) == 3.0
    assert module_balance(_module([40.0, 0.0]), LINE) == 4.0  # an empty column counts
    assert module_balance(_module([100.0]), LINE) == 0.0


def test_the_jump_line_at_the_foot_of_a_jumping_module_counts_as_filled() -> None:
    jumping = _module([100.0, 100.0, 88.0], jump_out=True)
    assert module_balance(jumping, LINE, jump_line=12.0) == 0.0
    assert module_balance(jumping, LINE) == 1.2


def test_a_plans_figures_are_its_worst_module_per_page_and_the_modules_over_a_line() -> None:
    plan = Plan(
        pages=[
            PagePlan(1, 0.0, 500.0, [_module([100.0, 90.0]), _module([50.0, 20.0])]),
            PagePlan(2, 0.0, 500.0, [_module([60.0, 60.0])]),
        ],
        first_page={},
    )
    figures = balance_figures(plan, LINE)
    assert figures.worst == {1: 3.0, 2: 0.0}
    assert figures.over == 1
    assert figures.overall == 3.0


def _typeset() -> TypeSet:
    register_fonts()
    return TypeSet(load_style("default"), hyphenator_for("en", Log()))


def test_memoised_breaking_sets_the_same_lines_as_breaking_afresh() -> None:
    ts = _typeset()

    def lines() -> list[str]:
        para = ts.paragraph("body", SENTENCE * 7)
        para.wrap(140, 10_000)
        return [" ".join(str(w) for w in line[1]) for line in para.blPara.lines]

    breaking.clear_memo()
    cold = lines()
    warm = lines()  # every measurement now comes from the memo
    assert warm == cold
    assert len(cold) > 5
