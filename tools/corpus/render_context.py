# ruff: noqa: E501  (markup templates read better unbroken)
"""Render a source issue with ConTeXt MkIV (Debian package `context`): boxed mixed columns.

ConTeXt is a held-out engine: the readers were not developed against its PDFs. A row is an
\\hbox of \\vtop cells separated by rules; text columns inside a cell are ConTeXt's
`boxedcolumns` (mixed columns that work inside a box and balance). Fonts are OpenType CID
(TeX Gyre Schola, Heros), and the text layer is ConTeXt's own (it writes no ToUnicode "-"
for a line-end hyphenation break).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .engines import keep_failed
from .images import make_photo
from .model import Article, Block, Cell, Figure, Page, Part, Source
from .writer import GUTTER_MM, SourceWriter

_ESCAPES = {
    "\\": r"\letterbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\lettertilde{}",
    "^": r"\letterhat{}",
    "|": r"\letterbar{}",
}


def esc(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def _preamble(src: Source) -> str:
    lay = src.layout
    w = lay.width_mm - 2 * lay.margin_mm
    h = lay.height_mm - 2 * lay.margin_mm
    return (
        f"\\definepapersize[issue][width={lay.width_mm}mm,height={lay.height_mm}mm]\n"
        "\\setuppapersize[issue][issue]\n"
        f"\\setuplayout[backspace={lay.margin_mm}mm,topspace={lay.margin_mm}mm,width={w}mm,height={h}mm,"
        "header=0pt,footer=0pt,headerdistance=0pt,footerdistance=0pt,top=0pt,bottom=0pt,"
        "leftmargin=0pt,rightmargin=0pt,leftmargindistance=0pt,rightmargindistance=0pt]\n"
        "\\setuppagenumbering[location=]\n"
        f"\\mainlanguage[{lay.lang}]\n"
        f"\\setupbodyfont[schola,{lay.body_pt}pt]\n"
        "\\setupinterlinespace[line=1.18em]\n"
        "\\setupwhitespace[none]\n\\setupindenting[no]\n"
        "\\setupalign[hanging,tolerant,stretch]\n"
        "\\setuptolerance[horizontal,verytolerant,stretch]\n"
        "\\definecolor[accent][r=.55,g=.08,b=.12]\n"
        "\\definecolor[tint][s=.9]\n" + BALANCE + "\\setupexternalfigures[location=default]\n"
        "\\starttext\n"
    )


# Balanced columns by \vsplit (ConTeXt's boxedcolumns set lines wider than their columns
# and lost text when balancing): split the column-wide \NLsrc into n pieces of height h,
# raising h by 1pt until the last piece fits, then set the pieces side by side with rules.
# Every piece starts at its first line's top (kern, splittopskip 0), so column tops align.
BALANCE = r"""
\newbox\NLsrc \newbox\NLtry \newbox\NLrow \newbox\NLpiece
\newdimen\NLh \newdimen\NLgap \newcount\NLi \newcount\NLn
\def\NLcolumns#1#2{\NLn=#1 \NLgap=#2 \NLh=\dimexpr\ht\NLsrc/\NLn\relax \NLtryit}
\def\NLtryit{\setbox\NLtry=\copy\NLsrc \setbox\NLrow=\hbox{}\NLi=1 \NLsplitloop
  \ifdim\ht\NLtry>\NLh \advance\NLh by 1pt \expandafter\NLtryit \else \NLemit \fi}
\def\NLsplitloop{\ifnum\NLi<\NLn
  \setbox\NLpiece=\vsplit\NLtry to \NLh
  \setbox\NLrow=\hbox{\unhbox\NLrow\vtop{\kern0pt\unvbox\NLpiece}\hskip\NLgap{\color[middlegray]{\vrule width 0.3pt}}\hskip\NLgap}%
  \advance\NLi by 1 \expandafter\NLsplitloop\fi}
