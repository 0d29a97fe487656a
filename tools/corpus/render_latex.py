# ruff: noqa: E501  (markup templates read better unbroken)
"""Render a source issue with pdflatex or lualatex (multicol inside side-by-side minipages)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .engines import run_tex
from .images import ROOT, crop_photo, make_photo
from .model import Article, Block, Cell, Figure, Page, Part, Source
from .writer import GUTTER_MM, SourceWriter

_ESCAPES = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def esc(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def _preamble(src: Source) -> str:
    lay = src.layout
    if src.engine == "lualatex":
        # lualatex with OpenType fonts gives a different text layer from pdflatex's Type 1.
        fonts = "\\usepackage{fontspec}\n\\setmainfont{TeX Gyre Pagella}\n\\setsansfont{TeX Gyre Heros}\n"
    else:
        fonts = "\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{tgtermes}\n\\usepackage{tgheros}\n"
    lead = lay.body_pt * 1.17
    return (
        "\\documentclass{article}\n"
        f"\\usepackage[paperwidth={lay.width_mm}mm,paperheight={lay.height_mm}mm,margin={lay.margin_mm}mm]{{geometry}}\n"
        + fonts
        + "\\usepackage[english]{babel}\n\\usepackage{multicol,graphicx,xcolor}\n"
        "\\setlength{\\columnsep}{" + f"{GUTTER_MM}mm" + "}\n\\setlength{\\columnseprule}{0.3pt}\n"
        "\\setlength{\\parindent}{0.9em}\\setlength{\\parskip}{0pt}\n"
        "\\setlength{\\fboxsep}{2.5mm}\n"
        "\\pagestyle{empty}\\raggedbottom\n"
        # Loose tolerances: narrow justified newspaper columns need them to avoid overfull lines.
        "\\tolerance=2000\\emergencystretch=1.5em\\hyphenpenalty=30\n"
        f"\\AtBeginDocument{{\\fontsize{{{lay.body_pt}}}{{{lead:.2f}}}\\selectfont}}\n"
        "\\definecolor{kicker}{RGB}{150,20,30}\n"
        "\\newlength{\\gridwidth}\n\\begin{document}\n\\setlength{\\gridwidth}{\\textwidth}\n"
    )


def _grid_width(src: Source, w: int) -> str:
    n = src.layout.columns
    # (textwidth - (n-1)g) * w/n + (w-1)g
    return f"\\dimexpr\\gridwidth*{w}/{n}-{(n - 1) * GUTTER_MM * w / n:.3f}mm+{(w - 1) * GUTTER_MM:.3f}mm\\relax"


def _masthead(src: Source, page: Page) -> str:
    m = src.meta
    parts = [
        "\\noindent\\begin{minipage}{\\textwidth}\\centering",
        f"{{\\fontsize{{{min(64, 12 + src.layout.columns * 8)}}}{{1.1em}}\\selectfont\\bfseries {esc(m.publication)}}}\\par",
    ]
    if m.tagline:
        parts.append(f"\\vspace{{1mm}}{{\\small\\itshape {esc(m.tagline)}}}\\par")
    parts.append("\\vspace{1mm}\\rule{\\textwidth}{1.6pt}\\par\\vspace{0.6mm}")
    line = [m.volume_line, m.date_text] + [x for x in (m.edition, m.price) if x]
    parts.append(
        "\\noindent\\textsf{\\small\\bfseries " + " \\hfill ".join(esc(x) for x in line) + "}\\par"
    )
    parts.append("\\vspace{-0.6mm}\\rule{\\textwidth}{0.5pt}\\par\\end{minipage}\\par\\vspace{2mm}")
    if page.teasers:
        parts.append(_teasers(src, page))
    return "\n".join(parts) + "\n"


def _teasers(src: Source, page: Page) -> str:
    n = len(page.teasers)
    boxes = []
    for t in page.teasers:
        label = f"{{\\color{{kicker}}\\bfseries {esc(t.label)}}}"
        head = f"{{\\bfseries {esc(t.text)}}}"
        # "See page 4" reads after the headline; "PAGE 2"/"P3" labels sit before it.
        body = f"{head}\\\\{label}" if t.label.lower().startswith("see") else f"{label}\\\\{head}"
        boxes.append(
            f"\\begin{{minipage}}[t]{{\\dimexpr\\textwidth/{n}-3mm\\relax}}\\raggedright\\sffamily\\small {body}\\end{{minipage}}"
        )
    return (
        "\\noindent "
        + "\\hfill\\vrule\\hfill ".join(boxes)
        + "\\par\\vspace{1mm}\\noindent\\rule{\\textwidth}{0.8pt}\\par\\vspace{2mm}\n"
    )


def _running_head(src: Source, page: Page) -> str:
    m = src.meta
    folio = f"{{\\bfseries {page.number}}}"
    section = esc(page.section or "")
    pub = f"\\textsc{{{esc(m.publication)}}}"
    left, right = (folio, pub) if page.number % 2 == 0 else (pub, folio)
    return (
        f"\\noindent\\textsf{{\\small {left} \\hfill {{\\bfseries {section}}} \\hfill {esc(m.date_text)} \\hfill {right}}}\\par"
        "\\vspace{-1mm}\\noindent\\rule{\\textwidth}{0.8pt}\\par\\vspace{2mm}\n"
    )


def _headline_pt(width: int, page_cols: int, box: bool) -> float:
    if box:
        return 13.0
    # Wider cells get bigger heads, like a real page's hierarchy.
    return min(40.0, 11.0 + 24.0 * width / page_cols + (3.0 if width >= 3 else 0.0))


def _figure(fig: Figure, img: Path, width: str) -> str:
    out = [f"\\noindent\\includegraphics[width={width}]{{{img.name}}}\\par\\vspace{{0.5mm}}"]
    cap = esc(fig.caption)
    if fig.credit_style == "line" and fig.credit:
        out.append(
            f"\\noindent\\hfill{{\\sffamily\\fontsize{{5.5}}{{6.5}}\\selectfont {esc(fig.credit)}}}\\par"
        )
    if fig.credit_style == "paren" and fig.credit:
        cap += f" (PHOTO: {esc(fig.credit)})"
    if fig.credit_style == "prefix" and fig.credit:
        cap += f"\\\\Photo: {esc(fig.credit)}"
    out.append(f"{{\\noindent\\sffamily\\footnotesize\\raggedright {cap}\\par}}\\vspace{{2mm}}")
    return "\n".join(out) + "\n"


class LatexWriter(SourceWriter):
    def image(self, fig: Figure) -> Path:
        self.nimg += 1
        if fig.image:  # a real picture, cropped to the figure's aspect like a placed photo
            return crop_photo(ROOT / fig.image, self.workdir / f"img{self.nimg}.jpg", fig.aspect)
        return make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)

    def body_block(self, art: Article, block: Block, first: bool) -> str:
        if block.kind == "subhead":
            return f"\\par\\vspace{{1mm}}{{\\noindent\\sffamily\\bfseries {esc(block.text)}\\par}}\\vspace{{0.5mm}}\n"
        if block.kind == "quote":
            # The big quote marks are decoration; the text inside is the quote.
            return (
                "\\par\\vspace{1.5mm}\\noindent\\rule{\\linewidth}{0.6pt}\\par\\vspace{1mm}"
                "{\\centering\\color{kicker}\\fontsize{20}{16}\\selectfont\\bfseries “\\par}"
                f"{{\\centering\\large\\itshape {esc(block.text)}\\par}}"
                "\\vspace{1mm}\\noindent\\rule{\\linewidth}{0.6pt}\\par\\vspace{1.5mm}\n"
            )
        if block.kind == "item":
            return f"\\par\\noindent\\hangindent=1.3em\\hangafter=1\\makebox[1.3em][l]{{\\bfseries {esc(block.label)}}}{esc(block.text)}\\par\n"
        if block.kind == "box":
            title = f"{{\\sffamily\\bfseries {esc(block.text)}\\par}}\\vspace{{1mm}}"
            inner = (title if block.text else "") + "".join(
                self.body_block(art, b, False) for b in block.children
            )
            return f"\\par\\vspace{{1.5mm}}\\noindent\\colorbox{{black!8}}{{\\parbox{{\\dimexpr\\linewidth-2\\fboxsep\\relax}}{{\\raggedright\\small {inner}}}}}\\par\\vspace{{1.5mm}}\n"
        if block.kind == "figure":
            assert block.figure is not None
            return "\\par\\vspace{1mm}" + _figure(
                block.figure, self.image(block.figure), "\\linewidth"
            )
        text = esc(block.text)
        if first and art.dateline:
            text = f"\\textbf{{{esc(art.dateline)}}} {text}"
        if block.cont or first:
            return f"\\noindent {text}\\par\n"
        return f"{text}\\par\n"

    def head(self, art: Article, part: Part, cell: Cell) -> str:
        out = []
        page_cols = self.src.layout.columns
        if part is art.parts[0]:
            if art.kicker:
                out.append(
                    f"{{\\sffamily\\footnotesize\\bfseries\\color{{kicker}} {esc(art.kicker)}}}\\par\\vspace{{0.5mm}}"
                )
            size = _headline_pt(cell.width, page_cols, art.box)
            out.append(
                f"{{\\raggedright\\sffamily\\bfseries\\fontsize{{{size:.1f}}}{{{size * 1.08:.1f}}}\\selectfont {esc(art.headline)}\\par}}\\vspace{{1.2mm}}"
            )
            if art.deck:
                out.append(
                    f"{{\\raggedright\\itshape\\fontsize{{{min(size * 0.5, 15):.1f}}}{{{min(size * 0.6, 18):.1f}}}\\selectfont {esc(art.deck)}\\par}}\\vspace{{1mm}}"
                )
            if art.byline:
                out.append(
                    f"{{\\sffamily\\scriptsize\\bfseries {esc(art.byline)}\\par}}\\vspace{{1mm}}"
                )
        else:
            if part.jump_head:
                out.append(
                    f"{{\\raggedright\\sffamily\\bfseries\\Large {esc(part.jump_head)}\\par}}\\vspace{{0.8mm}}"
                )
            if part.jump_in:
                out.append(
                    f"{{\\sffamily\\itshape\\scriptsize {esc(part.jump_in)}\\par}}\\vspace{{0.8mm}}"
                )
        return "\n".join(out) + "\n"

    def cell(self, cell: Cell, page: Page) -> str:
        width = _grid_width(self.src, cell.width)
        if cell.stack:
            inner = (
                "\\par\\vspace{2mm}\\noindent\\rule{\\linewidth}{0.4pt}\\par\\vspace{2mm}\n".join(
                    self.cell(c, page) for c in cell.stack
                )
            )
            return f"\\begin{{minipage}}[t]{{{width}}}\n{inner}\\end{{minipage}}"
        assert cell.article is not None
        art = self.src.articles[cell.article]
        part = art.parts[cell.part]
        spans = [b for b in part.blocks if b.kind == "figure" and b.figure and b.figure.span]
        flow = [b for b in part.blocks if b not in spans]
        body = []
        first_p = cell.part == 0
        for b in flow:
            body.append(self.body_block(art, b, first_p and b.kind == "p"))
            if b.kind == "p":
                first_p = False
        if part.jump_out:
            body.append(
                f"\\par\\vspace{{0.5mm}}{{\\raggedleft\\sffamily\\itshape\\footnotesize {esc(part.jump_out)}\\par}}\n"
            )
        text = "".join(body)
        if cell.cols > 1:
            text = f"\\begin{{multicols}}{{{cell.cols}}}\n{text}\\end{{multicols}}\n"
        figs = "".join(
            _figure(b.figure, self.image(b.figure), "\\linewidth") for b in spans if b.figure
        )
        inner = self.head(art, part, cell) + figs + text
        if art.box:
            inner = f"\\colorbox{{black!8}}{{\\parbox{{\\dimexpr\\linewidth-2\\fboxsep\\relax}}{{{inner}}}}}"
        return f"\\begin{{minipage}}[t]{{{width}}}\n{inner}\\end{{minipage}}"

    def page(self, page: Page) -> str:
        out = [_masthead(self.src, page) if page.number == 1 else _running_head(self.src, page)]
        for i, row in enumerate(page.rows):
            sep = f"\\hspace{{{GUTTER_MM / 2}mm}}\\vrule\\hspace{{{GUTTER_MM / 2}mm}}"
            cells = [self.cell(c, page) for c in row]
            out.append("\\noindent " + f"%\n{sep}%\n".join(cells) + "\\par\n")
            if i < len(page.rows) - 1:
                out.append(
                    "\\vspace{2.5mm}\\noindent\\rule{\\textwidth}{0.6pt}\\par\\vspace{2.5mm}\n"
                )
        return "".join(out) + "\\newpage\n"

    def document(self) -> str:
        return (
            _preamble(self.src)
            + "".join(self.page(p) for p in self.src.pages)
            + "\\end{document}\n"
        )


def render(src: Source, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="corpus-tex-") as tmp:
        work = Path(tmp)
        writer = LatexWriter(src, work)
        (work / "issue.tex").write_text(writer.document(), encoding="utf-8")
        run_tex(src.engine, work, out_pdf)
