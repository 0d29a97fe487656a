# ruff: noqa: E501  (markup templates read better unbroken)
"""Fourth held-out set: XeLaTeX with multicol cells and boxes drawn by TikZ (tcolorbox).

The page grid is the XeLaTeX writer's (minipage cells, multicol inside); the drawing is new:
the kicker is a white-on-colour TikZ tag LEFT of the headline on its line, the deck is set in
the headline's size in a light grey roman, captions sit ABOVE the photo and the credit is
printed in white inside the picture (a TikZ node over the image), boxed articles are rounded
tcolorbox frames, results are aligned tabular columns (paragraph cells split at two spaces),
briefs start with a bold first word, bylines may be printed at the END of a story, jump
lines read `More on page 2 ▸` / `◂ From page 1`, and the date is printed only in the folio
(`Page 1 of 2`), by fancyhdr. Renderer-only choices sit in the source's `h4` block.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engines import run_tex
from .model import Article, Block, Cell, Figure, Page, Part, Source
from .render_latex import _grid_width, esc
from .render_xelatex import XelatexWriter


@dataclass
class Extras:
    """The `h4` block of a xelatex-tikz source."""

    end_bylines: set[str] = field(default_factory=set)
    tables: set[str] = field(default_factory=set)
    bold_first: set[str] = field(default_factory=set)
    serif: str = "TeX Gyre Schola"
    sans: str = "TeX Gyre Adventor"
    # Development set 3: a `By X` line at the top of a story that also has an end byline,
    # and ad boxes (classifieds) filling the empty cells of the grid, in order.
    top_bylines: dict[str, str] = field(default_factory=dict)
    ads: list[dict[str, Any]] = field(default_factory=list)


def load_extras(path: Path) -> Extras:
    h4: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")).get("h4", {})
    return Extras(
        end_bylines=set(h4.get("end_bylines", [])),
        tables=set(h4.get("tables", [])),
        bold_first=set(h4.get("bold_first", [])),
        serif=str(h4.get("serif", "TeX Gyre Schola")),
        sans=str(h4.get("sans", "TeX Gyre Adventor")),
        top_bylines={str(k): str(v) for k, v in h4.get("top_bylines", {}).items()},
        ads=list(h4.get("ads", [])),
    )


def _preamble(src: Source, ex: Extras) -> str:
    lay = src.layout
    lead = lay.body_pt * 1.2
    m = src.meta
    return (
        "\\documentclass{article}\n"
        f"\\usepackage[paperwidth={lay.width_mm}mm,paperheight={lay.height_mm}mm,margin={lay.margin_mm}mm,footskip=6mm,includefoot]{{geometry}}\n"
        f"\\usepackage{{fontspec}}\n\\setmainfont{{{ex.serif}}}\n\\setsansfont{{{ex.sans}}}\n"
        "\\newfontfamily\\arrows{DejaVu Sans Condensed}\n"
        "\\usepackage{polyglossia}\n\\setdefaultlanguage{english}\n"
        "\\usepackage{multicol,graphicx,xcolor,tikz,fancyhdr,array}\n\\usepackage[most]{tcolorbox}\n"
        "\\setlength{\\columnsep}{3.5mm}\n\\setlength{\\columnseprule}{0pt}\n"
        "\\setlength{\\parindent}{1em}\\setlength{\\parskip}{0pt}\n"
        "\\raggedbottom\\tolerance=3000\\emergencystretch=2em\n"
        f"\\AtBeginDocument{{\\fontsize{{{lay.body_pt}}}{{{lead:.2f}}}\\selectfont}}\n"
        "\\definecolor{kicker}{RGB}{22,78,140}\n\\definecolor{decky}{RGB}{110,110,110}\n"
        "\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}\\renewcommand{\\footrulewidth}{0.4pt}\n"
        f"\\fancyfoot[L]{{\\sffamily\\scriptsize Page \\thepage\\ of {len(src.pages)}}}\n"
        f"\\fancyfoot[C]{{\\sffamily\\scriptsize {esc(m.publication)}}}\n"
        f"\\fancyfoot[R]{{\\sffamily\\scriptsize {esc(m.date_text)}}}\n"
        "\\newlength{\\gridwidth}\n\\begin{document}\n\\setlength{\\gridwidth}{\\textwidth}\n"
    )


def _ad_label(line: str) -> tuple[str, str]:
    """A small ad's leading capitals (`FOR SALE`) are its bold label."""
    m = re.match(r"((?:[A-Z]{2,} )+)(.*)", line)
    return (m.group(1).strip(), m.group(2)) if m else ("", line)


