# ruff: noqa: E501  (markup templates read better unbroken)
"""Render a source issue with Typst (the `typst` PyPI package): grid cells, balanced columns.

Typst is a held-out engine: the readers were not developed against its PDFs. Its text layer
differs from the corpus engines': OpenType CID fonts, and a line-end hyphenation break is
drawn as a hyphen glyph whose ToUnicode text is U+00AD (a soft hyphen), not "-".
Typst's `columns` fill the first column to the bottom of the region, so `balanced` measures
the text at column width and boxes it to 1/n of that height (plus slack for column breaks).
"""

from __future__ import annotations

from pathlib import Path

from .engines import typst_pdf
from .images import make_photo
from .model import Article, Block, Cell, Figure, Page, Part, Source
from .writer import GUTTER_MM, SourceWriter

TEX_GYRE = Path("/usr/share/texmf/fonts/opentype/public/tex-gyre")

PREAMBLE = """
#let sans = "TeX Gyre Heros"
#let accent = rgb(20, 60, 120)
#let balanced(n, body) = layout(size => {
  if n == 1 { body } else {
    let colw = (size.width - (n - 1) * GUTTER) / n
    let h = measure(block(width: colw, body)).height
    block(width: 100%, height: h / n + 2.6em, columns(n, gutter: GUTTER, body))
  }
})
#let kicker(t) = block(below: 1mm, text(font: sans, stretch: 75%, size: 8pt, weight: "bold", fill: accent, tracking: 0.04em, t))
#let headline(size, t) = block(below: 1.4mm, par(justify: false, leading: 0.22em, text(font: sans, stretch: 75%, weight: "bold", size: size, t)))
#let deck(size, t) = block(below: 1.4mm, par(justify: false, leading: 0.35em, text(style: "italic", size: size, t)))
#let byline(t) = block(below: 1.6mm, text(font: sans, stretch: 75%, size: 7.5pt, weight: "bold", t))
#let jumphead(t) = block(below: 1mm, text(font: sans, stretch: 75%, weight: "bold", size: 15pt, t))
#let jumpin(t) = block(below: 1.4mm, text(font: sans, stretch: 75%, style: "italic", size: 7.5pt, t))
#let jumpout(t) = align(right, block(above: 1.4mm, text(font: sans, stretch: 75%, weight: "bold", size: 7.5pt, fill: accent, t)))
#let subhead(t) = block(above: 2mm, below: 1mm, sticky: true, text(font: sans, stretch: 75%, weight: "bold", size: BODY + 0.6pt, t))
#let pullquote(t) = block(above: 2.5mm, below: 2.5mm, breakable: false, width: 100%, stroke: (top: 1.2pt + accent, bottom: 0.5pt + accent), inset: (y: 1.6mm),
  align(center, par(justify: false, leading: 0.35em)[#text(font: sans, stretch: 75%, size: 22pt, weight: "bold", fill: accent)[“] \\ #text(style: "italic", size: BODY * 1.4, t)]))
#let photo(img, credit-line, caption) = block(above: 1mm, below: 2.5mm, breakable: false, width: 100%)[
  #image(img, width: 100%)
  #if credit-line != none { v(0.6mm, weak: true); align(right, text(font: sans, stretch: 75%, size: 5.5pt, credit-line)) }
  #v(0.8mm, weak: true)
  #par(justify: false, leading: 0.3em, text(font: sans, stretch: 75%, size: 7.5pt, caption))]
"""


