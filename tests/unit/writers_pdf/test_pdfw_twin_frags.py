"""A paragraph's copies (set a line looser or tighter, or without a hyphen at a column's end)
start from its words as first wrapped, not from the words of ReportLab's last setting, where a
word it hyphenated is split in two: set with other breaks, the pair printed mid-line."""

from __future__ import annotations

from typing import Any

import pytest

from newslayout.diagnostics import Log
from newslayout.styles import load_style
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.typeset import BREAK_HYPHEN, TypeSet

# The sample's paragraph that printed "a row of ta- bles kept free" (broadsheet, reflow).
MARKUP = (
    "<b>PORT WREN \u2014</b> The Pier Street night market opens for the season on Saturday, a "
    "month earlier than last year, with forty-two stalls, a new covered section for hot food "
    "and, for the first time, a row of tables kept free for anyone who simply wants to sit."
)


def _lines(para: Any) -> list[str]:
    return ["".join(str(getattr(f, "text", "")) for f in line.words) for line in para.blPara.lines]


@pytest.mark.parametrize("lines_kept", [6, 7])
def test_a_loosened_copy_of_a_split_paragraph_prints_no_hyphen_mid_line(lines_kept: int) -> None:
    register_fonts()
    style = load_style("broadsheet")
    ts = TypeSet(style, hyphenator_for("en", Log()))
    para = ts.own("body", MARKUP)
    width = style.column_width
    para.wrap(width, 10_000)
    assert any(line.endswith(("ta-", "ta" + BREAK_HYPHEN)) for line in _lines(para))
    para.split(width, lines_kept * float(para.style.leading) + 0.5)
    tighter = para.loosened(-1)
    tighter.wrap(width, 10_000)
    lines = _lines(tighter)
    assert len(lines) < len(_lines(para))  # set with other breaks...
    for line in lines:  # ...a break hyphen ends a line or is not printed
        body = line.rstrip()
        assert "-" + " " not in body and BREAK_HYPHEN not in body[:-1], line
    assert "first time, a row of tables kept free" in lines
