"""Glyphs -> words: ligatures expanded, fake-bold duplicates dropped, out-of-order text sorted.

Producers draw text very differently (LaTeX without space glyphs, browsers with them, office
suites glyph by glyph with odd spacing, some in an order that has nothing to do with reading),
so words are rebuilt from geometry alone: glyphs are grouped into rows by baseline, sorted left
to right, and split where the gap is wider than a word space for that row.
"""

from __future__ import annotations

import itertools
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
SOFT_HYPHEN = "\u00ad"
#: Gap (in em of the glyph size) above which two glyphs of a row belong to different words.
WORD_GAP_EM = 0.1
#: Rows: glyphs whose bottoms differ by less than this many em share a row.
ROW_TOLERANCE_EM = 0.3
#: A space glyph the next glyph starts within this many em of is not a word space.
ZERO_ADVANCE_EM = 0.05
#: A duplicate glyph drawn within this fraction of its width is fake bold.
DUPLICATE_FRACTION = 0.3

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|[-,]B$|\bBd\b", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique|[-,]It$|\bIt\b|slanted", re.IGNORECASE)


def is_bold_font(name: str) -> bool:
    """Whether a font name says bold (subset prefixes such as ``ABCDEF+`` are ignored)."""
    return bool(_BOLD.search(name.split("+", 1)[-1]))


def is_italic_font(name: str) -> bool:
    """Whether a font name says italic or oblique."""
    return bool(_ITALIC.search(name.split("+", 1)[-1]))


def expand_ligatures(text: str) -> str:
    """Replace ligature code points by their letters ("ﬁ" -> "fi")."""
    if not any(ch in LIGATURES for ch in text):
        return text
    return "".join(LIGATURES.get(ch, ch) for ch in text)


def drop_fake_bold(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """Remove glyphs drawn again almost on top of an identical glyph (fake bold, shadows)."""
    seen: dict[tuple[str, int, int], list[Glyph]] = {}
    out: list[Glyph] = []
    for g in glyphs:
        if g.text.isspace():
            out.append(g)
            continue
        kx, ky = int(g.x0), int(g.bottom)
        width = max(g.x1 - g.x0, 0.5)
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
    ordered = sorted(glyphs, key=lambda g: (g.bottom, g.x0))
    rows: list[list[Glyph]] = []
    anchor = 0.0
    for g in ordered:
        if rows and g.bottom - anchor <= ROW_TOLERANCE_EM * max(g.size, 1.0):
            rows[-1].append(g)
        else:
            rows.append([g])
            anchor = g.bottom
    for row in rows:
        row.sort(key=lambda g: g.x0)
    return rows


def _row_threshold(row: Sequence[Glyph]) -> float:
    """The word-gap threshold of a row; wider for letter-spaced rows."""
    gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(row) if not b.text.isspace())
    size = sorted(g.size for g in row)[len(row) // 2]
    base = WORD_GAP_EM * size
    if not gaps:
        return base
    median = gaps[len(gaps) // 2]
    if median > 0.5 * base:  # letter-spaced: every glyph stands apart
        return max(base, median * 1.8)
    return base


def _make_word(glyphs: Sequence[Glyph]) -> Word | None:
    text = "".join(g.text for g in glyphs)
    soft = text.endswith(SOFT_HYPHEN)
    text = expand_ligatures(text.replace(SOFT_HYPHEN, ""))
    if not text.strip():
        return None
    weights: dict[tuple[str, float, str], int] = {}
    for g in glyphs:
        key = (g.font, round(g.size, 1), g.color)
        weights[key] = weights.get(key, 0) + 1
    font, size, color = max(weights.items(), key=lambda kv: kv[1])[0]
    return Word(
        text=text,
        x0=min(g.x0 for g in glyphs),
        x1=max(g.x1 for g in glyphs),
        top=min(g.top for g in glyphs),
        bottom=max(g.bottom for g in glyphs),
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
        for i, g in enumerate(row):
            if g.text.isspace() and _zero_advance(g, row[i + 1] if i + 1 < len(row) else None):
                continue
            if g.text.isspace():
                if current:
                    word = _make_word(current)
                    if word:
                        words.append(word)
                current, prev = [], None
                continue
            if prev is not None and (
                g.x0 - prev.x1 > threshold or abs(g.size - prev.size) > 0.35 * prev.size
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
