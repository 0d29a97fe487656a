"""Hyphens the writer inserts at line breaks print as U+2010; a compound's hyphen stays "-".

A reader (ours, pdftotext, anyone's) can then join "mate‐/rials" and keep "non-/flammable".
The paragraphs are set with the writer's own paragraph styles and drawn on a real canvas;
the PDF's text layer is read back with pdfplumber.
"""

from __future__ import annotations

import io

import pdfplumber
from reportlab.pdfgen.canvas import Canvas

from newslayout.diagnostics import Log
from newslayout.styles import load_style
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.typeset import BREAK_HYPHEN, TypeSet, _inserted

TEXT = (
    "The cooperative tested non-flammable materials and extraordinary laboratory "
    "equipment, a long-awaited investigation of fast-growing communities and their "
    "unexpectedly complicated administrative arrangements."
)


def _line_ends(markup_text: str, width: float) -> list[str]:
    register_fonts()
    ts = TypeSet(load_style("default"), hyphenator_for("en", Log()))
    para = ts.own("body", markup_text)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(400, 800))
    _, height = para.wrap(width, 800)
    para.drawOn(canvas, 20, 780 - height)
    canvas.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        words = pdf.pages[0].extract_words(keep_blank_chars=False)
    rows: dict[int, list[str]] = {}
    for word in words:
        rows.setdefault(round(word["top"]), []).append(word["text"])
    return [row[-1] for _, row in sorted(rows.items())]


def _check(ends: list[str]) -> None:
    broken = [e for e in ends if e.endswith(("-", BREAK_HYPHEN))]
    assert broken, "the narrow measure must hyphenate somewhere"
    for end in broken:
        hard = end.endswith("-")
        # a hard hyphen ends a line only where the text itself has one ("non-", "fast-")
        assert hard == (end[:-1] + "-" in TEXT), end


def test_one_style_paragraph() -> None:
    for width in (70.0, 85.0, 100.0, 120.0):
        _check(_line_ends(TEXT, width))


def test_paragraph_of_several_styles() -> None:
    mixed = TEXT.replace("extraordinary", "<i>extraordinary</i>")
    for width in (70.0, 85.0, 100.0, 120.0):
        _check(_line_ends(mixed, width))


def test_inserted_is_told_from_the_text() -> None:
    assert _inserted("mate-", "tested materials today")
    assert not _inserted("non-", "cheap non-flammable goods")
    assert not _inserted("--", "a dash -- here")
    assert not _inserted("5-", "a 5-2 win")