def q(text: str) -> str:
    """A Typst string literal: code mode needs no markup escaping, only quotes and backslashes."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label(src: Source, number: int) -> str:
    return f"{src.layout.page_prefix}{number}"


class TypstWriter(SourceWriter):
    # ------------------------------------------------------------ blocks

    def figure(self, fig: Figure) -> str:
        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)
        line = q(fig.credit) if fig.credit and fig.credit_style == "line" else "none"
        cap = q(fig.caption)
        if fig.credit and fig.credit_style == "paren":
            cap = q(f"{fig.caption} (PHOTO: {fig.credit})")
        elif fig.credit and fig.credit_style == "prefix":
            cap = f"[#{q(fig.caption)} \\ #{q('Photo: ' + fig.credit)}]"
        elif fig.credit and fig.credit_style == "courtesy":
            cap = f'[#{q(fig.caption)} \\ #text(style: "italic", {q("Photo courtesy of " + fig.credit)})]'
        return f"#photo({q(img.name)}, {line}, {cap})\n"

    def block(self, art: Article, b: Block, first: bool) -> str:
        if b.kind == "subhead":
            return f"#subhead({q(b.text)})\n"
        if b.kind == "quote":
            return f"#pullquote({q(b.text)})\n"
        if b.kind == "figure":
            assert b.figure is not None
            return self.figure(b.figure)
        text = f"#{q(b.text)}"
        if first and art.dateline:
            text = f'#text(weight: "bold", {q(art.dateline)}) {text}'
        return f"\n{text}\n"

    def head(self, art: Article, part: Part, cell: Cell, beside: bool = False) -> str:
        if part is not art.parts[0]:
            out = [f"#jumphead({q(part.jump_head)})\n"] if part.jump_head else []
            out += [f"#jumpin({q(part.jump_in)})\n"] if part.jump_in else []
            return "".join(out)
        n = self.src.layout.columns
        # A headline set beside its photo gets the third of the cell the photo leaves.
        width = cell.width / 3 if beside else cell.width
        size = 13.0 if art.box else min(42.0, 12.0 + 26.0 * width / n)
        out = [f"#kicker({q(art.kicker)})\n"] if art.kicker else []
        out.append(f"#headline({size:.1f}pt, {q(art.headline)})\n")
        if art.deck:
            out.append(f"#deck({min(size * 0.48, 15):.1f}pt, {q(art.deck)})\n")
        if art.byline:
            out.append(f"#byline({q(art.byline)})\n")
        return "".join(out)

    def article_cell(self, cell: Cell) -> str:
        assert cell.article is not None
        art = self.src.articles[cell.article]
        part = art.parts[cell.part]
        spans = [b for b in part.blocks if b.figure and b.figure.span]
        flow = [b for b in part.blocks if b not in spans]
        body = []
        first_p = cell.part == 0
        for b in flow:
            body.append(self.block(art, b, first_p and b.kind == "p"))
            first_p = first_p and b.kind != "p"
        if part.jump_out:
            body.append(f"#jumpout({q(part.jump_out)})\n")
        text = f"#balanced({cell.cols}, [\n{''.join(body)}])\n"
        beside = [b.figure for b in spans if b.figure and b.figure.beside]
        head = self.head(art, part, cell, bool(beside))
        figs = "".join(self.figure(b.figure) for b in spans if b.figure and not b.figure.beside)
        if beside:
            # The headline sits beside the photo (photo two thirds, head one third), body below.
            photo = self.figure(beside[0])
            inner = f"#grid(columns: (2fr, 1fr), column-gutter: {GUTTER_MM}mm, [\n{photo}], [\n{head}])\n{text}"
        else:
            inner = head + figs + text
        if art.box:
            frame = (
                "stroke: 0.9pt + black"
                if self.src.layout.box_style == "frame"
                else "fill: luma(232), stroke: (top: 2pt + accent)"
            )
            inner = f"#block(width: 100%, inset: 2.5mm, {frame})[\n{inner}]\n"
        return inner

    def inside_cell(self, page: Page) -> str:
        rows = "".join(
            f'#block(below: 2.2mm)[#text(font: sans, stretch: 75%, weight: "bold", size: 10pt, {q(t.text)}) \\ #text(font: sans, stretch: 75%, size: 8pt, fill: accent, weight: "bold", {q(t.label)})]\n'
            for t in page.teasers
        )
        return (
            "#block(width: 100%, inset: 2.5mm, stroke: 0.9pt + black)[\n"
            '#block(below: 2mm, width: 100%, fill: black, inset: 1.2mm, align(center, text(font: sans, stretch: 75%, weight: "bold", size: 11pt, fill: white, tracking: 0.15em, "INSIDE")))\n'
            f"{rows}]\n"
        )

    def cell(self, cell: Cell, page: Page) -> str:
        if cell.stack:
            inner = "#line(length: 100%, stroke: 0.4pt + gray)\n".join(
                f"#block(below: 2mm)[\n{self.cell(c, page)}]\n" for c in cell.stack
            )
            return inner
        if cell.inside:
            return self.inside_cell(page)
        return self.article_cell(cell)

    # ------------------------------------------------------------ page furniture

    def teaser_strip(self, page: Page, sky: bool) -> str:
        cells = ", ".join(
            f'[#text(font: sans, stretch: 75%, size: 8pt, weight: "bold", fill: {"white" if sky else "accent"}, {q(t.label)}) \\ #text(font: sans, stretch: 75%, size: 10.5pt, weight: "bold", fill: {"white" if sky else "black"}, {q(t.text)})]'
            for t in page.teasers
        )
        grid = f"#grid(columns: {len(page.teasers)} * (1fr,), column-gutter: 4mm, {cells})"
        if sky:
            return f"#block(width: 100%, fill: accent, inset: 2mm, below: 2mm)[{grid}]\n"
        return (
            f"#block(width: 100%, inset: (y: 1.5mm), stroke: (bottom: 1pt), below: 3mm)[{grid}]\n"
        )

    def masthead(self, page: Page) -> str:
        m = self.src.meta
        lay = self.src.layout
        width = lay.width_mm - 2 * lay.margin_mm
        size = min(66.0, 0.85 * width / (len(m.publication) * 0.19))
        style = lay.teaser_style
        out = [self.teaser_strip(page, True)] if page.teasers and style == "skybox" else []
        out.append(
            f'#align(center, text(font: "TeX Gyre Termes", weight: "bold", size: {size:.1f}pt, bottom-edge: "descender", {q(m.publication)}))\n'
        )
        if m.tagline:
            out.append(
                f'#v(-2mm)\n#align(center, text(style: "italic", size: 9pt, {q(m.tagline)}))\n'
            )
        items = [m.volume_line, m.date_text] + [x for x in (m.edition, m.price) if x]
        if lay.page_prefix:
            items.append(label(self.src, page.number))
        cells = ", ".join(f"{q(x)}" for x in items)
        aligns = ", ".join(["left"] + ["center"] * (len(items) - 2) + ["right"])
        out.append(
            "#block(width: 100%, stroke: (top: 2pt, bottom: 0.6pt), inset: (y: 1.2mm), below: 3mm)["
            f'#set text(font: sans, stretch: 75%, size: 9pt, weight: "bold")\n'
            f"#grid(columns: {len(items)} * (1fr,), align: ({aligns}), {cells})]\n"
        )
        if page.teasers and style == "row":
            out.append(self.teaser_strip(page, False))
        return "".join(out)

    def running_head(self, page: Page) -> str:
        m = self.src.meta
        folio = label(self.src, page.number)
        left, right = (folio, m.publication) if page.number % 2 == 0 else (m.publication, folio)
        return (
            "#block(width: 100%, stroke: (bottom: 1pt), inset: (bottom: 1.2mm), below: 3mm)["
            '#set text(font: sans, stretch: 75%, size: 9pt, weight: "bold")\n'
            f"#grid(columns: (1fr, 1fr, 1fr, 1fr), align: (left, center, center, right), {q(left)}, {q(page.section or '')}, {q(m.date_text)}, {q(right)})]\n"
        )

    def page(self, page: Page) -> str:
        out = [self.masthead(page) if page.number == 1 else self.running_head(page)]
        for i, row in enumerate(page.rows):
            widths = ", ".join(f"{self.grid_mm(c.width):.2f}mm" for c in row)
            cells = ", ".join(f"[\n{self.cell(c, page)}]" for c in row)
            rules = "".join(
                f"grid.vline(x: {k}, stroke: 0.4pt + gray), " for k in range(1, len(row))
            )
            if i:
                out.append("#line(length: 100%, stroke: 0.8pt)\n#v(1mm)\n")
            out.append(
                f"#grid(columns: ({widths},), column-gutter: {GUTTER_MM}mm, {rules}{cells})\n"
            )
        return "".join(out)

    def document(self) -> str:
        lay = self.src.layout
        pre = PREAMBLE.replace("GUTTER", f"{GUTTER_MM}mm").replace("BODY", f"{lay.body_pt}pt")
        setup = (
            f"#set page(width: {lay.width_mm}mm, height: {lay.height_mm}mm, margin: {lay.margin_mm}mm)\n"
            f'#set text(font: "Libertinus Serif", size: {lay.body_pt}pt, lang: "{lay.lang}", hyphenate: true)\n'
            "#set par(justify: true, leading: 0.42em, spacing: 0.42em, first-line-indent: 1em)\n"
            "#set block(spacing: 1.2mm)\n"
        )
        pages = "#pagebreak()\n".join(self.page(p) for p in self.src.pages)
        return pre + setup + pages


def render(src: Source, out_pdf: Path) -> None:
    # TeX Gyre lives in the TeX tree, which Typst does not scan; a fixed timestamp keeps
    # rebuilds byte-stable.
    typst_pdf(
        lambda work: TypstWriter(src, work).document(),
        out_pdf,
        prefix="corpus-typst-",
        font_paths=[TEX_GYRE],
        timestamp=1767225600,
    )
