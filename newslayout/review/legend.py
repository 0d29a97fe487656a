"""The legend page(s) that open the overlay: what each colour and outline means, and the
issue's outline with one line per article, each a link to the article's first block."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from newslayout.diagnostics import Diagnostic
from newslayout.geometry import Box
from newslayout.review.draw import PageDrawer
from newslayout.review.regions import Region, Review
from newslayout.review.style import NEUTRAL, ROLES, UNASSIGNED
from newslayout.review.text import one_line
from newslayout.writers.pdf.fonts import face_name

_MARGIN = 36.0


@dataclass(frozen=True, slots=True)
class LegendLink:
    """A clickable line of the legend: on legend page ``sheet`` (0-based), ``box`` (displayed
    coordinates) jumps to ``page`` of the source at ``target``."""

    sheet: int
    box: Box
    page: int
    target: Box | None


def first_region(review: Review, article_id: str) -> Region | None:
    """The first drawn region of an article in reading order of the pages."""
    mine = [r for r in review.regions if r.article == article_id]
    return min(mine, key=lambda r: (r.page, r.box.top, r.box.x0), default=None)


class _Sheet:
    """Writes lines down legend pages, starting a new page when one is full."""

    def __init__(self, canvas: Canvas, size: tuple[float, float]) -> None:
        self.c = canvas
        self.width, self.height = size
        self.index = 0
        self.top = _MARGIN
        self.c.setPageSize(size)

    def need(self, space: float) -> None:
        if self.top + space > self.height - _MARGIN:
            self.c.showPage()
            self.c.setPageSize((self.width, self.height))
            self.index += 1
            self.top = _MARGIN

    def text(self, text: str, size: float = 9, bold: bool = False, x: float = _MARGIN) -> None:
        self.need(size * 1.5)
        self.c.setFillColorRGB(0, 0, 0)
        self.c.setFont(face_name("sans", bold=bold), size)
        room = self.width - x - _MARGIN
        shown = one_line(text)
        while (
            len(shown) > 1 and self.c.stringWidth(shown, face_name("sans", bold=bold), size) > room
        ):
            shown = shown[:-2] + "…"
        self.c.drawString(x, self.height - self.top - size, shown)
        self.top += size * 1.5


def draw_legend(
    review: Review, size: tuple[float, float], source_name: str
) -> tuple[bytes, list[LegendLink]]:
    """The legend pages as a PDF, and the links their outline lines carry."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    canvas.setTitle("newslayout overlay legend")
    sheet = _Sheet(canvas, size)
    links: list[LegendLink] = []
    sheet.text(f"Overlay of {source_name}", 14, bold=True)
    sheet.text(review.title + (f" — {review.facts}" if review.facts else ""), 10)
    skipped = [p.number for p in review.pages if p.skipped]
    sheet.text(
        f"{len(review.pages)} page(s), {len(review.articles)} article(s)"
        + (f"; pages not read: {', '.join(map(str, skipped))}" if skipped else ""),
        9,
    )
    sheet.top += 6
    sheet.text("What the drawing means", 11, bold=True)
    sheet.text(
        "Each article has one colour, the same on every page it covers; page apparatus is grey.",
        8,
    )
    _role_key(sheet, review)
    sheet.top += 6
    _file_notes(sheet, [d for d in review.diagnostics if d.location.page is None])
    sheet.text("Outline (click a line to go to the article)", 11, bold=True)
    for article in review.articles:
        sheet.need(12)
        c = sheet.c
        c.setFillColorRGB(*article.colour)
        c.rect(_MARGIN, sheet.height - sheet.top - 8, 10, 8, stroke=0, fill=1)
        pages = ", ".join(map(str, article.pages)) or "?"
        head = (
            f"{article.kicker.upper()} | {article.headline}" if article.kicker else article.headline
        )
        line_top = sheet.top
        sheet.text(f"{article.id}  {head}  (p. {pages})", 8, x=_MARGIN + 14)
        first = first_region(review, article.id)
        if first is not None:
            box = Box(x0=_MARGIN, top=line_top - 1, x1=sheet.width - _MARGIN, bottom=sheet.top - 2)
            links.append(LegendLink(sheet.index, box, first.page, first.box))
    canvas.showPage()
    canvas.save()
    return out.getvalue(), links


def _role_key(sheet: _Sheet, review: Review) -> None:
    drawer = PageDrawer(sheet.c, review, sheet.width, sheet.height)
    sample = (0.2, 0.45, 0.8)
    for role, style in ROLES.items():
        sheet.need(14)
        box = Box(x0=_MARGIN, top=sheet.top, x1=_MARGIN + 34, bottom=sheet.top + 9)
        rgb = (
            UNASSIGNED
            if role == "unassigned"
            else NEUTRAL
            if role in ("teaser", "furniture")
            else sample
        )
        if role == "unassigned":
            drawer.hatch(box, rgb)
        drawer.rect(box, rgb, role)
        sheet.text(f"{role}: {style.meaning}", 8, x=_MARGIN + 42)
        sheet.top += 2
    sheet.need(14)
    drawer.marker(_MARGIN, sheet.top, "")
    sheet.text(
        "diagnostic: a flag with its code; the PDF note on it holds the message", 8, x=_MARGIN + 42
    )


def _file_notes(sheet: _Sheet, diagnostics: Sequence[Diagnostic]) -> None:
    if not diagnostics:
        return
    sheet.text("Diagnostics of the whole file", 11, bold=True)
    for d in diagnostics:
        sheet.text(f"{d.severity.value}: [{d.code}] {d.message}", 8)
    sheet.top += 6
