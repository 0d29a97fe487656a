"""Stage 1 on real (tiny, generated) PDFs: typed open errors, images, a whole small read."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from newslayout.diagnostics import Log
from newslayout.errors import DamagedPdfError, EncryptedPdfError, NotAPdfError, WrongPasswordError
from newslayout.options import ReadOptions
from newslayout.readers.pdf import read_pdf
from newslayout.readers.pdf.s1_extract.images import PNG, RawImage, image_bytes


def _pdf(encrypt: str | None = None, blank_second: bool = False) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt, invariant=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, 780, "Harbor wall to be rebuilt")
    c.setFont("Times-Roman", 10)
    for i in range(8):
        c.drawString(40, 740 - 12 * i, f"Left column line {i} with some words")
        c.drawString(300, 740 - 12 * i, f"Right column line {i} with more words")
    c.showPage()
    if blank_second:
        c.showPage()
    c.save()
    return buffer.getvalue()


def test_not_a_pdf_says_what_it_is() -> None:
    with pytest.raises(NotAPdfError, match="PNG data"):
        read_pdf(b"\x89PNG\r\n\x1a\n rest", options=ReadOptions(), log=Log())


def test_damaged_pdf_is_a_typed_error() -> None:
    with pytest.raises(DamagedPdfError):
        read_pdf(b"%PDF-1.4\n garbage without objects", options=ReadOptions(), log=Log())


def test_encrypted_pdf_needs_the_password() -> None:
    data = _pdf(encrypt="secret")
    with pytest.raises(EncryptedPdfError) as info:
        read_pdf(data, options=ReadOptions(), log=Log())
    assert "ReadOptions.password" in str(info.value)
    with pytest.raises(WrongPasswordError):
        read_pdf(data, options=ReadOptions(password="nope"), log=Log())
    issue = read_pdf(data, options=ReadOptions(password="secret"), log=Log())
    assert issue.articles[0].headline == "Harbor wall to be rebuilt"


def test_columns_are_read_in_order_and_progress_is_reported() -> None:
    seen: list[tuple[int, int]] = []
    log = Log()
    issue = read_pdf(
        _pdf(blank_second=True),
        options=ReadOptions(progress=lambda d, t: seen.append((d, t))),
        log=log,
    )
    text = " ".join(b.text for b in issue.articles[0].blocks if hasattr(b, "text"))
    assert text.index("Left column line 7") < text.index("Right column line 0")
    assert seen == [(1, 2), (2, 2)]
    assert [d.message for d in log] == ["page 2 has no text layer; it needs OCR"]
    assert issue.pages[0].width == pytest.approx(595.28, abs=0.01)


def test_non_jpeg_pixels_become_png() -> None:
    raw = RawImage(
        filters=("FlateDecode",),
        raw=b"",
        width=2,
        height=1,
        colorspace="DeviceRGB",
        decoded=bytes([255, 0, 0, 0, 0, 255]),
    )
    found = image_bytes(raw)
    assert found is not None and found[1] == PNG
    with Image.open(io.BytesIO(found[0])) as img:
        assert img.size == (2, 1) and img.getpixel((0, 0)) == (255, 0, 0)


def test_jpeg_streams_are_kept_as_they_are() -> None:
    assert image_bytes(
        RawImage(filters=("DCTDecode",), raw=b"\xff\xd8jpeg", width=1, height=1)
    ) == (b"\xff\xd8jpeg", "image/jpeg")
