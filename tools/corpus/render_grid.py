# ruff: noqa: E501  (markup templates read better unbroken)
"""Render a source issue as a CSS grid page printed by headless Chromium.

`chromium-grid` is a second-held-out engine. Unlike the corpus HTML writer (flex rows,
justified and soft-hyphenated text), every page is one CSS grid (`grid-column: span w`),
text is set ragged right with no hyphenation at all, the fonts are URW P052 (Palatino) and
Nimbus Sans Narrow, the teasers sit in a dark skybox above the nameplate, and cells are
separated by gutter rules drawn as grid cell borders.
"""

from __future__ import annotations

import html
from pathlib import Path

from .engines import html_pdf
from .model import Cell, Figure, Page, Source
from .render_html import HtmlWriter

GAP_MM = 5.0


def _css(src: Source) -> str:
    lay = src.layout
    serif = "'P052', serif"
    sans = "'Nimbus Sans Narrow', 'Liberation Sans Narrow', sans-serif"
    deck = "font-weight: bold;" if lay.deck_style == "bold" else "font-style: italic;"
    rule = "0.5pt solid #555" if lay.gutter_rules else "none"
    return f"""
@page {{ size: {lay.width_mm}mm {lay.height_mm}mm; margin: {lay.margin_mm}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {serif}; font-size: {lay.body_pt}pt; line-height: 1.25; color: #1a1a1a; }}
.page {{ break-after: page; }}
.page:last-child {{ break-after: auto; }}
.sky {{ display: grid; gap: 4mm; background: #1d3557; color: white; padding: 2mm 3mm; margin-bottom: 2mm; font-family: {sans}; }}
.sky .label {{ display: block; font-size: 8pt; color: #f1c40f; font-weight: bold; }}
.sky .text {{ display: block; font-size: 11pt; font-weight: bold; }}
.name {{ text-align: center; font-family: {serif}; font-weight: bold; font-size: 54pt; line-height: 1; letter-spacing: -0.01em; }}
.dateline {{ display: flex; justify-content: space-between; font-family: {sans}; font-size: 9.5pt; border-top: 0.8pt solid #111; border-bottom: 2.5pt solid #111; padding: 1mm 0; margin: 1.5mm 0 3mm 0; }}
.runhead {{ display: flex; justify-content: space-between; font-family: {sans}; font-size: 9pt; font-weight: bold; border-bottom: 1.5pt solid #111; padding-bottom: 1mm; margin-bottom: 3mm; }}
.grid {{ display: grid; grid-template-columns: repeat({lay.columns}, 1fr); column-gap: {GAP_MM}mm; row-gap: 4mm; align-items: start; }}
.cell {{ position: relative; min-width: 0; }}
.cell.ruled::before {{ content: ""; position: absolute; left: -{GAP_MM / 2}mm; top: 0; bottom: 0; border-left: {rule}; }}
.cell.newrow {{ border-top: 1.2pt solid #111; padding-top: 3mm; }}
.stacked + .stacked {{ border-top: 0.5pt solid #555; margin-top: 3mm; padding-top: 3mm; }}
.kicker {{ font-family: {sans}; font-size: 8.5pt; text-transform: none; font-weight: bold; color: #1d3557; margin-bottom: 0.6mm; }}
h1, h2 {{ font-family: {sans}; font-weight: bold; margin: 0 0 1.5mm 0; line-height: 1.02; }}
h2.jumphead {{ font-size: 17pt; margin-bottom: 0.5mm; }}
.deck {{ {deck} margin: 0 0 1.5mm 0; line-height: 1.2; }}
.byline {{ font-family: {sans}; font-size: 8pt; margin-bottom: 1.5mm; letter-spacing: 0.02em; }}
.jumpin {{ font-family: {sans}; font-size: 8pt; margin-bottom: 1.2mm; color: #444; }}
.body p {{ margin: 0 0 1.4mm 0; text-align: left; hyphens: none; }}
.body .dl {{ font-weight: bold; }}
.body h3 {{ font-family: {sans}; font-size: {lay.body_pt + 1.5}pt; margin: 2mm 0 0.8mm 0; break-after: avoid; }}
.body p.jump {{ font-family: {sans}; font-weight: bold; font-size: 8.5pt; margin-top: 1.5mm; }}
.quote {{ margin: 2.5mm 0; padding: 0 0 0 3mm; border-left: 2.5pt solid #1d3557; font-family: {sans}; font-size: {lay.body_pt * 1.5:.1f}pt; line-height: 1.15; break-inside: avoid; }}
.quote .mark {{ display: block; color: #1d3557; font-size: 26pt; line-height: 0.7; font-weight: bold; }}
figure {{ margin: 0 0 2.5mm 0; break-inside: avoid; }}
figure img {{ width: 100%; display: block; }}
figure .credit {{ font-family: {sans}; font-size: 6.5pt; text-align: right; margin-top: 0.4mm; color: #444; }}
figcaption {{ font-family: {sans}; font-size: 8pt; line-height: 1.2; margin-top: 0.8mm; }}
figcaption .by {{ font-style: italic; display: block; }}
.box {{ border: 1pt solid #1d3557; padding: 2.5mm; }}
.multi {{ column-gap: {GAP_MM}mm; column-rule: {rule}; column-fill: balance; }}
"""


