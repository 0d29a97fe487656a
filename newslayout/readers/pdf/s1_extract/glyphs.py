"""Glyphs -> words: ligatures expanded, fake-bold duplicates dropped, out-of-order text sorted.

Producers draw text very differently (LaTeX without space glyphs, browsers with them, office
suites glyph by glyph with odd spacing, some in an order that has nothing to do with reading),
so words are rebuilt from geometry alone: glyphs are grouped into rows by baseline, sorted left
to right, and split where the gap is wider than a word space for that row.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterable, Sequence

from newslayout.readers.pdf.types import Glyph, Word

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_TABLE = str.maketrans(LIGATURES)
SOFT_HYPHEN = "\u00ad"
#: Gap (in em of the glyph size) above which two glyphs of a row belong to different words.
WORD_GAP_EM = 0.1
#: Letter spacing never opens a word wider than this (em): a wider gap is a word space.
LETTER_SPACED_MAX_EM = 1.0
#: Rows: glyphs whose bottoms differ by less than this many em share a row.
ROW_TOLERANCE_EM = 0.3
#: Glyphs of one row whose sizes differ by more than this ratio are on separate rows.
ROW_SIZE_RATIO = 1.6
#: A space glyph the next glyph starts within this many em of is not a word space.
ZERO_ADVANCE_EM = 0.05
#: A soft hyphen glyph at least this wide (em) is drawn: a printed hyphen, not a hidden one.
VISIBLE_HYPHEN_EM = 0.15
#: A duplicate glyph drawn within this fraction of its width is fake bold.
DUPLICATE_FRACTION = 0.3

#: A zero-width glyph (a combining mark, a bare space) is taken as this wide (pt), so the fake-bold
#: test still has a tolerance to compare within.
MIN_GLYPH_WIDTH_PT = 0.5
#: Sizes are floored at this (pt) before a ratio is taken: a zero-size glyph must not divide by 0.
MIN_SIZE_PT = 0.1
#: A row is letter-spaced when its median gap between glyphs exceeds this share of a word gap...
LETTER_SPACED_SHARE = 0.5
#: ... and then a word space is at least this many of its letter gaps.
LETTER_SPACED_WORD_GAP = 1.8
#: Neighbouring glyphs whose sizes differ by more than this share are separate words (a drop
#: cap or a superscript beside the line).
WORD_SIZE_STEP = 0.35
#: Font names remembered for the bold/italic tests: a document has a handful, the bound only
#: keeps a hostile file with thousands of names from growing the cache.
FONT_NAME_CACHE = 4096

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|[-,]B$|\bBd\b", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique|[-,]It$|\bIt\b|slanted", re.IGNORECASE)

#: Fake-bold cells are keyed by one int, ``kx * _CELL_STRIDE + ky`` (a tuple per lookup costs
#: more than the check itself); pages with coordinates this large take the tuple-keyed path.
_CELL_STRIDE = 1 << 32
_CELL_LIMIT = 1 << 30
_NEIGHBOURS = tuple(dx * _CELL_STRIDE + dy for dx in (-1, 0, 1) for dy in (-1, 0, 1))


@functools.lru_cache(maxsize=FONT_NAME_CACHE)
def is_bold_font(name: str) -> bool:
    """Whether a font name says bold (subset prefixes such as ``ABCDEF+`` are ignored).

    Cached: a page has thousands of words but only a handful of font names.
    """
    return bool(_BOLD.search(name.split("+", 1)[-1]))


@functools.lru_cache(maxsize=FONT_NAME_CACHE)
def is_italic_font(name: str) -> bool:
    """Whether a font name says italic or oblique (cached like :func:`is_bold_font`)."""
    return bool(_ITALIC.search(name.split("+", 1)[-1]))


def expand_ligatures(text: str) -> str:
    """Replace ligature code points by their letters ("ﬁ" -> "fi")."""
    if text.isascii():  # ligature code points are not ASCII: most words stop here
        return text
    return text.translate(_LIGATURE_TABLE)


def drop_fake_bold(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """Remove glyphs drawn again almost on top of an identical glyph (fake bold, shadows).

    A glyph is a duplicate when an earlier kept glyph with the same text lies in a
    neighbouring 1-pt cell (by ``int(x0)``, ``int(bottom)``) within 0.3 of its width across
    and 0.3 em down. Most pages have no two same-text glyphs in neighbouring cells at all,
    which :func:`_may_have_twins` finds with set operations; only then are cells walked.
    """
    xs = [g[1] for g in glyphs]
    bottoms = [g[4] for g in glyphs]
    if xs and not (
        -_CELL_LIMIT < min(xs) <= max(xs) < _CELL_LIMIT
        and -_CELL_LIMIT < min(bottoms) <= max(bottoms) < _CELL_LIMIT
    ):
        return _drop_fake_bold_tuple_keys(glyphs)  # absurd coordinates (or inf): exact path
    if not _may_have_twins(glyphs):
        return list(glyphs)
    seen: dict[str, dict[int, list[Glyph]]] = {}
    out: list[Glyph] = []
    append = out.append
    for g in glyphs:
        text = g[0]
        if text.isspace():
            append(g)
            continue
        code = int(g[1]) * _CELL_STRIDE + int(g[4])
        cells = seen.get(text)
        if cells is None:
            seen[text] = {code: [g]}
            append(g)
            continue
        if _has_twin(g, code, cells):
            continue
        bucket = cells.get(code)
        if bucket is None:
            cells[code] = [g]
        else:
            bucket.append(g)
        append(g)
    return out


def _may_have_twins(glyphs: Sequence[Glyph]) -> bool:
    """Whether two non-space glyphs of the same text share or neighbour a 1-pt cell.

    Each glyph becomes one int (text id, ``int(x0)``, ``int(bottom)``); shifting the whole set
    by each neighbour offset and intersecting runs in C. Coordinates are bounded by
    ``_CELL_LIMIT`` (checked by the caller), so the ints never alias.
    """
    ids: dict[str, int] = {}
    stride = _CELL_STRIDE * _CELL_STRIDE
    codes = [
        ids.setdefault(g[0], len(ids)) * stride + int(g[1]) * _CELL_STRIDE + int(g[4])
        for g in glyphs
        if not g[0].isspace()
    ]
    cells = set(codes)
    if len(cells) < len(codes):
        return True
    return any(
        not cells.isdisjoint(map(offset.__add__, cells)) for offset in _NEIGHBOURS if offset > 0
    )


def _has_twin(g: Glyph, code: int, cells: dict[int, list[Glyph]]) -> bool:
    """Whether a kept glyph of the same text in a neighbouring cell duplicates ``g``."""
    x_tol = DUPLICATE_FRACTION * max(g[2] - g[1], MIN_GLYPH_WIDTH_PT)
    y_tol = DUPLICATE_FRACTION * g[5]
    x0, bottom = g[1], g[4]
    for offset in _NEIGHBOURS:
        others = cells.get(code + offset)
        if others:
            for other in others:
                if abs(other[1] - x0) < x_tol and abs(other[4] - bottom) < y_tol:
                    return True
    return False


def _drop_fake_bold_tuple_keys(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """:func:`drop_fake_bold` with ``(text, kx, ky)`` keys, for any coordinate magnitude."""
    seen: dict[tuple[str, int, int], list[Glyph]] = {}
    out: list[Glyph] = []
    for g in glyphs:
        if g.text.isspace():
            out.append(g)
            continue
        kx, ky = int(g.x0), int(g.bottom)
        width = max(g.x1 - g.x0, MIN_GLYPH_WIDTH_PT)
        duplicate = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in seen.get((g.text, kx + dx, ky + dy), ()):
                    if (
                        abs(other.x0 - g.x0) < DUPLICATE_FRACTION * width
                        and abs(other.bottom - g.bottom) < DUPLICATE_FRACTION * g.size
                    ):
                        duplicate = True
                        break
        if not duplicate:
            seen.setdefault((g.text, kx, ky), []).append(g)
            out.append(g)
    return out


def group_rows(glyphs: Iterable[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline (bottom), each row sorted left to right."""
    ordered = sorted(glyphs, key=_BOTTOM_X0)
    rows: list[list[Glyph]] = []
    anchor = 0.0
    row: list[Glyph] = []
    for g in ordered:
        if rows and g[4] - anchor <= ROW_TOLERANCE_EM * max(g[5], 1.0):
            row.append(g)
        else:
            row = [g]
            rows.append(row)
            anchor = g[4]
    out: list[list[Glyph]] = []
    for row in rows:
        row.sort(key=_X0)
        sizes = [g[5] for g in row]
        if max(sizes) > ROW_SIZE_RATIO * max(min(sizes), MIN_SIZE_PT):
            out.extend(_split_sizes(row))
        else:
            out.append(row)
    return out


