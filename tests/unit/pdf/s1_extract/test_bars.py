"""Solid bars: a filled rectangle a few points thick and many times longer is kept apart
(neither a rule nor a shade); with no text on it, it separates story rows like a hairline."""

from __future__ import annotations

from typing import Any

from newslayout.readers.pdf.s1_extract.bars import solid_bars
from newslayout.readers.pdf.s4_assemble.bar_rules import bar_rules
from newslayout.readers.pdf.s4_assemble.row_rules import separators
from pdf.builders import line_words


def _rect(x0: float, top: float, x1: float, bottom: float, *, fill: bool = True) -> dict[str, Any]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": fill}


def test_a_long_filled_bar_is_kept_and_rules_shades_and_badges_are_not() -> None:
    bar = _rect(317, 1103, 850, 1113.5)
    found = solid_bars(
        [
            bar,
            _rect(317, 900, 850, 901),  # a hairline: a rule already
            _rect(317, 200, 850, 400),  # a tint: a shade already
            _rect(40, 300, 120, 312),  # a label's badge: too short for its thickness
            _rect(317, 500, 850, 510, fill=False),  # an outline, not a bar
        ]
    )
    assert [(r.box.x0, r.box.top, r.box.x1, r.box.bottom) for r in found] == [
        (317, 1103, 850, 1113.5)
    ]


def test_a_bare_bar_is_a_row_separator_along_its_middle() -> None:
    (bar,) = solid_bars([_rect(317, 1103, 850, 1113)])
    (sep,) = separators(bar_rules([bar], []), body=9.0)
    assert (sep.x0, sep.x1, sep.y) == (317, 850, 1108)
    assert separators([bar], body=9.0) == ()  # as drawn, too thick for a rule


def test_a_bar_with_a_label_printed_on_it_is_no_separator() -> None:
    (bar,) = solid_bars([_rect(20, 830, 540, 846)])
    label = line_words("QUICK NEWS", 24, 832, 12.0)
    assert bar_rules([bar], label) == ()
    assert len(bar_rules([bar], line_words("Text under it", 24, 860, 9.0))) == 1
