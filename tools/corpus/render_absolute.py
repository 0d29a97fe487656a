# ruff: noqa: E501  (markup templates read better unbroken)
"""Fourth held-out set: pages as named boxes, printed by Chromium or WeasyPrint.

A page is a grid of named areas (the source's `h4.pages[n].areas`, one string per grid row with
one area name per grid column, and `heights` in mm per grid row), as a layout program would
place its frames. `chromium-absolute` positions every box absolutely and writes the boxes in a
scrambled document order (ads and later stories first), so the PDF's content order is not the
reading order, as in pages exported from layout programs. `weasyprint-areas` places the same
boxes with CSS `grid-template-areas`.

Drawing choices the earlier sets do not have, from the source's `h4` block: the kicker LEFT of
the headline on its line (`CITY | Council ...`), a deck in the headline's size but a light
weight, bylines at the END of the story (`— Reporting by X`), captions ABOVE photos, credits
printed in white inside the photo, folios `Page 2 of 3` with the date only there, ads-only
boxes, results tables (paragraph cells split at two spaces), briefs with a bold first word,
jump lines `More on page 3 ▸` / `◂ From page 1`, and stories running across a spread's gutter.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyphen

from .engines import html_pdf
from .images import make_photo
from .model import Article, Block, Figure, Page, Part, Source

GAP_MM = 4.0
_WORD = re.compile(r"[A-Za-z]{7,}")


@dataclass
class Box:
    """One named frame of a page: an article part, an ad, the teaser strip or the masthead."""

    name: str
    article: str | None = None
    part: int = 0
    cols: int = 1
    ad: dict[str, Any] | None = None
    teasers: bool = False
    mast: bool = False


@dataclass
class PageGeom:
    areas: list[list[str]]
    heights: list[float]
    boxes: dict[str, Box]


@dataclass
class Extras:
    """The `h4` block: renderer-only drawing choices and the page geometry."""

    serif: str
    sans: str
    deck_sans: str
    pages: list[PageGeom]
    tables: set[str] = field(default_factory=set)
    bold_first: set[str] = field(default_factory=set)
    hyphenate: bool = True
    accent: str = "#b0122b"
    # Development set 3: the kicker as a coloured tag with no bar, and `By X` at the top of a
    # story that also has an end byline.
    kicker_style: str = "bar"
    top_bylines: dict[str, str] = field(default_factory=dict)


def load_extras(path: Path) -> Extras:
    raw = json.loads(path.read_text(encoding="utf-8"))
    h4: dict[str, Any] = raw["h4"]
    pages = []
    for pg in h4["pages"]:
        boxes = {}
        for name, b in pg["boxes"].items():
            boxes[name] = Box(
                name=name,
                article=b.get("a"),
                part=int(b.get("part", 0)),
                cols=int(b.get("cols", 1)),
                ad=b.get("ad"),
                teasers=bool(b.get("teasers", False)),
                mast=bool(b.get("mast", False)),
            )
        pages.append(
            PageGeom(
                areas=[row.split() for row in pg["areas"]],
                heights=[float(h) for h in pg["heights"]],
                boxes=boxes,
            )
        )
    return Extras(
        serif=str(h4.get("serif", "TeX Gyre Pagella")),
        sans=str(h4.get("sans", "Lato")),
        deck_sans=str(h4.get("deck_sans", "Lato Light")),
        pages=pages,
        tables=set(h4.get("tables", [])),
        bold_first=set(h4.get("bold_first", [])),
        hyphenate=bool(h4.get("hyphenate", True)),
        accent=str(h4.get("accent", "#b0122b")),
        kicker_style=str(h4.get("kicker_style", "bar")),
        top_bylines={str(k): str(v) for k, v in h4.get("top_bylines", {}).items()},
    )


def _css(src: Source, ex: Extras) -> str:
    lay = src.layout
    serif = f"'{ex.serif}', serif"
    sans = f"'{ex.sans}', sans-serif"
    light = f"'{ex.deck_sans}', '{ex.sans}', sans-serif"
    chromium = src.engine == "chromium-absolute"
    hyph = ("manual" if chromium else "auto") if ex.hyphenate else "none"
    page_h = lay.height_mm - 2 * lay.margin_mm
    # The nameplate fills most of the width on one line: bold serif runs ~0.2 mm per pt per letter.
    mast_pt = min(
        50.0, 0.85 * (lay.width_mm - 2 * lay.margin_mm) / (len(src.meta.publication) * 0.2)
    )
    return f"""
