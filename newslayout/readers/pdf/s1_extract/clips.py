"""Images cut to their clipping path: the part of a picture the page actually shows.

Layout programs and browsers place a photo larger than its frame and clip it (InDesign's
frames, CSS ``object-fit: cover``); pdfminer ignores clipping paths, so pdfplumber reports
the whole placed image, which then covers the headline, byline and caption around the frame
and hides them from the layout stage. PDFium (``pypdfium2``, which pdfplumber already brings)
knows each image object's clipping path: this module reads it once per file and cuts every
image box to it. Only images placed on the page itself are cut (an image inside a form
XObject has its clip in the form's space); an image that cannot be matched, or a file PDFium
cannot open, keeps the box pdfplumber gave.
"""

from __future__ import annotations

import ctypes
import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newslayout.geometry import Box
from newslayout.readers.pdf.types import ImageRef, PageContent

#: An image's box from pdfplumber and from PDFium agree to this many points.
MATCH = 1.5


def clip_images(
    source: Path | bytes, pages: Sequence[PageContent], password: str | None
) -> list[PageContent]:
    """``pages`` with every image box cut to the clipping path the page draws it through."""
    if not any(p.images for p in pages):
        return list(pages)
    try:
        import pypdfium2  # loaded on use: a page without images never needs it
    except ImportError:  # pragma: no cover - a runtime dependency, present in every install
        return list(pages)
    try:
        document = pypdfium2.PdfDocument(source, password=password)
    except Exception:  # PDFium refuses what pdfminer read: keep pdfplumber's boxes
        return list(pages)
    try:
        return [_clip_page(document, p) for p in pages]
    finally:
        document.close()


def _clip_page(document: Any, content: PageContent) -> PageContent:
    if not content.images or content.failed:
        return content
    try:
        clips = list(_image_clips(document[content.number - 1]))
    except Exception:  # a page PDFium cannot walk keeps its boxes
        return content
    images = tuple(_clipped(image, clips) for image in content.images)
    return dataclasses.replace(content, images=images)


def _clipped(image: ImageRef, clips: Sequence[tuple[Box, Box]]) -> ImageRef:
    """``image`` cut to the clip of the PDFium image object with the same box, if any."""
    for placed, clip in clips:
        if _same(placed, image.box):
            cut = cut_to(image.box, clip)
            return image if cut is None else dataclasses.replace(image, box=cut)
    return image


def cut_to(box: Box, clip: Box) -> Box | None:
    """``box`` cut to ``clip``, or ``None`` when the clip leaves nothing (or changes nothing)."""
    x0, top = max(box.x0, clip.x0), max(box.top, clip.top)
    x1, bottom = min(box.x1, clip.x1), min(box.bottom, clip.bottom)
    if x1 - x0 < 1.0 or bottom - top < 1.0:
        return None  # an image clipped away entirely: keep it as placed rather than lose it
    cut = Box.rounded(x0, top, x1, bottom)
    return None if cut == box else cut


def _same(a: Box, b: Box) -> bool:
    return (
        abs(a.x0 - b.x0) <= MATCH
        and abs(a.x1 - b.x1) <= MATCH
        and abs(a.top - b.top) <= MATCH
        and abs(a.bottom - b.bottom) <= MATCH
    )


def _image_clips(page: Any) -> Iterator[tuple[Box, Box]]:
    """(placed box, clip box) of each image object placed on the page itself, top-left origin."""
    import pypdfium2.raw as pdfium_c

    height = page.get_height()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1):
        if obj.level != 0:
            continue
        left, bottom, right, top = obj.get_bounds()
        clip = _clip_box(pdfium_c, obj.raw, height)
        if clip is not None:
            yield Box(x0=left, top=height - top, x1=right, bottom=height - bottom), clip


def _clip_box(pdfium_c: Any, raw: Any, height: float) -> Box | None:
    """The box of an object's clipping path (the intersection of its paths), or ``None``."""
    clip = pdfium_c.FPDFPageObj_GetClipPath(raw)
    if not clip:
        return None
    box: Box | None = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for p in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        xs: list[float] = []
        ys: list[float] = []
        for s in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, p)):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, p, s)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        path = Box(x0=min(xs), top=height - max(ys), x1=max(xs), bottom=height - min(ys))
        box = path if box is None else _intersect(box, path)
    return box


def _intersect(a: Box, b: Box) -> Box:
    x0, top = max(a.x0, b.x0), max(a.top, b.top)
    x1, bottom = max(x0, min(a.x1, b.x1)), max(top, min(a.bottom, b.bottom))
    return Box(x0=x0, top=top, x1=x1, bottom=bottom)
