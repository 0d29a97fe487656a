# ruff: noqa: E501  (markup templates read better unbroken)
"""Third held-out set: HTML pages printed by Chromium (CSS multi-column) or WeasyPrint (floats).

`chromium-multicol`: every cell is a CSS multi-column box (`column-count`, `column-rule`);
a stacked cell may instead *flow* its stories one after another through one multi-column box
(`"flow": true` in the source's `h3` block), as tabloids and weeklies set their inside pages.
`weasyprint-float`: the cells of a row are CSS floats, figures float right inside the text
and the folio is a `@page` margin box.

Both draw conventions the earlier sets do not have, chosen in the source's `h3` block (the
renderer reads it from the raw JSON, beside the keys `model.load` knows):
`kicker` "reverse" (white on a black label), `deck` "bold-sans", bylines with a title on a
second line (a `\\n` in the printed byline), `caption_leadin` (the caption's words up to the
first colon in bold), `credit` "vertical" (a `line` credit printed rotated up the photo's
right edge), pull quotes with big quote marks and an attribution line (`"attrib"` on the quote
block, not part of the quote's text), `briefs` (article keys whose paragraphs start with a
bold run-in head), `teasers` "images" (a bar of teasers with thumbnails) or "index" (a
one-line `INSIDE` index), `folio` "bottom".
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engines import html_pdf
from .images import make_photo
from .model import Article, Block, Cell, Figure, Page, Part, Source
from .render_html import HtmlWriter

GAP_MM = 4.5


@dataclass
class Extras:
    """The `h3` block of a third-held-out source (renderer-only drawing choices)."""

    kicker: str = "plain"
    deck: str = "italic"
    caption_leadin: bool = False
    credit: str = "line"
    briefs: set[str] = field(default_factory=set)
    teasers: str = "images"
    folio: str = "bottom"
    flow: bool = False
    justify: bool = True
    serif: str = "C059"
    sans: str = "TeX Gyre Heros Cn"
    attrib: dict[str, str] = field(default_factory=dict)  # quote text -> attribution line


def load_extras(path: Path) -> Extras:
    raw = json.loads(path.read_text(encoding="utf-8"))
    h3: dict[str, Any] = raw.get("h3", {})
    ex = Extras(
        kicker=str(h3.get("kicker", "plain")),
        deck=str(h3.get("deck", "italic")),
        caption_leadin=bool(h3.get("caption_leadin", False)),
        credit=str(h3.get("credit", "line")),
        briefs=set(h3.get("briefs", [])),
        teasers=str(h3.get("teasers", "images")),
        folio=str(h3.get("folio", "bottom")),
        flow=bool(h3.get("flow", False)),
        justify=bool(h3.get("justify", True)),
        serif=str(h3.get("serif", "C059")),
        sans=str(h3.get("sans", "TeX Gyre Heros Cn")),
    )
    for art in raw["articles"]:
        for part in art["parts"]:
            for b in part["blocks"]:
                if isinstance(b, dict) and "quote" in b and "attrib" in b:
                    ex.attrib[b["quote"]] = b["attrib"]
    return ex


def run_in(text: str) -> tuple[str, str]:
    """Split a brief or caption at its run-in head: the words up to the first colon or period."""
    m = re.match(r"(.+?[:.])(\s.*)", text, flags=re.S)
    return (m.group(1), m.group(2)) if m else ("", text)


def _css(src: Source, ex: Extras) -> str:
    lay = src.layout
    serif = f"'{ex.serif}', serif"
    sans = f"'{ex.sans}', 'Nimbus Sans Narrow', sans-serif"
    weasy = src.engine == "weasyprint-float"
    page_h = lay.height_mm - 2 * lay.margin_mm
    align = "justify" if ex.justify else "left"
    hyph = ("auto" if weasy else "manual") if ex.justify else "none"
    deck = (
        f"font-family: {sans}; font-weight: bold;"
        if ex.deck == "bold-sans"
        else "font-style: italic;"
    )
    kicker = (
        "display: inline-block; background: #111; color: #fff; padding: 0.4mm 1.6mm; letter-spacing: 0.06em;"
        if ex.kicker == "reverse"
        else "color: #8a1c1c;"
    )
    prefix = html.escape(lay.page_prefix)
    weasy_page = (
        f"@page {{ @bottom-center {{ content: '{prefix}' counter(page) '  ·  {html.escape(src.meta.publication)}  ·  {html.escape(src.meta.date_text)}';"
        f" font-family: {sans}; font-size: 8pt; }} }}"
        if weasy
        else ""
    )
    page_box = "" if weasy else f"height: {page_h:.1f}mm; overflow: hidden;"
    return f"""
