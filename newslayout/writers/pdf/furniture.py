"""Page furniture: the front-page masthead with its teaser strip, and inner running heads.

What the source printed around its nameplate is kept: the motto, the cover price (in the
masthead line) and a weather ear ("WEATHER 24° / 16°", "MÉTÉO 12° / 5°"), set beside the
nameplate when the name leaves room, else in the masthead line. An inner page's running head
names its section: the page's own, else the section word of the source's running head.

Page furniture is measured before the layout pass (its height decides where stories may start) and
drawn in the rendering pass, when the teasers' target pages are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from newslayout.diagnostics import Severity, define
from newslayout.model import FurnitureKind, Issue, IssueMeta, Teaser
from newslayout.styles import Style
from newslayout.writers.pdf.typeset import TypeSet

TEASER_UNRESOLVED = define(
    "render-teaser-unresolved",
    Severity.INFO,
    "A front-page teaser names no article of the issue; it is left off the front page.",
)

THICK, THIN = 2.2, 0.5
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class TeaserItem:
    """A teaser and the story it points to (index into the stories), if found."""

    teaser: Teaser
    story: int | None


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2}


def match_teaser(teaser: Teaser, headlines: list[tuple[str, str]]) -> int | None:
    """The story a teaser points to: by article id, else the headline sharing most words."""
    for index, (article_id, _) in enumerate(headlines):
        if teaser.target_article and article_id == teaser.target_article:
            return index
    wanted = _words(teaser.text)
    best, best_score = None, 0.0
    for index, (_, headline) in enumerate(headlines):
        have = _words(headline)
        if wanted and have:
            score = len(wanted & have) / len(wanted | have)
            if score > best_score:
                best, best_score = index, score
    return best if best_score >= 0.34 else None


#: A cover price as printed: "$2.00", "€1.50", "£1.20", "90p", "1,50 €", "Free".
_PRICE = re.compile(
    r"(?:[$€£¥]\s?\d+(?:[.,]\d{2})?|\b\d+[.,]\d{2}\s?[€£$]|\b\d{1,3}p\b"
    r"|^(?:free|gratis|kostenlos|gratuit|gratuito)$)",
    re.IGNORECASE,
)
#: Numbering or a date in a masthead line ("Vol. 12, No. 3", "No. 1204", "5 September 2025",
#: "Anno CLIII · N. 162", "Año XIX · Número 194", "37e année · N° 45.540", "Jahrgang 12").
_NUMBERING = re.compile(
    r"\b(?:vol|volume|no|nr|n|number|issue|edition|anno|año|ano|jahrgang|année|numéro|número"
    r"|numero|nummer)\b\.?\s*(?:\d|[IVXLC]+\b)|n°|\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b"
    r"|\b(?:19|20)\d\d-\d\d|\b\d+e année",
    re.IGNORECASE,
)
#: A weather ear: a temperature ("WEATHER 24° / 16°", "TIEMPO 28°", "Sunny, 18 °C").
_WEATHER = re.compile(r"-?\d{1,3}\s?°")
#: The longest weather ear kept (a longer text with a degree sign is a story's line).
WEATHER_MAX = 60


def price_of(issue: Issue) -> str:
    """The cover price printed in the source's masthead, if any ("$2.00")."""
    if not issue.pages:
        return ""
    for item in issue.pages[0].furniture:
        if item.kind is FurnitureKind.MASTHEAD:
            found = _PRICE.search(item.text.strip())
            if found:
                return found.group(0)
    return ""


def weather_of(issue: Issue) -> str:
    """The weather ear printed beside the source's nameplate, if any ("WEATHER 24° / 16°")."""
    if not issue.pages:
        return ""
    for item in issue.pages[0].furniture:
        text = " ".join(item.text.split())
        short = len(text) <= WEATHER_MAX
        if item.kind is FurnitureKind.MASTHEAD and short and _WEATHER.search(text):
            return text
    return ""


def _is_section(text: str, meta: IssueMeta) -> bool:
    """Whether a source running-head line is the page's section ("CITY & SPORT"): not the
    paper's name, not its date, no figures (folios, dates), not a credit ("X FOR THE PAPER"),
    not a name."""
    folded = text.casefold()
    if not text or len(text) > 40 or any(ch.isdigit() for ch in text):
        return False
    if meta.publication and meta.publication.casefold() in folded:
        return False
    if meta.date_text and folded in meta.date_text.casefold():
        return False
    if " for " in f" {folded} ":
        return False
    # a section is set in capitals ("CITY & SPORT") or is one word ("Sport"); a name in
    # title case ("Dagny Foard") is a byline the reader kept as furniture
    return text.upper() == text or len(text.split()) == 1


