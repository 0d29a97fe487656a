"""A front page's index strip and refers read end to end: targets inside the file keep their
page, targets outside it their printed label; a refer that names a price is no advert."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

import newslayout
from newslayout.model import Teaser

BODY = (
    "The council voted on Tuesday to keep the harbour ferry running through the winter, "
    "after a long meeting in the town hall. The cost has risen to 400,000 pounds this year, "
    "and the service will follow the summer timetable until March."
)


def _text(canvas: Canvas, x: float, y: float, lines: list[str], font: str, size: float) -> None:
    canvas.setFont(font, size)
    for i, line in enumerate(lines):
        canvas.drawString(x, y - i * 1.25 * size, line)


def _issue(path: Path) -> None:
    canvas = Canvas(str(path), pagesize=(612, 792))
    _text(canvas, 150, 740, ["The Harbour Gazette"], "Times-Bold", 36)
    _text(canvas, 40, 712, ["Tuesday 3 November 2026"], "Helvetica", 8)
    _text(canvas, 40, 698, ["INSIDE  Sport 2  ·  Travel Page 14  ·  Letters A9"], "Helvetica", 8)
    _text(canvas, 40, 650, ["Ferry keeps winter run"], "Times-Bold", 24)
    words = BODY.split()
    body = [" ".join(words[i : i + 9]) for i in range(0, len(words), 9)] * 3
    _text(canvas, 40, 620, body, "Times-Roman", 10)
    _text(canvas, 400, 620, ["The $1,944 Test"], "Times-Bold", 18)
    _text(canvas, 400, 600, ["Shocked by $480 calls. PAGE A7"], "Times-Roman", 9)
    canvas.showPage()
    _text(canvas, 40, 700, ["Sport stays in town"], "Times-Bold", 24)
    _text(canvas, 40, 670, body, "Times-Roman", 10)
    canvas.save()


def _teasers(path: Path) -> list[Teaser]:
    issue, _ = newslayout.read(path)
    return list(issue.pages[0].teasers)


def test_an_index_strip_and_a_refer_keep_their_targets(tmp_path: Path) -> None:
    source = tmp_path / "front.pdf"
    _issue(source)
    found = {t.text: (t.target_page, t.target_label) for t in _teasers(source)}
    assert found["Sport"] == (2, "")  # page 2 is in the file
    assert found["Travel"] == (None, "14")  # page 14 is not: its label as printed
    assert found["Letters"] == (None, "A9")
    assert found["The $1,944 Test"] == (None, "A7")  # a refer, not an advert
