"""Turn an issue read by newslayout (e.g. the sample XML) into a corpus source for the builder.

Why: the sample issue exists as our own XML; to demo and measure the readers on it, it must
also exist as a PDF typeset by a third-party engine. This module lays the issue out
automatically, like a small newspaper: page 1 gets the masthead (from the issue's metadata
and masthead lines) and the teasers; on every page the article with the most copy leads,
spanning all grid columns but one, and the others stand side by side in the last column.
Articles go on the pages their spans say (`article_pages`); an article on several pages is
cut into parts there, with the jump lines exactly as the issue prints them, and a paragraph
whose spans lie on two pages is cut mid-text in proportion to its span heights.

Usage (with the project venv, from the repository root):
    python -m tools.corpus.from_issue samples/harbor-ledger.xml --name harbor-ledger-sample
then build it with the corpus venv: python -m tools.corpus.build harbor-ledger-sample
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # allow `python tools/corpus/from_issue.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tools.corpus"

import newslayout
from newslayout.model import (
    Article,
    Block,
    Figure,
    FurnitureKind,
    Issue,
    ListBlock,
    Paragraph,
    PullQuote,
    Sidebar,
    Span,
    Subhead,
    article_pages,
    dateline_in_text,
)

from .model import load

ROOT = Path(__file__).resolve().parents[2]
Json = dict[str, Any]
#: A figure weighs like this many words when choosing the page's lead story.
FIGURE_WORDS = 120
_PRICE = re.compile(r"^[$€£]\s?\d")
_GAP = re.compile(r"\s{2,}")  # masthead line pieces are set apart by wide spaces


@dataclass(frozen=True)
class Geometry:
    """Page size and grid of the typeset issue (the builder's `layout` object)."""

    width_mm: float = 230.0
    height_mm: float = 320.0
    margin_mm: float = 11.0
    columns: int = 4
    body_pt: float = 9.5


@dataclass
class Part:
    """The piece of one article printed on one page."""

    article: Article
    index: int
    page: int
    blocks: list[str | Json] = field(default_factory=list)
    jump_out: str | None = None
    jump_in: str | None = None

    @property
    def words(self) -> int:
        return sum(_words(b) for b in self.blocks)


def _words(block: str | Json) -> int:
    """How much room a block takes, in words of body text."""
    if isinstance(block, str):
        return len(block.split())
    if "fig" in block:
        return FIGURE_WORDS
    if "box" in block:
        return sum(_words(b) for b in block["box"]["blocks"]) + 5
    return sum(len(v.split()) for v in block.values() if isinstance(v, str))


# ---------------------------------------------------------------- blocks


def _span_pages(spans: tuple[Span, ...]) -> list[int]:
    pages: list[int] = []
    for s in spans:
        if s.page is not None and s.page not in pages:
            pages.append(s.page)
    return pages


def _span_heights(spans: tuple[Span, ...], pages: list[int]) -> list[float]:
    heights = {p: 0.0 for p in pages}
    for s in spans:
        if s.page in heights and s.box is not None:
            heights[s.page] += max(s.box.bottom - s.box.top, 0.0)
    out = [heights[p] for p in pages]
    return out if all(h > 0 for h in out) else [1.0] * len(pages)


def cut_text(text: str, weights: list[float]) -> list[str]:
    """Cut a paragraph into one piece per page, in proportion to the space it takes there."""
    words = text.split()
    total = sum(weights)
    cuts, acc = [], 0.0
    for w in weights[:-1]:
        acc += w
        cuts.append(round(len(words) * acc / total))
    bounds = [0, *cuts, len(words)]
    pieces = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
    if any(not p for p in pieces):  # too short to cut: all on the first page
        return [" ".join(words)] + [""] * (len(weights) - 1)
    return pieces


def _figure(fig: Figure, base: Path) -> Json:
    out: Json = {"caption": fig.caption_text, "credit": fig.credit or None}
    printed = fig.credit_printed
    if not fig.credit:
        out["credit_style"] = "none"
    elif printed.startswith("PHOTO:"):
        out["credit_style"] = "paren"  # printed "(PHOTO: X)" after the caption
    elif printed.lower().startswith("photo:"):
        out["credit_style"] = "prefix"  # printed "Photo: X" on the caption's last line
    else:
        out["credit_style"] = "line"  # printed bare, right-aligned under the picture
    if fig.graphic is not None:
        image = (base / fig.graphic.href).resolve()
        if image.is_file():
            out["image"] = str(image.relative_to(ROOT))
        if fig.graphic.width and fig.graphic.height:
            out["aspect"] = round(fig.graphic.height / fig.graphic.width, 3)
    return {"fig": out}


def convert_block(block: Block, base: Path) -> list[str | Json]:
    """One model block as the builder's blocks (a list, since a list block has many items)."""
    match block:
        case Paragraph():
            return [block.text]
        case Subhead():
            return [{"sub": block.text}]
        case PullQuote():
            return [{"quote": block.text}]
        case Figure():
            return [_figure(block, base)]
        case ListBlock():
            return [
                {"item": item.text, "label": f"{n}." if block.ordered else "\u2022"}
                for n, item in enumerate(block.items, start=1)
            ]
        case Sidebar():
            inner = [x for b in block.blocks for x in convert_block(b, base)]
            return [{"box": {"title": block.title, "blocks": inner}}]
    raise TypeError(f"unknown block {block!r}")


def split_parts(article: Article, base: Path) -> list[Part]:
    """The article cut into one part per page, in the order its blocks run."""
    header = _span_pages(article.spans)
    parts: dict[int, Part] = {}

    def part(page: int) -> Part:
        if page not in parts:
            parts[page] = Part(article, len(parts), page)
        return parts[page]

    current = header[0] if header else None
    for block in article.blocks:
        pages = _span_pages(block.spans) or ([current] if current is not None else [1])
        if isinstance(block, Paragraph) and len(pages) > 1:
            pieces = cut_text(block.text, _span_heights(block.spans, pages))
            for i, (page, piece) in enumerate(zip(pages, pieces, strict=True)):
                if piece:
                    part(page).blocks.append({"cont": piece} if i else piece)
        else:
            part(pages[0]).blocks.extend(convert_block(block, base))
        current = pages[-1]
    if not parts:
        part(current or 1)
    found = tuple(sorted(parts))
    if found != article_pages(article):
        raise ValueError(
            f"{article.id}: parts on pages {found}, spans say {article_pages(article)}"
        )
    ordered = sorted(parts.values(), key=lambda p: p.index)
    _add_jumps(article, ordered)
    return ordered


def _add_jumps(article: Article, parts: list[Part]) -> None:
    """Jump lines as printed; a continuation the issue does not announce gets a plain one."""
    for before, after in itertools.pairwise(parts):
        outs = [j for j in article.jumps if j.direction.value == "continued-on"]
        ins = [j for j in article.jumps if j.direction.value == "continued-from"]
        out = next((j for j in outs if (j.from_page, j.to_page) == (before.page, after.page)), None)
        into = next((j for j in ins if (j.from_page, j.to_page) == (before.page, after.page)), None)
        before.jump_out = out.text if out else f"Continued on page {after.page}"
        after.jump_in = into.text if into else f"Continued from page {before.page}"


# ---------------------------------------------------------------- layout


def _cell(part: Part, width: int, cols: int) -> Json:
    cell: Json = {"w": width, "a": part.article.id}
    if cols > 1:
        cell["cols"] = cols
    if part.index:
        cell["part"] = part.index
    # A picture spans the whole story above its text columns; in one column it runs in the text.
    for b in part.blocks:
        if isinstance(b, dict) and "fig" in b:
            b["fig"]["span"] = cols > 1
    return cell


def page_row(parts: list[Part], columns: int) -> list[Json]:
    """One row: the lead story wide, the rest stacked in the last grid column, in issue order."""
    if not parts:
        return []
    if len(parts) == 1 or columns < 2:
        # A page to itself: all grid columns, so short copy is not set in long lines.
        return [_cell(parts[0], columns, columns)]
    lead = max(parts, key=lambda p: (p.index == 0, p.words))
    width = columns - 1
    side = [p for p in parts if p is not lead]
    side_cells = [_cell(p, 1, 1) for p in side]
    side_cell: Json = side_cells[0] if len(side) == 1 else {"w": 1, "stack": side_cells}
    lead_cell = _cell(lead, width, width)
    # Keep the issue's order across the row so reading order (and article ids) stay the same.
    return (
        [lead_cell, side_cell]
        if parts.index(lead) <= parts.index(side[0])
        else [side_cell, lead_cell]
    )


# ---------------------------------------------------------------- issue


def masthead(issue: Issue) -> Json:
    """The builder's `issue` object: metadata plus the masthead lines as printed."""
    meta = issue.meta
    lines = [
        f.text
        for page in issue.pages[:1]
        for f in page.furniture
        if f.kind is FurnitureKind.MASTHEAD and f.text.strip()
    ]
    volume_line = price = tagline = None
    edition = meta.edition or None
    for line in lines:
        if line.strip() == meta.publication:
            continue
        pieces = [p.strip() for p in _GAP.split(line) if p.strip()]
        if meta.date_text and meta.date_text in pieces:
            for piece in pieces:
                if meta.edition and piece.lower() == meta.edition.lower():
                    edition = piece
                elif _PRICE.match(piece):
                    price = piece
                elif piece != meta.date_text and volume_line is None:
                    volume_line = piece
        elif tagline is None:
            tagline = line.strip()
    if volume_line is None:
        volume_line = (
            f"Vol. {meta.volume}, No. {meta.number}" if meta.volume else f"No. {meta.number}"
        )
    return {
        "publication": meta.publication,
        "tagline": tagline,
        "volume": meta.volume or None,
        "number": meta.number or None,
        "volume_line": volume_line,
        "date_text": meta.date_text,
        "date_iso": meta.date_iso,
        "edition": edition,
        "price": price,
    }


def _article(article: Article, parts: list[Part]) -> Json:
    printed = "; ".join(b.printed for b in article.bylines if b.printed)
    return {
        "key": article.id,
        "kicker": article.kicker or None,
        "headline": article.headline,
        "deck": article.deck or None,
        "byline": printed or None,
        "bylines": [[c.name, c.role.value] for b in article.bylines for c in b.contributors],
        # A dateline already printed in the paragraph must not be printed twice.
        "dateline": None if dateline_in_text(article) else (article.dateline or None),
        "parts": [
            {
                "page": p.page,
                "blocks": p.blocks,
                **({"jump_out": p.jump_out} if p.jump_out else {}),
                **({"jump_in": p.jump_in} if p.jump_in else {}),
            }
            for p in parts
        ],
    }


def issue_source(issue: Issue, base: Path, geometry: Geometry, engine: str = "pdflatex") -> Json:
    """The whole corpus source for `issue`; `base` is the folder image hrefs are relative to."""
    all_parts = {a.id: split_parts(a, base) for a in issue.articles}
    pages = []
    for page in issue.pages:
        here = [p for a in issue.articles for p in all_parts[a.id] if p.page == page.number]
        pages.append(
            {
                **({"section": page.section.upper()} if page.number > 1 and page.section else {}),
                "teasers": [
                    {
                        "label": t.label or f"PAGE {t.target_page}",
                        "text": t.text,
                        "target_page": t.target_page,
                    }
                    for t in page.teasers
                    if t.target_page is not None
                ],
                "rows": [page_row(here, geometry.columns)] if here else [],
            }
        )
    return {
        "engine": engine,
        "layout": {
            "width_mm": geometry.width_mm,
            "height_mm": geometry.height_mm,
            "margin_mm": geometry.margin_mm,
            "columns": geometry.columns,
            "body_pt": geometry.body_pt,
            "lang": issue.meta.language or "en",
        },
        "issue": masthead(issue),
        "pages": pages,
        "articles": [_article(a, all_parts[a.id]) for a in issue.articles],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("issue", type=Path, help="an issue newslayout can read (XML, PDF, text)")
    ap.add_argument("--name", required=True, help="corpus name: writes tests/corpus/src/NAME.json")
    ap.add_argument("--engine", default="pdflatex", choices=("pdflatex", "lualatex"))
    ap.add_argument("--columns", type=int, default=Geometry.columns)
    ap.add_argument("--width-mm", type=float, default=Geometry.width_mm)
    ap.add_argument("--height-mm", type=float, default=Geometry.height_mm)
    args = ap.parse_args(argv)
    issue, diagnostics = newslayout.read(args.issue)
    for d in diagnostics:
        print(d, file=sys.stderr)
    geometry = Geometry(width_mm=args.width_mm, height_mm=args.height_mm, columns=args.columns)
    source = issue_source(issue, args.issue.resolve().parent, geometry, args.engine)
    out = ROOT / "tests" / "corpus" / "src" / f"{args.name}.json"
    out.write_text(json.dumps(source, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    load(out)  # the builder's own consistency checks (jump pages, placement)
    print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