def page_section(issue: Issue, number: int) -> str:
    """The section of the issue's page ``number``: the page's own, else the section its
    running head printed in the source (a reader that kept the head as furniture)."""
    if not 1 <= number <= len(issue.pages):
        return ""
    page = issue.pages[number - 1]
    if page.section:
        return page.section
    for item in page.furniture:
        text = " ".join(item.text.split())
        if item.kind is FurnitureKind.RUNNING_HEAD and _is_section(text, issue.meta):
            return text
    return ""


def tagline_of(issue: Issue) -> str:
    """A masthead line that is not the name, date, numbering or price (a motto), if the source
    has one. A motto may hold digits ("since 1884")."""
    meta = issue.meta
    if not issue.pages:
        return ""
    for item in issue.pages[0].furniture:
        text = item.text.strip()
        if item.kind is not FurnitureKind.MASTHEAD or not text or len(text) > 90:
            continue
        if meta.publication and meta.publication in text:
            continue
        if _PRICE.search(text) or _NUMBERING.search(text) or _WEATHER.search(text):
            continue
        if meta.date_text and meta.date_text.casefold() in text.casefold():
            continue
        if meta.edition and text.casefold() == meta.edition.casefold():
            continue
        return text
    return ""


class PageFurniture:
    """Measures and draws the masthead, teaser strip and running heads of one issue."""

    def __init__(self, issue: Issue, style: Style, ts: TypeSet) -> None:
        self.issue, self.style, self.ts = issue, style, ts
        self.page_w, self.page_h = style.page.dimensions
        self.left = style.page.margin_left
        self.width = style.content_width
        self.tagline = tagline_of(issue)
        self.price = price_of(issue)
        self.weather = weather_of(issue)
        self.name_size = self._fit_name_size()
        self.ear_width = self._ear_width()

    def _fit_name_size(self) -> float:
        font = self.ts.font_of("masthead")
        name = self.issue.meta.publication or "Newspaper"
        face = self.ts.face_of("masthead")
        size = font.size
        text = name.upper() if font.upper else name
        while size > 12 and stringWidth(text, face, size) > self.width * 0.95:
            size -= 1
        return size

    def _ear_width(self) -> float:
        """Room for an ear beside the nameplate (0: none): left of a centred or right-aligned
        name, right of a left-aligned one."""
        if not self.weather:
            return 0.0
        name = self.issue.meta.publication or "Newspaper"
        font = self.ts.font_of("masthead")
        text = name.upper() if font.upper else name
        name_w = stringWidth(text, self.ts.face_of("masthead"), self.name_size)
        spare = self.width - name_w  # on both sides of a centred name, else on one
        room = (spare / 2 if font.align == "center" else spare) - self.style.columns.gutter
        face, size = self.ts.face_of("masthead_line"), self.ts.font_of("masthead_line").size
        longest = max(stringWidth(w, face, size) for w in self.weather.split())
        # an ear needs its longest word on a line and at most three lines under the name
        line_h = self.ts.font_of("masthead_line").line_height
        lines = max(1, min(3, int(self.name_size * 1.1 // line_h)))
        needed = stringWidth(self.weather, face, size) / lines
        return room if room >= max(longest, needed, 36.0) else 0.0

    def _masthead_line(self) -> tuple[str, str, str]:
        meta = self.issue.meta
        numbering = " \u00b7 ".join(
            part
            for part in (
                f"Volume {meta.volume}" if meta.volume else "",
                f"Number {meta.number}" if meta.number else "",
                # no room beside the nameplate: the weather goes in the masthead line
                self.weather if self.weather and not self.ear_width else "",
            )
            if part
        )
        right = " \u00b7 ".join(part for part in (meta.edition, self.price) if part)
        return (numbering, meta.date_text, right)

    def masthead_height(self, teasers: list[TeaserItem]) -> float:
        """Height of the front-page furniture, from the top margin to the first story."""
        height = self.name_size * 1.15 + 6
        if self.tagline:
            height += self.ts.font_of("tagline").line_height + 2
        height += THICK + 4 + self.ts.font_of("masthead_line").line_height + 4 + THIN
        if teasers:
            height += 6 + self._teaser_height(teasers) + 6 + THIN
        return height + 10

    def _teaser_width(self, count: int) -> float:
        gap = self.style.columns.gutter
        return (self.width - (count - 1) * gap) / count

    def _teaser_paragraphs(self, item: TeaserItem, pages: dict[int, int] | None) -> list[Any]:
        label = "PAGE 00"
        if pages is not None:
            page = pages.get(item.story) if item.story is not None else None
            label = f"PAGE {page}" if page is not None else ""
        out = [self.ts.paragraph("teaser", item.teaser.text)]
        if label:
            out.insert(0, self.ts.paragraph("teaser_label", label))
        return out

    def _teaser_height(self, teasers: list[TeaserItem]) -> float:
        width = self._teaser_width(len(teasers))
        heights = [
            sum(float(p.wrap(width, 1e6)[1]) for p in self._teaser_paragraphs(t, None))
            for t in teasers
        ]
        return max(heights)

    def draw_masthead(
        self, canvas: Canvas, teasers: list[TeaserItem], pages: dict[int, int]
    ) -> list[tuple[int, tuple[float, float, float, float]]]:
        """Draw the front-page furniture; returns teaser link areas (story, rect)."""
        top = self.page_h - self.style.page.margin_top
        name = self.issue.meta.publication or "Newspaper"
        para = self.ts.paragraph(
            "masthead", name, fontSize=self.name_size, leading=self.name_size * 1.1
        )
        _, h = para.wrap(self.width, 1e6)
        para.drawOn(canvas, self.left, top - h)
        if self.ear_width:
            right = self.ts.font_of("masthead").align == "left"
            ear = self.ts.paragraph("masthead_line", self.weather, alignment=2 if right else 0)
            _, eh = ear.wrap(self.ear_width, 1e6)
            x = self.left + self.width - self.ear_width if right else self.left
            ear.drawOn(canvas, x, top - (h + eh) / 2)
        top -= self.name_size * 1.15 + 6
        if self.tagline:
            tag = self.ts.paragraph("tagline", self.tagline)
            _, h = tag.wrap(self.width, 1e6)
            tag.drawOn(canvas, self.left, top - h)
            top -= h + 2
        self._rule(canvas, top, THICK)
        top -= THICK + 4
        line_h = self.ts.font_of("masthead_line").line_height
        for text, align in zip(self._masthead_line(), ("left", "center", "right"), strict=True):
            if text:
                p = self.ts.paragraph(
                    "masthead_line", text, alignment={"left": 0, "center": 1, "right": 2}[align]
                )
                p.wrap(self.width, 1e6)
                p.drawOn(canvas, self.left, top - line_h)
        top -= line_h + 4
        self._rule(canvas, top, THIN)
        links: list[tuple[int, tuple[float, float, float, float]]] = []
        if teasers:
            top -= 6
            width = self._teaser_width(len(teasers))
            height = self._teaser_height(teasers)
            for i, item in enumerate(teasers):
                x = self.left + i * (width + self.style.columns.gutter)
                y = top
                for p in self._teaser_paragraphs(item, pages):
                    _, h = p.wrap(width, 1e6)
                    p.drawOn(canvas, x, y - h)
                    y -= h
                if item.story is not None:
                    links.append((item.story, (x, top - height, x + width, top)))
                if i:
                    gx = x - self.style.columns.gutter / 2
                    canvas.setLineWidth(THIN)
                    canvas.line(gx, top, gx, top - height)
            top -= height + 6
            self._rule(canvas, top, THIN)
        return links

    def _rule(self, canvas: Canvas, y: float, width: float) -> None:
        canvas.setLineWidth(width)
        canvas.line(self.left, y - width / 2, self.left + self.width, y - width / 2)

    def running_head_height(self) -> float:
        return (
            max(self.ts.font_of("running_head").line_height, self.ts.font_of("folio").line_height)
            + 10
        )

    def draw_running_head(self, canvas: Canvas, number: int, section: str) -> None:
        """Folio on the outer edge, publication and date in the middle, section inside."""
        meta = self.issue.meta
        top = self.page_h - self.style.page.margin_top
        line_h = self.ts.font_of("folio").line_height
        outer_left = number % 2 == 0
        folio = self.ts.paragraph("folio", str(number), alignment=0 if outer_left else 2)
        middle_text = " \u00b7 ".join(t for t in (meta.publication, meta.date_text) if t)
        middle = self.ts.paragraph("running_head", middle_text, alignment=1)
        side = self.ts.paragraph("running_head", section, alignment=2 if outer_left else 0)
        for p in (folio, middle, side):
            _, h = p.wrap(self.width, 1e6)
            p.drawOn(canvas, self.left, top - line_h + (line_h - h) / 2)
        self._rule(canvas, top - line_h - 3, THIN)
