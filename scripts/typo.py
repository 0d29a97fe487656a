"""Measure the typography of republished pages, and of the source PDFs as the reference.

    python scripts/typo.py [--styles default,a4,...] [--pagination auto,reflow] [--only NAME]
        [--out build/typo]

Republishes the sample (``samples/harbor-ledger.xml``) and every development-corpus issue
(``tests/corpus/*.pdf``, read with our PDF reader) in every style, and measures every page of
every output PDF with pdfplumber, in both pagination modes (``auto``, page for page for these
inputs, and ``reflow``, labelled ``STYLE:reflow``); the source PDFs are measured the same way (style
``source``) as the reference of what LaTeX, Chromium and LibreOffice achieve.

Per page (``build/typo/pages.tsv``) and per issue and style (the printed table):

- ``hole``: the largest empty rectangle inside the type area, as a share of it (every page but
  the issue's last; limit 10%). Text lines and images count as filled; rules do not, so an
  empty ruled column is a hole.
- ``gap``: the widest inter-word gap of a body line, in ems of its type size (limit ~0.6);
  ``loose``: body lines with a gap over 0.6 em.
- ``frag``: line-end hyphenations leaving under 2 letters before or 3 after the break;
  ``run``: the most lines in a row ending in a hyphen (limit 2); ``colend``: columns whose
  last line ends in a break hyphen (not a piece of a printed line that a false gutter cut
  off while the line goes on below: :func:`_goes_on`).
- ``1word``: display blocks (headlines, decks, pull quotes: type 1.25x body or bigger) of
  two lines or more whose last line is one word.
- ``wid``/``orph``: a paragraph's last line alone at the top of a column, its first line alone
  at the foot of one (found from first-line indents and short last lines: a heuristic).
- ``bal``: the largest difference, in body lines, between the depths of one story's columns
  (limit 1; a story's last column may be short by at most a line); ``unbal``: the story modules
  over the limit. For the writer's output both are counted on its page plan
  (``writers/pdf/balance.py``: it knows which columns are one story's); for the source PDFs,
  which have no plan, ``bal`` is a heuristic: columns side by side that start at the same
  height are taken for one story's (it may pair two stories, or a story beside a photo or a
  box), and ``unbal`` is not counted.
- ``noemb``: fonts referenced but not embedded; ``ppi``: the lowest resolution of an image as
  printed (pictures of 4 pixels or fewer, tints, are left out).
- ``jump``: stories whose jump breaks the rule (under 6 body lines on the first page or going
  over, or a second jump), counted on the writer's page plan (``writers/pdf/jumps.py``).

Body type is the page's most common type size; columns are found from the gutters its lines
leave. The figures are meant to compare the writer with itself and with the sources, page by
page, not as a preflight.
"""

from __future__ import annotations

import argparse
import io
import itertools
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a plain script from anywhere
    sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402
from pdfminer.pdftypes import resolve1  # noqa: E402

import newslayout  # noqa: E402
from newslayout.diagnostics import Log  # noqa: E402
from newslayout.model import Issue  # noqa: E402
from newslayout.options import WriteOptions  # noqa: E402
from newslayout.styles import load_style  # noqa: E402
from newslayout.writers.pdf import write_pdf  # noqa: E402
from newslayout.writers.pdf.balance import BalanceFigures, balance_figures  # noqa: E402
from newslayout.writers.pdf.jumps import jump_figures  # noqa: E402
from newslayout.writers.pdf.layout import Plan  # noqa: E402

STYLES = ("default", "a4", "broadsheet", "tabloid")
#: Both pagination modes: page for page from the source (``auto`` for these inputs, which all
#: know their pages) and the writer's own.
MODES = ("auto", "reflow")
SAMPLE = ROOT / "samples" / "harbor-ledger.xml"
SAMPLE_SOURCE = ROOT / "samples" / "harbor-ledger.pdf"
CORPUS = ROOT / "tests" / "corpus"

#: Grid cell for the hole search, in points.
CELL = 4.0
LOOSE_EM = 0.6
DISPLAY_RATIO = 1.25
#: Gaps wider than this many ems inside one column are taken for a layout gap, not a space.
GAP_CAP_EM = 3.0
#: Pieces of one printed line cut apart by a false gutter lie a word space apart (ems); a
#: real gutter is wider (``colend`` does not count a piece's hyphen that goes on below).
PIECE_GAP_EM = 0.75
HYPHENS = "-\u2010\u00ad"
#: The planner reserves a jump line's height plus this much at the foot of a jumping module.
JUMP_PAD = 2.0


