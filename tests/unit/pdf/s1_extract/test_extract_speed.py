"""Glyphs read straight from pdfminer's layout equal those built from pdfplumber's ``page.chars``.

The reader skips ``page.chars`` (its per-character dicts cost twice the parsing) and reads
``LTChar`` attributes itself; these tests hold it to pdfplumber's own values on real PDFs with
the awkward cases: colours, rotated text, text inside a form XObject, a MediaBox that does not
start at the origin, rules, shades and an image.
"""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from newslayout.readers.pdf.s1_extract.extract import _PageObjects
from newslayout.readers.pdf.s1_extract.graphics import color_string
from newslayout.readers.pdf.types import Glyph


def _reference_glyphs(chars: list[dict[str, Any]]) -> list[Glyph]:
    """Glyphs as the reader built them from ``page.chars`` before it read LTChar directly."""
    return [
        Glyph(
            text=c["text"],
            x0=c["x0"],
            x1=c["x1"],
            top=c["top"],
            bottom=c["bottom"],
            size=c["size"],
            font=c["fontname"],
            color=color_string(c.get("non_stroking_color")),
        )
        for c in chars
        if c.get("upright", True)
    ]


def _awkward_pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(400, 300), invariant=1)
    c.setFont("Times-Bold", 18)
    c.drawString(20, 260, "Headline in bold")
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.setFont("Helvetica", 9)
    c.drawString(20, 240, "Red kicker")
    c.setFillColorCMYK(0, 0, 0, 1)
    c.drawString(20, 228, "CMYK black text")
    c.setFillGray(0.4)
    c.drawString(20, 216, "grey text")
    c.saveState()
    c.translate(300, 100)
    c.rotate(90)
    c.drawString(0, 0, "sideways credit")
    c.restoreState()
    c.beginForm("box")
    c.setFont("Courier", 8)
    c.drawString(30, 150, "text inside a form")
    c.endForm()
    c.doForm("box")
    c.setLineWidth(0.5)
    c.line(20, 200, 380, 200)
    c.setFillGray(0.85)
    c.rect(200, 120, 150, 60, fill=1, stroke=0)
    pixels = Image.new("RGB", (40, 30), (20, 120, 200))
    c.drawImage(ImageReader(pixels), 20, 20, width=80, height=60)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _shifted_mediabox(data: bytes) -> bytes:
    """The same PDF with its MediaBox moved off the origin (same byte length, xref intact)."""
    old = b"/MediaBox [ 0 0 400 300 ]"
    assert old in data
    return data.replace(old, b"/MediaBox [ 9 7 400 300 ]")


def _compare(data: bytes) -> _PageObjects:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        fast = _PageObjects(page)
        page.close()
        page = pdf.pages[0]
        assert fast.glyphs == _reference_glyphs(page.chars)
        assert fast.images == page.images
        assert fast.rects == page.rects
        assert fast.lines == page.lines
        return fast


def test_glyphs_equal_pdfplumber_chars_with_colours_rotation_and_forms() -> None:
    fast = _compare(_awkward_pdf())
    texts = "".join(g.text for g in fast.glyphs)
    assert "text inside a form" in texts  # form XObject children are walked
    assert "sideways" not in texts  # rotated text is left out, as before
    assert {g.color for g in fast.glyphs} >= {"0.70,0.10,0.10", "0.00,0.00,0.00,1.00", "0.40"}
    assert fast.images and fast.rects and fast.lines


def test_glyphs_equal_pdfplumber_chars_when_the_mediabox_is_offset() -> None:
    data = _shifted_mediabox(_awkward_pdf())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[0].mediabox[0] == 9  # the offset branch is really taken
    fast = _compare(data)
    # pdfminer moves objects by the MediaBox origin; pdfplumber (and so we) move them back.
    assert fast.glyphs[0].x0 == 20