def _split_sizes(row: list[Glyph]) -> list[list[Glyph]]:
    """A row of glyphs split into rows of like size (top first), each left to right.

    Box bottoms follow the font's descent, so a small line tucked under big type (a tagline
    under a nameplate) can share a row with it; interleaved by x they would cut each other's
    words into pieces ("Wend m e r e").
    """
    parts = [[g for g in row if lo <= g[5] <= hi] for lo, hi in size_bands(g[5] for g in row)]
    return sorted(parts, key=lambda gs: min(g[3] for g in gs))


def size_bands(sizes: Iterable[float]) -> list[tuple[float, float]]:
    """Type sizes grouped into bands (smallest, largest), a new band wherever one size is more
    than ``ROW_SIZE_RATIO`` times the one below it: the sizes that can share one line."""
    ordered = sorted(set(sizes))
    groups: list[list[float]] = [[ordered[0]]]
    for size in ordered[1:]:
        if size > ROW_SIZE_RATIO * groups[-1][-1]:
            groups.append([size])
        else:
            groups[-1].append(size)
    return [(group[0], group[-1]) for group in groups]


_BOTTOM_X0 = operator.itemgetter(4, 1)
_X0 = operator.itemgetter(1)


def _row_threshold(row: Sequence[Glyph]) -> float:
    """The word-gap threshold of a row; wider for letter-spaced rows."""
    gaps = sorted(b[1] - a[2] for a, b in itertools.pairwise(row) if not b[0].isspace())
    size = sorted([g[5] for g in row])[len(row) // 2]
    base = WORD_GAP_EM * size
    if not gaps:
        return base
    median = gaps[len(gaps) // 2]
    if median > LETTER_SPACED_SHARE * base:  # letter-spaced: every glyph stands apart
        # ... but by less than an em: two lone glyphs far apart on one row (drop caps level in
        # two columns) are two words, not one word letter-spaced across the gutter.
        return max(base, min(median * LETTER_SPACED_WORD_GAP, LETTER_SPACED_MAX_EM * size))
    return base


def _visible_hyphen(g: Glyph) -> str:
    """A soft hyphen drawn with a hyphen's advance is a printed hyphen: "-".

    A soft hyphen (U+00AD) is invisible unless the line breaks there, so an engine that
    leaves one mid-word in the text layer draws nothing for it (zero advance). Some engines
    map their hyphen glyph itself to U+00AD, so that every printed hyphen reads as "soft",
    compounds ("third-grader", "5-2") and line-end breaks alike; the glyph's width tells
    them apart, and a printed line-end hyphen is left to the dehyphenator's evidence.
    """
    text = g[0]
    if text == SOFT_HYPHEN and g[2] - g[1] >= VISIBLE_HYPHEN_EM * g[5]:
        return "-"
    return text


def _make_word(glyphs: Sequence[Glyph]) -> Word | None:
    text = "".join([g[0] for g in glyphs])
    if SOFT_HYPHEN in text:
        text = "".join([_visible_hyphen(g) for g in glyphs])
    soft = text.endswith(SOFT_HYPHEN)
    if SOFT_HYPHEN in text:
        text = text.replace(SOFT_HYPHEN, "")
    text = expand_ligatures(text)
    if not text.strip():
        return None
    first = glyphs[0]
    font, size, color = first[6], first[5], first[7]
    if all(g[6] == font and g[5] == size and g[7] == color for g in glyphs):
        size = round(size, 1)
    else:  # mixed styles: the style of most glyphs (the first one on a tie)
        weights: dict[tuple[str, float, str], int] = {}
        for g in glyphs:
            key = (g[6], round(g[5], 1), g[7])
            weights[key] = weights.get(key, 0) + 1
        font, size, color = max(weights.items(), key=lambda kv: kv[1])[0]
    return Word(
        text=text,
        x0=min([g[1] for g in glyphs]),
        x1=max([g[2] for g in glyphs]),
        top=min([g[3] for g in glyphs]),
        bottom=max([g[4] for g in glyphs]),
        size=size,
        bold=is_bold_font(font),
        italic=is_italic_font(font),
        font=font,
        color=color,
        hyphen_soft=soft,
    )


def _zero_advance(space: Glyph, nxt: Glyph | None) -> bool:
    """A space glyph the next glyph is drawn on top of: no word space but an invisible mark.

    Browsers print a word's soft hyphens (U+00AD) as space-mapped glyphs with no advance
    ("bar ri er" otherwise); a real word space always moves the pen on.
    """
    return (
        nxt is not None
        and not nxt.text.isspace()
        and nxt.x0 - space.x0 < ZERO_ADVANCE_EM * space.size
    )


def glyphs_to_words(glyphs: Sequence[Glyph]) -> list[Word]:
    """Words of a page from its glyphs, row by row, left to right."""
    words: list[Word] = []
    for row in group_rows(drop_fake_bold(glyphs)):
        threshold = _row_threshold(row)
        current: list[Glyph] = []
        prev: Glyph | None = None
        last = len(row) - 1
        for i, g in enumerate(row):
            if g[0].isspace():
                if _zero_advance(g, row[i + 1] if i < last else None):
                    continue
                if current:
                    word = _make_word(current)
                    if word:
                        words.append(word)
                current, prev = [], None
                continue
            if prev is not None and (
                g[1] - prev[2] > threshold or abs(g[5] - prev[5]) > WORD_SIZE_STEP * prev[5]
            ):
                word = _make_word(current)
                if word:
                    words.append(word)
                current = []
            current.append(g)
            prev = g
        if current:
            word = _make_word(current)
            if word:
                words.append(word)
    return words
