"""Rotated source pages: the drawing lands on the displayed text whatever the ``/Rotate``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas
from review_helpers import read_for_review

from newslayout.review.draw import region_colour
from newslayout.review.geometry import PageFrame
from newslayout.review.png import render_pages


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_matrix_and_user_point_agree(rotation: int) -> None:
    frame = PageFrame(10.0, 20.0, 622.0, 812.0, rotation)
    a, b, c, d, e, f = frame.matrix()
    _, height = frame.size
    for x, top in ((0.0, 0.0), (100.0, 50.0), (33.5, 400.25)):
        dy = height - top
        assert (a * x + c * dy + e, b * x + d * dy + f) == pytest.approx(frame.user_point(x, top))


@pytest.mark.parametrize("rotation", [90, 180])
def test_boxes_are_drawn_over_the_text_of_a_rotated_page(rotation: int, tmp_path: Path) -> None:
    source = tmp_path / f"rotated-{rotation}.pdf"
    canvas = Canvas(str(source), pagesize=letter)
    canvas.setPageRotation(rotation)
    canvas.setFont("Times-Roman", 10)
    for i in range(30):
        canvas.drawString(
            60, 700 - 12 * i, f"Line {i} of a story that goes on at some length here."
        )
    canvas.save()
    read = read_for_review(source)
    # Upright or not, every line is drawn: as a block, or hatched as read into nothing.
    boxes = list(read.review.regions)
    assert len(boxes) >= 1
    dpi = 288  # a 0.5 pt outline is 2 px wide: one of them is its own colour
    scale = dpi / 72
    pages = dict(render_pages(read.overlay, range(0, 10), dpi))
    png = [p for i, p in sorted(pages.items()) if p is not None][-1]
    image = Image.open(io.BytesIO(png)).convert("RGB")
    view = read.review.pages[0]
    assert view.width is not None and view.height is not None
    assert image.size == pytest.approx((view.width * scale, view.height * scale), abs=2)
    for region in boxes:
        want = [round(c * 255) for c in region_colour(read.review, region)]
        x = round(region.box.x0 * scale)
        y = round((region.box.top + region.box.bottom) / 2 * scale)
        near = [image.getpixel((x + dx, y)) for dx in (-2, -1, 0, 1, 2)]
        assert any(
            isinstance(p, tuple) and sum(abs(a - b) for a, b in zip(p, want, strict=True)) < 120
            for p in near
        ), (region, near, want)
