# ruff: noqa: E501  (markup templates read better unbroken)
"""Render a source issue as HTML/CSS multi-column pages, printed by headless Chromium or WeasyPrint."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pyphen

from .engines import html_pdf
from .images import make_photo
from .model import Article, Block, Cell, Figure, Page, Part, Source
from .writer import GUTTER_MM, grid_width_mm

_WORD = re.compile(r"[A-Za-z]{7,}")


class Hyphenator:
    """Soft hyphens for Chromium, whose `hyphens: auto` needs dictionaries it may not have."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.dic = pyphen.Pyphen(lang="en_US")

    def __call__(self, text: str) -> str:
        escaped = html.escape(text, quote=False)
        if not self.enabled:
            return escaped
        return _WORD.sub(lambda m: self.dic.inserted(m.group(0), hyphen="\u00ad"), escaped)


def _mast_pt(src: Source) -> float:
    # Fit the publication name on one line: bold serif capitals run about 0.2 mm per pt per character.
    width = src.layout.width_mm - 2 * src.layout.margin_mm
    return min(60.0, 0.8 * width / (len(src.meta.publication) * 0.2))


def _css(src: Source) -> str:
    lay = src.layout
    chromium = src.engine == "chromium"
    serif = "'Liberation Serif', serif" if chromium else "'TeX Gyre Bonum', 'DejaVu Serif', serif"
    sans = (
        "'Liberation Sans Narrow', 'Liberation Sans', sans-serif"
        if chromium
        else "'DejaVu Sans Condensed', sans-serif"
    )
    hyph = "manual" if chromium else "auto"
    return f"""
@page {{ size: {lay.width_mm}mm {lay.height_mm}mm; margin: {lay.margin_mm}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {serif}; font-size: {lay.body_pt}pt; line-height: 1.22; color: #111; }}
.page {{ break-after: page; }}
.page:last-child {{ break-after: auto; }}
.mast {{ text-align: center; border-bottom: 2pt solid #111; padding-bottom: 1mm; }}
.mast .name {{ font-family: {serif}; font-weight: bold; font-size: {_mast_pt(src):.1f}pt; line-height: 1.05; }}
.mast .tag {{ font-style: italic; font-size: 9pt; }}
.folioline {{ display: flex; justify-content: space-between; font-family: {sans}; font-size: 9pt; font-weight: bold;
  border-bottom: 0.6pt solid #111; padding: 0.8mm 0; margin-bottom: 2mm; }}
.teasers {{ display: flex; border-bottom: 1pt solid #111; margin-bottom: 3mm; }}
.teaser {{ flex: 1; font-family: {sans}; font-size: 10pt; padding: 1mm 2mm; }}
.teaser + .teaser {{ border-left: 0.4pt solid #777; }}
.teaser .label {{ color: #a01020; font-weight: bold; display: block; }}
.teaser .text {{ font-weight: bold; display: block; }}
.row {{ display: flex; align-items: flex-start; }}
.row + .row {{ border-top: 0.8pt solid #111; margin-top: 2.5mm; padding-top: 2.5mm; }}
.cell {{ flex: none; box-sizing: content-box; }}
.cell + .cell {{ border-left: 0.4pt solid #888; }}
.stacked + .stacked {{ border-top: 0.4pt solid #888; margin-top: 2mm; padding-top: 2mm; }}
.kicker {{ font-family: {sans}; font-size: 8pt; font-weight: bold; color: #a01020; letter-spacing: 0.03em; margin-bottom: 0.5mm; }}
h1, h2 {{ font-family: {sans}; font-weight: bold; margin: 0 0 1.2mm 0; line-height: 1.05; }}
h2.jumphead {{ font-size: 15pt; margin-bottom: 0.5mm; }}
.deck {{ font-style: italic; margin: 0 0 1mm 0; line-height: 1.2; }}
.byline {{ font-family: {sans}; font-size: 7.5pt; font-weight: bold; margin-bottom: 1.2mm; }}
.jumpin {{ font-family: {sans}; font-size: 7.5pt; font-style: italic; margin-bottom: 1mm; }}
.body p {{ margin: 0; text-indent: 1em; text-align: justify; hyphens: {hyph}; -webkit-hyphens: {hyph}; }}
.body p.first, .body p.cont {{ text-indent: 0; }}
.body .dl {{ font-weight: bold; }}
.body h3 {{ font-family: {sans}; font-size: {lay.body_pt + 0.5}pt; margin: 1.5mm 0 0.5mm 0; break-after: avoid; }}
.body p.jump {{ text-align: right; font-family: {sans}; font-style: italic; font-size: 8pt; margin-top: 1mm; text-indent: 0; }}
.quote {{ border-top: 0.8pt solid #a01020; border-bottom: 0.8pt solid #a01020; margin: 2mm 0; padding: 1mm 0;
  text-align: center; font-style: italic; font-size: {lay.body_pt * 1.45:.1f}pt; line-height: 1.15; break-inside: avoid; }}
.quote .mark {{ display: block; color: #a01020; font-size: 22pt; line-height: 0.8; font-style: normal; font-weight: bold; }}
figure {{ margin: 0 0 2mm 0; break-inside: avoid; }}
figure img {{ width: 100%; display: block; }}
figure .credit {{ font-family: {sans}; font-size: 5.5pt; text-align: right; margin-top: 0.3mm; }}
figcaption {{ font-family: {sans}; font-size: 7.5pt; line-height: 1.2; margin-top: 0.6mm; }}
.box {{ background: #ececec; padding: 2.5mm; border-top: 2pt solid #a01020; }}
.multi {{ column-gap: {GUTTER_MM}mm; column-rule: 0.3pt solid #999; column-fill: balance; }}
"""


