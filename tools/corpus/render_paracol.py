# ruff: noqa: E501  (markup templates read better unbroken)
"""Third held-out set: LuaLaTeX with `paracol`, side-by-side stories in parallel columns.

Unlike the corpus LaTeX writer (multicol inside minipages, text balanced by multicol), each
row of a page is one `paracol` environment: every cell of the row is a paracol column of its
own width (`\\columnratio`), filled independently, with rules between. A cell alone in its
row with `cols > 1` spreads one story over several paracol columns, split by hand at the
paragraph boundary nearest an even share (as a make-up editor would), under a headline set
across them. Fonts are OpenType TeX Gyre Termes and Heros Condensed (fontspec).

Drawing choices come from the source's `h3` block (see render_multicol.load_extras):
datelines in small caps, a `line` credit printed rotated up the photo's right edge, captions
with a bold lead-in, pull quotes with a big quote mark and an attribution line, an "ear"
beside the nameplate holding page 1's teasers, folios at the foot of every page.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .engines import run_tex
from .images import make_photo
from .model import Article, Block, Cell, Figure, Page, Part, Source
from .render_latex import esc
from .render_multicol import Extras, load_extras, run_in
from .writer import GUTTER_MM, SourceWriter


def _preamble(src: Source) -> str:
    lay = src.layout
    m = src.meta
    lead = lay.body_pt * 1.18
    prefix = esc(lay.page_prefix)
    return (
        "\\documentclass{article}\n"
        f"\\usepackage[paperwidth={lay.width_mm}mm,paperheight={lay.height_mm}mm,margin={lay.margin_mm}mm,footskip=6mm,includefoot]{{geometry}}\n"
        "\\usepackage{fontspec}\n\\setmainfont{TeX Gyre Termes}\n\\setsansfont{TeX Gyre Heros Cn}\n"
        "\\usepackage[english]{babel}\n\\usepackage{paracol,graphicx,xcolor,fancyhdr,calc}\n"
        f"\\setlength{{\\columnsep}}{{{GUTTER_MM}mm}}\n\\setlength{{\\columnseprule}}{{0.4pt}}\n"
        "\\setlength{\\parindent}{0.8em}\\setlength{\\parskip}{0pt}\n"
        "\\tolerance=2500\\emergencystretch=2em\\hyphenpenalty=40\n"
        "\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}\\renewcommand{\\footrulewidth}{0.5pt}\n"
        f"\\fancyfoot[L]{{\\sffamily\\small\\bfseries {prefix}\\thepage}}\\fancyfoot[C]{{\\sffamily\\small {esc(m.publication)}}}\\fancyfoot[R]{{\\sffamily\\small {esc(m.date_text)}}}\n"
        f"\\AtBeginDocument{{\\fontsize{{{lay.body_pt}}}{{{lead:.2f}}}\\selectfont}}\n"
        "\\definecolor{accent}{RGB}{20,60,110}\n"
        "\\raggedbottom\n\\begin{document}\n"
    )


class ParacolWriter(SourceWriter):
    def __init__(self, src: Source, workdir: Path, ex: Extras) -> None:
        super().__init__(src, workdir)
        self.ex = ex

    # ------------------------------------------------------------ blocks

    def figure(self, fig: Figure) -> str:
        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)
        out = ["\\par\\vspace{1mm}\\noindent"]
        if fig.credit and fig.credit_style == "line" and self.ex.credit == "vertical":
            # The credit runs up the photo's right edge, bottom to top.
            out.append(
                f"\\includegraphics[width=\\dimexpr\\linewidth-3mm\\relax]{{{img.name}}}\\hfill"
                f"\\rotatebox{{90}}{{\\sffamily\\fontsize{{5.5}}{{6}}\\selectfont {esc(fig.credit)}}}\\par"
            )
        else:
            out.append(f"\\includegraphics[width=\\linewidth]{{{img.name}}}\\par")
            if fig.credit and fig.credit_style == "line":
                out.append(
                    f"\\noindent\\hfill{{\\sffamily\\fontsize{{5.5}}{{6.5}}\\selectfont {esc(fig.credit)}}}\\par"
                )
        head, rest = run_in(fig.caption) if self.ex.caption_leadin else ("", fig.caption)
        cap = (f"\\textbf{{{esc(head)}}}" if head else "") + esc(rest)
        if fig.credit and fig.credit_style == "paren":
            cap += f" (PHOTO: {esc(fig.credit)})"
        out.append(
            f"\\vspace{{0.4mm}}{{\\noindent\\sffamily\\footnotesize\\raggedright {cap}\\par}}\\vspace{{2mm}}\n"
        )
        return "\n".join(out)

    def block(self, art: Article, b: Block, first: bool) -> str:
        if b.kind == "subhead":
            return f"\\par\\vspace{{1.2mm}}{{\\noindent\\sffamily\\bfseries\\large {esc(b.text)}\\par}}\\vspace{{0.6mm}}\n"
        if b.kind == "quote":
            attrib = self.ex.attrib.get(b.text)
            tail = (
                f"\\par\\vspace{{0.8mm}}{{\\raggedleft\\sffamily\\footnotesize {esc(attrib)}\\par}}"
                if attrib
                else ""
            )
            return (
                "\\par\\vspace{2mm}{\\noindent\\color{accent}\\fontsize{48}{30}\\selectfont\\bfseries “\\par}"
                f"{{\\noindent\\raggedright\\sffamily\\bfseries\\fontsize{{14}}{{16}}\\selectfont {esc(b.text)}\\par}}"
                f"{tail}\\vspace{{2mm}}\n"
            )
        if b.kind == "figure":
            assert b.figure is not None
            return self.figure(b.figure)
        if art.key in self.ex.briefs:
            head, rest = run_in(b.text)
            return f"\\par\\vspace{{1mm}}\\noindent\\textbf{{{esc(head)}}}{esc(rest)}\\par\n"
        text = esc(b.text)
        if first and art.dateline:
            text = f"\\textsc{{{esc(art.dateline)}}} {text}"
        lead = "\\noindent " if (first or b.cont) else ""
        return f"{lead}{text}\\par\n"

    def head(self, art: Article, part: Part, width: int) -> str:
        if part is not art.parts[0]:
            out = []
            if part.jump_head:
                out.append(
                    f"{{\\noindent\\sffamily\\bfseries\\fontsize{{18}}{{20}}\\selectfont {esc(part.jump_head)}\\par}}"
                )
            if part.jump_in:
                out.append(
                    f"{{\\noindent\\sffamily\\footnotesize\\itshape {esc(part.jump_in)}\\par}}\\vspace{{1mm}}"
                )
            return "\n".join(out) + "\n"
        n = self.src.layout.columns
        size = 14.0 if art.box else min(30.0, 12.0 + 18.0 * width / n)
        out = []
        if art.kicker:
            out.append(
                f"{{\\noindent\\sffamily\\small\\bfseries\\color{{accent}} {esc(art.kicker)}\\par}}\\vspace{{0.5mm}}"
            )
        out.append(
            f"{{\\noindent\\raggedright\\sffamily\\bfseries\\fontsize{{{size:.1f}}}{{{size * 1.05:.1f}}}\\selectfont {esc(art.headline)}\\par}}\\vspace{{1mm}}"
        )
        if art.deck:
            out.append(
                f"{{\\noindent\\raggedright\\itshape\\fontsize{{{max(11.0, size * 0.45):.1f}}}{{{max(13.0, size * 0.52):.1f}}}\\selectfont {esc(art.deck)}\\par}}\\vspace{{1mm}}"
            )
        if art.byline:
            out.append(
                f"{{\\noindent\\sffamily\\footnotesize {esc(art.byline)}\\par}}\\vspace{{1.2mm}}"
            )
        return "\n".join(out) + "\n"

    def body(self, art: Article, part: Part, blocks: list[Block], first_p: bool) -> str:
        out = []
        for b in blocks:
            out.append(self.block(art, b, first_p and b.kind == "p"))
            first_p = first_p and b.kind != "p"
        return "".join(out)

    def leaf(self, cell: Cell, width: int) -> str:
        assert cell.article is not None
        art = self.src.articles[cell.article]
        part = art.parts[cell.part]
        inner = self.head(art, part, width) + self.body(art, part, part.blocks, cell.part == 0)
        if part.jump_out:
            inner += f"\\par\\vspace{{1mm}}{{\\noindent\\sffamily\\bfseries\\small {esc(part.jump_out)}\\par}}\n"
        if art.box:
            return f"\\noindent\\fbox{{\\parbox{{\\dimexpr\\linewidth-2\\fboxsep-0.8pt\\relax}}{{{inner}}}}}\\par\n"
        return inner

    def cell(self, cell: Cell) -> str:
        if not cell.stack:
            return self.leaf(cell, cell.width)
        sep = "\\par\\vspace{2mm}\\noindent\\rule{\\linewidth}{0.6pt}\\par\\vspace{1.5mm}\n"
        return sep.join(self.leaf(c, cell.width) for c in cell.stack)

    # ------------------------------------------------------------ rows

    def spread(self, cell: Cell) -> str:
        """One story over `cols` paracol columns, split at paragraph boundaries by word count."""
        assert cell.article is not None
        art = self.src.articles[cell.article]
        part = art.parts[cell.part]
        spans = [b for b in part.blocks if b.figure is not None and b.figure.span]
        rest = [b for b in part.blocks if b not in spans]
        weights = [
            len(b.text.split()) + (60 if b.figure else 12 if b.kind != "p" else 3) for b in rest
        ]
        total = sum(weights)
        chunks: list[list[Block]] = [[] for _ in range(cell.cols)]
        acc = 0
        for b, w in zip(rest, weights, strict=True):
            idx = min(cell.cols - 1, int(acc * cell.cols / total + 0.35))
            chunks[idx].append(b)
            acc += w
        head = self.head(art, part, cell.width)
        figs = "".join(self.figure(b.figure) for b in spans if b.figure is not None)
        cols = []
        seen_p = cell.part != 0
        for chunk in chunks:
            cols.append(self.body(art, part, chunk, not seen_p))
            seen_p = seen_p or any(b.kind == "p" for b in chunk)
        if part.jump_out:
            cols[-1] += (
                f"\\par\\vspace{{1mm}}{{\\noindent\\sffamily\\bfseries\\small {esc(part.jump_out)}\\par}}\n"
            )
        ratio = ",".join(f"{1 / cell.cols:.4f}" for _ in range(cell.cols - 1))
        return (
            f"{head}{figs}\\columnratio{{{ratio}}}\\begin{{paracol}}{{{cell.cols}}}\n"
            + "\\switchcolumn\n".join(cols)
            + "\\end{paracol}\n"
        )

    def row(self, row: list[Cell]) -> str:
        if len(row) == 1 and row[0].cols > 1 and not row[0].stack:
            return self.spread(row[0])
        n = self.src.layout.columns
        if any(c.cols > 1 for c in row):
            raise ValueError("paracol: a cell sharing its row has one text column")
        ratio = ",".join(f"{c.width / n:.4f}" for c in row[:-1])
        cells = "\\switchcolumn\n".join(self.cell(c) for c in row)
        return (
            f"\\columnratio{{{ratio}}}\\begin{{paracol}}{{{len(row)}}}\n{cells}\\end{{paracol}}\n"
        )

    def masthead(self, page: Page) -> str:
        m = self.src.meta
        ear = ""
        if page.teasers:
            items = "\\par\\vspace{1mm}".join(
                f"{{\\bfseries {esc(t.text)}}}\\\\{{\\color{{accent}} {esc(t.label)}}}"
                for t in page.teasers
            )
            ear = (
                "\\hfill\\fbox{\\parbox[c]{0.22\\textwidth}{\\raggedright\\sffamily\\footnotesize "
                f"{{\\bfseries INSIDE TODAY}}\\par\\vspace{{0.8mm}}{items}}}}}"
            )
        name = (
            "\\parbox[c]{0.74\\textwidth}{\\raggedright\\fontsize{38}{42}\\selectfont\\bfseries "
            f"{esc(m.publication)}"
            + (
                f"\\par\\vspace{{1mm}}{{\\normalsize\\itshape {esc(m.tagline)}}}"
                if m.tagline
                else ""
            )
            + "}"
        )
        line = [m.volume_line, m.date_text] + [x for x in (m.edition, m.price) if x]
        return (
            f"\\noindent {name}{ear}\\par\\vspace{{1.5mm}}\\noindent\\rule{{\\textwidth}}{{1.5pt}}\\par\\vspace{{0.3mm}}"
            "\\noindent{\\sffamily\\small " + " \\hfill ".join(esc(x) for x in line) + "}\\par"
            "\\vspace{-0.8mm}\\noindent\\rule{\\textwidth}{0.5pt}\\par\\vspace{2.5mm}\n"
        )

    def running_head(self, page: Page) -> str:
        return (
            f"\\noindent{{\\sffamily\\bfseries\\Large {esc(page.section or '')}}}\\par"
            "\\vspace{-0.5mm}\\noindent\\rule{\\textwidth}{1.2pt}\\par\\vspace{2.5mm}\n"
        )

    def document(self) -> str:
        pages = []
        for page in self.src.pages:
            top = self.masthead(page) if page.number == 1 else self.running_head(page)
            rows = (
                "\\par\\vspace{2mm}\\noindent\\rule{\\textwidth}{0.9pt}\\par\\vspace{2mm}\n".join(
                    self.row(r) for r in page.rows
                )
            )
            pages.append(top + rows)
        return _preamble(self.src) + "\\clearpage\n".join(pages) + "\\end{document}\n"


def render(src: Source, out_pdf: Path) -> None:
    ex = load_extras(out_pdf.parent / "src" / f"{src.name}.json")
    with tempfile.TemporaryDirectory(prefix="corpus-paracol-") as tmp:
        work = Path(tmp)
        tex = work / "issue.tex"
        tex.write_text(ParacolWriter(src, work, ex).document(), encoding="utf-8")
        run_tex("lualatex", work, out_pdf)