@dataclass(slots=True)
class PageFigures:
    """The measures of one page."""

    hole: float = 0.0
    gap: float = 0.0
    loose: int = 0
    frag: int = 0
    run: int = 0
    colend: int = 0
    one_word: int = 0
    widows: int = 0
    orphans: int = 0
    balance: float = 0.0
    unembedded: set[str] = field(default_factory=set)
    ppi: float | None = None


@dataclass(slots=True)
class Line:
    """One line of body type in one column."""

    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    words: list[tuple[float, float, str]]  # x0, x1, text


# --- geometry --------------------------------------------------------------------------------


def largest_empty(grid: list[list[bool]]) -> int:
    """The area (in cells) of the largest all-False rectangle (histogram method)."""
    if not grid:
        return 0
    width = len(grid[0])
    heights = [0] * width
    best = 0
    for row in grid:
        for i, filled in enumerate(row):
            heights[i] = 0 if filled else heights[i] + 1
        stack: list[int] = []
        for i in range(width + 1):
            h = heights[i] if i < width else 0
            while stack and heights[stack[-1]] >= h:
                top = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, top * (i - left))
            stack.append(i)
    return best


def hole_share(
    boxes: Iterable[tuple[float, float, float, float]], area: tuple[float, float, float, float]
) -> float:
    """Largest empty rectangle of ``area`` (x0, top, x1, bottom) not covered by ``boxes``."""
    x0, top, x1, bottom = area
    cols = max(1, int((x1 - x0) / CELL))
    rows = max(1, int((bottom - top) / CELL))
    grid = [[False] * cols for _ in range(rows)]
    for bx0, btop, bx1, bbottom in boxes:
        c0 = max(0, int((bx0 - x0) / CELL))
        c1 = min(cols - 1, int((bx1 - x0) / CELL))
        r0 = max(0, int((btop - top) / CELL))
        r1 = min(rows - 1, int((bbottom - top) / CELL))
        for r in range(r0, r1 + 1):
            row = grid[r]
            for c in range(c0, c1 + 1):
                row[c] = True
    return largest_empty(grid) / (cols * rows)


def _content_boxes(page: Any) -> list[tuple[float, float, float, float]]:
    boxes = []
    for char in page.chars:
        if char["text"].isspace():
            continue
        pad = 0.3 * float(char["size"])  # a line's leading counts as part of the line
        boxes.append((char["x0"], char["top"] - pad, char["x1"], char["bottom"] + pad))
    for image in page.images:
        boxes.append((image["x0"], image["top"], image["x1"], image["bottom"]))
    return boxes


# --- lines and columns -----------------------------------------------------------------------


def body_size(chars: Sequence[dict[str, Any]]) -> float:
    sizes = Counter(round(float(c["size"]), 1) for c in chars if not c["text"].isspace())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def gutters(chars: Sequence[dict[str, Any]], size: float) -> list[tuple[float, float]]:
    """Column intervals: x ranges that body-size text covers, between bands it never does."""
    rows: dict[int, set[int]] = {}
    for c in chars:
        if abs(float(c["size"]) - size) < 0.05 and not c["text"].isspace():
            for x in range(int(c["x0"]), int(c["x1"]) + 1):
                rows.setdefault(x, set()).add(round(float(c["bottom"])))
    if not rows:
        return []
    # A gutter is crossed by at most a couple of rows of body-size type (a motto centred
    # over the page, a line across a module), never by the columns' own lines.
    most = max(len(r) for r in rows.values())
    covered = {x for x, r in rows.items() if len(r) > max(2, 0.03 * most)}
    if not covered:
        return []
    columns: list[tuple[float, float]] = []
    start = prev = min(covered)
    for x in sorted(covered)[1:]:
        if x - prev > max(3.0, 0.4 * size):
            columns.append((start, prev + 1))
            start = x
        prev = x
    columns.append((start, prev + 1))
    return columns


def _words(chars: list[dict[str, Any]], size: float) -> list[tuple[float, float, str]]:
    chars = sorted(chars, key=lambda c: c["x0"])
    words: list[list[Any]] = []
    for c in chars:
        if c["text"].isspace():
            continue
        if words and c["x0"] - words[-1][1] < 0.12 * size:
            words[-1][1] = max(words[-1][1], c["x1"])
            words[-1][2] += c["text"]
        else:
            words.append([c["x0"], c["x1"], c["text"]])
    return [(w[0], w[1], w[2]) for w in words]


