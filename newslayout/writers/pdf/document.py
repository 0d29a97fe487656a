"""Pass two: draw the planned pages, with jump lines, links, outline and metadata.

Every part of every story has a page now, so "Continued on page N" / "Continued from page M"
carry real numbers and link to each other through named destinations this module creates
(never through anything taken from the issue). The canvas runs in invariant mode and the
document date is the issue's date, so the same issue and style give the same bytes.
"""

from __future__ import annotations

import io
import re

from reportlab.pdfgen.canvas import Canvas

from newslayout.model import Issue
from newslayout.styles import Style
from newslayout.writers.pdf.digest import TINT, TINT_PAD
from newslayout.writers.pdf.fonts import face_name
from newslayout.writers.pdf.furniture import PageFurniture, TeaserItem, page_section
from newslayout.writers.pdf.layout import ROW_GAP, Digest, Module, PagePlan, Plan
from newslayout.writers.pdf.markup import plain_text
from newslayout.writers.pdf.story import ArticleStory
from newslayout.writers.pdf.typeset import TypeSet

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def pdf_date(date_iso: str) -> str:
    """The issue's first day as a PDF date (a fixed epoch when the issue has no date)."""
    match = _ISO_DAY.match(date_iso)
    year, month, day = match.groups() if match else ("2000", "01", "01")
    return f"D:{year}{month}{day}000000+00'00'"


def _dest(module: Module, end: str) -> str:
    return f"story{module.story}-part{module.part}-{end}"


