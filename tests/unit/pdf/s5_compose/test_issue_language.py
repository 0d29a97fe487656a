"""Both readers record the issue's language and read its line-end hyphens by it."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from newslayout.diagnostics import Log
from newslayout.options import ReadOptions
from newslayout.readers.pdf import read_pdf
from newslayout.readers.text import read_text

GERMAN = [
    "Der Stadtrat hat am Montag beschlossen, dass die",
    "Brücke, die im März gesperrt wurde, noch vor dem",
    "Ende des Jahres wieder geöffnet wird. Die Anwoh-",
    "ner sind mit der Entscheidung zufrieden, aber sie",
    "wollen auch wissen, was nach dem Umbau mit dem",
    "Ufer geschieht und ob sich der Verkehr bei Regen",
    "oder Schnee nicht wieder staut. Sie be-",
    "kommen eine Antwort, sagt der Bürgermeister, der",
    "auch die Kosten von zwanzig Pro-",
    "zent mehr als geplant nicht verschweigen will.",
]


def _german_pdf(path: Path) -> Path:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setFont("Times-Bold", 24)
    c.drawString(50, 760, "Brücke wird wieder geöffnet")
    c.setFont("Times-Roman", 10)
    for i, text in enumerate(GERMAN * 2):
        c.drawString(50, 720 - 12 * i, text)
    c.showPage()
    c.save()
    path.write_bytes(buffer.getvalue())
    return path


def _body(text_of_blocks: list[str]) -> str:
    return " ".join(text_of_blocks)


def test_the_pdf_reader_records_german_and_joins_its_breaks(tmp_path: Path) -> None:
    issue = read_pdf(_german_pdf(tmp_path / "de.pdf"), options=ReadOptions(), log=Log())
    assert issue.meta.language == "de"
    body = _body([p.text for a in issue.articles for p in a.paragraphs])
    assert "bekommen" in body and "Prozent" in body and "Anwohner" in body
    assert "be-kommen" not in body and "Pro-zent" not in body


def test_the_text_reader_records_german(tmp_path: Path) -> None:
    text = "Brücke wird wieder geöffnet\n\n" + "\n".join(GERMAN * 2) + "\n"
    issue = read_text(text.encode(), options=ReadOptions(), log=Log())
    assert issue.meta.language == "de"
    body = _body([p.text for a in issue.articles for p in a.paragraphs])
    assert "bekommen" in body and "be-kommen" not in body


def test_english_stays_english(tmp_path: Path) -> None:
    text = (
        "Bridge to reopen\n\nThe council said on Monday that the bridge, which was closed in "
        "March, would reopen by the end of the year. Residents have waited for this, and they "
        "were told that the work will cost more than planned, but the money has been found "
        "from the budget that the council set for the year, which was approved in May.\n"
    )
    issue = read_text(text.encode(), options=ReadOptions(), log=Log())
    assert issue.meta.language == "en"