def group_lines(
    chars: Sequence[dict[str, Any]], columns: list[tuple[float, float]], size: float
) -> dict[int, list[Line]]:
    """Body-size lines per column, top to bottom."""
    rows: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for c in chars:
        if abs(float(c["size"]) - size) >= 0.05 or c.get("upright") is False:
            continue
        mid = (c["x0"] + c["x1"]) / 2
        col = next((i for i, (a, b) in enumerate(columns) if a - 1 <= mid <= b + 1), None)
        if col is None:
            continue
        rows.setdefault((col, round(float(c["bottom"]))), []).append(c)
    out: dict[int, list[Line]] = {}
    for (col, _), row in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        words = _words(row, size)
        if not words:
            continue
        line = Line(
            x0=words[0][0],
            x1=words[-1][1],
            top=min(c["top"] for c in row),
            bottom=max(c["bottom"] for c in row),
            size=size,
            words=words,
        )
        lines = out.setdefault(col, [])
        if lines and abs(lines[-1].bottom - line.bottom) < 1.5:  # rounding split one row
            lines[-1].words = sorted(lines[-1].words + words)
            lines[-1].x0, lines[-1].x1 = lines[-1].words[0][0], lines[-1].words[-1][1]
        else:
            lines.append(line)
    return out


def segments(lines: list[Line], pitch: float) -> list[list[Line]]:
    """Runs of lines in one column without a gap of more than 1.6 line pitches."""
    out: list[list[Line]] = []
    for line in lines:
        if out and line.bottom - out[-1][-1].bottom <= 1.6 * pitch:
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _letters(text: str, *, tail: bool) -> int:
    count = 0
    for ch in reversed(text) if tail else text:
        if not ch.isalpha():
            break
        count += 1
    return count


# --- the measures ----------------------------------------------------------------------------


def measure_page(page: Any, area: tuple[float, float, float, float], last: bool) -> PageFigures:
    fig = PageFigures()
    chars = page.chars
    if not last:
        fig.hole = hole_share(_content_boxes(page), area)
    size = body_size(chars)
    if size:
        columns = gutters(chars, size)
        per_column = group_lines(chars, columns, size)
        pitches = [
            b.bottom - a.bottom
            for lines in per_column.values()
            for a, b in itertools.pairwise(lines)
            if 0.9 * size < b.bottom - a.bottom < 2 * size
        ]
        pitch = statistics.median(pitches) if pitches else 1.2 * size
        _measure_lines(fig, per_column, columns, size, pitch)
        fig.one_word = _one_word_display(chars, size)
    fig.unembedded = unembedded_fonts(page)
    fig.ppi = min_ppi(page)
    return fig


def _measure_lines(
    fig: PageFigures,
    per_column: dict[int, list[Line]],
    columns: list[tuple[float, float]],
    size: float,
    pitch: float,
) -> None:
    tops: list[tuple[float, int, float]] = []  # (top, column, bottom) of every column segment
    for col, lines in per_column.items():
        left, right = columns[col]
        width = right - left
        for line in lines:
            for (_, a1, _), (b0, _, _) in zip(line.words, line.words[1:], strict=False):
                gap = (b0 - a1) / size
                if gap <= GAP_CAP_EM:
                    fig.gap = max(fig.gap, gap)
                    if gap > LOOSE_EM:
                        fig.loose += 1
                        break
        for seg in segments(lines, pitch):
            tops.append((seg[0].top, col, seg[-1].bottom))
            run = 0
            for i, line in enumerate(seg):
                word = line.words[-1][2]
                hyphenated = (
                    len(word) > 2 and word[-1] in HYPHENS and word[-2].isalpha() and len(seg) > 1
                )
                run = run + 1 if hyphenated else 0
                fig.run = max(fig.run, run)
                if not hyphenated:
                    continue
                if i == len(seg) - 1:
                    if not _goes_on(per_column, col, line, pitch, size):
                        fig.colend += 1
                    continue
                after = seg[i + 1].words[0][2]
                if after[:1].isupper():
                    continue  # a compound broken at its own hyphen ("Anglo-/Saxon")
                if _letters(word[:-1], tail=True) < 2 or _letters(after, tail=False) < 3:
                    fig.frag += 1
            indent = 0.4 * size

            def indented(line: Line, left: float = left, indent: float = indent) -> bool:
                return line.x0 > left + indent

            def short(line: Line, right: float = right, width: float = width) -> bool:
                return line.x1 < right - 0.15 * width

            if len(seg) > 1:
                head, nxt = seg[0], seg[1]
                if not indented(head) and short(head) and indented(nxt):
                    fig.widows += 1
                foot = seg[-1]
                if indented(foot) and not short(foot) and not indented(seg[-2]):
                    fig.orphans += 1
    # Columns side by side starting at one height are one story's: their depths should match.
    tops.sort()
    for i, (top, col, bottom) in enumerate(tops):
        group = [(col, bottom)]
        for other_top, other_col, other_bottom in tops[i + 1 :]:
            if other_top - top > 2.0:
                break
            group.append((other_col, other_bottom))
        group.sort()
        side = [group[0]]
        for item in group[1:]:
            if item[0] == side[-1][0] + 1:
                side.append(item)
        if len(side) > 1:
            depths = [b for _, b in side]
            fig.balance = max(fig.balance, round((max(depths) - min(depths)) / pitch, 1))