class TikzWriter(XelatexWriter):
    def __init__(self, src: Source, workdir: Path, ex: Extras) -> None:
        super().__init__(src, workdir)
        self.ex = ex

    def figure(self, fig: Figure) -> str:
        img = self.image(fig)
        cap = f"{{\\noindent\\sffamily\\scriptsize\\raggedright {esc(fig.caption)}\\par}}\\vspace{{0.8mm}}"
        credit = (
            f"\\node[anchor=south east,text=white,font=\\sffamily\\tiny,inner sep=1.2mm] at (pic.south east) {{{esc(fig.credit)}}};"
            if fig.credit
            else ""
        )
        pic = (
            "\\noindent\\begin{tikzpicture}\\node[inner sep=0pt,anchor=south west] (pic) at (0,0) "
            f"{{\\includegraphics[width=\\linewidth]{{{img.name}}}}};{credit}\\end{{tikzpicture}}\\par\\vspace{{2mm}}\n"
        )
        return f"\\par\\vspace{{1mm}}{cap}{pic}"

    def head(self, art: Article, part: Part, cell: Cell) -> str:
        if part is not art.parts[0]:
            out = []
            if part.jump_head:
                out.append(
                    f"{{\\raggedright\\sffamily\\bfseries\\Large {esc(part.jump_head)}\\par}}\\vspace{{0.8mm}}"
                )
            if part.jump_in:
                out.append(
                    f"{{\\arrows\\bfseries\\scriptsize\\color{{kicker}} {esc(part.jump_in)}\\par}}\\vspace{{0.8mm}}"
                )
            return "\n".join(out) + "\n"
        n = self.src.layout.columns
        size = 13.0 if art.box else min(30.0, 11.0 + 18.0 * cell.width / n)
        tag = ""
        if art.kicker:
            tag = (
                "\\tikz[baseline=(k.base)]\\node[fill=kicker,text=white,font=\\sffamily\\bfseries\\footnotesize,"
                f"inner sep=1.2mm,rounded corners=0.6mm] (k) {{{esc(art.kicker)}}};\\hspace{{1.5mm}}"
            )
        out = [
            f"{{\\raggedright\\sffamily\\bfseries\\fontsize{{{size:.1f}}}{{{size * 1.1:.1f}}}\\selectfont {tag}{esc(art.headline)}\\par}}\\vspace{{0.6mm}}"
        ]
        if art.deck:
            out.append(
                f"{{\\raggedright\\sffamily\\color{{decky}}\\fontsize{{{size:.1f}}}{{{size * 1.1:.1f}}}\\selectfont {esc(art.deck)}\\par}}\\vspace{{1.4mm}}"
            )
        top = self.ex.top_bylines.get(art.key)
        if top is None and art.byline and art.key not in self.ex.end_bylines:
            top = art.byline
        if top:
            out.append(f"{{\\sffamily\\scriptsize\\bfseries {esc(top)}\\par}}\\vspace{{1mm}}")
        return "\n".join(out) + "\n"

    def body_block(self, art: Article, block: Block, first: bool) -> str:
        if block.kind == "p" and art.key in self.ex.bold_first:
            head, _, rest = block.text.partition(" ")
            return f"\\par\\noindent{{\\sffamily\\bfseries {esc(head)}}} {esc(rest)}\\par\\vspace{{0.8mm}}\n"
        if block.kind == "quote":
            return (
                "\\par\\vspace{1.5mm}\\noindent\\begin{tcolorbox}[enhanced,colback=white,colframe=kicker,boxrule=0pt,"
                "borderline west={2pt}{0pt}{kicker},sharp corners,left=2mm,right=0mm,top=0.5mm,bottom=0.5mm]"
                f"{{\\raggedright\\sffamily\\large\\color{{decky}} {esc(block.text)}\\par}}\\end{{tcolorbox}}\\vspace{{1mm}}\n"
            )
        return super().body_block(art, block, first)

    def table(self, blocks: list[Block]) -> str:
        rows = []
        for b in blocks:
            if b.kind == "subhead":
                rows.append(
                    f"\\multicolumn{{4}}{{@{{}}l}}{{\\rule{{0pt}}{{3.2ex}}\\bfseries\\color{{kicker}} {esc(b.text)}}}\\\\[0.3mm]"
                )
                continue
            cells = re.split(r"\s{2,}", b.text.strip())
            cells += [""] * (4 - len(cells))
            rows.append(" & ".join(esc(c) for c in cells[:4]) + "\\\\")
        return (
            "{\\sffamily\\scriptsize\\setlength{\\tabcolsep}{1.5pt}\\noindent\\begin{tabular*}{\\linewidth}{@{}l@{\\extracolsep{\\fill}}r l r@{}}\n"
            + "\n".join(rows)
            + "\n\\end{tabular*}\\par}\n"
        )

    def ad_cell(self, cell: Cell) -> str:
        """An empty grid cell takes the next ad of `h4.ads`: a ruled box of small-ad lines."""
        ad = self.ex.ads.pop(0)
        lines = "".join(
            f"\\par\\noindent{{\\bfseries {esc(h)}}} {esc(t)}\\par\\vspace{{0.6mm}}"
            for h, t in (_ad_label(x) for x in ad.get("lines", []))
        )
        body = f"{{\\sffamily\\scriptsize\\raggedright {lines}}}"
        if cell.cols > 1:
            body = f"\\begin{{multicols}}{{{cell.cols}}}\n{body}\\end{{multicols}}\n"
        inner = f"{{\\centering\\sffamily\\bfseries\\large {esc(ad['head'])}\\par}}\\vspace{{1mm}}{body}"
        return (
            f"\\begin{{minipage}}[t]{{{_grid_width(self.src, cell.width)}}}\\vspace{{0pt}}"
            f"\\begin{{tcolorbox}}[enhanced,colback=white,colframe=black,boxrule=0.6pt,sharp corners,left=1.5mm,right=1.5mm]\n{inner}\\end{{tcolorbox}}\\end{{minipage}}"
        )

    def cell(self, cell: Cell, page: Page) -> str:
        if cell.article is None and not cell.stack and not cell.inside and self.ex.ads:
            return self.ad_cell(cell)
        if cell.stack or cell.inside or cell.article is None:
            return super().cell(cell, page)
        art = self.src.articles[cell.article]
        part = art.parts[cell.part]
        width = _grid_width(self.src, cell.width)
        spans = [b for b in part.blocks if b.figure and b.figure.span]
        flow = [b for b in part.blocks if b not in spans]
        if art.key in self.ex.tables:
            text = self.table(flow)
        else:
            body, first_p = [], cell.part == 0
            for b in flow:
                if b.kind == "figure" and b.figure:
                    body.append(self.figure(b.figure))
                else:
                    body.append(self.body_block(art, b, first_p and b.kind == "p"))
                first_p = first_p and b.kind != "p"
            if part.jump_out:
                body.append(
                    f"\\par\\vspace{{0.5mm}}{{\\raggedleft\\arrows\\bfseries\\scriptsize\\color{{kicker}} {esc(part.jump_out)}\\par}}\n"
                )
            last = part is art.parts[-1]
            if last and art.byline and art.key in self.ex.end_bylines:
                body.append(
                    f"\\par\\vspace{{0.8mm}}{{\\noindent\\sffamily\\itshape\\scriptsize {esc(art.byline)}\\par}}\n"
                )
            text = "".join(body)
            if cell.cols > 1:
                text = f"\\begin{{multicols}}{{{cell.cols}}}\n{text}\\end{{multicols}}\n"
        figs = "".join(self.figure(b.figure) for b in spans if b.figure)
        inner = self.head(art, part, cell) + figs + text
        if art.box:
            inner = (
                "\\begin{tcolorbox}[enhanced,colback=kicker!6,colframe=kicker,boxrule=0.8pt,arc=2.5mm,"
                f"left=2mm,right=2mm,top=1.5mm,bottom=1.5mm]\n{inner}\\end{{tcolorbox}}\n"
            )
        # A minipage sets \parindent to zero: newspapers indent every paragraph but the first.
        return f"\\begin{{minipage}}[t]{{{width}}}\\vspace{{0pt}}\\setlength{{\\parindent}}{{1em}}\n{inner}\\end{{minipage}}"

    def top(self, page: Page) -> str:
        m = self.src.meta
        if page.number > 1:
            return (
                f"\\noindent{{\\sffamily\\footnotesize {{\\bfseries\\color{{kicker}} {esc(page.section or '')}}} \\hfill {esc(m.publication)}}}\\par"
                "\\vspace{-0.5mm}\\noindent\\rule{\\textwidth}{1.2pt}\\par\\vspace{3mm}\n"
            )
        right = " · ".join(x for x in (m.edition, m.price) if x)
        return (
            "\\noindent\\begin{tikzpicture}\\fill[kicker] (0,0) rectangle (\\textwidth,1.3mm);\\end{tikzpicture}\\par\\vspace{1.5mm}\n"
            f"{{\\noindent\\fontsize{{50}}{{52}}\\selectfont\\bfseries {esc(m.publication)}\\par}}\\vspace{{1mm}}\n"
            + "\\noindent\\rule{\\textwidth}{0.6pt}\\par\\vspace{0.5mm}\n"
            + f"\\noindent{{\\sffamily\\footnotesize {esc(m.volume_line)} \\hfill {{\\itshape {esc(m.tagline or '')}}} \\hfill {esc(right)}}}"
            + "\\par\\vspace{-0.5mm}\\noindent\\rule{\\textwidth}{1.6pt}\\par\\vspace{3mm}\n"
        )

    def page(self, page: Page) -> str:
        return super().page(page).replace("\\newpage\n", "\\vspace*{\\fill}\\newpage\n")

    def document(self) -> str:
        return (
            _preamble(self.src, self.ex)
            + "".join(self.page(p) for p in self.src.pages)
            + "\\end{document}\n"
        )


def render(src: Source, out_pdf: Path) -> None:
    ex = load_extras(out_pdf.parent / "src" / f"{src.name}.json")
    with tempfile.TemporaryDirectory(prefix="corpus-tikz-") as tmp:
        work = Path(tmp)
        (work / "issue.tex").write_text(TikzWriter(src, work, ex).document(), encoding="utf-8")
        run_tex("xelatex", work, out_pdf)
