# ruff: noqa: E501  (markup templates read better unbroken)
"""Render a source issue with groff (ms macros, gropdf): one column flow per page.

groff is a second-held-out engine. Unlike every grid-based renderer, a page here is a
continuous newspaper flow: `.MC` columns that each story runs down in turn, its headline one
column wide, the text filling a column to the bottom before moving to the next (ms does not
balance columns). Only the first story on a page may carry a headline across all columns
(a cell of full page width). The text layer is gropdf's: the base-14 Times and Helvetica,
NOT embedded (gropdf embeds whole non-base fonts, about 130 KB each, and cannot subset),
troff hyphenation, and the PDF pictures placed by `.PDFPIC`.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from .engines import keep_failed
from .images import make_photo
from .model import Article, Block, Cell, Figure, Page, Part, Source
from .writer import SourceWriter

GUTTER_MM = 4.5


def esc(text: str) -> str:
    """Text for a troff input line: backslashes escaped, no control character at the start."""
    if "'" in text or '"' in text or "`" in text:
        # troff prints ' as a right quote: the source must spell the quote it wants printed.
        raise ValueError(f"use typographic quotes in groff sources: {text[:60]!r}")
    return "\\&" + text.replace("\\", "\\[rs]")


class GroffWriter(SourceWriter):
    def __init__(self, src: Source, workdir: Path) -> None:
        super().__init__(src, workdir)
        lay = src.layout
        self.text_mm = lay.width_mm - 2 * lay.margin_mm
        self.col_mm = (self.text_mm - (lay.columns - 1) * GUTTER_MM) / lay.columns

    # ------------------------------------------------------------ blocks

    def picture(self, fig: Figure, width_mm: float) -> str:
        self.nimg += 1
        jpg = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)
        pdf = jpg.with_suffix(".pdf")
        with Image.open(jpg) as im:
            im.save(pdf, "PDF", resolution=150.0)
        height = width_mm * fig.aspect
        return f".PDFPIC -L {pdf.name} {width_mm / 10:.3f}c {height / 10:.3f}c\n"

    def figure(self, fig: Figure, width_mm: float) -> str:
        out = [".sp 0.3v\n", self.picture(fig, width_mm), ".sp 0.2v\n"]
        if fig.credit and fig.credit_style == "line":
            out.append(f".ad r\n\\f[HR]\\s[6]{esc(fig.credit)}\\s0\\f[]\n.br\n")
        cap = esc(fig.caption)
        if fig.credit and fig.credit_style == "paren":
            cap += f" (PHOTO: {esc(fig.credit)[2:]})"
        elif fig.credit and fig.credit_style == "agency":
            cap += f" ({esc(fig.credit)[2:]})"
        elif fig.credit and fig.credit_style == "prefix":
            cap += f"\n.br\n\\&Photo: {esc(fig.credit)[2:]}"
        elif fig.credit and fig.credit_style == "photograph":
            cap += f"\n.br\n\\f[HI]Photograph by {esc(fig.credit)[2:]}\\f[HR]"
        out.append(
            f".nh\n.ad l\n.vs 9p\n\\f[HR]\\s[7.5]{cap}\\s0\\f[]\n.br\n.vs\n.ad b\n.hy 4\n.sp 0.6v\n"
        )
        return "".join(out)

    def block(self, art: Article, b: Block, first: bool) -> str:
        if b.kind == "subhead":
            return f".sp 0.4v\n.ne 3v\n.LP\n\\f[HB]\\s[+1]{esc(b.text)}\\s0\\f[]\n"
        if b.kind == "quote":
            # The big opening quote is ornament above the quoted words.
            return (
                ".sp 0.5v\n.ne 6v\n\\l'\\n(.lu\\(ru'\n.br\n.ad c\n"
                "\\f[HB]\\s[22]\\[lq]\\s0\\f[]\n.br\n.sp -0.6v\n"
                f"\\f[TI]\\s[+3]{esc(b.text)}\\s0\\f[]\n.br\n.ad b\n\\l'\\n(.lu\\(ru'\n.br\n.sp 0.5v\n"
            )
        if b.kind == "figure":
            assert b.figure is not None
            return self.figure(b.figure, self.col_mm)
        text = esc(b.text)
        if first and art.dateline:
            text = f"\\f[TB]{esc(art.dateline)[2:]}\\f[] {text[2:]}"
        macro = ".LP" if first or b.cont else ".PP"
        return f"{macro}\n{text}\n"

    def head(self, art: Article, part: Part, across: bool) -> str:
        if part is not art.parts[0]:
            out = [".br\n.ne 5v\n.nh\n"]
            if part.jump_head:
                out.append(f".ad l\n\\f[HB]\\s[15]{esc(part.jump_head)}\\s0\\f[]\n.br\n.ad b\n")
            if part.jump_in:
                out.append(f"\\f[HI]\\s[7.5]{esc(part.jump_in)}\\s0\\f[]\n.br\n.sp 0.3v\n")
            return "".join(out) + ".hy 4\n"
        n = self.src.layout.columns
        size = 13 if art.box else (min(40, 14 + 3 * n) if across else 16)
        out = [".br\n.ne 14v\n.nh\n.ad l\n"]
        if art.kicker:
            out.append(f"\\f[HB]\\s[8]\\m[red3]{esc(art.kicker)}\\m[]\\s0\\f[]\n.br\n")
        out.append(
            f".vs {size * 1.05:.1f}p\n\\f[HB]\\s[{size}]{esc(art.headline)}\\s0\\f[]\n.br\n.vs\n.sp 0.3v\n"
        )
        if art.deck:
            font = "TB" if self.src.layout.deck_style == "bold" else "TI"
            dsize = max(10, min(16, size // 2))
            out.append(
                f".vs {dsize * 1.2:.1f}p\n\\f[{font}]\\s[{dsize}]{esc(art.deck)}\\s0\\f[]\n.br\n.vs\n.sp 0.3v\n"
            )
        if art.byline:
            out.append(f"\\f[HB]\\s[7.5]{esc(art.byline)}\\s0\\f[]\n.br\n.sp 0.3v\n")
        return "".join(out) + ".ad b\n.hy 4\n"

    def story(self, cell: Cell, across: bool) -> tuple[str, str]:
        """The part's head (set across the page when `across`) and its column text."""
        assert cell.article is not None
        art = self.src.articles[cell.article]
        part = art.parts[cell.part]
        spans = [b for b in part.blocks if b.figure and b.figure.span and across]
        head = self.head(art, part, across)
        head += "".join(self.figure(b.figure, self.text_mm) for b in spans if b.figure)
        body = []
        first = cell.part == 0
        for b in part.blocks:
            if b in spans:
                continue
            body.append(self.block(art, b, first and b.kind == "p"))
            first = first and b.kind != "p"
        if part.jump_out:
            body.append(f".br\n.ad r\n\\f[HBI]\\s[8]{esc(part.jump_out)}\\s0\\f[]\n.br\n.ad b\n")
        text = "".join(body)
        if art.box:
            # ms boxes are kept whole: the headline goes inside so it cannot be left behind.
            head, text = "", f".B1\n{head}{text}.B2\n"
        return head, text

    # ------------------------------------------------------------ page furniture

    def teasers(self, page: Page) -> str:
        if not page.teasers:
            return ""
        if len(page.teasers) > 3:
            raise ValueError("groff sets at most three teasers on one title line")
        items = [
            f"\\f[HB]\\s[9]{esc(t.text)[2:]}\\s0\\f[] \\f[HI]\\s[8]{esc(t.label)[2:]}\\s0\\f[]"
            for t in page.teasers
        ]
        items += [""] * (3 - len(items))
        rule = "\\l'\\n(.lu\\(ru'\n.br\n"
        return f".sp 0.3v\n.tl '{items[0]}'{items[1]}'{items[2]}'\n{rule}.sp 0.6v\n"

    def masthead(self, page: Page) -> str:
        m = self.src.meta
        size = int(min(72, 0.85 * self.text_mm / (len(m.publication) * 0.2)))
        out = []
        if self.src.layout.teaser_style == "skybox":
            out.append(self.teasers(page))
        out.append(f".ce 1\n.vs {size}p\n\\f[TB]\\s[{size}]{esc(m.publication)}\\s0\\f[]\n.vs\n")
        if m.tagline:
            out.append(f".sp 0.4v\n.ce 1\n\\f[TI]\\s[10]{esc(m.tagline)}\\s0\\f[]\n.sp 0.3v\n")
        items = [esc(x)[2:] for x in (m.volume_line, m.date_text)]
        items.append(" \\(bu ".join(esc(x)[2:] for x in (m.edition, m.price) if x))
        out.append(
            "\\D't 2p'\\l'\\n(.lu\\(ru'\\D't 0.5p'\n.br\n"
            f".tl '\\f[HB]\\s[9]{items[0]}'{items[1]}'{items[2]}\\s0\\f[]'\n"
            "\\l'\\n(.lu\\(ru'\n.br\n.sp 0.5v\n"
        )
        if self.src.layout.teaser_style == "row":
            out.append(self.teasers(page))
        return "".join(out)

    def page(self, page: Page) -> str:
        leaves = [c for p, c in self.src.cells_in_order() if p is page]
        out = [] if page.number == 1 else [".1C\n"]
        m = self.src.meta
        section = esc(page.section or "")[2:]
        # ms prints the header of a new page with the strings current when the page starts.
        out.insert(
            0,
            f".ds LH \\f[HB]{esc(m.publication)[2:]}\\f[]\n.ds CH \\f[HB]{section}\\f[]\n"
            f".ds RH \\f[HB]{esc(m.date_text)[2:]} \\(em {page.number}\\f[]\n",
        )
        if page.number == 1:
            out.append(self.masthead(page))
        else:
            out.append(".sp 0.2v\n")
        lay = self.src.layout
        for i, cell in enumerate(leaves):
            if cell.article is None:
                raise ValueError("groff pages hold stories only")
            across = i == 0 and cell.width == lay.columns and lay.columns > 1
            if cell.width != 1 and not across:
                raise ValueError(
                    f"page {page.number}: in a groff flow only the first cell may span the page"
                )
            head, text = self.story(cell, across)
            if across:
                out.append(head)
                head = ""
            if i == 0 or across:
                out.append(f".MC {self.col_mm / 10:.3f}c {GUTTER_MM / 10:.3f}c\n")
            if i:
                out.append(".br\n.sp 0.4v\n.ne 8v\n\\l'\\n(.lu\\(ru'\n.br\n.sp 0.4v\n")
            out.append(head + text)
        return "".join(out)

    def document(self) -> str:
        lay = self.src.layout
        if lay.gutter_rules:
            raise ValueError("groff's .MC columns have no rules: set gutter_rules false")
        setup = (
            f".nr PS {lay.body_pt:g}\n.nr VS {lay.body_pt * 1.2:.0f}\n"
            f".nr PO {lay.margin_mm / 10:.2f}c\n.nr LL {self.text_mm / 10:.2f}c\n"
            f".nr HM {lay.margin_mm / 10:.2f}c\n.nr FM {lay.margin_mm / 10:.2f}c\n"
            f".pl {lay.height_mm / 10:.2f}c\n.nr PI 1m\n.nr PD 0\n.ds CF\n.fam T\n"
            ".hy 4\n.nr HY 4\n.defcolor red3 rgb 0.6 0.08 0.12\n"
        )
        return setup + "".join(self.page(p) for p in self.src.pages)


def render(src: Source, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="corpus-groff-") as tmp:
        work = Path(tmp)
        doc = work / "issue.ms"
        doc.write_text(GroffWriter(src, work).document(), encoding="utf-8")
        lay = src.layout
        proc = subprocess.run(
            ["groff", "-k", "-Kutf8", "-ms", "-U", "-Tpdf",
             f"-P-p{lay.height_mm / 10:.2f}c,{lay.width_mm / 10:.2f}c", doc.name],
            cwd=work,
            capture_output=True,
            check=False,
        )  # fmt: skip
        warnings = proc.stderr.decode("utf-8", "replace").strip()
        if proc.returncode != 0 or not proc.stdout.startswith(b"%PDF"):
            keep_failed(doc, out_pdf, ".ms")
            raise RuntimeError(f"groff failed:\n{warnings[-3000:]}")
        if warnings:
            print(f"  groff: {warnings[:800]}")
        out_pdf.write_bytes(proc.stdout)