@page {{ size: {lay.width_mm}mm {lay.height_mm}mm; margin: {lay.margin_mm}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {serif}; font-size: {lay.body_pt}pt; line-height: 1.22; color: #161616; }}
.page {{ position: relative; height: {page_h:.2f}mm; break-after: page; }}
.page:last-child {{ break-after: auto; }}
.grid {{ display: grid; column-gap: {GAP_MM}mm; row-gap: 0; }}
.box {{ box-sizing: border-box; padding-bottom: 2mm; }}
.abs {{ position: absolute; overflow: hidden; }}
.ruled {{ border-top: 1.2pt solid #161616; padding-top: 1.6mm; }}
.mast {{ border-top: none; padding-top: 0; text-align: left; }}
.mast .name {{ font-family: {serif}; font-weight: bold; font-size: {mast_pt:.1f}pt; line-height: 1; letter-spacing: -0.01em; }}
.mast .line {{ display: flex; justify-content: space-between; font-family: {sans}; font-size: 9pt;
  border-top: 0.6pt solid #161616; border-bottom: 2.4pt solid #161616; padding: 0.8mm 0; margin-top: 1.2mm; }}
.mast .tag {{ font-style: italic; }}
.runhead {{ display: flex; justify-content: space-between; align-items: baseline; font-family: {sans}; font-size: 9pt;
  border-bottom: 2pt solid #161616; padding-bottom: 0.8mm; }}
.runhead .sec {{ font-weight: bold; font-size: 14pt; color: {ex.accent}; }}
.folio {{ position: absolute; left: 0; right: 0; bottom: 0; display: flex; justify-content: space-between;
  font-family: {sans}; font-size: 7.5pt; border-top: 0.5pt solid #161616; padding-top: 0.6mm; }}
.strip {{ font-family: {sans}; font-size: 9pt; display: flex; gap: 6mm; align-items: baseline; border-bottom: 0.6pt solid #161616; padding: 0.6mm 0 1mm 0; }}
.strip .lead {{ font-weight: 900; color: {ex.accent}; }}
.strip .t b {{ font-weight: bold; }}
.strip .t span {{ color: {ex.accent}; }}
h1, h2 {{ font-family: {sans}; font-weight: bold; line-height: 1.04; margin: 0; letter-spacing: -0.005em; }}
h1 .kick {{ color: {ex.accent}; font-weight: 900; }}
h1 .tag {{ background: {ex.accent}; color: #fff; font-weight: bold; font-size: 9pt; padding: 0.6mm 1.6mm; border-radius: 0.8mm; margin-right: 2mm; vertical-align: 0.25em; }}
.topline {{ font-family: {sans}; font-size: 8pt; font-weight: bold; margin: 0 0 1.2mm 0; }}
.ad.classified {{ display: block; text-align: left; padding: 2mm 2.4mm; border-width: 0.8pt; }}
.ad.classified .head {{ font-size: 13pt; text-align: center; border-bottom: 0.6pt solid #161616; padding-bottom: 1mm; }}
.ad.classified .line {{ font-size: 7.4pt; line-height: 1.2; margin-bottom: 0.9mm; }}
h1 .sep {{ color: #9a9a9a; font-weight: 300; }}
.deck {{ font-family: {light}; font-weight: 300; color: #555; line-height: 1.04; margin: 0.3mm 0 1.6mm 0; }}
h1 + .cols, h1 + figure {{ margin-top: 1.6mm; }}
h2.jumphead {{ font-size: 15pt; margin-bottom: 0.4mm; }}
.jumpin {{ font-family: {sans}; font-size: 7.5pt; font-weight: bold; color: {ex.accent}; margin-bottom: 0.8mm; }}
.jumpout {{ font-family: {sans}; font-size: 7.5pt; font-weight: bold; color: {ex.accent}; text-align: right; margin-top: 0.6mm; }}
.endline {{ font-family: {sans}; font-size: 7.5pt; font-style: italic; margin-top: 0.8mm; text-align: left; }}
.cols {{ column-gap: {GAP_MM}mm; column-fill: balance; }}
.cols p {{ margin: 0; text-indent: 1em; text-align: justify; hyphens: {hyph}; -webkit-hyphens: {hyph}; orphans: 2; widows: 2; }}
.cols p.first, .cols p.cont {{ text-indent: 0; }}
.cols p.brief {{ text-indent: 0; margin-bottom: 1mm; }}
.cols p.brief b {{ font-family: {sans}; font-weight: 900; font-size: 0.92em; }}
.cols h3 {{ font-family: {sans}; font-size: 1em; font-weight: bold; margin: 1.2mm 0 0.3mm 0; break-after: avoid; }}
.pq {{ font-family: {light}; font-size: 15pt; line-height: 1.1; color: #333; border-top: 2pt solid {ex.accent}; border-bottom: 0.5pt solid #161616;
  margin: 1.6mm 0; padding: 1mm 0; break-inside: avoid; }}
figure {{ margin: 0 0 1.6mm 0; break-inside: avoid; }}
figcaption {{ font-family: {sans}; font-size: 7.6pt; line-height: 1.18; margin-bottom: 0.8mm; }}
.pic {{ position: relative; }}
.pic img {{ display: block; width: 100%; }}
.pic .credit {{ position: absolute; right: 1.2mm; bottom: 0.8mm; color: #fff; font-family: {sans}; font-size: 6pt; letter-spacing: 0.03em; }}
.boxed {{ background: #efece4; padding: 2mm 2.4mm; border: none; }}
.boxed h1 {{ font-size: 13pt; }}
table.res {{ width: 100%; border-collapse: collapse; font-family: {sans}; font-size: 8.2pt; }}
table.res td {{ padding: 0.35mm 0.8mm; border-bottom: 0.3pt solid #bbb; }}
table.res th {{ text-align: left; font-weight: 900; color: {ex.accent}; padding: 1.4mm 0.8mm 0.3mm 0.8mm; border-bottom: 0.8pt solid #161616; }}
table.res td.n {{ text-align: right; font-weight: bold; width: 8mm; }}
.ad {{ height: 100%; box-sizing: border-box; display: flex; flex-direction: column; justify-content: center; align-items: center;
  text-align: center; font-family: {sans}; border: 1.4pt solid #161616; padding: 4mm; }}
.ad.dark {{ background: #1d2a3a; color: #fff; border: none; }}
.ad.tint {{ background: #f3e3c7; }}
.ad .head {{ font-weight: 900; font-size: 24pt; line-height: 1.02; margin-bottom: 2mm; }}
.ad .line {{ font-size: 10pt; line-height: 1.25; }}
.ad .small {{ font-size: 7pt; margin-top: 2mm; }}
"""


def _ad_line(line: str) -> str:
    """A small ad's leading capitals (`FOR SALE`) are set bold (`classified` ad boxes only)."""
    m = re.match(r"((?:[A-Z]{2,} )+)(.*)", line)
    if not m:
        return html.escape(line)
    return f"<b>{html.escape(m.group(1).strip())}</b> {html.escape(m.group(2))}"


class Writer:
    def __init__(self, src: Source, ex: Extras, work: Path) -> None:
        self.src = src
        self.ex = ex
        self.work = work
        self.dic = pyphen.Pyphen(lang="en_US")
        self.col_mm = (
            src.layout.width_mm - 2 * src.layout.margin_mm - (src.layout.columns - 1) * GAP_MM
        ) / src.layout.columns

    # ------------------------------------------------------------ text

    def text(self, raw: str) -> str:
        escaped = html.escape(raw, quote=False)
        if self.src.engine != "chromium-absolute" or not self.ex.hyphenate:
            return escaped
        # Chromium has no hyphenation dictionaries here: soft hyphens from pyphen.
        return _WORD.sub(lambda m: self.dic.inserted(m.group(0), hyphen="\u00ad"), escaped)

    def para(self, art: Article, block: Block, first: bool) -> str:
        text = block.text
        if art.key in self.ex.bold_first:
            head, _, rest = text.partition(" ")
            return f'<p class="brief"><b>{html.escape(head)}</b> {self.text(rest)}</p>'
        cls = "cont" if block.cont else ("first" if first else "")
        if first and art.dateline:
            return f'<p class="first"><b>{html.escape(art.dateline)}</b> {self.text(text)}</p>'
        return f'<p class="{cls}">{self.text(text)}</p>'

    def figure(self, fig: Figure, width_mm: float) -> str:
        img = make_photo(self.work / f"img{fig.seed}.jpg", fig.seed, fig.kind, fig.aspect)
        credit = f'<span class="credit">{html.escape(fig.credit)}</span>' if fig.credit else ""
        return (
            f'<figure style="width:{width_mm:.1f}mm"><figcaption>{self.text(fig.caption)}</figcaption>'
            f'<div class="pic"><img src="{img.name}" style="height:{width_mm * fig.aspect:.1f}mm">{credit}</div></figure>'
        )

    def table(self, art: Article, blocks: list[Block]) -> str:
        rows = []
        for b in blocks:
            if b.kind == "subhead":
                rows.append(f'<tr><th colspan="4">{html.escape(b.text)}</th></tr>')
                continue
            cells = re.split(r"\s{2,}", b.text.strip())
            tds = "".join(
                f'<td class="n">{html.escape(c)}</td>'
                if re.fullmatch(r"[\d–-]+", c)
                else f"<td>{html.escape(c)}</td>"
                for c in cells
            )
            rows.append(f"<tr>{tds}</tr>")
        return f'<table class="res">{"".join(rows)}</table>'

    # ------------------------------------------------------------ boxes

    def part_html(self, art: Article, index: int, cols: int, width_mm: float) -> str:
        part: Part = art.parts[index]
        out = []
        size = 24 if width_mm > 150 else (19 if width_mm > 90 else 15)
        if index == 0:
            kick = ""
            if art.kicker and self.ex.kicker_style == "tag":
                kick = f'<span class="tag">{html.escape(art.kicker)}</span>'
            elif art.kicker:
                kick = f'<span class="kick">{html.escape(art.kicker)}</span><span class="sep"> | </span>'
            out.append(f'<h1 style="font-size:{size}pt">{kick}{html.escape(art.headline)}</h1>')
            if art.deck:
                out.append(
                    f'<div class="deck" style="font-size:{size}pt">{html.escape(art.deck)}</div>'
                )
        if index == 0 and art.key in self.ex.top_bylines:
            out.append(f'<div class="topline">{html.escape(self.ex.top_bylines[art.key])}</div>')
        if part.jump_head:
            out.append(f'<h2 class="jumphead">{html.escape(part.jump_head)}</h2>')
        if part.jump_in:
            out.append(f'<div class="jumpin">{html.escape(part.jump_in)}</div>')
        spans = [b for b in part.blocks if b.figure and b.figure.span]
        for b in spans:
            assert b.figure is not None
            out.append(self.figure(b.figure, width_mm))
        body = [b for b in part.blocks if not (b.figure and b.figure.span)]
        if art.key in self.ex.tables:
            inner = self.table(art, body)
        else:
            first_p = index == 0
            chunks = []
            for b in body:
                if b.kind == "p":
                    chunks.append(self.para(art, b, first_p))
                    first_p = False
                elif b.kind == "subhead":
                    chunks.append(f"<h3>{html.escape(b.text)}</h3>")
                elif b.kind == "quote":
                    chunks.append(f'<div class="pq">{html.escape(b.text)}</div>')
                elif b.figure is not None:
                    chunks.append(self.figure(b.figure, self.col_mm))
            inner = "".join(chunks)
        out.append(f'<div class="cols" style="column-count:{cols}">{inner}</div>')
        last = index == len(art.parts) - 1
        if part.jump_out:
            out.append(f'<div class="jumpout">{html.escape(part.jump_out)}</div>')
        if last and art.byline:
            out.append(f'<div class="endline">{html.escape(art.byline)}</div>')
        return "".join(out)

    def mast(self, page: Page) -> str:
        m = self.src.meta
        right = " · ".join(x for x in (m.edition, m.price) if x)
        tag = f'<span class="tag">{html.escape(m.tagline)}</span>' if m.tagline else "<span></span>"
        return (
            f'<div class="name">{html.escape(m.publication)}</div>'
            f'<div class="line"><span>{html.escape(m.volume_line)}</span>{tag}<span>{html.escape(right)}</span></div>'
        )

    def runhead(self, page: Page) -> str:
        sec = html.escape(page.section or "")
        return f'<div class="runhead"><span class="sec">{sec}</span><span>{html.escape(self.src.meta.publication)}</span></div>'

    def strip(self, page: Page) -> str:
        items = "".join(
            f'<span class="t"><b>{html.escape(t.text)}</b> <span>{html.escape(t.label)}</span></span>'
            for t in page.teasers
        )
        return f'<div class="strip"><span class="lead">INSIDE</span>{items}</div>'

    def ad(self, ad: dict[str, Any]) -> str:
        small_ads = ad.get("style") == "classified"
        lines = "".join(
            f'<div class="line">{_ad_line(x) if small_ads else html.escape(x)}</div>'
            for x in ad.get("lines", [])
        )
        small = f'<div class="small">{html.escape(ad["small"])}</div>' if ad.get("small") else ""
        return f'<div class="ad {ad.get("style", "")}"><div class="head">{html.escape(ad["head"])}</div>{lines}{small}</div>'

    def box_html(self, page: Page, box: Box, width_mm: float) -> tuple[str, str]:
        """The inner markup of a box and its extra CSS classes."""
        if box.mast:
            return (self.mast(page) if page.number == 1 else self.runhead(page)), "mast"
        if box.teasers:
            return self.strip(page), ""
        if box.ad is not None:
            return self.ad(box.ad), ""
        assert box.article is not None
        art = self.src.articles[box.article]
        inner = self.part_html(art, box.part, box.cols, width_mm - (4.8 if art.box else 0))
        return inner, ("ruled boxed" if art.box else "ruled")

    # ------------------------------------------------------------ pages

    def rects(self, geom: PageGeom) -> dict[str, tuple[float, float, float, float]]:
        """Area name -> (left, top, width, height) in mm inside the page's content box."""
        out: dict[str, tuple[float, float, float, float]] = {}
        tops = [sum(geom.heights[:i]) for i in range(len(geom.heights))]
        for name in geom.boxes:
            cells = [
                (r, c) for r, row in enumerate(geom.areas) for c, n in enumerate(row) if n == name
            ]
            r0, r1 = min(r for r, _ in cells), max(r for r, _ in cells)
            c0, c1 = min(c for _, c in cells), max(c for _, c in cells)
            left = c0 * (self.col_mm + GAP_MM)
            width = (c1 - c0 + 1) * self.col_mm + (c1 - c0) * GAP_MM
            out[name] = (left, tops[r0], width, sum(geom.heights[r0 : r1 + 1]))
        return out

    def folio(self, page: Page) -> str:
        n = len(self.src.pages)
        return (
            f'<div class="folio"><span>Page {page.number} of {n}</span>'
            f"<span>{html.escape(self.src.meta.publication)}</span>"
            f"<span>{html.escape(self.src.meta.date_text)}</span></div>"
        )

    def page(self, page: Page, geom: PageGeom) -> str:
        rects = self.rects(geom)
        boxes = list(geom.boxes.values())
        absolute = self.src.engine == "chromium-absolute"
        if absolute:
            # Layout programs write frames in the order they were made, not in reading order.
            boxes = sorted(boxes, key=lambda b: (b.ad is None, b.mast, -rects[b.name][1], b.name))
        parts = []
        for box in boxes:
            left, top, width, height = rects[box.name]
            inner, cls = self.box_html(page, box, width)
            if absolute:
                style = (
                    f"left:{left:.2f}mm;top:{top:.2f}mm;width:{width:.2f}mm;height:{height:.2f}mm"
                )
                parts.append(
                    f'<div class="box abs {cls}" data-name="{box.name}" style="{style}">{inner}</div>'
                )
            else:
                parts.append(f'<div class="box {cls}" style="grid-area:{box.name}">{inner}</div>')
        if absolute:
            return f'<section class="page">{"".join(parts)}{self.folio(page)}</section>'
        areas = " ".join(f"'{' '.join(row)}'" for row in geom.areas)
        rows = " ".join(f"{h:.2f}mm" for h in geom.heights)
        cols = " ".join([f"{self.col_mm:.3f}mm"] * self.src.layout.columns)
        grid = f"grid-template-areas:{areas};grid-template-rows:{rows};grid-template-columns:{cols}"
        return f'<section class="page"><div class="grid" style="{grid}">{"".join(parts)}</div>{self.folio(page)}</section>'

    def document(self) -> str:
        pages = "".join(self.page(p, g) for p, g in zip(self.src.pages, self.ex.pages, strict=True))
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{html.escape(self.src.meta.publication)}</title>"
            f"<style>{_css(self.src, self.ex)}</style>{_OVERFLOW_PROBE}</head><body>{pages}</body></html>"
        )


# Run by `chromium --dump-dom` before printing: names every box whose text does not fit.
_OVERFLOW_PROBE = """<script>
addEventListener('load', () => { const bad = [];
  document.querySelectorAll('.box').forEach(b => {
    const c = b.querySelector('.cols');
    if (b.scrollHeight > b.clientHeight + 8 || (c && c.scrollWidth > c.clientWidth + 8))
      bad.push(b.dataset.name || b.style.gridArea); });
  document.body.setAttribute('data-overflow', bad.join(',')); });
</script>"""


def _overflowing(html_path: Path) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="corpus-chrome-") as profile:
        out = subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=4000",
                "--dump-dom",
                html_path.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=True,
        )
    m = re.search(r'data-overflow="([^"]*)"', out.stdout)
    return [x for x in (m.group(1) if m else "").split(",") if x]


def render(src: Source, out_pdf: Path) -> None:
    ex = load_extras(out_pdf.parent / "src" / f"{src.name}.json")
    chromium = src.engine == "chromium-absolute"

    def check(page: Path) -> None:
        bad = _overflowing(page)
        if bad:
            print(f"  note: boxes taller than their frame (check by eye): {', '.join(bad)}")

    html_pdf(
        lambda work: Writer(src, ex, work).document(),
        out_pdf,
        chromium=chromium,
        prefix="corpus-abs-",
        check=check if chromium else None,
    )
