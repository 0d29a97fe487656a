"""Render a drawn issue as HTML/CSS pages, printed by WeasyPrint or headless Chromium.

Rows of cells are flex boxes; the text of a cell runs in CSS columns (balanced). Chromium here
has no hyphenation dictionaries, so justified Chromium text gets soft hyphens from pyphen (as the
committed corpus's Chromium issues do); WeasyPrint hyphenates itself (``hyphens: auto``).
"""

from __future__ import annotations

import html
from pathlib import Path

from ..engines import html_pdf
from ..images import make_photo
from .draw import Cell, Figure, Issue, Item, Page, Story, Typography
from .lang import WORDS, Words

GUTTER_MM = 4.0
PT_MM = 0.3528


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class HtmlWriter:
    def __init__(self, issue: Issue, workdir: Path) -> None:
        self.issue = issue
        self.typo: Typography = issue.typo
        self.workdir = workdir
        self.nimg = 0
        self.text_mm = issue.width_mm - 2 * issue.margin_mm
        self.col_mm = (self.text_mm - (issue.columns - 1) * GUTTER_MM) / issue.columns
        self.hyphenate = None
        if issue.engine == "chromium" and self.typo.justify:
            import pyphen  # the tools venv has it (tools/corpus/requirements.txt)

            dic = pyphen.Pyphen(
                lang={"en": "en_US", "de": "de_DE", "fr": "fr", "it": "it_IT"}.get(issue.lang, "es")
            )
            self.hyphenate = dic

    # ------------------------------------------------------------ text

    def words(self, text: str) -> str:
        """Escaped text; for Chromium, long words get soft hyphens where they may break."""
        if self.hyphenate is None:
            return esc(text)
        out = []
        for w in text.split(" "):
            out.append(
                self.hyphenate.inserted(w, hyphen="\u00ad") if len(w) >= 7 and w.isalpha() else w
            )
        return esc(" ".join(out))

    def width(self, span: int) -> float:
        return span * self.col_mm + (span - 1) * GUTTER_MM

    # ------------------------------------------------------------ figures

    def figure(self, fig: Figure, wrap: bool) -> str:
        self.nimg += 1
        img = make_photo(self.workdir / f"img{self.nimg}.jpg", fig.seed, "landscape", fig.aspect)
        credit = esc(fig.printed_credit or "")
        cap = esc(fig.caption)
        above = ""
        if fig.credit_form in ("prefix", "paren"):
            cap += f' <span class="crd">{credit}</span>'
        elif fig.credit_form in ("caps", "line"):
            above = f'<div class="credit">{credit}</div>'
        turned = f'<div class="turned">{credit}</div>' if fig.credit_form == "turned" else ""
        cls = "fig wrap" if wrap else "fig"
        return (
            f'<figure class="{cls}"><div class="pic"><img src="{img.name}" '
            f'style="aspect-ratio: 1 / {fig.aspect}; max-height: {fig.max_h_mm}mm">{turned}</div>'
            f"{above}"
            f"<figcaption>{cap}</figcaption></figure>"
        )

    # ------------------------------------------------------------ stories

    def head(self, s: Story) -> str:
        t = self.typo
        size = t.body_pt * s.scale
        kicker = esc(s.kicker) if s.kicker else ""
        pos = t.kicker_pos
        out = []
        if kicker and pos == "above":
            out.append(f'<div class="kicker">{kicker}</div>')
        inline = ""
        if kicker and pos == "bar":
            inline = f'<span class="kbar">{kicker} |</span> '
        elif kicker and pos == "tag":
            inline = f'<span class="ktag">{kicker}</span> '
        cls = "head brief" if s.kind in ("brief", "briefs", "rail", "box", "photo") else "head"
        out.append(
            f'<h2 class="{cls}" style="font-size:{size:.1f}pt">{inline}{esc(s.headline)}</h2>'
        )
        if kicker and pos == "below":
            out.append(f'<div class="kicker">{kicker}</div>')
        for i, deck in enumerate(s.decks):
            dsize = max(t.body_pt * 1.15, size * (0.45 if i == 0 else 0.35))
            out.append(f'<div class="deck" style="font-size:{dsize:.1f}pt">{esc(deck)}</div>')
        if s.byline_lines:
            lines = "<br>".join(esc(x) for x in s.byline_lines)
            out.append(f'<div class="byline">{lines}</div>')
        return "".join(out)

    def paragraph(self, s: Story, text: str, first: bool, cont: bool) -> str:
        t = self.typo
        body = self.words(text)
        cls = []
        if first and s.dateline:
            body = f"<b>{esc(s.dateline)}</b> {body}"
        elif first and s.kind == "story" and t.drop_caps:
            cls.append("drop")
        if first and s.kind == "story" and t.small_caps_lead:
            # Small capitals: the first letter full size, the rest of the lead-in smaller.
            w1, w2, rest = ([*body.split(" ", 2), "", ""])[:3]
            body = f'{w1[0]}<span class="sc">{w1[1:]} {w2}</span> {rest}'
        if s.run_in:
            lead, _, rest = text.partition(". ")
            body = f"<b>{esc(lead)}.</b> {self.words(rest)}"
        if cont:
            cls.append("cont")
        attr = f' class="{" ".join(cls)}"' if cls else ""
        return f"<p{attr}>{body}</p>"

    def story(self, s: Story, part_no: int, cols: int) -> str:
        part = s.parts[part_no]
        out = []
        if part_no == 0:
            out.append(self.head(s))
        else:
            if part.jump_head:
                out.append(f'<h2 class="head jhead">{esc(part.jump_head)}</h2>')
            if part.jump_in:
                out.append(f'<div class="jin">{esc(part.jump_in)}</div>')
        text = []
        first = part_no == 0
        for b in part.blocks:
            if b.kind == "figure" and b.figure:
                # WeasyPrint misplaces floats inside CSS columns: it wraps in one column only.
                wrap = b.figure.wrap and (self.issue.engine == "chromium" or cols == 1)
                html_fig = self.figure(b.figure, wrap)
                if wrap:
                    text.append(html_fig)
                else:
                    out.append(html_fig)
            elif b.kind == "p":
                text.append(self.paragraph(s, b.text, first, b.cont))
                first = False
            elif b.kind == "subhead":
                text.append(f'<h3 class="sub">{esc(b.text)}</h3>')
            elif b.kind == "quote":
                text.append(f'<blockquote class="pull">{esc(b.text)}</blockquote>')
        if part.jump_out:
            text.append(f'<div class="jout">{esc(part.jump_out)}</div>')
        if s.external_jump and part_no == len(s.parts) - 1:
            text.append(f'<div class="jout">{esc(s.external_jump)}</div>')
        if s.end_byline and part_no == len(s.parts) - 1:
            text.append(f'<div class="endby">{esc(s.end_byline)}</div>')
        rule = "column-rule: 0.4pt solid #888;" if self.typo.gutter_rules else ""
        colstyle = f"column-count:{cols}; column-gap:{GUTTER_MM}mm; {rule}" if cols > 1 else ""
        out.append(f'<div class="text" style="{colstyle}">{"".join(text)}</div>')
        cls = "story box" if s.kind == "box" else f"story {s.kind}"
        return f'<article class="{cls}">{"".join(out)}</article>'

    def item(self, item: Item, cols: int) -> str:
        if item.kind == "story" and item.story:
            return self.story(self.issue.stories[item.story], item.part, cols)
        if item.kind == "ad":
            big, *rest = item.lines
            lines = "".join(f"<div>{esc(x)}</div>" for x in rest)
            return f'<div class="ad"><div class="adbig">{esc(big)}</div>{lines}</div>'
        if item.kind == "index":
            label = self.issue_words().inside
            rows = "".join(
                f'<div class="ixrow"><span>{esc(t.text)}</span><span>{esc(t.label)}</span></div>'
                for t in item.teasers
            )
            return f'<div class="index"><div class="ixhead">{esc(label)}</div>{rows}</div>'
        return ""

    def issue_words(self) -> Words:
        return WORDS[self.issue.lang]

    def cell(self, cell: Cell, first: bool) -> str:
        w = self.width(cell.span)
        cls = "cell" if first else ("cell next ruled" if self.typo.gutter_rules else "cell next")
        inner = "".join(self.item(i, cell.cols) for i in cell.items)
        return f'<div class="{cls}" style="width:{w:.2f}mm">{inner}</div>'

    # ------------------------------------------------------------ pages

    def masthead(self, page: Page) -> str:
        m = self.issue.meta
        size = min(64.0, 0.9 * self.text_mm / (len(m.publication) * 0.19))
        ear = ""
        if page.ear:
            ear = f'<div class="ear">{"<br>".join(esc(x) for x in page.ear)}</div>'
        tag = f'<div class="tagline">{esc(m.tagline)}</div>' if m.tagline else ""
        out = [
            f'<div class="mast"><div class="npl" style="font-size:{size:.0f}pt">'
            f"{esc(m.publication)}</div>{ear}</div>{tag}",
            f'<div class="dateline"><span>{esc(m.volume_line)}</span><span>{esc(m.date_text)}'
            f"</span><span>{esc(m.price)}</span></div>",
        ]
        if page.strip:
            entries = " · ".join(f"<b>{esc(t.text)}</b> {esc(t.label)}" for t in page.strip)
            out.append(
                f'<div class="strip"><span class="ixhead">{esc(self.issue_words().inside)}'
                f"</span> {entries}</div>"
            )
        return "".join(out)

    def running_head(self, page: Page) -> str:
        m = self.issue.meta
        return (
            f'<div class="run"><span>{esc(page.label)}</span><span>{esc(page.section.upper())}'
            f"</span><span>{esc(m.publication)} · {esc(m.date_text)}</span></div>"
        )

    def page(self, page: Page) -> str:
        out = [self.masthead(page) if page.number == 1 else self.running_head(page)]
        rows = []
        for row in page.rows:
            cells = "".join(self.cell(c, i == 0) for i, c in enumerate(row))
            rows.append(f'<div class="row">{cells}</div>')
        main_mm = self.text_mm - (self.col_mm + GUTTER_MM if page.rail else 0)
        main = f'<div class="main" style="width:{main_mm:.2f}mm">{"".join(rows)}</div>'
        if page.rail:
            rail = (
                f'<aside class="rail" style="width:{self.col_mm:.2f}mm">'
                f"{''.join(self.item(i, 1) for i in page.rail.items)}</aside>"
            )
            main = rail + main if page.rail_left else main + rail
        out.append(f'<div class="body">{main}</div>')
        # Rows are CSS tables: WeasyPrint lays out flex rows ten times slower, and floats do
        # not split across pages. What does not fit spills onto a new page, which the
        # builder's page count check sees.
        return f'<section class="page">{"".join(out)}</section>'

    def css(self) -> str:
        t, i = self.typo, self.issue
        weight = {"bold": 700, "light": 300, "normal": 400}[t.head_weight]
        deck = {
            "italic": f"font-family:'{t.body_font}'; font-style: italic;",
            "light": f"font-family:'{t.head_font}'; font-weight: 300; color: #555;",
            "bold-sans": "font-family:'Nimbus Sans', 'DejaVu Sans'; font-weight: 700;",
        }[t.deck_style]
        hy = "auto" if i.engine == "weasyprint" else "manual"
        return f"""
@page {{ size: {i.width_mm}mm {i.height_mm}mm; margin: {i.margin_mm}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: '{t.body_font}', serif; font-size: {t.body_pt}pt;
  line-height: {t.leading}; text-align: {"justify" if t.justify else "left"};
  hyphens: {hy}; -webkit-hyphens: {hy}; }}
.page {{ break-after: page; }}
.page:last-child {{ break-after: auto; }}
.mast {{ position: relative; }}
.npl {{ font-family: '{t.head_font}'; font-weight: 700; text-align: center; line-height: 1.1; }}
.ear {{ position: absolute; right: 0; top: 2mm; font-family: 'DejaVu Sans'; font-size: 7pt;
  border: 0.5pt solid #000; padding: 1mm 2mm; text-align: center; }}
.tagline {{ text-align: center; font-style: italic; font-size: 9pt; }}
.dateline, .run {{ display: flow-root; font-family: 'Nimbus Sans',
  'DejaVu Sans'; font-size: 7.5pt; border-top: 1.2pt solid #000;
  border-bottom: 0.5pt solid #000; padding: 0.6mm 0; margin: 1mm 0 2mm 0; }}
.strip {{ font-family: 'Nimbus Sans', 'DejaVu Sans'; font-size: 8pt; border-bottom: 0.5pt solid
  #000; padding-bottom: 1mm; margin-bottom: 2mm; text-align: left; }}
.ixhead {{ font-weight: 700; background: #000; color: #fff; padding: 0 1mm; }}
.body {{ display: table; table-layout: fixed; border-collapse: collapse; }}
.main {{ display: table-cell; vertical-align: top; }}
.rail {{ display: table-cell; vertical-align: top; padding: 0 {GUTTER_MM / 2}mm;
  border-left: 0.4pt solid #999; border-right: 0.4pt solid #999; }}
.row {{ display: table; table-layout: fixed; border-collapse: collapse;
  border-bottom: 0.6pt solid #000; margin-bottom: 2.5mm; }}
.row:last-child {{ border-bottom: none; }}
.cell {{ display: table-cell; vertical-align: top; padding-bottom: 2mm; }}
.cell.next {{ padding-left: {GUTTER_MM}mm; }}
.cell.ruled {{ border-left: 0.4pt solid #888; padding-left: {GUTTER_MM - 0.15:.2f}mm; }}
.story {{ margin-bottom: 3mm; }}
.story.brief {{ border-top: 0.6pt solid #000; padding-top: 1mm; }}
.story.box {{ background: #eee; padding: 1.5mm; }}
.head {{ font-family: '{t.head_font}'; font-weight: {weight};
  font-style: {"italic" if t.head_italic else "normal"}; line-height: 1.05; margin: 0 0 1mm 0;
  text-align: left; hyphens: manual; }}
.head.brief {{ font-family: 'Nimbus Sans', 'DejaVu Sans'; font-weight: 700; font-style: normal; }}
.jhead {{ font-size: {t.body_pt * 1.8:.1f}pt; }}
.kicker {{ font-family: 'Nimbus Sans', 'DejaVu Sans'; font-size: {t.body_pt * 0.9:.1f}pt;
  font-weight: 700; color: #8a1020; letter-spacing: {t.kicker_tracking}em; margin-bottom: 0.5mm; }}
.kbar {{ color: #8a1020; font-size: 0.55em; letter-spacing: {t.kicker_tracking}em; }}
.ktag {{ background: #14507a; color: #fff; font-size: 0.45em; padding: 0 1mm;
  letter-spacing: {t.kicker_tracking}em; vertical-align: middle; font-style: normal; }}
.deck {{ {deck} line-height: 1.15; margin-bottom: 1mm; text-align: left; }}
.byline {{ font-family: 'Nimbus Sans', 'DejaVu Sans'; font-size: {t.body_pt * 0.85:.1f}pt;
  font-weight: 700; margin: 0.5mm 0 1mm 0; text-align: left; }}
.endby {{ font-style: italic; text-align: right; }}
.text p {{ margin: 0; text-indent: 1em; }}
.text p:first-child, .text p.cont {{ text-indent: 0; }}
.story.briefs .text p {{ text-indent: 0; margin-bottom: 1mm; }}
p.drop::first-letter {{ float: left; font-family: '{t.drop_font}'; font-size: 3.1em;
  line-height: 0.85; padding: 0.4mm 1mm 0 0; font-weight: 700; }}
.sc {{ font-size: 0.8em; }}
.sub {{ font-family: 'Nimbus Sans', 'DejaVu Sans'; font-size: {t.body_pt * 1.05:.1f}pt;
  margin: 1.5mm 0 0.5mm 0; break-after: avoid; }}
.pull {{ font-family: '{t.head_font}'; font-size: {t.body_pt * 1.6:.1f}pt; font-style: italic;
  border-top: 1pt solid #000; border-bottom: 1pt solid #000; margin: 2mm 0; padding: 1mm 0;
  text-align: left; break-inside: avoid; }}
.jout, .jin {{ font-family: 'Nimbus Sans', 'DejaVu Sans'; font-style: italic;
  font-size: {t.body_pt * 0.85:.1f}pt; text-align: right; margin-top: 1mm; }}
.jin {{ text-align: left; margin: 0 0 1mm 0; }}
.fig {{ margin: 0 0 2mm 0; break-inside: avoid; }}
.fig.wrap {{ float: right; width: 55%; margin: 1mm 0 1mm 2mm; }}
.pic {{ position: relative; }}
.pic img {{ width: 100%; display: block; object-fit: cover; }}
.turned {{ position: absolute; right: -1mm; bottom: 0; transform-origin: right bottom;
  transform: rotate(-90deg) translate(100%, 0); font-family: 'DejaVu Sans'; font-size: 5.5pt;
  white-space: nowrap; }}
.credit {{ font-family: '{t.caption_font}'; font-size: 6pt; text-align: right;
  margin-top: 0.3mm; }}
figcaption {{ font-family: '{t.caption_font}'; font-size: {max(6.5, t.body_pt * 0.82):.1f}pt;
  line-height: 1.2; text-align: left; margin-top: 0.6mm; }}
.crd {{ font-size: 0.85em; color: #333; }}
.ad {{ border: 1.5pt solid #000; padding: 2mm; text-align: center; font-family: 'URW Gothic',
  'DejaVu Sans'; margin-bottom: 2mm; }}
.adbig {{ font-size: 22pt; font-weight: 700; }}
.index {{ border: 0.5pt solid #000; padding: 1mm; font-family: 'Nimbus Sans', 'DejaVu Sans';
  font-size: 8pt; margin-bottom: 2mm; }}
.ixrow span:last-child, .dateline span:last-child, .run span:last-child {{ float: right; }}
.dateline span:nth-child(2), .run span:nth-child(2) {{ margin-left: 8mm; }}
"""

    def document(self) -> str:
        pages = "".join(self.page(p) for p in self.issue.pages)
        return (
            f'<!DOCTYPE html><html lang="{self.issue.lang}"><head><meta charset="utf-8">'
            f"<style>{self.css()}</style></head><body>{pages}</body></html>"
        )


def render(issue: Issue, out_pdf: Path) -> None:
    html_pdf(
        lambda work: HtmlWriter(issue, work).document(),
        out_pdf,
        chromium=issue.engine == "chromium",
        prefix="blind-html-",
    )