class HtmlWriter:
    def __init__(self, src: Source, workdir: Path) -> None:
        self.src = src
        self.workdir = workdir
        self.nimg = 0
        self.h = Hyphenator(src.engine == "chromium")
        lay = src.layout
        self.text_width = lay.width_mm - 2 * lay.margin_mm

    def grid(self, w: int) -> float:
        return grid_width_mm(self.src.layout, w)

    def figure(self, fig: Figure) -> str:
        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)
        out = [f'<figure><img src="{img.name}" alt="">']
        cap = html.escape(fig.caption)
        if fig.credit and fig.credit_style == "line":
            out.append(f'<div class="credit">{html.escape(fig.credit)}</div>')
        if fig.credit and fig.credit_style == "paren":
            cap += f" (PHOTO: {html.escape(fig.credit)})"
        if fig.credit and fig.credit_style == "prefix":
            cap += f"<br>Photo: {html.escape(fig.credit)}"
        out.append(f"<figcaption>{cap}</figcaption></figure>")
        return "".join(out)

    def block(self, art: Article, b: Block, first: bool) -> str:
        if b.kind == "subhead":
            return f"<h3>{html.escape(b.text)}</h3>"
        if b.kind == "quote":
            # The big quote mark is decoration drawn around the quoted words.
            return f'<div class="quote"><span class="mark">“</span>{html.escape(b.text)}</div>'
        if b.kind == "figure":
            assert b.figure is not None
            return self.figure(b.figure)
        text = self.h(b.text)
        cls = "first" if first else ("cont" if b.cont else "")
        if first and art.dateline:
            text = f'<span class="dl">{html.escape(art.dateline)}</span> {text}'
        return f'<p class="{cls}">{text}</p>'

    def head(self, art: Article, part: Part, cell: Cell) -> str:
        if part is not art.parts[0]:
            out = []
            if part.jump_head:
                out.append(f'<h2 class="jumphead">{html.escape(part.jump_head)}</h2>')
            if part.jump_in:
                out.append(f'<div class="jumpin">{html.escape(part.jump_in)}</div>')
            return "".join(out)
        n = self.src.layout.columns
        size = (
            13.0
            if art.box
            else min(40.0, 12.0 + 26.0 * cell.width / n + (3.0 if cell.width >= 3 else 0.0))
        )
        out = []
        if art.kicker:
            out.append(f'<div class="kicker">{html.escape(art.kicker)}</div>')
        out.append(f'<h1 style="font-size:{size:.1f}pt">{html.escape(art.headline)}</h1>')
        if art.deck:
            out.append(
                f'<div class="deck" style="font-size:{max(10.0, min(size * 0.5, 16.0)):.1f}pt">{html.escape(art.deck)}</div>'
            )
        if art.byline:
            out.append(f'<div class="byline">{html.escape(art.byline)}</div>')
        return "".join(out)

    def leaf(self, cell: Cell) -> str:
        assert cell.article is not None
        art = self.src.articles[cell.article]
        part = art.parts[cell.part]
        spans = [b for b in part.blocks if b.figure is not None and b.figure.span]
        body = []
        first = cell.part == 0
        for b in part.blocks:
            if b in spans:
                continue
            body.append(self.block(art, b, first and b.kind == "p"))
            first = first and b.kind != "p"
        if part.jump_out:
            body.append(f'<p class="jump">{html.escape(part.jump_out)}</p>')
        style = f' style="column-count:{cell.cols}"' if cell.cols > 1 else ""
        figs = "".join(self.figure(b.figure) for b in spans if b.figure is not None)
        inner = f'{self.head(art, part, cell)}{figs}<div class="body multi"{style}>{"".join(body)}</div>'
        return f'<div class="box">{inner}</div>' if art.box else inner

    def cell(self, cell: Cell, first: bool, last: bool) -> str:
        pad = f"padding-left:{0 if first else GUTTER_MM / 2}mm;padding-right:{0 if last else GUTTER_MM / 2}mm"
        style = f'style="width:{self.grid(cell.width):.2f}mm;{pad}"'
        if cell.stack:
            inner = "".join(f'<div class="stacked">{self.leaf(c)}</div>' for c in cell.stack)
        else:
            inner = self.leaf(cell)
        return f'<div class="cell" {style}>{inner}</div>'

    def masthead(self, page: Page) -> str:
        m = self.src.meta
        tag = f'<div class="tag">{html.escape(m.tagline)}</div>' if m.tagline else ""
        line = [m.volume_line, m.date_text] + [x for x in (m.edition, m.price) if x]
        out = f'<div class="mast"><div class="name">{html.escape(m.publication)}</div>{tag}</div>'
        out += (
            '<div class="folioline">'
            + "".join(f"<span>{html.escape(x)}</span>" for x in line)
            + "</div>"
        )
        if page.teasers:
            items = []
            for t in page.teasers:
                label = f'<span class="label">{html.escape(t.label)}</span>'
                text = f'<span class="text">{html.escape(t.text)}</span>'
                # "See page 4" follows its headline; "PAGE 2"/"P3" labels precede it.
                items.append(
                    f'<div class="teaser">{text + label if t.label.lower().startswith("see") else label + text}</div>'
                )
            out += f'<div class="teasers">{"".join(items)}</div>'
        return out

    def running_head(self, page: Page) -> str:
        m = self.src.meta
        folio = f"<span>{page.number}</span>"
        pub = f"<span>{html.escape(m.publication)}</span>"
        mid = (
            f"<span>{html.escape(page.section or '')}</span><span>{html.escape(m.date_text)}</span>"
        )
        return f'<div class="folioline">{folio + mid + pub if page.number % 2 == 0 else pub + mid + folio}</div>'

    def page(self, page: Page) -> str:
        top = self.masthead(page) if page.number == 1 else self.running_head(page)
        rows = []
        for row in page.rows:
            cells = [self.cell(c, i == 0, i == len(row) - 1) for i, c in enumerate(row)]
            # One-cell rows need no flex box; WeasyPrint paginates flex boxes holding columns badly.
            single = ' style="display:block"' if len(row) == 1 else ""
            rows.append(f'<div class="row"{single}>{"".join(cells)}</div>')
        return f'<div class="page">{top}{"".join(rows)}</div>'

    def document(self) -> str:
        pages = "".join(self.page(p) for p in self.src.pages)
        title = html.escape(f"{self.src.meta.publication}, {self.src.meta.date_text}")
        return (
            f'<!DOCTYPE html><html lang="{self.src.layout.lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{_css(self.src)}</style></head><body>{pages}</body></html>"
        )


def render(src: Source, out_pdf: Path) -> None:
    html_pdf(
        lambda work: HtmlWriter(src, work).document(),
        out_pdf,
        chromium=src.engine == "chromium",
        prefix="corpus-html-",
    )
