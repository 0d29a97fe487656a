"""Lists: each item with a hanging indent, the list set as a unit."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
from reportlab.pdfgen.canvas import Canvas

from newslayout.model import ListBlock, ListItem, Run
from newslayout.styles import load_style
from newslayout.writers.pdf.flowables import Boxed
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.story import list_flowable
from newslayout.writers.pdf.typeset import TypeSet

LONG = "Ropes, buoys, chains and the paint for every hull in the harbour, at half price"


def _list(ordered: bool) -> ListBlock:
    items = (LONG, "Short item", LONG)
    return ListBlock(ordered=ordered, items=tuple(ListItem(runs=(Run(text=t),)) for t in items))


def _ts() -> TypeSet:
    register_fonts()
    return TypeSet(load_style("default"), None)


def _lines(flow: Boxed, width: float) -> list[list[dict[str, Any]]]:
    """The printed words of the flowable, line by line."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    _, height = flow.wrap(width, 10_000)
    flow.drawOn(canvas, 40, 700 - height)
    canvas.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        words = pdf.pages[0].extract_words()
    rows: dict[int, list[dict[str, Any]]] = {}
    for w in words:
        rows.setdefault(round(float(w["top"])), []).append(w)
    return [sorted(r, key=lambda w: w["x0"]) for _, r in sorted(rows.items())]


def test_an_item_runs_on_under_its_text_not_under_its_mark() -> None:
    for ordered, mark in ((False, "\u2022"), (True, "1.")):
        flow = list_flowable(_list(ordered), _ts(), "body")
        lines = _lines(flow, 140.0)
        first, second = lines[0], lines[1]
        assert first[0]["text"] == mark
        text_x = first[1]["x0"]
        assert text_x > first[0]["x1"]  # the mark stands in the margin
        assert abs(second[0]["x0"] - text_x) < 0.5  # the next line hangs under the text


def test_a_list_is_one_unit_that_moves_on_whole() -> None:
    flow = list_flowable(_list(False), _ts(), "body")
    assert isinstance(flow, Boxed) and flow.keep_whole
    assert len(flow.content) == 3