class GridWriter(HtmlWriter):
    def __init__(self, src: Source, workdir: Path) -> None:
        super().__init__(src, workdir)
        self.h.enabled = False  # ragged right, no hyphenation at all

    def figure(self, fig: Figure) -> str:
        from .images import make_photo

        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)
        out = [f'<figure><img src="{img.name}" alt="">']
        cap = html.escape(fig.caption)
        credit = html.escape(fig.credit or "")
        if fig.credit and fig.credit_style == "line":
            out.append(f'<div class="credit">{credit}</div>')
        elif fig.credit and fig.credit_style == "agency":
            cap += f" ({credit})"
        elif fig.credit and fig.credit_style == "photograph":
            cap += f'<span class="by">Photograph by {credit}</span>'
        elif fig.credit and fig.credit_style == "paren":
            cap += f" (PHOTO: {credit})"
        out.append(f"<figcaption>{cap}</figcaption></figure>")
        return "".join(out)

    def grid_cell(self, cell: Cell, start: int, row: int, ruled: bool) -> str:
        if cell.stack:
            inner = "".join(f'<div class="stacked">{self.leaf(c)}</div>' for c in cell.stack)
        else:
            inner = self.leaf(cell)
        classes = "cell" + (" ruled" if ruled else "") + (" newrow" if row else "")
        place = f"grid-column: {start} / span {cell.width}; grid-row: {row + 1}"
        return f'<div class="{classes}" style="{place}">{inner}</div>'

    def masthead(self, page: Page) -> str:
        m = self.src.meta
        sky = ""
        if page.teasers:
            items = "".join(
                f'<div><span class="label">{html.escape(t.label)}</span><span class="text">{html.escape(t.text)}</span></div>'
                for t in page.teasers
            )
            cols = f"grid-template-columns: repeat({len(page.teasers)}, 1fr)"
            sky = f'<div class="sky" style="{cols}">{items}</div>'
        line = [m.volume_line, m.date_text] + [x for x in (m.edition, m.price) if x]
        spans = "".join(f"<span>{html.escape(x)}</span>" for x in line)
        tag = (
            f'<div style="text-align:center;font-style:italic">{html.escape(m.tagline)}</div>'
            if m.tagline
            else ""
        )
        return f'{sky}<div class="name">{html.escape(m.publication)}</div>{tag}<div class="dateline">{spans}</div>'

    def running_head(self, page: Page) -> str:
        m = self.src.meta
        return (
            f'<div class="runhead"><span>Page {page.number}</span><span>{html.escape(page.section or "")}</span>'
            f"<span>{html.escape(m.publication)} · {html.escape(m.date_text)}</span></div>"
        )

    def page(self, page: Page) -> str:
        top = self.masthead(page) if page.number == 1 else self.running_head(page)
        cells = []
        for r, row in enumerate(page.rows):
            start = 1
            for i, cell in enumerate(row):
                cells.append(self.grid_cell(cell, start, r, i > 0))
                start += cell.width
            if start - 1 != self.src.layout.columns:
                raise ValueError(f"page {page.number} row {r + 1} spans {start - 1} columns")
        return f'<div class="page">{top}<div class="grid">{"".join(cells)}</div></div>'

    def document(self) -> str:
        pages = "".join(self.page(p) for p in self.src.pages)
        title = html.escape(f"{self.src.meta.publication}, {self.src.meta.date_text}")
        return (
            f'<!DOCTYPE html><html lang="{self.src.layout.lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{_css(self.src)}</style></head><body>{pages}</body></html>"
        )


def render(src: Source, out_pdf: Path) -> None:
    html_pdf(
        lambda work: GridWriter(src, work).document(), out_pdf, chromium=True, prefix="corpus-grid-"
    )