\def\NLemit{\hbox{\unhbox\NLrow\vtop{\kern0pt\unvbox\NLtry}}}
\splittopskip=0pt \vbadness=10000
"""


def _size(pt: float, body: str) -> str:
    return f"\\switchtobodyfont[{pt:.1f}pt]{body}"


class ContextWriter(SourceWriter):
    def figure(self, fig: Figure) -> str:
        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)
        out = [f"\\blank[small]\\noindent\\externalfigure[{img.name}][width=\\hsize]\\par"]
        cap = esc(fig.caption)
        if fig.credit and fig.credit_style == "line":
            out.append(f"\\noindent\\hfill{{\\ss\\tfxx {esc(fig.credit)}}}\\par")
        elif fig.credit and fig.credit_style == "paren":
            cap += f" (PHOTO: {esc(fig.credit)})"
        elif fig.credit and fig.credit_style == "prefix":
            cap += f"\\crlf Photo: {esc(fig.credit)}"
        elif fig.credit and fig.credit_style == "courtesy":
            cap += f"\\crlf{{\\it Photo courtesy of {esc(fig.credit)}}}"
        out.append(
            f"{{\\setupalign[flushleft,nothyphenated]\\ss\\tfx\\setupinterlinespace[line=1.15em]\\noindent {cap}\\par}}\\blank[small]"
        )
        return "\n".join(out) + "\n"

    def block(self, art: Article, b: Block, first: bool) -> str:
        if b.kind == "subhead":
            return f"\\blank[small]{{\\ss\\bf\\noindent {esc(b.text)}\\par}}\\nowhitespace\n"
        if b.kind == "quote":
            return (
                "\\blank[small]\\noindent{\\color[accent]{\\hrule height 1pt}}\\blank[small]"
                "{\\setupalign[middle,nothyphenated]\\noindent{\\tfc\\bf\\color[accent]{“}}\\par"
                f"\\noindent{{\\it\\tfa {esc(b.text)}}}\\par}}"
                "\\blank[small]\\noindent{\\color[accent]{\\hrule height 0.5pt}}\\blank[small]\n"
            )
        if b.kind == "figure":
            assert b.figure is not None
            return self.figure(b.figure)
        text = esc(b.text)
        if first and art.dateline:
            text = f"{{\\bf {esc(art.dateline)}}} {text}"
        if first or b.cont:
            return f"\\noindent {text}\\par\n"
        # Indentation is explicit: ConTeXt's own (via \\everypar) would also shift the boxed columns.
        return f"\\noindent\\hskip1em {text}\\par\n"

    def head(self, art: Article, part: Part, cell: Cell, beside: bool = False) -> str:
        if part is not art.parts[0]:
            out = []
            if part.jump_head:
                out.append(f"{{\\ss\\bf\\tfc\\noindent {esc(part.jump_head)}\\par}}")
            if part.jump_in:
                out.append(f"{{\\ss\\it\\tfx\\noindent {esc(part.jump_in)}\\par}}\\blank[small]")
            return "\n".join(out) + "\n"
        n = self.src.layout.columns
        # A headline set beside its photo gets the third of the cell the photo leaves.
        width = cell.width / 3 if beside else cell.width
        size = 13.0 if art.box else min(40.0, 12.0 + 24.0 * width / n)
        out = []
        if art.kicker:
            out.append(
                f"{{\\ss\\bf\\tfx\\color[accent]{{\\noindent {esc(art.kicker)}}}\\par}}\\blank[2pt]"
            )
        out.append(
            f"{{\\setupalign[flushleft,nothyphenated]\\ss\\bf{_size(size, '')}\\setupinterlinespace[line=1.05em]\\noindent {esc(art.headline)}\\par}}\\blank[3pt]"
        )
        if art.deck:
            dsize = min(size * 0.46, 14.0)
            out.append(
                f"{{\\setupalign[flushleft,nothyphenated]\\it{_size(dsize, '')}\\setupinterlinespace[line=1.15em]\\noindent {esc(art.deck)}\\par}}\\blank[3pt]"
            )
        if art.byline:
            out.append(f"{{\\ss\\bf\\tfx\\noindent {esc(art.byline)}\\par}}\\blank[3pt]")
        return "\n".join(out) + "\n"

    def article_cell(self, cell: Cell, width: float) -> str:
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
            body.append(
                f"\\blank[small]{{\\ss\\bf\\tfx\\noindent\\hfill {esc(part.jump_out)}\\par}}\n"
            )
        text = "".join(body)
        if cell.cols > 1:
            colw = (width - (cell.cols - 1) * GUTTER_MM) / cell.cols
            text = f"\\setbox\\NLsrc=\\vbox{{\\hsize={colw:.2f}mm\n{text}}}\\NLcolumns{{{cell.cols}}}{{{GUTTER_MM / 2}mm}}\\par\n"
        beside = [b.figure for b in spans if b.figure and b.figure.beside]
        head = self.head(art, part, cell, bool(beside))
        figs = "".join(self.figure(b.figure) for b in spans if b.figure and not b.figure.beside)
        if beside:
            # Photo on the left two thirds, headline block on the right third, body below.
            pw = (width - GUTTER_MM) * 2 / 3
            hw = width - GUTTER_MM - pw
            photo = self.figure(beside[0])
            inner = (
                f"\\noindent\\hbox{{\\vtop{{\\hsize={pw:.2f}mm\\strut\\par\\vskip-\\baselineskip {photo}}}\\hskip{GUTTER_MM}mm"
                f"\\vtop{{\\hsize={hw:.2f}mm\\strut\\par\\vskip-\\baselineskip {head}}}}}\\par\n{text}"
            )
        else:
            inner = head + figs + text
        if art.box:
            style = (
                "frame=on,framecolor=black,rulethickness=0.9pt"
                if self.src.layout.box_style == "frame"
                else "frame=off,background=color,backgroundcolor=tint,topframe=on,framecolor=accent,rulethickness=2pt"
            )
            inner = f"\\noindent\\framed[width=\\hsize,align={{normal,tolerant}},offset=2.5mm,{style}]{{\\tfx {inner}}}\\par\n"
        return inner

    def inside_cell(self, page: Page) -> str:
        rows = "".join(
            f"{{\\ss\\bf\\noindent {esc(t.text)}\\par}}{{\\ss\\bf\\tfx\\color[accent]{{\\noindent {esc(t.label)}}}\\par}}\\blank[small]\n"
            for t in page.teasers
        )
        return (
            "\\noindent\\framed[width=\\hsize,align={flushleft,nothyphenated},offset=2.5mm,frame=on,rulethickness=0.9pt]{"
            "\\noindent\\framed[width=\\hsize,frame=off,background=color,backgroundcolor=black,foregroundcolor=white,align=middle]{\\ss\\bf\\tfa INSIDE}\\par\\blank[small]\n"
            f"{rows}}}\\par\n"
        )

    def cell(self, cell: Cell, page: Page) -> str:
        width = self.grid_mm(cell.width)
        if cell.stack:
            inner = "\\blank[small]\\noindent{\\color[middlegray]{\\hrule height 0.4pt}}\\blank[small]\n".join(
                self.cell(c, page) for c in cell.stack
            )
        elif cell.inside:
            inner = self.inside_cell(page)
        else:
            inner = self.article_cell(cell, width)
        # The strut + back-skip gives every \vtop the same first baseline, so a row's tops align.
        return f"\\vtop{{\\hsize={width:.2f}mm\\strut\\par\\vskip-\\baselineskip\n{inner}}}"

    def teaser_strip(self, page: Page, sky: bool) -> str:
        n = len(page.teasers)
        w = (self.src.layout.width_mm - 2 * self.src.layout.margin_mm - 6 - (n - 1) * 4) / n
        colour = "white" if sky else "accent"
        boxes = "\\hskip4mm".join(
            f"\\vtop{{\\hsize={w:.2f}mm\\setupalign[flushleft,nothyphenated]\\ss\\noindent{{\\bf\\tfx\\color[{colour}]{{{esc(t.label)}}}}}\\par\\noindent{{\\bf\\tfa {esc(t.text)}}}\\par}}"
            for t in page.teasers
        )
        if sky:
            return f"\\noindent\\framed[width=\\hsize,frame=off,background=color,backgroundcolor=accent,foregroundcolor=white,offset=3mm,align=normal]{{\\noindent\\hbox{{{boxes}}}}}\\par\\blank[small]\n"
        return f"\\noindent\\hbox{{{boxes}}}\\par\\blank[small]\\noindent\\hrule height 1pt\\blank[medium]\n"

    def masthead(self, page: Page) -> str:
        m = self.src.meta
        lay = self.src.layout
        width = lay.width_mm - 2 * lay.margin_mm
        size = min(64.0, 0.85 * width / (len(m.publication) * 0.2))
        out = (
            [self.teaser_strip(page, True)] if page.teasers and lay.teaser_style == "skybox" else []
        )
        out.append(
            f"{{\\setupalign[middle]\\bf{_size(size, '')}\\noindent {esc(m.publication)}\\par}}"
        )
        if m.tagline:
            out.append(f"{{\\setupalign[middle]\\it\\noindent {esc(m.tagline)}\\par}}")
        items = [m.volume_line, m.date_text] + [x for x in (m.edition, m.price) if x]
        if lay.page_prefix:
            items.append(f"{lay.page_prefix}{page.number}")
        line = "\\hfil ".join(esc(x) for x in items)
        out.append(
            f"\\blank[small]\\noindent\\hrule height 2pt\\blank[2pt]{{\\ss\\bf\\tfx\\noindent\\hbox to \\hsize{{{line}}}\\par}}\\blank[2pt]\\noindent\\hrule height 0.6pt\\blank[medium]"
        )
        if page.teasers and lay.teaser_style == "row":
            out.append(self.teaser_strip(page, False))
        return "\n".join(out) + "\n"

    def running_head(self, page: Page) -> str:
        m = self.src.meta
        folio = f"{self.src.layout.page_prefix}{page.number}"
        left, right = (folio, m.publication) if page.number % 2 == 0 else (m.publication, folio)
        line = "\\hfil ".join(esc(x) for x in (left, page.section or "", m.date_text, right))
        return f"{{\\ss\\bf\\tfx\\noindent\\hbox to \\hsize{{{line}}}\\par}}\\blank[2pt]\\noindent\\hrule height 1pt\\blank[medium]\n"

    def page(self, page: Page) -> str:
        out = [self.masthead(page) if page.number == 1 else self.running_head(page)]
        sep = f"\\hskip{GUTTER_MM / 2}mm{{\\color[middlegray]{{\\vrule width 0.4pt}}}}\\hskip{GUTTER_MM / 2}mm"
        for i, row in enumerate(page.rows):
            if i:
                out.append("\\blank[medium]\\noindent\\hrule height 0.8pt\\blank[medium]\n")
            cells = f"%\n{sep}%\n".join(self.cell(c, page) for c in row)
            out.append(f"\\noindent\\hbox{{%\n{cells}}}\\par\n")
        return "".join(out) + "\\page\n"

    def document(self) -> str:
        return _preamble(self.src) + "".join(self.page(p) for p in self.src.pages) + "\\stoptext\n"


def render(src: Source, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="corpus-context-") as tmp:
        work = Path(tmp)
        (work / "issue.tex").write_text(ContextWriter(src, work).document(), encoding="utf-8")
        proc = subprocess.run(
            ["context", "--batchmode", "--noconsole", "issue.tex"],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not (work / "issue.pdf").exists():
            keep_failed(work / "issue.tex", out_pdf, ".tex")
            log = (
                (work / "issue.log").read_text(errors="replace")
                if (work / "issue.log").exists()
                else ""
            )
            raise RuntimeError(f"context failed:\n{log[-3000:]}")
        shutil.copy(work / "issue.pdf", out_pdf)