def _goes_on(
    per_column: dict[int, list[Line]], col: int, line: Line, pitch: float, size: float
) -> bool:
    """Whether ``line`` is the end of a piece of a wider line that goes on below: justified
    spaces lined up over a few lines read as gutters and cut one column into pieces, the last
    holding only line ends ("... ten min-" over "utes left."). Walking left through the pieces
    of the same printed line (on its baseline, a word space away, not a gutter), one with a
    line a pitch below means the text goes on."""

    def near(other: Line, bottom: float) -> bool:
        return abs(other.bottom - bottom) < 0.3 * pitch

    piece, left = line, col - 1
    while True:
        lines = per_column.get(left, [])
        joined = [
            o
            for o in lines
            if near(o, piece.bottom) and -size < piece.x0 - o.x1 < PIECE_GAP_EM * size
        ]
        if not joined:
            return False
        if any(near(o, line.bottom + pitch) for o in lines):
            return True
        piece, left = joined[0], left - 1


def _one_word_display(chars: Sequence[dict[str, Any]], size: float) -> int:
    """Display blocks of two lines or more ending in a one-word line."""
    rows: dict[tuple[float, str, int], list[dict[str, Any]]] = {}
    for c in chars:
        s = round(float(c["size"]), 1)
        if s < DISPLAY_RATIO * size or c["text"].isspace():
            continue
        rows.setdefault((s, str(c["fontname"]), round(float(c["bottom"]))), []).append(c)
    lines: list[tuple[float, str, float, list[tuple[float, float, str]]]] = []
    for (s, font, bottom), row in rows.items():
        # a row may hold two headlines side by side: split it at gaps of 2 em
        words = _words(row, s)
        piece: list[tuple[float, float, str]] = []
        for w in words:
            if piece and w[0] - piece[-1][1] > 2 * s:
                lines.append((s, font, bottom, piece))
                piece = []
            piece.append(w)
        if piece:
            lines.append((s, font, bottom, piece))
    lines.sort(key=lambda t: (t[0], t[1], t[3][0][0], t[2]))
    count = 0
    blocks: list[list[tuple[float, str, float, list[tuple[float, float, str]]]]] = []
    for line in sorted(lines, key=lambda t: t[2]):
        for block in blocks:
            b_size, b_font, b_bottom, b_words = block[-1]
            overlap = min(b_words[-1][1], line[3][-1][1]) - max(b_words[0][0], line[3][0][0])
            same = (b_size, b_font) == (line[0], line[1])
            if same and 0 < line[2] - b_bottom <= 1.6 * b_size and overlap > 0:
                block.append(line)
                break
        else:
            blocks.append([line])
    for block in blocks:
        if len(block) >= 2 and len(block[-1][3]) == 1:
            count += 1
    return count


def unembedded_fonts(page: Any) -> set[str]:
    """Fonts the page's resources reference without a font file."""
    out: set[str] = set()
    resources = resolve1(page.page_obj.resources) or {}
    fonts = resolve1(resources.get("Font")) or {}
    for ref in fonts.values():
        font = resolve1(ref)
        name = str(font.get("BaseFont", "?")).strip("/'")
        if str(font.get("Subtype")) in ("/'Type3'", "/Type3"):
            continue
        descendants = resolve1(font.get("DescendantFonts"))
        if descendants:
            font = resolve1(descendants[0])
        descriptor = resolve1(font.get("FontDescriptor")) or {}
        if not any(key in descriptor for key in ("FontFile", "FontFile2", "FontFile3")):
            out.add(name)
    return out


