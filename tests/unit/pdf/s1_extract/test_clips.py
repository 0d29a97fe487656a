"""Images cut to their clipping path (a photo placed larger than its frame)."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.model import Figure
from newslayout.options import ReadOptions
from newslayout.readers.pdf import read_pdf
from newslayout.readers.pdf.s1_extract.clips import cut_to
from newslayout.readers.pdf.s1_extract.extract import extract_pages

HEIGHT = A4[1]


def _photo() -> ImageReader:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (90, 120, 160)).save(buffer, format="PNG")
    return ImageReader(io.BytesIO(buffer.getvalue()))


def _clipped_page(clip: bool) -> bytes:
    """A headline and byline, then a photo placed from y=300..700 (PDF units) but clipped to
    y=420..600, with its caption under the visible frame, i.e. inside the placed box."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, 660, "Harbor wall to be rebuilt")
    c.setFont("Helvetica", 8)
    c.drawString(40, 640, "By Ada Lovelace")
    c.saveState()
    if clip:
        path = c.beginPath()
        path.rect(40, 420, 400, 180)
        c.clipPath(path, stroke=0, fill=0)
    c.drawImage(_photo(), 40, 300, width=400, height=400)
    c.restoreState()
    c.setFont("Helvetica", 7)
    c.drawString(40, 408, "The old wall at low tide on Monday. Photo: Jan Smit")
    c.setFont("Times-Roman", 10)
    for i in range(12):
        c.drawString(40, 380 - 12 * i, f"The council said on Monday the wall line {i} would go.")
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_an_image_box_is_cut_to_its_clipping_path() -> None:
    (page,) = extract_pages(_clipped_page(clip=True), options=ReadOptions(), log=Log())
    (image,) = page.images
    assert image.box == Box.rounded(40, HEIGHT - 600, 440, HEIGHT - 420)


def test_an_unclipped_image_keeps_its_placed_box() -> None:
    (page,) = extract_pages(_clipped_page(clip=False), options=ReadOptions(), log=Log())
    (image,) = page.images
    assert image.box == Box.rounded(40, HEIGHT - 700, 440, HEIGHT - 300)


def test_the_caption_under_a_clipped_photo_is_read_as_its_caption() -> None:
    issue = read_pdf(_clipped_page(clip=True), options=ReadOptions(), log=Log())
    (article,) = issue.articles
    assert article.headline == "Harbor wall to be rebuilt"
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert ["".join(r.text for r in f.caption) for f in figures] == [
        "The old wall at low tide on Monday."
    ]
    assert [f.credit for f in figures] == ["Jan Smit"]


def test_cut_to_keeps_a_box_the_clip_would_empty() -> None:
    box = Box(x0=0, top=0, x1=100, bottom=100)
    assert cut_to(box, Box(x0=200, top=0, x1=300, bottom=100)) is None
    assert cut_to(box, Box(x0=-10, top=-10, x1=110, bottom=110)) is None
    assert cut_to(box, Box(x0=10, top=20, x1=90, bottom=80)) == Box(x0=10, top=20, x1=90, bottom=80)
