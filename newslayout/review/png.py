"""PDF pages rendered to PNG with pypdfium2 (PDFium, the renderer pdfplumber already brings).

Used for ``inspect --png`` (the overlay's pages, drawing included) and for the review page's
page images (the plain source pages; the page draws its own regions over them).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from newslayout.errors import InputError, UsageError

DEFAULT_DPI = 100
MIN_DPI, MAX_DPI = 18, 600


def check_dpi(dpi: int) -> int:
    """``dpi`` when it is sensible; a usage error otherwise (a huge value would eat memory)."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise UsageError(
            f"dpi={dpi}: out of range", hint=f"give a resolution from {MIN_DPI} to {MAX_DPI}"
        )
    return dpi


def png_name(page: int) -> str:
    """The file name of a page's image: ``page-001.png`` (sorts in page order)."""
    return f"page-{page:03d}.png"


def render_pages(
    pdf: bytes | Path,
    indexes: Iterable[int],
    dpi: int = DEFAULT_DPI,
    *,
    password: str | None = None,
) -> Iterator[tuple[int, bytes | None]]:
    """``(index, png)`` for each 0-based page index; ``None`` where PDFium cannot render it."""
    import pypdfium2  # loaded on use: the CLI imports this module for its constants

    try:
        document = pypdfium2.PdfDocument(pdf, password=password)
    except pypdfium2.PdfiumError as exc:
        raise InputError(f"cannot render the PDF: {exc}") from exc
    try:
        for index in indexes:
            if not 0 <= index < len(document):
                yield index, None
                continue
            try:
                page = document[index]
                # Annotations stay out: the overlay draws its own flag for each note (a viewer's
                # note icon would hide the print), and a source's own are not shown either.
                bitmap = page.render(scale=dpi / 72.0, may_draw_forms=False, draw_annots=False)
                image = bitmap.to_pil()
            except pypdfium2.PdfiumError:
                yield index, None
                continue
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", optimize=False)
            yield index, buffer.getvalue()
    finally:
        document.close()
