"""Source model of a corpus issue and the expected JSON derived from it.

One source file (tests/corpus/src/<name>.json) holds both the content and the layout
hints. Renderers read the layout; `expected_json` reads the content. Both come from
the same objects, so the PDF and its expectation cannot drift apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROLES = ("author", "editor", "photographer", "correspondent")
ENGINES = (
    "pdflatex",
    "lualatex",
    "chromium",
    "weasyprint",
    "libreoffice",
    "typst",
    "context",
    "groff",
    "xelatex",
    "chromium-grid",
    # Fourth held-out set (tests/holdout4): absolutely positioned boxes, CSS grid areas,
    # XeLaTeX multicol with TikZ boxes (renderers render_absolute.py, render_tikz.py).
    "chromium-absolute",
    "weasyprint-areas",
    "xelatex-tikz",
    # Third held-out set (tests/holdout3): CSS multi-column, floats, paracol (render_multicol.py,
    # render_paracol.py); they draw the held-out page conventions too (see the tuples below).
    "chromium-multicol",
    "weasyprint-float",
    "lualatex-paracol",
)
CREDIT_STYLES = ("paren", "prefix", "line", "none", "courtesy", "photograph", "agency")
LATEX_ENGINES = ("pdflatex", "lualatex")
# Held-out engines alone draw the held-out page conventions (see _check_holdout_only).
HOLDOUT3_ENGINES = ("chromium-multicol", "weasyprint-float", "lualatex-paracol")
HOLDOUT_ENGINES = ("typst", "context", "groff", "xelatex", "chromium-grid", *HOLDOUT3_ENGINES)
# Second held-out set: "Photograph by X" and "(X/AGENCY)" credits, deck/rule styles.
HOLDOUT2_ENGINES = ("groff", "xelatex", "chromium-grid", *HOLDOUT3_ENGINES)
HOLDOUT2_CREDITS = ("photograph", "agency")


@dataclass
class Figure:
    caption: str
    credit: str | None
    credit_style: str  # paren | prefix | line | none | courtesy | photograph | agency
    seed: int
    kind: str  # picture motif for the placeholder image
    aspect: float  # height / width
    span: bool  # True: spans the whole cell above the columns
    image: str | None = None  # a real picture (path from the repo root), not a placeholder
    beside: bool = False  # spanning photo with the headline, deck and byline set beside it


@dataclass
class Block:
    kind: str  # p | subhead | quote | figure | item (list item) | box (boxed sidebar)
    text: str = ""  # for a box: its title
    figure: Figure | None = None
    cont: bool = False  # paragraph continuing the previous part's last paragraph
    label: str = ""  # printed list label of an item ("1.", "•"); not part of its text
    children: list[Block] = field(default_factory=list)  # a box's blocks


@dataclass
class Part:
    page: int
    blocks: list[Block]
    jump_out: str | None = None  # printed "See page 3" line ending this part
    jump_in: str | None = None  # printed "Continued from page 1" line
    jump_head: str | None = None  # repeated headline / keyword on the continuation
    spread: bool = False  # runs on across a spread's gutter into the next part, no jump line


@dataclass
class Article:
    key: str
    headline: str
    kicker: str | None
    deck: str | None
    byline: str | None  # byline as printed
    bylines: list[tuple[str, str]]  # (name, role) as the expected JSON lists them
    dateline: str | None
    box: bool  # drawn as a boxed sidebar
    parts: list[Part]


@dataclass
class Cell:
    width: int  # in grid columns
    cols: int = 1  # text columns inside the cell
    article: str | None = None
    part: int = 0
    stack: list[Cell] = field(default_factory=list)  # cells stacked vertically instead
    inside: bool = False  # holds the page's teasers as an "INSIDE" box instead of an article


@dataclass
class Teaser:
    label: str  # printed page reference: "PAGE 2", "P3", "See page 4"
    text: str
    target_page: int


@dataclass
class Page:
    number: int
    section: str | None  # running-head section name on inner pages
    teasers: list[Teaser]
    rows: list[list[Cell]]


@dataclass
class Layout:
    width_mm: float
    height_mm: float
    margin_mm: float
    columns: int
    body_pt: float
    lang: str = "en"
    page_prefix: str = ""  # printed page labels: "A" -> folios A1, A2, ... (page n is "A<n>")
    teaser_style: str = "row"  # row (under the masthead) | skybox (above it) | inside (a cell)
    box_style: str = "tint"  # tint (grey fill) | frame (a ruled frame, no fill)
    deck_style: str = "italic"  # italic | bold (second held-out set engines only)
    gutter_rules: bool = True  # rules between columns (second held-out set engines only)


@dataclass
class IssueMeta:
    publication: str
    tagline: str | None
    volume: str | None
    number: str | None
    volume_line: str  # volume/number as printed
    date_text: str
    date_iso: str
    edition: str | None
    price: str | None


@dataclass
class Source:
    name: str
    engine: str
    layout: Layout
    meta: IssueMeta
    pages: list[Page]
    articles: dict[str, Article]

    def cells_in_order(self) -> list[tuple[Page, Cell]]:
        """Leaf cells in reading order: page, row top to bottom, cell left to right."""
        out: list[tuple[Page, Cell]] = []
        for page in self.pages:
            for row in page.rows:
                for cell in row:
                    out.extend((page, leaf) for leaf in _leaves(cell))
        return out

    def article_order(self) -> list[Article]:
        """Articles in reading order of where they start (their part 0)."""
        order: list[Article] = []
        for _, cell in self.cells_in_order():
            if cell.article is not None and cell.part == 0:
                order.append(self.articles[cell.article])
        return order


def _leaves(cell: Cell) -> list[Cell]:
    if not cell.stack:
        return [cell]
    out: list[Cell] = []
    for sub in cell.stack:
        out.extend(_leaves(sub))
    return out


# ---------------------------------------------------------------- loading


def _figure(raw: dict[str, Any]) -> Figure:
    style = str(raw.get("credit_style", "paren" if raw.get("credit") else "none"))
    if style not in CREDIT_STYLES:
        raise ValueError(f"unknown credit_style {style!r}")
    return Figure(
        caption=raw["caption"],
        credit=raw.get("credit"),
        credit_style=style,
        seed=int(raw.get("seed", 1)),
        kind=str(raw.get("kind", "landscape")),
        aspect=float(raw.get("aspect", 0.62)),
        span=bool(raw.get("span", False)),
        image=raw.get("image"),
        beside=bool(raw.get("beside", False)),
    )


def _block(raw: str | dict[str, Any]) -> Block:
    # Compact authoring form: a bare string is a paragraph.
    if isinstance(raw, str):
        return Block("p", raw)
    if "cont" in raw:
        return Block("p", raw["cont"], cont=True)
    if "sub" in raw:
        return Block("subhead", raw["sub"])
    if "quote" in raw:
        return Block("quote", raw["quote"])
    if "fig" in raw:
        return Block("figure", figure=_figure(raw["fig"]))
    if "item" in raw:
        return Block("item", raw["item"], label=str(raw.get("label", "\u2022")))
    if "box" in raw:
        box = raw["box"]
        return Block("box", box.get("title", ""), children=[_block(b) for b in box["blocks"]])
    raise ValueError(f"unknown block {raw!r}")


def _cell(raw: dict[str, Any]) -> Cell:
    return Cell(
        width=int(raw["w"]),
        cols=int(raw.get("cols", 1)),
        article=raw.get("a"),
        part=int(raw.get("part", 0)),
        stack=[_cell(c) for c in raw.get("stack", [])],
        inside=bool(raw.get("inside", False)),
    )


def load(path: Path) -> Source:
    raw = json.loads(path.read_text(encoding="utf-8"))
    lay = raw["layout"]
    layout = Layout(
        width_mm=float(lay["width_mm"]),
        height_mm=float(lay["height_mm"]),
        margin_mm=float(lay.get("margin_mm", 12)),
        columns=int(lay["columns"]),
        body_pt=float(lay.get("body_pt", 9.5)),
        lang=str(lay.get("lang", "en")),
        page_prefix=str(lay.get("page_prefix", "")),
        teaser_style=str(lay.get("teaser_style", "row")),
        box_style=str(lay.get("box_style", "tint")),
        deck_style=str(lay.get("deck_style", "italic")),
        gutter_rules=bool(lay.get("gutter_rules", True)),
    )
    m = raw["issue"]
    meta = IssueMeta(
        publication=m["publication"],
        tagline=m.get("tagline"),
        volume=m.get("volume"),
        number=m.get("number"),
        volume_line=m["volume_line"],
        date_text=m["date_text"],
        date_iso=m["date_iso"],
        edition=m.get("edition"),
        price=m.get("price"),
    )
    pages = [
        Page(
            number=i + 1,
            section=p.get("section"),
            teasers=[
                Teaser(t["label"], t["text"], int(t["target_page"])) for t in p.get("teasers", [])
            ],
            rows=[[_cell(c) for c in row] for row in p["rows"]],
        )
        for i, p in enumerate(raw["pages"])
    ]
    articles: dict[str, Article] = {}
    for a in raw["articles"]:
        parts = [
            Part(
                page=int(pt["page"]),
                blocks=[_block(b) for b in pt["blocks"]],
                jump_out=pt.get("jump_out"),
                jump_in=pt.get("jump_in"),
                jump_head=pt.get("jump_head"),
                spread=bool(pt.get("spread", False)),
            )
            for pt in a["parts"]
        ]
        articles[a["key"]] = Article(
            key=a["key"],
            headline=a["headline"],
            kicker=a.get("kicker"),
            deck=a.get("deck"),
            byline=a.get("byline"),
            bylines=[(str(n), str(r)) for n, r in a.get("bylines", [])],
            dateline=a.get("dateline"),
            box=bool(a.get("box", False)),
            parts=parts,
        )
    src = Source(path.stem, raw["engine"], layout, meta, pages, articles)
    check(src)
    return src


# ---------------------------------------------------------------- consistency


def check(src: Source) -> None:
    """Reject sources whose layout and content contradict each other."""
    if src.engine not in ENGINES:
        raise ValueError(f"unknown engine {src.engine!r}")
    placed: dict[tuple[str, int], int] = {}
    for page, cell in src.cells_in_order():
        if cell.inside and not page.teasers:
            raise ValueError(f"page {page.number}: an INSIDE cell but no teasers")
        if cell.article is None:
            continue
        art = src.articles[cell.article]
        part = art.parts[cell.part]
        if part.page != page.number:
            raise ValueError(
                f"{art.key} part {cell.part} placed on page {page.number}, says {part.page}"
            )
        placed[(art.key, cell.part)] = page.number
    for art in src.articles.values():
        for r in (role for _, role in art.bylines):
            if r not in ROLES:
                raise ValueError(f"{art.key}: bad role {r}")
        for i, part in enumerate(art.parts):
            if (art.key, i) not in placed:
                raise ValueError(f"{art.key} part {i} is not placed on any page")
            _check_jump(art, i, part)
    for page in src.pages:
        for t in page.teasers:
            if not 1 <= t.target_page <= len(src.pages):
                raise ValueError(f"teaser {t.text!r} targets missing page {t.target_page}")
    if src.engine not in LATEX_ENGINES:
        _check_latex_only(src)
    if src.engine not in HOLDOUT_ENGINES:
        _check_holdout_only(src)
    if src.engine not in HOLDOUT2_ENGINES:
        _check_holdout2_only(src)


def _check_holdout2_only(src: Source) -> None:
    """Deck/rule styles and the new credit forms are drawn by the second held-out engines only."""
    if src.layout.deck_style != "italic" or not src.layout.gutter_rules:
        raise ValueError(f"deck_style/gutter_rules need one of {HOLDOUT2_ENGINES}")
    for art in src.articles.values():
        for block in (b for part in art.parts for b in _flat(part.blocks)):
            if block.figure and block.figure.credit_style in HOLDOUT2_CREDITS:
                raise ValueError(f"{art.key}: this credit style needs one of {HOLDOUT2_ENGINES}")


def _check_holdout_only(src: Source) -> None:
    """Page labels, teaser boxes, frames, courtesy credits, heads beside photos: new engines."""
    lay = src.layout
    if lay.page_prefix or lay.teaser_style != "row" or lay.box_style != "tint":
        raise ValueError(f"layout conventions of the held-out set need one of {HOLDOUT_ENGINES}")
    for _, cell in src.cells_in_order():
        if cell.inside:
            raise ValueError(f"an INSIDE cell needs one of {HOLDOUT_ENGINES}")
    for art in src.articles.values():
        for block in (b for part in art.parts for b in _flat(part.blocks)):
            fig = block.figure
            if fig and (fig.beside or fig.credit_style == "courtesy"):
                raise ValueError(f"{art.key}: this figure needs one of {HOLDOUT_ENGINES}")


def _check_latex_only(src: Source) -> None:
    """Real images, list items and boxes inside an article are drawn by the LaTeX renderer only."""
    for art in src.articles.values():
        for block in (b for part in art.parts for b in _flat(part.blocks)):
            if block.kind in ("item", "box") or (block.figure and block.figure.image):
                raise ValueError(f"{art.key}: {block.kind} needs a LaTeX engine")


def _check_jump(art: Article, i: int, part: Part) -> None:
    last = i == len(art.parts) - 1
    if part.jump_out is None:
        # A story crossing the gutter of a two-page spread needs no jump line, only the next page.
        if part.spread and not last and art.parts[i + 1].page == part.page + 1:
            return
        if not last:
            raise ValueError(f"{art.key} part {i} continues without a jump line")
        return
    if last:
        raise ValueError(f"{art.key} part {i} has a jump line but no continuation")
    target = art.parts[i + 1].page
    # The printed jump line must name the page the continuation is really on.
    if str(target) not in re.findall(r"\d+", part.jump_out):
        raise ValueError(f"{art.key}: jump {part.jump_out!r} does not name page {target}")


# ---------------------------------------------------------------- expected JSON


def first_paragraph_text(art: Article, block: Block, first: bool) -> str:
    # The dateline is printed inline at the start of the first paragraph and is kept there.
    if first and art.dateline:
        return f"{art.dateline} {block.text}"
    return block.text


def _flat(blocks: list[Block]) -> list[Block]:
    """A box reads as its title (a subhead) then its blocks; a list item reads as a paragraph."""
    out: list[Block] = []
    for b in blocks:
        if b.kind == "box":
            out += [Block("subhead", b.text)] if b.text else []
            out += _flat(b.children)
        elif b.kind == "item":
            out.append(Block("p", b.text))
        else:
            out.append(b)
    return out


def article_blocks(art: Article) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen_p = False
    for part in art.parts:
        for b in _flat(part.blocks):
            if b.kind == "p":
                text = first_paragraph_text(art, b, not seen_p)
                seen_p = True
                if b.cont:
                    # A paragraph cut by the jump is one paragraph.
                    if not out or out[-1]["type"] != "p":
                        raise ValueError(f"{art.key}: 'cont' block without a paragraph before it")
                    out[-1]["text"] = out[-1]["text"] + " " + text
                else:
                    out.append({"type": "p", "text": text})
            elif b.kind in ("subhead", "quote"):
                out.append({"type": b.kind, "text": b.text})
            else:
                fig = b.figure
                assert fig is not None
                out.append(
                    {
                        "type": "figure",
                        "caption": fig.caption,
                        "credit": fig.credit,
                        "page": part.page,
                    }
                )
    return [_collapse_block(x) for x in out]


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _collapse_block(block: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (_collapse(v) if isinstance(v, str) and k != "type" else v) for k, v in block.items()
    }


def expected_json(src: Source) -> dict[str, Any]:
    m = src.meta
    articles = []
    for n, art in enumerate(src.article_order(), start=1):
        jumps = [
            {"from_page": p.page, "to_page": art.parts[i + 1].page, "jump_text": p.jump_out}
            for i, p in enumerate(art.parts)
            if p.jump_out is not None
        ]
        articles.append(
            {
                "id": f"a{n}",
                "headline": _collapse(art.headline),
                "deck": _collapse(art.deck) if art.deck else None,
                "kicker": _collapse(art.kicker) if art.kicker else None,
                "bylines": [{"name": name, "role": role} for name, role in art.bylines],
                "pages": sorted({p.page for p in art.parts}),
                "jumps": jumps,
                "blocks": article_blocks(art),
            }
        )
    return {
        "issue": {
            "publication": m.publication,
            "volume": m.volume,
            "number": m.number,
            "date_text": m.date_text,
            "date_iso": m.date_iso,
            "pages": len(src.pages),
        },
        "pages": [
            {
                "number": p.number,
                "teasers": [{"text": t.text, "target_page": t.target_page} for t in p.teasers],
            }
            for p in src.pages
        ],
        "articles": articles,
    }
