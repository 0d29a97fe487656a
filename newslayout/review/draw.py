"""The overlay drawing itself, made with ReportLab: one transparent page per source page.

Each page is drawn in the displayed page's coordinates (the model's), same size as the source
page, so :mod:`newslayout.review.overlay` can lay it over the source unchanged. Nothing here
is opaque except the small label tags: fills are translucent so the print stays readable.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from newslayout.diagnostics import Diagnostic
from newslayout.geometry import Box
from newslayout.review.regions import PageView, Region, Review
from newslayout.review.style import DIAGNOSTIC, NEUTRAL, ROLES, UNASSIGNED
from newslayout.review.text import one_line
from newslayout.writers.pdf.fonts import face_name

LABEL_SIZE = 5.0
_HATCH_STEP = 3.0


def _font() -> str:
    return face_name("sans")


def _bold() -> str:
    return face_name("sans", bold=True)


def region_colour(review: Review, region: Region) -> tuple[float, float, float]:
    """An article's own colour; neutral for page apparatus, red for unassigned text."""
    if region.role == "unassigned":
        return UNASSIGNED
    return review.colour_of(region.article) or NEUTRAL


def _darker(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    return (r * 0.6, g * 0.6, b * 0.6)


class PageDrawer:
    """Draws the regions of one page on a ReportLab canvas of the page's displayed size."""

    def __init__(self, canvas: Canvas, review: Review, width: float, height: float) -> None:
        self.c = canvas
        self.review = review
        self.height = height
        self.width = width
        self.placed: list[Box] = []  # label tags already drawn on this page

    def y(self, top: float) -> float:
        return self.height - top

    def rect(self, box: Box, rgb: tuple[float, float, float], role: str) -> None:
        """The translucent fill and outline of one region: a single ``re B`` (or ``re S``)."""
        style = ROLES[role]
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*rgb, alpha=0.9)
        c.setLineWidth(style.width)
        c.setDash(list(style.dash) if style.dash else [])
        c.setFillColorRGB(*rgb, alpha=style.fill)
        c.rect(
            box.x0, self.y(box.bottom), box.width, box.height, stroke=1, fill=1 if style.fill else 0
        )
        c.restoreState()

    def hatch(self, box: Box, rgb: tuple[float, float, float]) -> None:
        """Diagonal hatching clipped to ``box``: text that was read into nothing."""
        c = self.c
        c.saveState()
        path = c.beginPath()
        path.rect(box.x0, self.y(box.bottom), box.width, box.height)
        c.clipPath(path, stroke=0, fill=0)
        c.setStrokeColorRGB(*rgb, alpha=0.7)
        c.setLineWidth(0.5)
        x = box.x0 - box.height
        while x < box.x1:
            c.line(x, self.y(box.bottom), x + box.height, self.y(box.top))
            x += _HATCH_STEP
        c.restoreState()

    def label(self, box: Box, text: str, rgb: tuple[float, float, float]) -> None:
        """A small tag at the box's top-left corner, just above it when there is room."""
        c = self.c
        text = one_line(text, 60)
        width = c.stringWidth(text, _font(), LABEL_SIZE) + 2
        top = box.top - LABEL_SIZE - 1.5 if box.top > LABEL_SIZE + 2 else box.top
        x = min(max(box.x0, 0.0), max(self.width - width, 0.0))
        # Two boxes starting at one corner (a dateline in its paragraph): tags side by side.
        for _ in range(8):
            tag = Box(x0=x, top=top, x1=x + width, bottom=top + LABEL_SIZE + 1.5)
            hit = next(
                (
                    p
                    for p in self.placed
                    if p.horizontal_overlap(tag) > 0.5 and p.vertical_overlap(tag) > 0.5
                ),
                None,
            )
            if hit is None:
                break
            x = hit.x1 + 1
        self.placed.append(Box(x0=x, top=top, x1=x + width, bottom=top + LABEL_SIZE + 1.5))
        c.saveState()
        # Half-transparent: a tag over the line above must not hide its print.
        c.setFillColorRGB(1, 1, 1, alpha=0.55)
        c.rect(x, self.y(top + LABEL_SIZE + 1.5), width, LABEL_SIZE + 1.5, stroke=0, fill=1)
        c.setFillColorRGB(*_darker(rgb), alpha=1)
        c.setFont(_font(), LABEL_SIZE)
        c.drawString(x + 1, self.y(top + LABEL_SIZE), text)
        c.restoreState()

    def connector(self, frame: Box, caption: Box, rgb: tuple[float, float, float]) -> None:
        """A dashed line from a picture frame to its caption."""
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*rgb, alpha=0.9)
        c.setLineWidth(0.8)
        c.setDash([2, 2])
        fx = min(max((caption.x0 + caption.x1) / 2, frame.x0), frame.x1)
        fy = frame.bottom if caption.top >= frame.bottom else frame.top
        c.line(
            fx,
            self.y(fy),
            (caption.x0 + caption.x1) / 2,
            self.y((caption.top + caption.bottom) / 2),
        )
        c.restoreState()

    def marker(self, x: float, top: float, code: str, box: Box | None = None) -> None:
        """An orange flag at ``(x, top)``, where the diagnostic's note sits, and its code: as a
        tag over the diagnosed ``box``, or beside the flag when the diagnostic has no box."""
        c = self.c
        c.saveState()
        c.setFillColorRGB(*DIAGNOSTIC, alpha=0.95)
        path = c.beginPath()
        path.moveTo(x, self.y(top))
        path.lineTo(x + 8, self.y(top))
        path.lineTo(x + 4, self.y(top + 7))
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(_bold(), 5)
        c.drawCentredString(x + 4, self.y(top + 4.6), "!")
        if box is None:
            c.setFillColorRGB(*_darker(DIAGNOSTIC))
            c.setFont(_font(), LABEL_SIZE)
            c.drawString(x + 9, self.y(top + 5), one_line(code, 40))
        c.restoreState()
        if box is not None and code:
            self.label(box, code, DIAGNOSTIC)

    def skipped(self, page: PageView, reasons: Sequence[Diagnostic]) -> None:
        """A page the reader did not read: hatched all over, with the reason in a banner."""
        whole = Box(x0=0, top=0, x1=self.width, bottom=self.height)
        self.hatch(whole, NEUTRAL)
        c = self.c
        c.saveState()
        c.setFillColorRGB(1, 1, 1, alpha=0.9)
        c.rect(20, self.y(80), self.width - 40, 60, stroke=0, fill=1)
        c.setFillColorRGB(*_darker(UNASSIGNED))
        c.setFont(_bold(), 12)
        c.drawString(28, self.y(40), f"Page {page.number} was not read by newslayout")
        c.setFont(_font(), 8)
        for i, d in enumerate(reasons[:2]):
            c.drawString(28, self.y(56 + 10 * i), one_line(f"[{d.code}] {d.message}", 120))
        c.restoreState()

    def draw(self, regions: Sequence[Region]) -> None:
        # Unassigned first, then larger boxes under smaller ones, labels last (on top).
        order = sorted(
            regions, key=lambda r: (r.role != "unassigned", -(r.box.width * r.box.height))
        )
        for region in order:
            rgb = region_colour(self.review, region)
            if region.role == "unassigned":
                self.hatch(region.box, rgb)
                self.rect(region.box, rgb, "unassigned")
            else:
                self.rect(region.box, rgb, region.role)
        frames = {r.group: r for r in regions if r.role == "figure" and r.group}
        for region in regions:
            frame = frames.get(region.group)
            if region.role in ("caption", "credit") and frame is not None:
                self.connector(frame.box, region.box, region_colour(self.review, region))
        for region in order:
            if region.role == "unassigned":
                continue
            text = region.label
            if region.role == "headline" and region.article:
                text = f"{region.article} {region.label}"
            self.label(region.box, text, region_colour(self.review, region))


def diagnostic_spot(d: Diagnostic, slot: int) -> tuple[float, float]:
    """Where a diagnostic's flag (and note) goes: just left of its box's top-left corner, in
    the gutter, so that neither the flag nor a viewer's note icon hides the print; without a
    box, stacked down the page's left margin."""
    box = d.location.box
    if box is not None:
        return max(box.x0 - 10.0, 0.0), box.top
    return 4.0, 4.0 + 10.0 * slot


def draw_pages(review: Review, sizes: Sequence[tuple[float, float]]) -> bytes:
    """The overlay drawing: one page per entry of ``review.pages``, of the given sizes."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    canvas.setTitle("newslayout overlay")
    for page, (width, height) in zip(review.pages, sizes, strict=True):
        canvas.setPageSize((width, height))
        drawer = PageDrawer(canvas, review, width, height)
        here = [d for d in review.diagnostics if d.location.page == page.number]
        if page.skipped:
            drawer.skipped(page, here)
        drawer.draw(review.on_page(page.number))
        unplaced = 0
        for d in here:
            x, top = diagnostic_spot(d, unplaced)
            if d.location.box is None:
                unplaced += 1
            drawer.marker(x, top, d.code, d.location.box)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
