"""Render a drawn issue with Typst (the ``typst`` Python package bundles the compiler).

Rows are Typst grids; a story's text runs in ``columns`` inside a block whose height Typst
measures from the text itself (its one-column height divided by the column count, plus a few
lines), so columns come out nearly balanced. Every printed string goes in as a Typst string
literal, so no markup character in the text can change the layout. Typst sets no drop caps or
text wrap here: those are drawn by the HTML engines.
"""

from __future__ import annotations

from pathlib import Path

from ..engines import typst_pdf
from ..images import make_photo
from .draw import GUTTER_MM, Cell, Figure, Issue, Item, Page, Story
from .lang import WORDS


def lit(text: str) -> str:
    """A Typst string literal (code mode)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def t(text: str) -> str:
    """Text placed in markup as a string, so nothing in it is read as markup."""
    return f"#{lit(text)}"


PRELUDE = """
#let flow(n, w, body) = context {
  if n == 1 { block(width: w, body) } else {
    let colw = (w - (n - 1) * GUTTER) / n
    let h = measure(block(width: colw, body)).height
    block(width: w, height: h / n + 3.2em, columns(n, gutter: GUTTER, body))
  }
}
"""


class TypstWriter:
    def __init__(self, issue: Issue, workdir: Path) -> None:
        self.issue = issue
        self.typo = issue.typo
        self.workdir = workdir
        self.nimg = 0
        self.text_mm = issue.width_mm - 2 * issue.margin_mm
        self.col_mm = (self.text_mm - (issue.columns - 1) * GUTTER_MM) / issue.columns

    def width(self, span: int) -> float:
        return span * self.col_mm + (span - 1) * GUTTER_MM

    def figure(self, fig: Figure, width_mm: float) -> str:
        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, "landscape", fig.aspect)
        h = min(width_mm * fig.aspect, fig.max_h_mm)
        pic = f'image("{img.name}", width: 100%, height: {h:.1f}mm, fit: "cover")'
        credit = fig.printed_credit or ""
        cap_font = lit(self.typo.caption_font)
        cap_size = max(6.5, self.typo.body_pt * 0.82)
        if fig.credit_form == "turned":
            pic = (
                f"grid(columns: (1fr, auto), column-gutter: 0.8mm, {pic}, "
                f'rotate(-90deg, reflow: true, text(size: 5.5pt, font: "DejaVu Sans", '
                f"{lit(credit)})))"
            )
        out = [f"#block(width: 100%, breakable: false)[#{pic}"]
        if fig.credit_form in ("caps", "line"):
            out.append(
                f"#v(0.4mm, weak: true)#align(right, text(size: 6pt, font: {cap_font}, "
                f"{lit(credit)}))"
            )
        cap = lit(fig.caption)
        if fig.credit_form in ("prefix", "paren"):
            cap = f'{cap} + " " + {lit(credit)}'
        out.append(
            f"#v(0.6mm, weak: true)#par(justify: false, text(size: {cap_size:.1f}pt, "
            f"font: {cap_font}, {cap}))]\n"
        )
        return "".join(out)

    def head(self, s: Story, width_mm: float) -> str:
        ty = self.typo
        size = ty.body_pt * s.scale
        small = s.kind in ("brief", "briefs", "rail", "box", "photo")
        font = lit("Nimbus Sans") if small else lit(ty.head_font)
        weight = (
            '"bold"' if small else lit(ty.head_weight if ty.head_weight != "normal" else "regular")
        )
        style = '"italic"' if ty.head_italic and not small else '"normal"'
        out = []
        kick = ""
        if s.kicker:
            k = (
                f'text(font: "Nimbus Sans", weight: "bold", fill: rgb("#8a1020"), '
                f"tracking: {ty.kicker_tracking}em, size: {ty.body_pt * 0.9:.1f}pt, "
                f"{lit(s.kicker)})"
            )
            if ty.kicker_pos == "above":
                out.append(f"#{k}\n#v(0.5mm, weak: true)\n")
            elif ty.kicker_pos == "bar":
                kick = f'#{k} #text(size: {ty.body_pt * 0.9:.1f}pt, "|") '
            elif ty.kicker_pos == "tag":
                kick = (
                    f'#box(fill: rgb("#14507a"), inset: (x: 1mm, y: 0.6mm), text(fill: white, '
                    f'font: "Nimbus Sans", weight: "bold", size: {ty.body_pt * 0.9:.1f}pt, '
                    f"tracking: {ty.kicker_tracking}em, {lit(s.kicker)})) "
                )
        out.append(
            # Line boxes from ascender to descender: with Typst's default edges (cap height to
            # baseline) a tight head's lines, and its last line and the deck, overlap.
            f"#par(justify: false, leading: 0.25em)[{kick}#text(size: {size:.1f}pt, font: {font}, "
            f'weight: {weight}, style: {style}, hyphenate: false, top-edge: "ascender", '
            f'bottom-edge: "descender", {lit(s.headline)})]\n'
        )
        if s.kicker and ty.kicker_pos == "below":
            out.append(
                f'#text(font: "Nimbus Sans", weight: "bold", fill: rgb("#8a1020"), '
                f"size: {ty.body_pt * 0.9:.1f}pt, {lit(s.kicker)})\n"
            )
        deck = {
            "italic": f'font: {lit(ty.body_font)}, style: "italic"',
            "light": f'font: {lit(ty.head_font)}, weight: "light", fill: luma(80)',
            "bold-sans": 'font: "Nimbus Sans", weight: "bold"',
        }[ty.deck_style]
        for i, d in enumerate(s.decks):
            dsize = max(ty.body_pt * 1.15, size * (0.45 if i == 0 else 0.35))
            out.append(
                f"#v(0.8mm, weak: true)#par(justify: false, text(size: {dsize:.1f}pt, {deck}, "
                f'top-edge: "ascender", bottom-edge: "descender", {lit(d)}))\n'
            )
        if s.byline_lines:
            lines = " + linebreak() + ".join(lit(x) for x in s.byline_lines)
            out.append(
                f'#v(0.8mm, weak: true)#par(justify: false, text(font: "Nimbus Sans", '
                f'weight: "bold", size: {ty.body_pt * 0.85:.1f}pt, {lines}))\n'
            )
        return "#v(1mm, weak: true)\n".join(out) + "#v(1.2mm, weak: true)\n"

    def story(self, s: Story, part_no: int, cols: int, width_mm: float) -> str:
        ty = self.typo
        part = s.parts[part_no]
        out = []
        if part_no == 0:
            out.append(self.head(s, width_mm))
        else:
            if part.jump_head:
                out.append(
                    f'#text(font: {lit(ty.head_font)}, weight: "bold", size: '
                    f"{ty.body_pt * 1.8:.1f}pt, {lit(part.jump_head)})\n"
                )
            if part.jump_in:
                out.append(
                    f'#v(0.6mm, weak: true)#text(font: "Nimbus Sans", style: "italic", '
                    f"size: {ty.body_pt * 0.85:.1f}pt, {lit(part.jump_in)})\n"
                )
        body = []
        first = part_no == 0
        for b in part.blocks:
            if b.kind == "figure" and b.figure:
                out.append(self.figure(b.figure, width_mm))
            elif b.kind == "p":
                text = b.text
                if first and s.dateline:
                    body.append(f"#strong({lit(s.dateline)}) {t(text)}\n\n")
                elif s.run_in:
                    lead, _, rest = text.partition(". ")
                    body.append(f"#strong({lit(lead + '.')}) {t(rest)}\n\n")
                elif first and s.kind == "story" and ty.drop_caps and len(text) > 2:
                    # A raised initial in another face (Typst has no drop caps of its own).
                    body.append(
                        f'#text(font: {lit(ty.drop_font)}, size: 2.2em, weight: "bold", '
                        f"{lit(text[0])}){t(text[1:])}\n\n"
                    )
                else:
                    indent = "" if first or b.cont else "#h(1em)"
                    body.append(f"{indent}{t(text)}\n\n")
                first = False
            elif b.kind == "subhead":
                body.append(
                    f'#block(above: 1.2em, below: 0.5em, sticky: true, text(font: "Nimbus Sans", '
                    f'weight: "bold", size: {ty.body_pt * 1.05:.1f}pt, {lit(b.text)}))\n'
                )
            elif b.kind == "quote":
                body.append(
                    f"#block(breakable: false, stroke: (top: 1pt, bottom: 1pt), inset: (y: 1mm), "
                    f"above: 1.2em, below: 1.2em, par(justify: false, text(font: "
                    f'{lit(ty.head_font)}, style: "italic", size: {ty.body_pt * 1.6:.1f}pt, '
                    f"{lit(b.text)})))\n"
                )
        small = (
            f'#align(right, text(font: "Nimbus Sans", style: "italic", '
            f"size: {ty.body_pt * 0.85:.1f}pt, "
        )
        if part.jump_out:
            body.append(f"{small}{lit(part.jump_out)}))\n")
        last = part_no == len(s.parts) - 1
        if s.external_jump and last:
            body.append(f"{small}{lit(s.external_jump)}))\n")
        if s.end_byline and last:
            body.append(f"#align(right, emph({lit(s.end_byline)}))\n")
        out.append(f"#flow({cols}, {width_mm:.2f}mm)[\n{''.join(body)}]\n")
        inner = "".join(out)
        if s.kind == "box":
            return f"#block(fill: luma(235), inset: 1.5mm, width: 100%)[\n{inner}]\n"
        if s.kind == "brief":
            return f"#line(length: 100%, stroke: 0.6pt)\n#v(1mm, weak: true)\n{inner}"
        return inner

    def item(self, item: Item, cols: int, width_mm: float) -> str:
        if item.kind == "story" and item.story:
            return self.story(self.issue.stories[item.story], item.part, cols, width_mm)
        if item.kind == "ad":
            big, *rest = item.lines
            lines = " + linebreak() + ".join(lit(x) for x in rest)
            return (
                f'#block(stroke: 1.5pt, inset: 2mm, width: 100%, align(center, text(font: "URW '
                f'Gothic")[#text(size: 22pt, weight: "bold", {lit(big)}) \\ #text({lines})]))\n'
            )
        if item.kind == "index":
            rows = ", ".join(f"{lit(x.text)}, {lit(x.label)}" for x in item.teasers)
            head = lit(WORDS[self.issue.lang].inside)
            return (
                f'#block(stroke: 0.5pt, inset: 1mm, width: 100%, text(font: "Nimbus Sans", '
                f"size: 8pt)[#strong({head})\n#grid(columns: (1fr, auto), {rows})])\n"
            )
        return ""

    def cell(self, cell: Cell) -> str:
        w = self.width(cell.span)
        inner = "#v(2mm, weak: true)\n".join(self.item(i, cell.cols, w) for i in cell.items)
        return f"[\n{inner}]"

    def masthead(self, page: Page) -> str:
        m = self.issue.meta
        size = min(64.0, 0.9 * self.text_mm / (len(m.publication) * 0.19))
        out = [
            f'#align(center, text(font: {lit(self.typo.head_font)}, weight: "bold", '
            f"size: {size:.0f}pt, {lit(m.publication)}))\n"
        ]
        if page.ear:
            ear = " + linebreak() + ".join(lit(x) for x in page.ear)
            out.insert(
                0,
                f'#place(top + right, block(stroke: 0.5pt, inset: 1mm, text(font: "DejaVu Sans", '
                f"size: 7pt, {ear})))\n",
            )
        if m.tagline:
            out.append(f'#align(center, text(style: "italic", size: 9pt, {lit(m.tagline)}))\n')
        out.append(
            f'#line(length: 100%, stroke: 1.2pt)#v(-1.5mm)#text(font: "Nimbus Sans", size: 7.5pt)'
            f"[{t(m.volume_line)} #h(1fr) {t(m.date_text)} #h(1fr) {t(m.price)}]"
            f"#v(-1.5mm)#line(length: 100%, stroke: 0.5pt)\n"
        )
        if page.strip:
            entries = " #h(0.6em)·#h(0.6em) ".join(
                f"#strong({lit(x.text)}) {t(x.label)}" for x in page.strip
            )
            head = lit(WORDS[self.issue.lang].inside)
            out.append(
                f'#text(font: "Nimbus Sans", size: 8pt)[#box(fill: black, inset: (x: 1mm), '
                f'text(fill: white, weight: "bold", {head})) {entries}]\n'
                "#line(length: 100%, stroke: 0.5pt)\n"
            )
        return "".join(out) + "#v(2mm)\n"

    def running_head(self, page: Page) -> str:
        m = self.issue.meta
        return (
            f'#text(font: "Nimbus Sans", size: 7.5pt)[{t(page.label)} #h(1fr) '
            f"{t(page.section.upper())} #h(1fr) {t(m.publication + ' · ' + m.date_text)}]\n"
            "#v(-1.5mm)#line(length: 100%, stroke: 1pt)\n#v(2mm)\n"
        )

    def rows(self, page: Page, main_mm: float) -> str:
        out = []
        ruled = self.typo.gutter_rules
        stroke = ", stroke: (x, y) => if x > 0 { (left: 0.4pt + gray) }" if ruled else ""
        for n, row in enumerate(page.rows):
            widths = ", ".join(f"{self.width(c.span):.2f}mm" for c in row)
            cells = ", ".join(self.cell(c) for c in row)
            inset = ", inset: (x, y) => if x > 0 { (left: 1.5mm) } else { (:) }" if ruled else ""
            out.append(
                f"#grid(columns: ({widths},), column-gutter: {GUTTER_MM}mm{stroke}{inset}, "
                f"{cells})\n"
            )
            if n < len(page.rows) - 1:
                out.append("#v(1.5mm)#line(length: 100%, stroke: 0.6pt)#v(2mm)\n")
        del main_mm
        return "".join(out)

    def page(self, page: Page) -> str:
        out = [self.masthead(page) if page.number == 1 else self.running_head(page)]
        if page.rail:
            main_mm = self.text_mm - self.col_mm - GUTTER_MM
            rail = "#v(2mm, weak: true)\n".join(
                self.item(i, 1, self.col_mm) for i in page.rail.items
            )
            cols = [f"[\n{rail}]", f"[\n{self.rows(page, main_mm)}]"]
            widths = [f"{self.col_mm:.2f}mm", f"{main_mm:.2f}mm"]
            if not page.rail_left:
                cols.reverse()
                widths.reverse()
            out.append(
                f"#grid(columns: ({', '.join(widths)}), column-gutter: {GUTTER_MM}mm, "
                f"{', '.join(cols)})\n"
            )
        else:
            out.append(self.rows(page, self.text_mm))
        return "".join(out)

    def document(self) -> str:
        i, ty = self.issue, self.typo
        setup = (
            f"#set page(width: {i.width_mm}mm, height: {i.height_mm}mm, margin: {i.margin_mm}mm)\n"
            f'#set text(font: ({lit(ty.body_font)}, "Libertinus Serif"), size: {ty.body_pt}pt, '
            f"lang: {lit(i.lang)}, hyphenate: {'true' if ty.justify else 'false'})\n"
            f"#set par(justify: {'true' if ty.justify else 'false'}, "
            f"leading: {max(0.1, ty.leading - 1.0 + 0.35):.2f}em, spacing: 0.65em)\n"
            + PRELUDE.replace("GUTTER", f"{GUTTER_MM}mm")
        )
        pages = "#pagebreak()\n".join(self.page(p) for p in i.pages)
        return setup + pages


def render(issue: Issue, out_pdf: Path) -> None:
    typst_pdf(lambda work: TypstWriter(issue, work).document(), out_pdf, prefix="blind-typst-")
