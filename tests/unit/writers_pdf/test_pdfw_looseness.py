"""Looseness (TeX's ``\\looseness``): a paragraph set a line longer or shorter than its best,
every gap still under the cap, so that a story's columns come out even."""

from __future__ import annotations

import pytest

from newslayout.diagnostics import Log
from newslayout.styles import load_style
from newslayout.writers.pdf import columns
from newslayout.writers.pdf.breaking import MAX_GAP_EM
from newslayout.writers.pdf.columns import fill_balanced, flow_lines
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.linebreak import Word, break_paragraph
from newslayout.writers.pdf.typeset import CachedParagraph, TypeSet

TEXT = (
    "The council met on Tuesday to weigh the harbour plan and heard from residents who "
    "asked for more time before the vote"
)
WORDS = TEXT.split(" ")
WIDTH = 140.0


def _typeset() -> TypeSet:
    register_fonts()
    return TypeSet(load_style("default"), hyphenator_for("en", Log()))


def _para(ts: TypeSet, words: int) -> CachedParagraph:
    para = ts.paragraph("body", " ".join(WORDS[i % len(WORDS)] for i in range(words)) + ".")
    assert isinstance(para, CachedParagraph)
    return para


def test_the_breaker_sets_exactly_the_lines_asked_for_or_none() -> None:
    words = [Word(20.0, 5.0) for _ in range(12)]
    best = break_paragraph(words, [100.0], max_gap=None, hard=False)
    assert best is not None
    count = len(best)
    longer = break_paragraph(words, [100.0], max_gap=None, hard=False, lines=count + 1)
    assert longer is not None and len(longer) == count + 1
    assert longer[-1].word == len(words) - 1
    # every word on one line cannot be: no set of lines meets the count
    assert break_paragraph(words, [100.0], max_gap=None, hard=False, lines=1) is None


def test_a_loosened_copy_sets_a_line_more_with_its_gaps_under_the_cap() -> None:
    ts = _typeset()
    para = _para(ts, 17)
    para.wrap(WIDTH, 1e4)
    lines = flow_lines(para)
    looser = para.loosened(1)
    looser.wrap(WIDTH, 1e4)
    assert flow_lines(looser) == lines + 1
    assert flow_lines(para) == lines  # the paragraph itself is untouched
    size = float(ts.style_of("body").fontSize)
    for extra, words in looser.blPara.lines[:-1]:
        # ReportLab's extra space is spread over the line's spaces (tracking aside)
        assert extra / (len(words) - 1) <= MAX_GAP_EM * size


def test_a_loosening_the_cap_forbids_keeps_the_best_setting() -> None:
    ts = _typeset()
    para = _para(ts, 20)
    para.wrap(WIDTH, 1e4)
    tighter = para.loosened(-1)
    tighter.wrap(WIDTH, 1e4)
    assert flow_lines(tighter) == flow_lines(para)


@pytest.mark.parametrize(("sizes", "count"), [((17, 17, 17), 2), ((12, 17, 12), 2)])
def test_a_paragraph_set_a_line_looser_evens_columns_no_split_could(
    sizes: tuple[int, ...], count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts = _typeset()
    line = float(ts.style_of("body").leading)

    def spread(fill: columns.ColumnFill) -> float:
        return (max(fill.depths) - min(fill.depths)) / line

    monkeypatch.setattr(columns, "LOOSENESS_TRIALS", 0)
    plain = fill_balanced([_para(ts, n) for n in sizes], WIDTH, count, 1000.0, line)
    monkeypatch.undo()
    evened = fill_balanced([_para(ts, n) for n in sizes], WIDTH, count, 1000.0, line)
    assert spread(plain) > columns.EVEN_LINES  # 3-line paragraphs cannot split
    assert spread(evened) <= columns.EVEN_LINES
    assert not evened.leftover