class Renderer:
    """Draws a :class:`Plan` onto a ReportLab canvas."""

    def __init__(
        self,
        issue: Issue,
        style: Style,
        ts: TypeSet,
        stories: list[ArticleStory],
        furniture: PageFurniture,
        teasers: list[TeaserItem],
        *,
        follow_source: bool = False,
    ) -> None:
        self.follow_source = follow_source
        self.issue, self.style, self.ts, self.stories = issue, style, ts, stories
        self.furniture, self.teasers = furniture, teasers
        self.page_w, self.page_h = style.page.dimensions
        self.col_w = style.column_width
        self.gutter = style.columns.gutter
        self.rule_w = style.columns.rule_width

    def render(self, plan: Plan) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer,
            pagesize=(self.page_w, self.page_h),
            invariant=1,
            pageCompression=1,
            # ReportLab starts every page in Helvetica, a base-14 font it never embeds: a
            # print preflight rejects the reference even though no text is set in it.
            initialFontName=face_name("serif"),
        )
        self._metadata(canvas)
        for page in plan.pages:
            self._page(canvas, page, plan)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def _metadata(self, canvas: Canvas) -> None:
        meta = self.issue.meta
        publication = plain_text(meta.publication) or "Newspaper"
        date = plain_text(meta.date_text or meta.date_iso)
        canvas.setTitle(f"{publication} \u2014 {date}" if date else publication)
        canvas.setAuthor(publication)
        numbering = ", ".join(
            p
            for p in (
                f"Volume {plain_text(meta.volume)}" if meta.volume else "",
                f"Number {plain_text(meta.number)}" if meta.number else "",
                plain_text(meta.edition),
            )
            if p
        )
        canvas.setSubject(f"{publication} {numbering}".strip())
        canvas.setCreator("newslayout")
        canvas.setProducer("newslayout (ReportLab)")
        stamp = pdf_date(meta.date_iso)
        canvas._doc.info._dateFormatter = lambda *_: stamp
        canvas.showOutline()

    def _section(self, page: PagePlan) -> str:
        """The page's section: the source page's, when following the source's pagination;
        else the section most of the page's stories (by depth set) belong to."""
        if self.follow_source and 0 < page.source <= len(self.issue.pages):
            section = page_section(self.issue, page.source)
            if section:
                return section
        weight: dict[str, float] = {}
        for module in page.modules:
            section = self.stories[module.story].article.section
            if section:
                weight[section] = weight.get(section, 0.0) + module.height * module.span
        if weight:
            return max(weight, key=lambda name: (weight[name], name))
        return page_section(self.issue, page.number)

    def _page(self, canvas: Canvas, page: PagePlan, plan: Plan) -> None:
        section = self._section(page)
        canvas.bookmarkPage(f"page{page.number}")
        title = f"Page {page.number}" + (f" \u2014 {plain_text(section)}" if section else "")
        canvas.addOutlineEntry(title, f"page{page.number}", level=0, closed=False)
        if page.number == 1:
            links = self.furniture.draw_masthead(canvas, self.teasers, plan.first_page)
            for story, rect in links:
                canvas.linkRect("", f"story{story}", rect, relative=0, thickness=0)
        else:
            self.furniture.draw_running_head(canvas, page.number, section)
        for module in page.modules:
            self._module(canvas, module, page)
        for digest in page.digests:
            self._digest(canvas, digest, page)

    def _y(self, top: float) -> float:
        return self.page_h - top

    def _module(self, canvas: Canvas, module: Module, page: PagePlan) -> None:
        article = self.stories[module.story].article
        if module.part == 0:
            canvas.bookmarkHorizontal(f"story{module.story}", module.x, self._y(module.top) + 4)
            headline = plain_text(article.headline) or article.id
            canvas.addOutlineEntry(headline, f"story{module.story}", level=1)
        for flow, y, h in module.header:
            flow.drawOn(canvas, module.x, self._y(module.top + y + h))
        if module.previous is not None:
            self._jump_in(canvas, module)
        for column, placed_items in enumerate(module.fill.columns):
            x = module.x + column * (self.col_w + self.gutter)
            for placed in placed_items:
                bottom = module.top + module.body_top + placed.y + placed.height
                placed.flowable.drawOn(canvas, x, self._y(bottom))
        if module.jump_out:
            self._jump_out(canvas, module)
        self._rules(canvas, module, page)

    def _digest(self, canvas: Canvas, digest: Digest, page: PagePlan) -> None:
        """A house filler: a tinted box holding its title and its refers in level columns
        (each linked to its story's start), a rule over it."""
        canvas.saveState()
        canvas.setFillColor(TINT)
        # the tint reaches past the text into the gutters and row gap (the text keeps the
        # hole's columns)
        canvas.rect(
            digest.x - TINT_PAD,
            self._y(digest.top + digest.height + TINT_PAD),
            digest.width + 2 * TINT_PAD,
            digest.height + 2 * TINT_PAD,
            fill=1,
            stroke=0,
        )
        canvas.restoreState()
        left = digest.x
        for flow, y, h in digest.header:
            flow.drawOn(canvas, left, self._y(digest.top + y + h))
        for column, placed_items in enumerate(digest.fill.columns):
            x = left + column * (digest.column_width + self.gutter)
            for placed in placed_items:
                bottom = digest.top + digest.body_top + placed.y + placed.height
                placed.flowable.drawOn(canvas, x, self._y(bottom))
                rect = (
                    x,
                    self._y(bottom),
                    x + digest.column_width,
                    self._y(bottom - placed.height),
                )
                story = getattr(placed.flowable, "story", None)
                if story is not None:
                    canvas.linkRect("", f"story{story}", rect, relative=0, thickness=0)
        canvas.setLineWidth(max(self.rule_w, 0.3))
        if digest.top > page.top + 1:
            y = self._y(digest.top - ROW_GAP / 2)
            canvas.line(digest.x, y, digest.x + digest.width, y)

    def _jump_line(
        self, canvas: Canvas, text: str, x: float, top: float, width: float, align: int
    ) -> tuple[float, float, float, float]:
        para = self.ts.own("jump", self.ts.markup("jump", text), alignment=align)
        _, h = para.wrap(width, 1e6)
        para.drawOn(canvas, x, self._y(top + h))
        return (x, self._y(top + h), x + width, self._y(top))

    def _jump_in(self, canvas: Canvas, module: Module) -> None:
        previous = module.previous
        assert previous is not None
        header_end = module.header[-1][1] + module.header[-1][2] if module.header else 0.0
        top = module.top + header_end
        rect = self._jump_line(
            canvas, f"Continued from page {previous.page}", module.x, top, module.width, 0
        )
        canvas.bookmarkHorizontal(_dest(module, "in"), module.x, self._y(module.top) + 4)
        canvas.linkRect("", _dest(previous, "out"), rect, relative=0, thickness=0)

    def _jump_out(self, canvas: Canvas, module: Module) -> None:
        target = module.next
        page = target.page if target is not None else module.page + 1
        x = module.x + (module.span - 1) * (self.col_w + self.gutter)
        top = module.top + module.height - self.ts.font_of("jump").line_height - 1
        rect = self._jump_line(canvas, f"Continued on page {page}", x, top, self.col_w, 2)
        canvas.bookmarkHorizontal(_dest(module, "out"), x, rect[3] + 4)
        if target is not None:
            canvas.linkRect("", _dest(target, "in"), rect, relative=0, thickness=0)

    def _rules(self, canvas: Canvas, module: Module, page: PagePlan) -> None:
        """Story rules always; column rules (gutters, main/rail) when the style asks for them."""
        canvas.setLineWidth(max(self.rule_w, 0.3))
        if module.top > page.top + 1:
            # A story opening a row is ruled off across the page; a rail story across the rail.
            y = self._y(module.top - (ROW_GAP + module.space_above) / 2)
            left = self.style.page.margin_left
            row_start = module.x <= left + 1
            x1 = left + self.style.content_width if row_start else module.x + module.width
            canvas.line(module.x, y, x1, y)
        if not self.style.columns.rules:
            return
        canvas.setLineWidth(self.rule_w)
        top = module.top + module.body_top
        bottom = module.top + module.height
        for column in range(1, module.span):
            x = module.x + column * (self.col_w + self.gutter) - self.gutter / 2
            canvas.line(x, self._y(top), x, self._y(bottom))
        if module.x > self.style.page.margin_left + 1:
            x = module.x - self.gutter / 2
            canvas.line(x, self._y(self._rail_top(module, page)), x, self._y(bottom))

    @staticmethod
    def _rail_top(module: Module, page: PagePlan) -> float:
        """Where the rule on a module's left side starts: at the top of the first module of a
        stack at its x (a rail), so the rail's side is one unbroken line (drawn again over the
        part above): a rule broken at each story lets a reader take the rail and the main
        columns beside it for one block."""
        top = module.top
        stack = sorted((m for m in page.modules if abs(m.x - module.x) < 1), key=lambda m: m.top)
        for above in reversed([m for m in stack if m.top < module.top]):
            if abs(above.top + above.height + ROW_GAP - top) >= 1:
                break
            top = above.top
        return top
