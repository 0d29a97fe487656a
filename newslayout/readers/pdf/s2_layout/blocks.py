"""Stage 2, blocks: a region's words -> lines -> text blocks.

A block is a run of lines that look alike and follow one another closely: a new block starts
on a change of size, weight, slant, colour or typeface, on a vertical gap wider than the
region's usual leading, and (for text near body size) where a new paragraph starts, told by
an indent, by a previous line that ended although the next word would have fitted, or, in
justified text, by a line that stops short of the right edge. Lines on a shaded box are
measured against the box's own text (its left edge, its longest line), not the column's, and
list items set with a hanging indent keep their continuation lines (``list_items``).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from newslayout.cues.sentences import ends_sentence
from newslayout.geometry import Box
from newslayout.readers.pdf.params import LAYOUT, LayoutSettings
from newslayout.readers.pdf.s1_extract.glyphs import size_bands
from newslayout.readers.pdf.s2_layout.columns import Region
from newslayout.readers.pdf.s2_layout.drop_caps import join_drop_caps
from newslayout.readers.pdf.s2_layout.lanes import rejoin_small_print
from newslayout.readers.pdf.s2_layout.list_items import hangs_under, opens_item
from newslayout.readers.pdf.types import Item, Line, Picture, Shade, TextBlock, Word

#: Lines whose bottoms differ by less than this many em are one line.
LINE_TOLERANCE_EM = 0.3
#: Indent (em) that marks a paragraph's first line.
INDENT_EM = 0.6
#: A paragraph indent is at most this wide (em); wider is centring or a box.
MAX_INDENT_EM = 4.0
#: Extra gap (em) above the region's usual line gap that separates blocks.
GAP_EM = 0.35
#: Sizes within this ratio count as the same size.
SIZE_RATIO = 1.08
#: Text up to this multiple of the body size is split into paragraphs.
PARAGRAPH_SIZE_RATIO = 1.15
#: Justified text: a line ending within FLUSH_PT of the right edge is flush (engines justify
#: to a few hundredths of a point; LibreOffice to about 0.25 pt); a region is justified when
#: this share of its lines (at least 3) are; a line short of the edge by more than SHORT_PT
#: there ends its paragraph.
FLUSH_PT = 0.3
JUSTIFIED_SHARE = 0.7
SHORT_PT = 0.35
#: Punctuation hung into the margin of justified text ends at most this far (em) past it.
HUNG_EM = 0.5
#: ... and it takes at least this many flush lines to call a region justified.
JUSTIFIED_MIN_LINES = 3
#: A ragged line ends its paragraph when the next line's first word, and a word space of this
#: many em, would have fitted after it (a line breaks early only at a paragraph's end).
FIT_SPACE_EM = 0.3
#: The baseline cut's columns are kept apart around a row it split into this many lines.
CUT_PIECES = 2
HYPHENS = ("-", "\u2010", "\u00ad")


@functools.cache
def family(font: str) -> str:
    """A font's family name without subset prefix and style suffix ("TeXGyreTermes").

    Cached: a page has a handful of fonts and every line pair of it asks (hot on dense pages).
    """
    name = font.split("+", 1)[-1]
    for sep in ("-", ","):
        name = name.split(sep, 1)[0]
    for suffix in ("MT", "PS", "Bold", "Italic", "Regular", "Oblique"):
        name = name.removesuffix(suffix)
    return name.lower()


def region_lines(items: Sequence[Item], settings: LayoutSettings = LAYOUT) -> list[Line]:
    """The text lines of a region, top to bottom, words left to right (two columns' words
    on one baseline cut apart by ``settings.apart``/``gutter_band``/``near_rows``)."""
    words = sorted((w for item in items for w in item.words), key=lambda w: (w.bottom, w.x0))
    lines: list[list[Word]] = []
    anchor = 0.0
    for w in words:
        if lines and w.bottom - anchor <= LINE_TOLERANCE_EM * max(w.size, 1.0):
            lines[-1].append(w)
        else:
            lines.append([w])
            anchor = w.bottom
    rows: list[list[Line]] = []
    for i, ws in enumerate(lines):
        near = _near(lines, i, settings.near_rows)
        rows.append(
            [
                Line(words=tuple(piece))
                for part in _split_sizes(ws)
                for piece in _split_apart(sorted(part, key=lambda w: w.x0), near, settings)
            ]
        )
    return rejoin_lanes(rows, [_cut_at(lines[i], row) for i, row in enumerate(rows)])


def _cut_at(words: list[Word], row: list[Line]) -> float | None:
    """The middle of the gap where the baseline cut split a row of one size band into two
    lines (``None`` when it did not): the border of the two columns sharing the baseline."""
    if len(row) != CUT_PIECES or len(_split_sizes(words)) != 1:
        return None
    left, right = sorted(row, key=lambda line: line.x0)
    return (left.x1 + right.x0) / 2 if left.x1 < right.x0 else None


def rejoin_lanes(rows: Sequence[list[Line]], cuts: Sequence[float | None]) -> list[Line]:
    """The region's lines in reading order, each column's lines of a cut kept together.

    Where the baseline cut split a row into two columns' lines (a credit or caption level with
    the text wrapped beside its photo, a signature level with the next column's text), the
    rows above and below it whose every line lies on one side of the cut hold the same two
    columns: the lines left of it are read first, then the lines right of it, so a caption or
    credit broken over several rows stays one run of lines (one block) instead of alternating
    with the other column's lines. A line across the cut ends the run.
    """
    out: list[Line] = []
    i = floor = 0  # rows from ``floor`` on were read in their order (no run took them)
    while i < len(rows):
        mid = cuts[i]
        if mid is None:
            out.extend(rows[i])
            i += 1
            continue
        start, end = i, i + 1
        while start > floor and _one_side(rows[start - 1], mid):
            start -= 1
        while end < len(rows) and _one_side(rows[end], mid):
            end += 1
        del out[len(out) - sum(len(r) for r in rows[start:i]) :]
        lane = [line for row in rows[start:end] for line in row]
        out.extend(line for line in lane if line.x1 <= mid)
        out.extend(line for line in lane if line.x1 > mid)
        i = floor = end
    return out


def _one_side(row: Sequence[Line], mid: float) -> bool:
    """Whether every line of a row lies wholly left or wholly right of ``mid``."""
    return all(line.x1 <= mid or line.x0 >= mid for line in row)


def _near(rows: Sequence[list[Word]], i: int, near_em: float) -> list[Word]:
    """The words of the rows above and below row ``i`` whose bottoms lie within ``near_em``."""
    bottom, size = rows[i][0].bottom, max(w.size for w in rows[i])
    return [
        w
        for j, other in enumerate(rows)
        if j != i and abs(other[0].bottom - bottom) <= near_em * size
        for w in other
    ]


def _split_apart(
    words: list[Word], near: Sequence[Word], settings: LayoutSettings
) -> list[list[Word]]:
    """A row's words (left to right) cut where two neighbours stand far apart in another
    size or face with a gutter between them: the two sides are lines of different columns
    that share a baseline.

    A wide gap alone does not cut (a loosely justified line, a tabbed row of one style), nor
    does a change of face alone (an italic phrase inside a line), nor a gap the rows above
    and below fill (a run-in label with its text tabbed after it: "Saturday:   Farmers'").
    """
    pieces = [[words[0]]]
    for a, b in itertools.pairwise(words):
        size = max(a.size, b.size)
        apart = b.x0 - a.x1 > settings.apart * size
        if apart and _unlike(a, b) and _gutter(a, b, near, size, settings.gutter_band):
            pieces.append([b])
        else:
            pieces[-1].append(b)
    return pieces


def _gutter(a: Word, b: Word, near: Sequence[Word], size: float, band: float) -> bool:
    """Whether a gutter runs between ``a`` and ``b``: the words of the near rows set in the
    larger of their sizes (the running text; the smaller piece is the jump line or the
    caption) leave a band ``band`` em wide free in the gap (or the whole gap: a jump line
    under the end of its column's text, level with the next column's).

    Smaller text (a caption set across both columns above) is no evidence either way.
    """
    inside = sorted(
        (w for w in near if _same_size(w.size, size) and w.x1 > a.x1 and w.x0 < b.x0),
        key=lambda w: w.x0,
    )
    edge = a.x1
    for w in inside:
        if w.x0 - edge >= band * size:
            return True
        edge = max(edge, w.x1)
    return b.x0 - edge >= band * size


def _unlike(a: Word, b: Word) -> bool:
    """Whether two words are set in another size, face or typeface."""
    return (
        not _same_size(a.size, b.size) or _face(a) != _face(b) or family(a.font) != family(b.font)
    )


def _split_sizes(words: list[Word]) -> list[list[Word]]:
    """A row's words split into size bands (``glyphs.size_bands``), top first.

    Bottoms are box bottoms (the font's descent), so a small line tucked under big type (a
    tagline under a nameplate) can share a display line's bottom; the two are never one line.
    """
    bands = size_bands(w.size for w in words)
    if len(bands) == 1:
        return [words]
    parts = [[w for w in words if lo <= w.size <= hi] for lo, hi in bands]
    if _side_by_side(parts):
        # A label set before a display line on its baseline ("SPORT  Private museum for"):
        # it is read first, so the display line's next line follows it, not the label.
        return sorted(parts, key=lambda ws: min(w.x0 for w in ws))
    return sorted(parts, key=lambda ws: min(w.top for w in ws))


def _side_by_side(parts: list[list[Word]]) -> bool:
    """Whether the size bands of a row sit side by side (no two overlap horizontally)."""
    spans = sorted((min(w.x0 for w in ws), max(w.x1 for w in ws)) for ws in parts)
    return all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def _style(line: Line) -> tuple[bool, bool, str, str]:
    fonts: dict[str, int] = {}
    colors: dict[str, int] = {}
    for w in line.words:
        fonts[family(w.font)] = fonts.get(family(w.font), 0) + len(w.text)
        colors[w.color] = colors.get(w.color, 0) + len(w.text)
    return (
        line.bold,
        line.italic,
        max(fonts.items(), key=lambda kv: kv[1])[0],
        max(colors.items(), key=lambda kv: kv[1])[0],
    )


def _style_changes(a: Line, b: Line) -> bool:
    """Whether line ``b`` is set in another style than line ``a``.

    Weight and slant alone change the style only when a line set wholly in one weight and
    slant meets another: ``b`` all bold or italic in a face ``a`` does not end in (a bold
    subhead after body), or ``a`` all bold or italic and ``b`` starting otherwise (body after a
    subhead).
    A bold or italic phrase inside a paragraph ("... Thank you. — / **Marguerite Anand**,
    Cliff Road") can make a line mostly bold without making it a new block.
    """
    sa, sb = _style(a), _style(b)
    if sa == sb:
        return False
    if sa[2:] != sb[2:]:
        return True
    last, first = _face(a.words[-1]), _face(b.words[0])
    face_a, face_b = _uniform_face(a), _uniform_face(b)
    if face_b is not None and face_b != last and face_b != (False, False):
        return True  # (plain text after a line ending in italics runs on: "... *in italics* / The")
    return face_a is not None and face_a != (False, False) and face_a != first


def _face(word: Word) -> tuple[bool, bool]:
    return (word.bold, word.italic)


def _uniform_face(line: Line) -> tuple[bool, bool] | None:
    """(bold, italic) when every word of the line shares it, else ``None``."""
    faces = {_face(w) for w in line.words}
    return faces.pop() if len(faces) == 1 else None


def _same_size(a: float, b: float) -> bool:
    return max(a, b) <= SIZE_RATIO * min(a, b)


def ends_with_hyphen(line: Line) -> bool:
    """Whether a line ends in a line-end hyphen (not a dash)."""
    last = line.words[-1]
    return last.hyphen_soft or (last.text.endswith(HYPHENS) and len(last.text) > 1)


def text_size(lines: Sequence[Line]) -> float:
    """The size most of a region's lines are set in (its running text)."""
    sizes: dict[float, int] = {}
    for line in lines:
        sizes[line.size] = sizes.get(line.size, 0) + 1
    return max(sizes.items(), key=lambda kv: kv[1])[0]


def justified_edge(lines: Sequence[Line]) -> float | None:
    """The right edge of a region's justified text, or ``None`` when it is not justified.

    Justified: most lines of the region's text size that another such line follows end at
    one x (the most common end; punctuation hung into the margin ends past it, by less than
    ``HUNG_EM``), so a paragraph's last line is the only short one. Headlines and bylines do
    not count. A line ending well past that x is not flush: in ragged text a few lines can
    share an end by chance, and the longer lines around them are no evidence of justification.
    """
    size = text_size(lines)
    inner = [a.x1 for a, b in itertools.pairwise(lines) if a.size == size and b.size == size]
    if len(inner) < JUSTIFIED_MIN_LINES:
        return None
    ends: dict[float, int] = {}
    for x in inner:
        ends[round(x)] = ends.get(round(x), 0) + 1
    edge = max(x for x in inner if abs(round(x) - max(ends, key=lambda k: ends[k])) <= 1)
    flush = sum(edge - FLUSH_PT <= x <= edge + HUNG_EM * size for x in inner)
    return edge if flush >= JUSTIFIED_MIN_LINES and flush >= JUSTIFIED_SHARE * len(inner) else None


def _breaks(
    a: Line,
    b: Line,
    left: float,
    right: float,
    usual_gap: float,
    body: float,
    edge: float | None = None,
    justified_size: float = 0.0,
    hanging: bool = False,
) -> bool:
    """Whether line ``b`` starts a new block after line ``a``.

    The justified-edge test only applies to lines of the justified text's own size: a byline
    or caption set ragged in smaller type in the same column wraps short without ending.
    ``hanging``: ``b`` starts under the text of the list item its block opens, so its indent
    is the item's hang, not a paragraph indent (the line-end tests still apply).
    """
    if not _same_size(a.size, b.size) or _style_changes(a, b):
        return True
    if b.top - a.bottom > usual_gap + GAP_EM * a.size:
        return True
    if a.size > PARAGRAPH_SIZE_RATIO * body:
        return False
    if not hanging and _indent_starts(a, b, left, right):
        return True
    if ends_with_hyphen(a):
        return False
    if edge is not None and a.size == justified_size and edge - a.x1 > SHORT_PT:
        return True  # a short line in justified text: the paragraph's last
    first = b.words[0]
    return right - a.x1 > (first.x1 - first.x0) + FIT_SPACE_EM * a.size


def _indent_starts(a: Line, b: Line, left: float, right: float) -> bool:
    """Whether ``b``'s indent marks it as a paragraph's first line."""
    if abs(a.x0 - left) < 1.0 and b.x0 - left > INDENT_EM * b.size and b.x1 <= right + 1:
        return True  # b is indented under a flush-left line: a new paragraph
    return (
        INDENT_EM * b.size < b.x0 - left < MAX_INDENT_EM * b.size
        and abs(a.x0 - b.x0) < 1.0
        and right - a.x1 > SHORT_PT
        and ends_sentence(a.text)
    )  # a one-line paragraph with its indent, then the next one


def _usual_gap(lines: Sequence[Line]) -> float:
    gaps = sorted(
        max(0.0, b.top - a.bottom)
        for a, b in itertools.pairwise(lines)
        if _same_size(a.size, b.size)
    )
    return gaps[len(gaps) // 2] if gaps else 0.0


@dataclass(frozen=True, slots=True)
class Measure:
    """The measure a group of lines is set to: its left edge, the right edge of each size's
    lines (the longest line of that size), its justified edge (``None`` when ragged) and its
    running-text size.

    The right edge is taken per size because a headline in bigger type can run wider than
    the column of text under it (a head across a narrow last column): its end is no
    evidence that the text's lines ended short.
    """

    left: float
    rights: tuple[tuple[float, float], ...]
    edge: float | None
    size: float

    @classmethod
    def of(cls, lines: Sequence[Line]) -> Measure:
        rights: dict[float, float] = {}
        for line in lines:
            rights[line.size] = max(rights.get(line.size, 0.0), line.x1)
        return cls(
            left=min(line.x0 for line in lines),
            rights=tuple(rights.items()),
            edge=justified_edge(lines),
            size=text_size(lines),
        )

    def right(self, line: Line) -> float:
        """The right edge of the lines set in ``line``'s size (within ``SIZE_RATIO``)."""
        return max(x1 for size, x1 in self.rights if _same_size(size, line.size))


def _shade_of(line: Line, shades: Sequence[Shade]) -> int:
    """The index of the smallest shade holding ``line`` (a box in a box: the inner), or -1."""
    best, area = -1, float("inf")
    for i, shade in enumerate(shades):
        box = shade.box
        if box.contains(line.box, tolerance=1.0) and box.width * box.height < area:
            best, area = i, box.width * box.height
    return best


def _in_shade(box: Box, shades: Sequence[Shade]) -> bool:
    return any(s.box.contains(box, tolerance=1.0) for s in shades)


def _block(
    lines: list[Line],
    region: Box,
    measure: Measure,
    shades: Sequence[Shade],
    gap_before: bool,
) -> TextBlock:
    first = lines[0]
    last = lines[-1]
    left = measure.left
    indented = abs(left - first.x0) > INDENT_EM * first.size and (
        len(lines) == 1 or abs(lines[1].x0 - left) < 1.0
    )
    box = first.box
    for line in lines[1:]:
        box = box.union(line.box)
    return TextBlock(
        lines=tuple(lines),
        region=region,
        shaded=_in_shade(box, shades),
        indented=indented,
        gap_before=gap_before,
        free_end=max(0.0, measure.right(last) - last.x1),
        hyphen_end=ends_with_hyphen(last),
    )


def region_blocks(
    region: Region, body: float, shades: Sequence[Shade] = (), settings: LayoutSettings = LAYOUT
) -> list[TextBlock | Picture]:
    """Blocks and pictures of one region, top to bottom."""
    out: list[TextBlock | Picture] = []
    text_items: list[Item] = []

    def flush() -> None:
        if text_items:
            lines = region_lines(text_items, settings)
            out.extend(rejoin_small_print(_text_blocks(lines, region.box, body, shades), body))
            text_items.clear()

    for item in region.items:
        if item.image is not None:
            flush()
            out.append(Picture(image=item.image))
        else:
            text_items.append(item)
    flush()
    return out


def _text_blocks(
    lines: list[Line], region: Box, body: float, shades: Sequence[Shade]
) -> list[TextBlock]:
    """A region's lines cut into blocks.

    Lines on a shaded box and lines off it are measured apart (a box's text is set to the
    box's inner width, usually narrower than the column's), and a line on the box and one off
    it never share a block.
    """
    if not lines:
        return []
    usual = _usual_gap(lines)
    keys = [_shade_of(line, shades) for line in lines]
    measures = {
        key: Measure.of([ln for ln, k in zip(lines, keys, strict=True) if k == key])
        for key in set(keys)
    }
    blocks: list[TextBlock] = []
    current = [lines[0]]
    gap_before = False
    for i in range(1, len(lines)):
        a, b = lines[i - 1], lines[i]
        m = measures[keys[i]]
        if (
            keys[i] != keys[i - 1]
            or opens_item(lines, i, current[0])
            or _breaks(
                a,
                b,
                m.left,
                m.right(a),
                usual,
                body,
                m.edge,
                m.size,
                hanging=hangs_under(current[0], b),
            )
        ):
            blocks.append(_block(current, region, measures[keys[i - 1]], shades, gap_before))
            gap_before = b.top - a.bottom > usual + GAP_EM * a.size
            current = [b]
        else:
            current.append(b)
    blocks.append(_block(current, region, measures[keys[-1]], shades, gap_before))
    return blocks


def page_blocks(
    regions: Sequence[Region],
    body: float,
    shades: Sequence[Shade] = (),
    settings: LayoutSettings = LAYOUT,
) -> list[TextBlock | Picture]:
    """All blocks and pictures of a page in reading order, numbered by ``order`` (drop caps
    joined to the text they open)."""
    parts = [part for region in regions for part in region_blocks(region, body, shades, settings)]
    out: list[TextBlock | Picture] = []
    for part in join_drop_caps(parts):
        if isinstance(part, TextBlock):
            out.append(dataclasses.replace(part, order=len(out)))
        else:
            out.append(Picture(image=part.image, order=len(out)))
    return out
