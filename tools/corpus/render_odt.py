# ruff: noqa: E501  (markup templates read better unbroken)
"""Render a source issue as a flat ODF text document (.fodt) and convert it with LibreOffice.

Layout model: a row with one cell becomes a headline followed by a column section (LibreOffice
balances the columns); a row with several cells becomes a borderless table whose cells hold
single-column stories, separated by thin vertical rules. LibreOffice hyphenates by itself
(hyphen-en-us dictionary, fo:hyphenate).
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from .images import make_photo
from .model import Article, Block, Cell, Figure, Page, Source
from .writer import GUTTER_MM, grid_width_mm

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)


def _pstyle(name: str, para: str, text: str, parent: str = "") -> str:
    par = f' style:parent-style-name="{parent}"' if parent else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph"{par}>'
        f"<style:paragraph-properties {para}/><style:text-properties {text}/></style:style>"
    )


def _styles(src: Source) -> str:
    pt = src.layout.body_pt
    serif = 'style:font-name="Liberation Serif"'
    sans = 'style:font-name="Liberation Sans Narrow"'
    hyph = 'fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="3" fo:language="en" fo:country="US"'
    return "".join(
        [
            _pstyle(
                "Body",
                'fo:text-align="justify" fo:text-indent="3.5mm" fo:margin-top="0mm" fo:margin-bottom="0mm" fo:line-height="118%"',
                f'{serif} fo:font-size="{pt}pt" {hyph}',
            ),
            _pstyle("BodyFirst", 'fo:text-indent="0mm"', "", "Body"),
            _pstyle(
                "Mast",
                'fo:text-align="center" fo:margin-bottom="0mm"',
                f'{serif} fo:font-size="46pt" fo:font-weight="bold"',
            ),
            _pstyle(
                "Tag",
                'fo:text-align="center" fo:margin-bottom="1mm" fo:border-bottom="0.6mm solid #000000" fo:padding-bottom="1mm"',
                f'{serif} fo:font-size="9pt" fo:font-style="italic"',
            ),
            _pstyle(
                "Info",
                'fo:margin-bottom="2mm" fo:border-bottom="0.3mm solid #000000" fo:padding-bottom="0.6mm"',
                f'{sans} fo:font-size="9pt" fo:font-weight="bold"',
            ),
            _pstyle(
                "RunHead",
                'fo:margin-bottom="3mm" fo:border-bottom="0.3mm solid #000000" fo:padding-bottom="0.6mm"',
                f'{sans} fo:font-size="9pt" fo:font-weight="bold"',
            ),
            _pstyle(
                "Kicker",
                'fo:margin-top="1mm" fo:margin-bottom="0.5mm"',
                f'{sans} fo:font-size="8pt" fo:font-weight="bold" fo:color="#a01020"',
            ),
            _pstyle(
                "Head",
                'fo:margin-bottom="1.2mm" fo:line-height="104%"',
                f'{sans} fo:font-weight="bold"',
            ),
            _pstyle(
                "JumpHead",
                'fo:margin-bottom="0.5mm"',
                f'{sans} fo:font-size="14pt" fo:font-weight="bold"',
            ),
            _pstyle(
                "Deck",
                'fo:margin-bottom="1mm"',
                f'{serif} fo:font-style="italic" fo:font-size="{pt + 2.5}pt"',
            ),
            _pstyle(
                "Byline",
                'fo:margin-bottom="1.2mm"',
                f'{sans} fo:font-size="7.5pt" fo:font-weight="bold"',
            ),
            _pstyle(
                "JumpIn",
                'fo:margin-bottom="1mm"',
                f'{sans} fo:font-size="7.5pt" fo:font-style="italic"',
            ),
            _pstyle(
                "JumpOut",
                'fo:text-align="end" fo:margin-top="1mm"',
                f'{sans} fo:font-size="8pt" fo:font-style="italic"',
            ),
            _pstyle(
                "Sub",
                'fo:margin-top="1.5mm" fo:margin-bottom="0.4mm" fo:keep-with-next="always"',
                f'{sans} fo:font-size="{pt + 0.5}pt" fo:font-weight="bold"',
            ),
            _pstyle(
                "Quote",
                'fo:text-align="center" fo:margin-top="2mm" fo:margin-bottom="2mm" fo:padding="1mm" fo:border-top="0.4mm solid #a01020" fo:border-bottom="0.4mm solid #a01020"',
                f'{serif} fo:font-size="{pt * 1.45:.1f}pt" fo:font-style="italic"',
            ),
            _pstyle("Fig", 'fo:margin-top="1mm" fo:text-align="center"', ""),
            _pstyle("Credit", 'fo:text-align="end"', f'{sans} fo:font-size="5.5pt"'),
            _pstyle("Caption", 'fo:margin-bottom="2mm"', f'{sans} fo:font-size="7.5pt"'),
            _pstyle(
                "Teaser",
                'fo:margin-bottom="0mm"',
                f'{sans} fo:font-size="9.5pt" fo:font-weight="bold"',
            ),
            _pstyle(
                "Rule",
                'fo:margin-top="1.5mm" fo:margin-bottom="1.5mm" fo:border-bottom="0.3mm solid #000000"',
                'fo:font-size="2pt"',
            ),
            '<style:style style:name="Label" style:family="text"><style:text-properties fo:color="#a01020"/></style:style>',
            '<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
            '<style:style style:name="Mark" style:family="text"><style:text-properties fo:color="#a01020" fo:font-size="20pt" fo:font-style="normal" fo:font-weight="bold"/></style:style>',
        ]
    )


class OdtWriter:
    def __init__(self, src: Source, workdir: Path) -> None:
        self.src = src
        self.workdir = workdir
        lay = src.layout
        self.text_width = lay.width_mm - 2 * lay.margin_mm
        self.nimg = 0
        self.nsect = 0
        self.auto: list[str] = []  # automatic styles collected while writing
        self.heads: set[float] = set()

    def grid(self, w: int) -> float:
        return grid_width_mm(self.src.layout, w)

    def head_style(self, size: float) -> str:
        name = f"Head{int(size * 10)}"
        if size not in self.heads:
            self.heads.add(size)
            self.auto.append(_pstyle(name, "", f'fo:font-size="{size:.1f}pt"', "Head"))
        return name

    def figure(self, fig: Figure, width_mm: float) -> str:
        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, fig.kind, fig.aspect)
        data = base64.b64encode(img.read_bytes()).decode("ascii")
        h = width_mm * max(120, int(480 * fig.aspect)) / 480
        out = [
            f'<text:p text:style-name="Fig"><draw:frame draw:name="img{self.nimg}" text:anchor-type="as-char" '
            f'svg:width="{width_mm:.1f}mm" svg:height="{h:.1f}mm"><draw:image><office:binary-data>{data}'
            "</office:binary-data></draw:image></draw:frame></text:p>"
        ]
        cap = escape(fig.caption)
        if fig.credit and fig.credit_style == "line":
            out.append(f'<text:p text:style-name="Credit">{escape(fig.credit)}</text:p>')
        if fig.credit and fig.credit_style == "paren":
            cap += f" (PHOTO: {escape(fig.credit)})"
        if fig.credit and fig.credit_style == "prefix":
            cap += f"<text:line-break/>Photo: {escape(fig.credit)}"
        out.append(f'<text:p text:style-name="Caption">{cap}</text:p>')
        return "".join(out)

    def block(self, art: Article, b: Block, first: bool, width_mm: float) -> str:
        if b.kind == "subhead":
            return f'<text:p text:style-name="Sub">{escape(b.text)}</text:p>'
        if b.kind == "quote":
            # The big red quote mark is decoration, not part of the quoted words.
            return f'<text:p text:style-name="Quote"><text:span text:style-name="Mark">“</text:span><text:line-break/>{escape(b.text)}</text:p>'
        if b.kind == "figure":
            assert b.figure is not None
            return self.figure(b.figure, width_mm)
        text = escape(b.text)
        if first and art.dateline:
            text = f'<text:span text:style-name="Bold">{escape(art.dateline)}</text:span> {text}'
        style = "BodyFirst" if first or b.cont else "Body"
        return f'<text:p text:style-name="{style}">{text}</text:p>'

    def story(self, cell: Cell, width_mm: float) -> tuple[str, str]:
        """(head, body) XML of one cell's article part."""
        assert cell.article is not None
        art = self.src.articles[cell.article]
        part = art.parts[cell.part]
        head = []
        if cell.part == 0:
            size = (
                13.0 if art.box else min(30.0, 11.0 + 19.0 * cell.width / self.src.layout.columns)
            )
            if art.kicker:
                head.append(f'<text:p text:style-name="Kicker">{escape(art.kicker)}</text:p>')
            head.append(
                f'<text:p text:style-name="{self.head_style(size)}">{escape(art.headline)}</text:p>'
            )
            if art.deck:
                head.append(f'<text:p text:style-name="Deck">{escape(art.deck)}</text:p>')
            if art.byline:
                head.append(f'<text:p text:style-name="Byline">{escape(art.byline)}</text:p>')
        else:
            if part.jump_head:
                head.append(f'<text:p text:style-name="JumpHead">{escape(part.jump_head)}</text:p>')
            if part.jump_in:
                head.append(f'<text:p text:style-name="JumpIn">{escape(part.jump_in)}</text:p>')
        col_w = (width_mm - (cell.cols - 1) * GUTTER_MM) / cell.cols
        body = []
        first = cell.part == 0
        for b in part.blocks:
            if b.figure is not None and b.figure.span:
                head.append(self.figure(b.figure, width_mm))
                continue
            body.append(self.block(art, b, first and b.kind == "p", col_w))
            first = first and b.kind != "p"
        if part.jump_out:
            body.append(f'<text:p text:style-name="JumpOut">{escape(part.jump_out)}</text:p>')
        return "".join(head), "".join(body)

    def section(self, cols: int, body: str) -> str:
        if cols <= 1:
            return body
        self.nsect += 1
        name = f"Sect{self.nsect}"
        self.auto.append(
            f'<style:style style:name="{name}" style:family="section"><style:section-properties>'
            f'<style:columns fo:column-count="{cols}" fo:column-gap="{GUTTER_MM}mm">'
            '<style:column-sep style:width="0.2mm" style:color="#888888" style:height="100%"/>'
            "</style:columns></style:section-properties></style:style>"
        )
        return f'<text:section text:style-name="{name}" text:name="{name}">{body}</text:section>'

    def leaf(self, cell: Cell, width_mm: float) -> str:
        head, body = self.story(cell, width_mm)
        return head + self.section(cell.cols, body)

    def table_row(self, row: list[Cell], n: int) -> str:
        name = f"T{n}"
        self.auto.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties '
            f'style:width="{self.text_width}mm" table:align="margins"/></style:style>'
        )
        cols, cells = [], []
        for i, cell in enumerate(row):
            w = self.grid(cell.width) + (GUTTER_MM if 0 < i < len(row) - 1 else GUTTER_MM / 2)
            self.auto.append(
                f'<style:style style:name="{name}c{i}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w:.2f}mm"/></style:style>'
            )
            rule = 'fo:border-left="0.2mm solid #888888"' if i else 'fo:border-left="none"'
            self.auto.append(
                f'<style:style style:name="{name}x{i}" style:family="table-cell"><style:table-cell-properties '
                f'fo:padding-left="{0 if i == 0 else GUTTER_MM / 2}mm" fo:padding-right="{0 if i == len(row) - 1 else GUTTER_MM / 2}mm" '
                f'fo:padding-top="0mm" fo:padding-bottom="0mm" {rule} fo:border-right="none" fo:border-top="none" fo:border-bottom="none" '
                'style:vertical-align="top"/></style:style>'
            )
            cols.append(f'<table:table-column table:style-name="{name}c{i}"/>')
            width = self.grid(cell.width)
            leaves = cell.stack or [cell]
            inner = '<text:p text:style-name="Rule"/>'.join(self.leaf(c, width) for c in leaves)
            cells.append(
                f'<table:table-cell table:style-name="{name}x{i}" office:value-type="string">{inner}</table:table-cell>'
            )
        return f'<table:table table:name="{name}" table:style-name="{name}">{"".join(cols)}<table:table-row>{"".join(cells)}</table:table-row></table:table>'

    def masthead(self, page: Page) -> str:
        m = self.src.meta
        out = [f'<text:p text:style-name="Mast">{escape(m.publication)}</text:p>']
        out.append(f'<text:p text:style-name="Tag">{escape(m.tagline or "")}</text:p>')
        line = [m.volume_line, m.date_text] + [x for x in (m.edition, m.price) if x]
        out.append(
            f'<text:p text:style-name="Info">{"<text:tab/>".join(escape(x) for x in line)}</text:p>'
        )
        for t in page.teasers:
            label = f'<text:span text:style-name="Label">{escape(t.label)}</text:span>'
            out.append(f'<text:p text:style-name="Teaser">{label} {escape(t.text)}</text:p>')
        if page.teasers:
            out.append('<text:p text:style-name="Rule"/>')
        return "".join(out)

    def running_head(self, page: Page) -> str:
        m = self.src.meta
        items = [str(page.number), page.section or "", m.date_text, m.publication]
        if page.number % 2:
            items.reverse()
        # The first paragraph of an inner page carries the page break.
        return f'<text:p text:style-name="RunHeadBreak">{"<text:tab/>".join(escape(x) for x in items)}</text:p>'

    def page(self, page: Page) -> str:
        out = [self.masthead(page) if page.number == 1 else self.running_head(page)]
        for i, row in enumerate(page.rows):
            if i:
                out.append('<text:p text:style-name="Rule"/>')
            if len(row) == 1 and not row[0].stack:
                out.append(self.leaf(row[0], self.text_width))
            else:
                out.append(self.table_row(row, page.number * 10 + i))
        return "".join(out)

    def document(self) -> str:
        lay = self.src.layout
        body = "".join(self.page(p) for p in self.src.pages)
        tabs = "".join(
            f'<style:tab-stop style:position="{self.text_width * k / 3:.1f}mm" style:type="{t}"/>'
            for k, t in ((1, "center"), (2, "center"), (3, "right"))
        )
        self.auto.append(
            _pstyle("RunHeadBreak", 'fo:break-before="page"', "", "RunHead").replace(
                'fo:break-before="page"/>',
                f'fo:break-before="page"><style:tab-stops>{tabs}</style:tab-stops></style:paragraph-properties>',
            )
        )
        self.auto.append(
            f'<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{lay.width_mm}mm" '
            f'fo:page-height="{lay.height_mm}mm" fo:margin-top="{lay.margin_mm}mm" fo:margin-bottom="{lay.margin_mm}mm" '
            f'fo:margin-left="{lay.margin_mm}mm" fo:margin-right="{lay.margin_mm}mm"/></style:page-layout>'
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'"/>'
            '<style:font-face style:name="Liberation Sans Narrow" svg:font-family="\'Liberation Sans Narrow\'"/></office:font-face-decls>'
            f"<office:styles>{_styles(self.src)}</office:styles>"
            f"<office:automatic-styles>{''.join(self.auto)}</office:automatic-styles>"
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
            f"<office:body><office:text>{body}</office:text></office:body></office:document>"
        )


def render(src: Source, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="corpus-odt-") as tmp:
        work = Path(tmp)
        doc = work / "issue.fodt"
        doc.write_text(OdtWriter(src, work).document(), encoding="utf-8")
        cmd = [
            "soffice",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(doc),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        shutil.copy(work / "issue.pdf", out_pdf)
