"""A lead photo narrowed below its columns (too tall for its share of the module) snaps to a
whole number of columns and takes its caption beside it, level with its foot (the credit
stays under the picture), rather than leave an empty strip beside the picture; a caption
too deep to stand beside it, or a photo that fills its width, keeps the caption under it."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
from PIL import Image
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from newslayout.writers.pdf.flowables import SIDE_MAX_SHARE, FigureFlowable

COLUMN, GUTTER = 100.0, 10.0
WIDTH = 5 * COLUMN + 4 * GUTTER  # five columns
CAPTION = "Volunteers stretch the recycled sail-cloth roof over the hot-food section."


def _image(width: int = 400, height: int = 300) -> ImageReader:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (90, 120, 160)).save(buffer, format="PNG")
    return ImageReader(io.BytesIO(buffer.getvalue()))


def _figure(caption: str = CAPTION, max_height: float = 220.0) -> FigureFlowable:
    style = ParagraphStyle("caption", fontName="Helvetica", fontSize=8, leading=10)
    credit = ParagraphStyle("credit", fontName="Helvetica", fontSize=6, leading=7)
    flow = FigureFlowable(
        _image(),
        Paragraph(caption, style),
        Paragraph("PHOTO: Rosa Delgado", credit),
        max_height=max_height,
        crop=1.4,
    )
    flow.grid = (COLUMN, GUTTER)
    return flow


def _drawn(flow: FigureFlowable) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The picture's box and the words, as pdfplumber reads them back (top-down)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH + 40, 600))
    _, height = flow.wrap(WIDTH, 1000)
    flow.drawOn(canvas, 20, 560 - height)
    canvas.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        page = pdf.pages[0]
        return page.images[0], page.extract_words()


def test_a_narrowed_photo_takes_whole_columns_and_its_caption_beside_it() -> None:
    flow = _figure()
    _, height = flow.wrap(WIDTH, 1000)
    # 400x300 at the 5-column width is 405 deep; cropped 1.4x flatter it is still deeper
    # than 220, so the photo is narrowed: to 3 whole columns (the 4th is the caption's)
    assert flow.printed_width == 3 * COLUMN + 2 * GUTTER
    assert 220.0 < height < 220.0 + 12.0  # only the credit's line under the picture
    picture, words = _drawn(flow)
    caption = [w for w in words if w["x0"] > picture["x1"]]
    assert " ".join(w["text"] for w in caption) == CAPTION
    left = min(w["x0"] for w in caption)
    assert abs(left - picture["x1"] - GUTTER) < 1.0  # in the next column, past the gutter
    assert max(w["bottom"] for w in caption) <= picture["bottom"] + 1.0  # level with its foot
    assert min(w["top"] for w in caption) >= picture["top"]
    assert max(w["x1"] for w in caption) - left <= SIDE_MAX_SHARE * picture["width"]
    credit = [w for w in words if w["top"] >= picture["bottom"]]
    assert [w["text"] for w in credit] == ["PHOTO:", "Rosa", "Delgado"]  # under the picture


def test_a_caption_deeper_than_the_photo_goes_under_it() -> None:
    flow = _figure(caption=" ".join([CAPTION] * 12), max_height=120.0)
    _, height = flow.wrap(WIDTH, 1000)
    assert height > 120.0  # the caption is under the picture
    picture, words = _drawn(flow)
    assert all(w["x0"] < picture["x1"] for w in words)
    assert min(w["top"] for w in words) >= picture["bottom"]


def test_a_photo_that_fills_its_columns_keeps_the_caption_under_it() -> None:
    flow = _figure(max_height=1000.0)
    flow.wrap(WIDTH, 1000)
    assert flow.printed_width == WIDTH
    picture, words = _drawn(flow)
    assert min(w["top"] for w in words) >= picture["bottom"]
