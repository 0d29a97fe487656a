# ruff: noqa: E501  (markup templates read better unbroken)
"""Render a source issue with XeLaTeX: the LaTeX grid of the corpus in other fonts and manners.

XeLaTeX is a second-held-out engine. The page grid is the corpus LaTeX writer's (minipage
cells, multicol inside), but the text layer is xdvipdfmx's (Identity-H CID fonts from
fontspec: Gentium body, Lato heads), and the conventions are new: page labels (A1, A2) in a
running head and jump lines, a left-rail teaser box, bold decks, gutter rules switchable,
credits as `(X/AGENCY)` after the caption, a small-caps credit line under the picture, or
`Photograph by X`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .engines import run_tex
from .model import Article, Cell, Figure, Page, Part, Source
from .render_latex import LatexWriter, _grid_width, esc


def _preamble(src: Source) -> str:
    lay = src.layout
    lead = lay.body_pt * 1.2
    rule = "0.4pt" if lay.gutter_rules else "0pt"
    return (
        "\\documentclass{article}\n"
        f"\\usepackage[paperwidth={lay.width_mm}mm,paperheight={lay.height_mm}mm,margin={lay.margin_mm}mm]{{geometry}}\n"
        "\\usepackage{fontspec}\n\\setmainfont{Gentium}\n\\setsansfont{Lato}[BoldFont={Lato Black}]\n"
        "\\usepackage{polyglossia}\n\\setdefaultlanguage{english}\n"
        "\\usepackage{multicol,graphicx,xcolor}\n"
        f"\\setlength{{\\columnsep}}{{3.5mm}}\n\\setlength{{\\columnseprule}}{{{rule}}}\n"
        "\\setlength{\\parindent}{1em}\\setlength{\\parskip}{0pt}\\setlength{\\fboxsep}{2mm}\n"
        "\\pagestyle{empty}\\raggedbottom\n"
        "\\tolerance=3000\\emergencystretch=2em\\hyphenpenalty=40\n"
        f"\\AtBeginDocument{{\\fontsize{{{lay.body_pt}}}{{{lead:.2f}}}\\selectfont}}\n"
        "\\definecolor{kicker}{RGB}{0,90,110}\n"
        "\\newlength{\\gridwidth}\n\\begin{document}\n\\setlength{\\gridwidth}{\\textwidth}\n"
    )


class XelatexWriter(LatexWriter):
    def label(self, number: int) -> str:
        return f"{self.src.layout.page_prefix}{number}"

    def figure(self, fig: Figure) -> str:
        img = self.image(fig)
        out = [
            f"\\par\\vspace{{1mm}}\\noindent\\includegraphics[width=\\linewidth]{{{img.name}}}\\par\\vspace{{0.4mm}}"
        ]
        cap = esc(fig.caption)
        if fig.credit and fig.credit_style == "line":
            # Small capitals: the text layer keeps the lower-case letters as typed.
            out.append(
                f"\\noindent{{\\footnotesize\\scshape {esc(fig.credit)}}}\\par\\vspace{{0.3mm}}"
            )
        elif fig.credit and fig.credit_style == "agency":
            cap += f" ({esc(fig.credit)})"
        elif fig.credit and fig.credit_style == "photograph":
            cap += f"\\\\{{\\itshape Photograph by {esc(fig.credit)}}}"
        elif fig.credit and fig.credit_style == "paren":
            cap += f" (PHOTO: {esc(fig.credit)})"
        out.append(
            f"{{\\noindent\\sffamily\\footnotesize\\raggedright {cap}\\par}}\\vspace{{2mm}}\n"
        )
        return "\n".join(out)

    def head(self, art: Article, part: Part, cell: Cell) -> str:
        out = []
        if part is not art.parts[0]:
            if part.jump_head:
                out.append(
                    f"{{\\raggedright\\sffamily\\bfseries\\Large {esc(part.jump_head)}\\par}}\\vspace{{0.8mm}}"
                )
            if part.jump_in:
                out.append(f"{{\\sffamily\\scriptsize {esc(part.jump_in)}\\par}}\\vspace{{0.8mm}}")
            return "\n".join(out) + "\n"
        n = self.src.layout.columns
        size = 12.5 if art.box else min(38.0, 11.0 + 22.0 * cell.width / n)
        if art.kicker:
            out.append(
                f"{{\\sffamily\\scriptsize\\bfseries\\color{{kicker}}\\addfontfeatures{{LetterSpace=8}} {esc(art.kicker)}}}\\par\\vspace{{0.6mm}}"
            )
        out.append(
            f"{{\\raggedright\\bfseries\\fontsize{{{size:.1f}}}{{{size * 1.1:.1f}}}\\selectfont {esc(art.headline)}\\par}}\\vspace{{1.2mm}}"
        )
        if art.deck:
            font = "\\sffamily\\bfseries" if self.src.layout.deck_style == "bold" else "\\itshape"
            dsize = max(9.5, min(size * 0.42, 14))
            out.append(
                f"{{\\raggedright{font}\\fontsize{{{dsize:.1f}}}{{{dsize * 1.2:.1f}}}\\selectfont {esc(art.deck)}\\par}}\\vspace{{1mm}}"
            )
        if art.byline:
            out.append(f"{{\\sffamily\\scriptsize {esc(art.byline)}\\par}}\\vspace{{1mm}}")
        return "\n".join(out) + "\n"

    def rail(self, page: Page, cell: Cell) -> str:
        items = "".join(
            f"{{\\raggedright\\bfseries\\small {esc(t.text)}\\par}}{{\\sffamily\\scriptsize\\color{{kicker}} {esc(t.label)}\\par}}\\vspace{{2.5mm}}\n"
            for t in page.teasers
        )
        head = "{\\sffamily\\bfseries\\footnotesize\\color{kicker} TODAY\\par}\\vspace{1mm}\\hrule\\vspace{2mm}\n"
        return f"\\begin{{minipage}}[t]{{{_grid_width(self.src, cell.width)}}}\n{head}{items}\\end{{minipage}}"

    def cell(self, cell: Cell, page: Page) -> str:
        if cell.inside:
            return self.rail(page, cell)
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
        spans = [b for b in part.blocks if b.figure and b.figure.span]
        body = []
        first_p = cell.part == 0
        for b in part.blocks:
            if b in spans:
                continue
            if b.kind == "figure" and b.figure:
                body.append(self.figure(b.figure))
            else:
                body.append(self.body_block(art, b, first_p and b.kind == "p"))
            first_p = first_p and b.kind != "p"
        if part.jump_out:
            body.append(
                f"\\par\\vspace{{0.5mm}}{{\\raggedleft\\sffamily\\bfseries\\scriptsize {esc(part.jump_out)}\\par}}\n"
            )
        text = "".join(body)
        if cell.cols > 1:
            text = f"\\begin{{multicols}}{{{cell.cols}}}\n{text}\\end{{multicols}}\n"
        figs = "".join(self.figure(b.figure) for b in spans if b.figure)
        inner = self.head(art, part, cell) + figs + text
        if art.box:
            inner = f"\\fcolorbox{{kicker}}{{white}}{{\\parbox{{\\dimexpr\\linewidth-2\\fboxsep-0.8pt\\relax}}{{{inner}}}}}"
        # \vspace{0pt} first: align the cell by its top, not by a box's baseline.
        return f"\\begin{{minipage}}[t]{{{width}}}\\vspace{{0pt}}\n{inner}\\end{{minipage}}"

    def top(self, page: Page) -> str:
        m = self.src.meta
        if page.number > 1:
            left = f"{{\\bfseries {self.label(page.number)}}} \\quad {esc(m.publication)}"
            return (
                f"\\noindent{{\\sffamily\\footnotesize {left} \\hfill {{\\bfseries {esc(page.section or '')}}} \\hfill {esc(m.date_text)}}}\\par"
                "\\vspace{-0.5mm}\\noindent\\rule{\\textwidth}{1.2pt}\\par\\vspace{3mm}\n"
            )
        line = [m.volume_line, m.date_text] + [x for x in (m.edition, m.price) if x]
        return (
            "\\noindent\\rule{\\textwidth}{3pt}\\par\\vspace{1.5mm}\n"
            f"{{\\centering\\fontsize{{58}}{{60}}\\selectfont\\bfseries {esc(m.publication)}\\par}}\\vspace{{1mm}}\n"
            + (
                f"{{\\centering\\sffamily\\small {esc(m.tagline)}\\par}}\\vspace{{1mm}}\n"
                if m.tagline
                else ""
            )
            + "\\noindent\\rule{\\textwidth}{0.6pt}\\par\\vspace{0.5mm}\n"
            + "\\noindent{\\sffamily\\footnotesize\\bfseries "
            + " \\hfill ".join(esc(x) for x in line)
            + f" \\hfill {self.label(1)}}}\\par\\vspace{{-0.5mm}}\\noindent\\rule{{\\textwidth}}{{0.6pt}}\\par\\vspace{{3mm}}\n"
        )

    def page(self, page: Page) -> str:
        out = [self.top(page)]
        rule = "\\vrule" if self.src.layout.gutter_rules else ""
        for i, row in enumerate(page.rows):
            sep = f"\\hspace{{2mm}}{rule}\\hspace{{2mm}}"
            out.append(
                "\\noindent " + f"%\n{sep}%\n".join(self.cell(c, page) for c in row) + "\\par\n"
            )
            if i < len(page.rows) - 1:
                out.append(
                    "\\vspace{2.5mm}\\noindent\\rule{\\textwidth}{1.2pt}\\par\\vspace{2.5mm}\n"
                )
        return "".join(out) + "\\newpage\n"

    def document(self) -> str:
        return (
            _preamble(self.src)
            + "".join(self.page(p) for p in self.src.pages)
            + "\\end{document}\n"
        )


def render(src: Source, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="corpus-xetex-") as tmp:
        work = Path(tmp)
        (work / "issue.tex").write_text(XelatexWriter(src, work).document(), encoding="utf-8")
        run_tex("xelatex", work, out_pdf)