def min_ppi(page: Any) -> float | None:
    best: float | None = None
    for image in page.images:
        w_px, h_px = image.get("srcsize") or (0, 0)
        w_pt, h_pt = image["x1"] - image["x0"], image["bottom"] - image["top"]
        if w_px <= 4 or h_px <= 4 or w_pt <= 1 or h_pt <= 1:
            continue
        ppi = min(w_px / (w_pt / 72), h_px / (h_pt / 72))
        best = ppi if best is None else min(best, ppi)
    return best


def type_area(pdf: Any, style: str) -> list[tuple[float, float, float, float]]:
    """The type area of every page: the style's margins, or (sources) the content's extent."""
    if style != "source":
        name = style.partition(":")[0]
        st = load_style(None if name == "default" else name)
        w, h = st.page.dimensions
        area = (
            st.page.margin_left,
            st.page.margin_top,
            w - st.page.margin_right,
            h - st.page.margin_bottom,
        )
        return [area] * len(pdf.pages)
    extents = []
    for page in pdf.pages:
        boxes = _content_boxes(page)
        if boxes:
            extents.append(
                (
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                )
            )
    if not extents:
        return [(0, 0, float(p.width), float(p.height)) for p in pdf.pages]
    # One type area for the issue: the median extent (a page with a bleed does not widen it).
    x0, top, x1, bottom = (statistics.median(e[i] for e in extents) for i in range(4))
    return [(x0, top, x1, bottom)] * len(pdf.pages)


def measure_pdf(data: bytes, style: str) -> list[PageFigures]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        areas = type_area(pdf, style)
        count = len(pdf.pages)
        return [
            measure_page(page, area, i == count - 1)
            for i, (page, area) in enumerate(zip(pdf.pages, areas, strict=True))
        ]


# --- the run ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """The measures of one issue in one style."""

    issue: str
    style: str
    pages: int
    hole: float
    holes: int
    gap: float
    loose: int
    frag: int
    run: int
    colend: int
    one_word: int
    widows: int
    orphans: int
    balance: float
    noemb: int
    ppi: float | None
    #: jumps breaking the rule (under 6 lines before or after, or a second jump); None: source
    jumps: int | None = None
    #: story modules whose columns differ by more than a line (from the plan); None: source
    unbalanced: int | None = None


def summarise(issue: str, style: str, figs: list[PageFigures]) -> Row:
    ppis = [f.ppi for f in figs if f.ppi is not None]
    return Row(
        issue=issue,
        style=style,
        pages=len(figs),
        hole=max((f.hole for f in figs), default=0.0),
        holes=sum(f.hole > 0.10 for f in figs),
        gap=max((f.gap for f in figs), default=0.0),
        loose=sum(f.loose for f in figs),
        frag=sum(f.frag for f in figs),
        run=max((f.run for f in figs), default=0),
        colend=sum(f.colend for f in figs),
        one_word=sum(f.one_word for f in figs),
        widows=sum(f.widows for f in figs),
        orphans=sum(f.orphans for f in figs),
        balance=max((f.balance for f in figs), default=0.0),
        noemb=len(set().union(*(f.unembedded for f in figs))),
        ppi=min(ppis) if ppis else None,
    )


HEADER = (
    "issue", "style", "pp", "hole", ">10%", "gap", "loose", "frag", "run", "colend",
    "1word", "wid", "orph", "bal", "unbal", "noemb", "ppi", "jump",
)  # fmt: skip


def render_row(row: Row) -> list[str]:
    return [
        row.issue[:24],
        row.style,
        str(row.pages),
        f"{row.hole:.0%}",
        str(row.holes),
        f"{row.gap:.2f}",
        str(row.loose),
        str(row.frag),
        str(row.run),
        str(row.colend),
        str(row.one_word),
        str(row.widows),
        str(row.orphans),
        f"{row.balance:.1f}",
        "-" if row.unbalanced is None else str(row.unbalanced),
        str(row.noemb),
        "-" if row.ppi is None else f"{row.ppi:.0f}",
        "-" if row.jumps is None else str(row.jumps),
    ]


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            c.ljust(w) if i < 2 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    )