@page {{ size: {lay.width_mm}mm {lay.height_mm}mm; margin: {lay.margin_mm}mm; }}
{weasy_page}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {serif}; font-size: {lay.body_pt}pt; line-height: 1.2; color: #111; }}
.page {{ position: relative; {page_box} break-after: page; }}
.page:last-child {{ break-after: auto; }}
.name {{ text-align: center; font-family: {serif}; font-weight: bold; font-size: 44pt; line-height: 1; margin-top: 0; }}
.metaline {{ display: flex; justify-content: space-between; font-family: {sans}; font-size: 9pt; text-transform: none;
  border-top: 0.6pt solid #111; border-bottom: 2pt solid #111; padding: 0.8mm 0; margin: 1.5mm 0 2.5mm 0; }}
.metaline .ed {{ font-weight: bold; letter-spacing: 0.08em; }}
.runhead {{ display: flex; justify-content: space-between; font-family: {sans}; font-size: 9pt; border-bottom: 1.5pt solid #111; padding-bottom: 0.8mm; margin-bottom: 3mm; }}
.runhead .sec {{ font-weight: bold; font-size: 13pt; letter-spacing: 0.05em; }}
.folio {{ position: absolute; left: 0; right: 0; bottom: 0; border-top: 0.6pt solid #111; padding-top: 0.8mm;
  display: flex; justify-content: space-between; font-family: {sans}; font-size: 8pt; }}
.tbar {{ display: flex; gap: 4mm; border-bottom: 1pt solid #111; padding-bottom: 2mm; margin-bottom: 3mm; }}
.tbar .t {{ flex: 1; display: flex; gap: 2mm; align-items: center; font-family: {sans}; }}
.tbar img {{ width: 16mm; height: 11mm; object-fit: cover; }}
.tbar .text {{ display: block; font-weight: bold; font-size: 10.5pt; line-height: 1.1; }}
.tbar .label {{ display: block; font-size: 8pt; color: #8a1c1c; margin-top: 0.5mm; }}
.ribbon {{ font-family: {sans}; font-size: 9.5pt; border-bottom: 0.6pt solid #111; padding-bottom: 1mm; margin-bottom: 1mm; }}
.ribbon .also {{ background: #c8102e; color: #fff; font-weight: bold; padding: 0.3mm 1.5mm; margin-right: 1.5mm; }}
figcaption .pic {{ font-style: italic; white-space: nowrap; }}
.index {{ border: 1.2pt solid #111; padding: 2mm; font-family: {sans}; font-size: 9pt; margin-bottom: 2mm; }}
.index .head {{ font-weight: bold; font-size: 11pt; letter-spacing: 0.1em; border-bottom: 0.5pt solid #111; margin-bottom: 1mm; }}
.index div.e {{ display: flex; justify-content: space-between; border-bottom: 0.3pt dotted #666; padding: 0.4mm 0; }}
.row {{ display: flex; align-items: flex-start; }}
.row + .row {{ border-top: 1pt solid #111; margin-top: 3mm; padding-top: 3mm; }}
.cell {{ flex: none; position: relative; box-sizing: border-box; }}
.cell + .cell {{ border-left: 0.4pt solid #777; }}
.trow {{ display: table; table-layout: fixed; width: 100%; }}
.trow .cell {{ display: table-cell; vertical-align: top; }}
.trow + .trow {{ border-top: 1pt solid #111; margin-top: 3mm; padding-top: 3mm; }}
.stacked + .stacked {{ border-top: 0.6pt solid #111; margin-top: 2.5mm; padding-top: 2.5mm; }}
.kicker {{ font-family: {sans}; font-size: 8pt; font-weight: bold; margin-bottom: 1mm; {kicker} }}
h1, h2 {{ font-family: {sans}; font-weight: bold; margin: 0 0 1.2mm 0; line-height: 1.03; }}
h2.jumphead {{ font-size: 16pt; margin-bottom: 0.5mm; }}
.flowstory + .flowstory {{ border-top: 0.8pt solid #111; margin-top: 2.5mm; padding-top: 1.5mm; }}
.flowstory h1, .flowstory .kicker, .flowstory .byline {{ break-after: avoid; break-inside: avoid; }}
.deck {{ {deck} margin: 0 0 1.2mm 0; line-height: 1.18; }}
.byline {{ font-family: {sans}; font-size: 8pt; margin-bottom: 1.5mm; line-height: 1.25; }}
.byline .who {{ font-weight: bold; display: block; }}
.byline .title {{ display: block; color: #444; }}
.jumpin {{ font-family: {sans}; font-size: 8pt; font-weight: bold; margin-bottom: 1mm; }}
.body p {{ margin: 0; text-indent: 0.9em; text-align: {align}; hyphens: {hyph}; -webkit-hyphens: {hyph}; }}
.body p.first, .body p.cont, .body p.brief {{ text-indent: 0; }}
.body p.brief {{ margin-bottom: 1.6mm; }}
.body .dl, .body .ri {{ font-weight: bold; }}
.body .dl {{ font-family: {sans}; }}
.body h3 {{ font-family: {sans}; font-size: {lay.body_pt + 1}pt; margin: 2mm 0 0.6mm 0; break-after: avoid; }}
.body p.jump {{ font-family: {sans}; font-weight: bold; font-size: 8pt; margin-top: 1.2mm; text-indent: 0; text-align: left; }}
.quote {{ margin: 2.5mm 0; break-inside: avoid; font-family: {sans}; font-weight: bold; font-size: {lay.body_pt * 1.5:.1f}pt; line-height: 1.15; }}
.quote .mark {{ display: block; font-family: {serif}; font-size: 44pt; line-height: 0.75; height: 9mm; color: #8a1c1c; }}
.quote .attrib {{ display: block; font-weight: normal; font-size: 8pt; margin-top: 1mm; text-align: right; }}
figure {{ margin: 0 0 2.5mm 0; break-inside: avoid; position: relative; }}
figure.float {{ float: right; width: 58%; margin: 0.5mm 0 1.5mm 3mm; }}
figure img {{ width: 100%; display: block; }}
figure .credit {{ font-family: {sans}; font-size: 6.5pt; text-align: right; margin: 0.4mm 0 0.3mm 0; color: #333; }}
figure .vcredit {{ position: absolute; top: 0; right: -0.5mm; font-family: {sans}; font-size: 6pt; color: #333;
  transform-origin: top right; transform: rotate(-90deg) translateX(0); white-space: nowrap; }}
figcaption {{ font-family: {sans}; font-size: 8pt; line-height: 1.2; margin-top: 0.6mm; }}
figcaption .ri {{ font-weight: bold; }}
.box {{ border: 1.2pt solid #111; padding: 2.5mm; }}
.box h1 {{ border-bottom: 1pt solid #111; padding-bottom: 0.8mm; }}
.multi {{ column-gap: {GAP_MM}mm; column-rule: 0.4pt solid #777; column-fill: balance; }}
"""


class MulticolWriter(HtmlWriter):
    def __init__(self, src: Source, workdir: Path, ex: Extras) -> None:
        super().__init__(src, workdir)
        self.ex = ex
        # Chromium has no hyphenation dictionaries here: justified issues get pyphen's soft hyphens.
        self.h.enabled = src.engine == "chromium-multicol" and ex.justify
        self.weasy = src.engine == "weasyprint-float"

    def grid(self, w: int) -> float:
        n = self.src.layout.columns
        col = (self.text_width - (n - 1) * GAP_MM) / n
        return w * col + (w - 1) * GAP_MM

    def label(self, n: int) -> str:
        return f"{self.src.layout.page_prefix}{n}"

    def figure(self, fig: Figure, floated: bool = False) -> str:
        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)
        cls = ' class="float"' if floated else ""
        out = [f'<figure{cls}><img src="{img.name}" alt="">']
        credit = html.escape(fig.credit or "")
        if fig.credit and fig.credit_style == "line":
            if self.ex.credit == "vertical":
                out.append(f'<span class="vcredit">{credit}</span>')
            elif self.ex.credit == "picture":
                pass  # printed after the caption: "Picture: X"
            else:
                out.append(f'<div class="credit">{credit}</div>')
        head, rest = run_in(fig.caption) if self.ex.caption_leadin else ("", fig.caption)
        cap = (f'<span class="ri">{html.escape(head)}</span>' if head else "") + html.escape(rest)
        if fig.credit and fig.credit_style == "line" and self.ex.credit == "picture":
            cap += f' <span class="pic">Picture: {credit}</span>'
        if fig.credit and fig.credit_style == "paren":
            cap += f" (PHOTO: {credit})"
        elif fig.credit and fig.credit_style == "prefix":
            cap += f"<br>Photo: {credit}"
        out.append(f"<figcaption>{cap}</figcaption></figure>")
        return "".join(out)

    def block(self, art: Article, b: Block, first: bool) -> str:
        if b.kind == "quote":
            attrib = self.ex.attrib.get(b.text)
            tail = f'<span class="attrib">{html.escape(attrib)}</span>' if attrib else ""
            return (
                f'<div class="quote"><span class="mark">“</span>{html.escape(b.text)}{tail}</div>'
            )
        if b.kind == "figure":
            assert b.figure is not None
            return self.figure(b.figure, floated=self.weasy)
        if b.kind == "p" and art.key in self.ex.briefs:
            head, rest = run_in(b.text)
            return f'<p class="brief"><span class="ri">{html.escape(head)}</span>{self.h(rest)}</p>'
        return super().block(art, b, first)

    def byline(self, printed: str) -> str:
        lines = printed.split("\n")
        out = f'<span class="who">{html.escape(lines[0])}</span>'
        out += "".join(f'<span class="title">{html.escape(x)}</span>' for x in lines[1:])
        return f'<div class="byline">{out}</div>'

    def head(self, art: Article, part: Part, cell: Cell) -> str:
        if part is not art.parts[0]:
            return super().head(art, part, cell)
        n = self.src.layout.columns
        size = 14.0 if art.box else min(30.0, 12.0 + 20.0 * cell.width / n)
        out = []
        if art.kicker:
            out.append(f'<div class="kicker">{html.escape(art.kicker)}</div>')
        out.append(f'<h1 style="font-size:{size:.1f}pt">{html.escape(art.headline)}</h1>')
        if art.deck:
            dsize = max(10.0, min(size * 0.45, 15.0))
            out.append(
                f'<div class="deck" style="font-size:{dsize:.1f}pt">{html.escape(art.deck)}</div>'
            )
        if art.byline:
            out.append(self.byline(art.byline))
        return "".join(out)

    def index(self, page: Page) -> str:
        rows = "".join(
            f'<div class="e"><span>{html.escape(t.text)}</span><span>{html.escape(t.label)}</span></div>'
            for t in page.teasers
        )
        return f'<div class="index"><div class="head">INSIDE</div>{rows}</div>'

    def leaf_in(self, page: Page, cell: Cell) -> str:
        return self.index(page) if cell.inside else self.leaf(cell)

    def flow(self, cell: Cell) -> str:
        """Stories run one after another down the columns of one multi-column box."""
        stories = "".join(f'<div class="flowstory">{self.leaf(leaf)}</div>' for leaf in cell.stack)
        return f'<div class="multi" style="column-count:{cell.cols}">{stories}</div>'

    def cell_html(self, page: Page, cell: Cell, first: bool, last: bool) -> str:
        pad = f"padding-left:{0 if first else GAP_MM / 2}mm;padding-right:{0 if last else GAP_MM / 2}mm"
        width = self.grid(cell.width) + (0 if first else GAP_MM / 2) + (0 if last else GAP_MM / 2)
        style = f'style="width:{width:.2f}mm;{pad}"'
        if cell.stack and self.ex.flow and cell.cols > 1:
            inner = self.flow(cell)
        elif cell.stack:
            inner = "".join(
                f'<div class="stacked">{self.leaf_in(page, c)}</div>' for c in cell.stack
            )
        else:
            inner = self.leaf_in(page, cell)
        return f'<div class="cell" {style}>{inner}</div>'

    def teaser_bar(self, page: Page) -> str:
        items = []
        for t in page.teasers:
            self.nimg += 1
            img = make_photo(self.workdir / f"t{self.nimg}.jpg", 900 + self.nimg, "street", 0.7)
            items.append(
                f'<div class="t"><img src="{img.name}" alt=""><div><span class="text">{html.escape(t.text)}</span>'
                f'<span class="label">{html.escape(t.label)}</span></div></div>'
            )
        return f'<div class="tbar">{"".join(items)}</div>'

    def masthead(self, page: Page) -> str:
        m = self.src.meta
        tag = (
            f'<div style="text-align:center;font-style:italic;font-size:9pt">{html.escape(m.tagline)}</div>'
            if m.tagline
            else ""
        )
        left = f"<span>{html.escape(m.volume_line)}</span>"
        mid = f"<span>{html.escape(m.date_text)}</span>"
        right = "".join(
            f'<span class="{c}">{html.escape(x)}</span>'
            for c, x in (("ed", m.edition), ("pr", m.price))
            if x
        )
        ribbon = ""
        if page.teasers and self.ex.teasers == "ribbon":
            items = " · ".join(
                f"<b>{html.escape(t.text)}</b>, {html.escape(t.label)}" for t in page.teasers
            )
            ribbon = f'<div class="ribbon"><span class="also">ALSO</span> {items}</div>'
        out = (
            ribbon
            + f'<div class="name">{html.escape(m.publication)}</div>{tag}<div class="metaline">{left}{mid}{right}</div>'
        )
        if page.teasers and self.ex.teasers == "images":
            out += self.teaser_bar(page)
        return out

    def running_head(self, page: Page) -> str:
        m = self.src.meta
        return (
            f'<div class="runhead"><span class="sec">{html.escape(page.section or "")}</span>'
            f"<span>{html.escape(m.publication)}</span><span>{html.escape(m.date_text)}</span></div>"
        )

    def folio(self, page: Page) -> str:
        if self.weasy:
            return ""  # a @page margin box
        m = self.src.meta
        return (
            f'<div class="folio"><span>{self.label(page.number)}</span>'
            f"<span>{html.escape(m.publication)}</span><span>{html.escape(m.date_text)}</span></div>"
        )

    def page(self, page: Page) -> str:
        top = self.masthead(page) if page.number == 1 else self.running_head(page)
        rows = []
        for r, row in enumerate(page.rows):
            if sum(c.width for c in row) != self.src.layout.columns:
                raise ValueError(f"page {page.number} row {r + 1} does not fill the grid")
            cells = [self.cell_html(page, c, i == 0, i == len(row) - 1) for i, c in enumerate(row)]
            rows.append(f'<div class="{"trow" if self.weasy else "row"}">{"".join(cells)}</div>')
        return f'<div class="page">{top}{"".join(rows)}{self.folio(page)}</div>'

    def document(self) -> str:
        pages = "".join(self.page(p) for p in self.src.pages)
        title = html.escape(f"{self.src.meta.publication}, {self.src.meta.date_text}")
        return (
            f'<!DOCTYPE html><html lang="{self.src.layout.lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{_css(self.src, self.ex)}</style></head><body>{pages}</body></html>"
        )


def render(src: Source, out_pdf: Path) -> None:
    ex = load_extras(out_pdf.parent / "src" / f"{src.name}.json")
    html_pdf(
        lambda work: MulticolWriter(src, work, ex).document(),
        out_pdf,
        chromium=src.engine != "weasyprint-float",
        prefix="corpus-multicol-",
    )