def totals(rows: list[Row], style: str) -> Row:
    mine = [r for r in rows if r.style == style]
    ppis = [r.ppi for r in mine if r.ppi is not None]
    return Row(
        issue="ALL",
        style=style,
        pages=sum(r.pages for r in mine),
        hole=max(r.hole for r in mine),
        holes=sum(r.holes for r in mine),
        gap=max(r.gap for r in mine),
        loose=sum(r.loose for r in mine),
        frag=sum(r.frag for r in mine),
        run=max(r.run for r in mine),
        colend=sum(r.colend for r in mine),
        one_word=sum(r.one_word for r in mine),
        widows=sum(r.widows for r in mine),
        orphans=sum(r.orphans for r in mine),
        balance=max(r.balance for r in mine),
        noemb=sum(r.noemb for r in mine),
        ppi=min(ppis) if ppis else None,
        jumps=None if style == "source" else sum(r.jumps or 0 for r in mine),
        unbalanced=None if style == "source" else sum(r.unbalanced or 0 for r in mine),
    )


def plan_balance(plan: Plan, style: str) -> BalanceFigures:
    """The balance of a plan in ``style`` (in its body lines; a jump line counts as filled)."""
    fonts = load_style(None if style == "default" else style).fonts
    return balance_figures(plan, fonts.body.line_height, fonts.jump.line_height + JUMP_PAD)


def inputs(only: str | None) -> list[tuple[str, Path, Path]]:
    """(name, what to read, source PDF) for the sample and every corpus issue."""
    found = [("sample", SAMPLE, SAMPLE_SOURCE)]
    found += [(p.stem, p, p) for p in sorted(CORPUS.glob("*.pdf"))]
    return [f for f in found if only is None or only in f[0]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--only", help="only issues whose name contains this")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "typo")
    parser.add_argument("--no-source", action="store_true", help="skip the source PDFs")
    parser.add_argument(
        "--pagination",
        default=",".join(MODES),
        help="pagination modes to measure (a mode other than auto is labelled style:mode)",
    )
    args = parser.parse_args(argv)
    styles = [
        style if mode == "auto" else f"{style}:{mode}"
        for mode in args.pagination.split(",")
        if mode
        for style in args.styles.split(",")
        if style
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    per_page: list[str] = ["issue\tstyle\tpage\t" + "\t".join(f.name for f in fields(PageFigures))]
    started = time.monotonic()
    for name, path, source in inputs(args.only):
        issue: Issue = newslayout.read(path)[0]
        runs: list[tuple[str, bytes]] = []
        faults: dict[str, int] = {}
        balances: dict[str, BalanceFigures] = {}
        if not args.no_source:
            runs.append(("source", source.read_bytes()))
        for style in styles:
            name_of_style, _, mode = style.partition(":")
            options = WriteOptions(
                style=None if name_of_style == "default" else name_of_style,
                base_dir=path.parent,
                pagination=mode or "auto",
            )
            plans: list[Plan] = []
            data = write_pdf(issue, options=options, log=Log(), on_plan=plans.append)
            faults[style] = jump_figures(plans[-1]).faults
            balances[style] = plan_balance(plans[-1], name_of_style)
            (args.out / f"{name}.{style.replace(':', '-')}.pdf").write_bytes(data)
            runs.append((style, data))
        for style, data in runs:
            figs = measure_pdf(data, style)
            balance = balances.get(style)
            if balance is not None:  # the plan's exact figure replaces the PDF heuristic
                for number, fig in enumerate(figs, start=1):
                    fig.balance = balance.worst.get(number, 0.0)
            rows.append(summarise(name, style, figs))
            rows[-1].jumps = faults.get(style)
            rows[-1].unbalanced = None if balance is None else balance.over
            for number, fig in enumerate(figs, start=1):
                values = [getattr(fig, f.name) for f in fields(PageFigures)]
                cells = [
                    ",".join(sorted(v)) if isinstance(v, set) else f"{v:.3g}" if v else "0"
                    for v in values
                ]
                per_page.append("\t".join([name, style, str(number), *cells]))
        print(f"  measured {name} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    (args.out / "pages.tsv").write_text("\n".join(per_page) + "\n", encoding="utf-8")
    order = (["source"] if not args.no_source else []) + styles
    rows.sort(key=lambda r: (order.index(r.style), r.issue))
    body = [list(HEADER)] + [render_row(r) for r in rows]
    summary = [list(HEADER)] + [render_row(totals(rows, s)) for s in order]
    text = table(body) + "\n\nper style (hole, gap, run, bal: worst; others: sums)\n"
    text += table(summary) + "\n"
    (args.out / "table.txt").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
