"""Text set a quarter turn from upright: read in its own direction, kept out of the story.

Papers print a photo's credit running up (or down) the picture's side, and a page-side
label up the margin. Such glyphs never join the upright words (the story's columns would
catch stray letters); instead they are turned back upright into a frame of their own, made
into words by the same rules as upright text (``glyphs``), then into lines, and the lines
are given back with their true page box. Which of them is a picture's credit is decided
later (:func:`edge_credits`); the rest is left out, as all turned text was before.

Only quarter turns are read: text at any other angle (a diagonal stamp, upside-down type)
is still dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newslayout.geometry import Box
from newslayout.readers.pdf.s1_extract.glyphs import glyphs_to_words
from newslayout.readers.pdf.s1_extract.tilted import slant_degrees
from newslayout.readers.pdf.types import Glyph, Picture, TurnedLine, Word

#: Words of one turned line further apart than this many em start another line.
LINE_GAP_EM = 1.5
#: Words whose baselines (across the reading direction) differ by less than this many em
#: share a line.
BASELINE_EM = 0.3
#: A turned line is a picture's credit when its near side is at most this many em outside
#: the picture's side, or up to ``INSIDE_EM`` em inside it (printed on the photo's edge).
OUTSIDE_EM = 2.0
INSIDE_EM = 3.0
#: Slack (points) on the outside distance, for very small type set a few points away.
OUTSIDE_SLACK = 3.0
#: ... and its length must lie along the picture's side, overhanging it by at most this
#: many em at either end (or start flush with one of its ends, when longer than the side).
OVERHANG_EM = 1.0
#: A line set flush with one end of a picture's side runs at most this many times its length.
FLUSH_LENGTH = 3.0
#: A glyph matrix is a quarter turn when its ``a`` and ``d`` are under this share of its
#: scale (producers round the sine and cosine of 90 degrees).
SKEW_SHARE = 0.01


#: A glyph turned at least this many degrees off upright (and not a quarter turn) is set on a
#: slant: a tilted sticker, a rubric at 45 degrees, a title along a curve. Its upright box
#: would cut across the columns' lines, so it is kept out of the upright text.
TILT_MIN_DEGREES = 2.0


def tilted(matrix: Sequence[float]) -> bool:
    """Whether a glyph matrix sets text on a slant: turned between upright and a quarter
    turn (``quarter_turn`` reads those), by at least ``TILT_MIN_DEGREES``."""
    if not matrix[1] or quarter_turn(matrix) is not None:
        return False
    return abs(slant_degrees(matrix)) >= TILT_MIN_DEGREES


def quarter_turn(matrix: Sequence[float]) -> bool | None:
    """Whether a glyph matrix turns text a quarter anticlockwise (True: it reads upward),
    a quarter clockwise (False: it reads downward), or neither (None)."""
    a, b, c, d = matrix[0], matrix[1], matrix[2], matrix[3]
    scale = max(abs(b), abs(c))
    if scale == 0 or abs(a) > SKEW_SHARE * scale or abs(d) > SKEW_SHARE * scale:
        return None
    if b > 0 > c:
        return True
    if b < 0 < c:
        return False
    return None  # a mirrored turn: not text anyone reads


def _upright(g: Glyph, upward: bool) -> Glyph:
    """The glyph turned back upright: the reading direction becomes x, the glyph's top y.

    Reading upward, a glyph's top points to the page's left; reading downward, to its right.
    Its size is its extent across the line (the upright glyph's height).
    """
    size = g.x1 - g.x0
    if upward:
        return g._replace(x0=-g.bottom, x1=-g.top, top=g.x0, bottom=g.x1, size=size)
    return g._replace(x0=g.top, x1=g.bottom, top=-g.x1, bottom=-g.x0, size=size)


def _page_box(x0: float, x1: float, top: float, bottom: float, upward: bool) -> Box:
    """A box of the upright frame back on the page (the inverse of :func:`_upright`)."""
    if upward:
        return Box(x0=top, top=-x1, x1=bottom, bottom=-x0)
    return Box(x0=-bottom, top=x0, x1=-top, bottom=x1)


def turned_lines(glyphs: Iterable[tuple[Glyph, bool]]) -> tuple[TurnedLine, ...]:
    """Lines of the page's turned glyphs (each with its direction: True reads upward)."""
    out: list[TurnedLine] = []
    for upward in (True, False):
        frame = [_upright(g, upward) for g, up in glyphs if up is upward]
        if frame:
            out.extend(_lines(glyphs_to_words(frame), upward))
    return tuple(out)


def _lines(words: Sequence[Word], upward: bool) -> list[TurnedLine]:
    """Words of one direction (upright frame) grouped into lines, split at wide gaps."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        row = rows[-1] if rows else None
        if row is not None and abs(w.bottom - row[0].bottom) < BASELINE_EM * row[0].size:
            row.append(w)
        else:
            rows.append([w])
    out: list[TurnedLine] = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        piece = [row[0]]
        for w in row[1:]:
            if w.x0 - piece[-1].x1 > LINE_GAP_EM * max(w.size, piece[-1].size):
                out.append(_line(piece, upward))
                piece = []
            piece.append(w)
        out.append(_line(piece, upward))
    return out


def _line(words: Sequence[Word], upward: bool) -> TurnedLine:
    box = _page_box(
        words[0].x0,
        words[-1].x1,
        min(w.top for w in words),
        max(w.bottom for w in words),
        upward,
    )
    size = max(w.size for w in words)
    return TurnedLine(text=" ".join(w.text for w in words), box=box, size=size, upward=upward)


def edge_credits(
    lines: Sequence[TurnedLine], pictures: Sequence[Picture]
) -> list[tuple[Picture, tuple[TurnedLine, ...]]]:
    """(picture, its credit's lines in reading order) for each picture with turned lines set
    along one of its sides.

    A line is a credit when it runs along a picture's left or right side (its length within
    the side's span) and its near edge lies just outside that side or a little inside it
    (printed on the photo). Several such lines by one picture are read left to right for
    text reading upward (the first line of a turned block is its leftmost), right to left
    for text reading downward. Turned text by no picture (a page-side label) is no credit.
    """
    found: dict[int, list[TurnedLine]] = {}
    by_id: dict[int, Picture] = {}
    for line in lines:
        best: Picture | None = None
        best_d = float("inf")
        for pic in pictures:
            d = _side_distance(line, pic.box)
            if d is not None and d < best_d:
                best, best_d = pic, d
        if best is not None:
            found.setdefault(id(best), []).append(line)
            by_id[id(best)] = best
    out: list[tuple[Picture, tuple[TurnedLine, ...]]] = []
    for key, group in found.items():
        group.sort(key=lambda ln: ln.box.x0 if ln.upward else -ln.box.x1)
        out.append((by_id[key], tuple(group)))
    return out


def _side_distance(line: TurnedLine, pic: Box) -> float | None:
    """How far the line lies from the picture's nearer upright side, or None when it does
    not run along either side."""
    box, em = line.box, line.size
    over = OVERHANG_EM * em
    # A credit longer than a short picture's side starts at one of its corners and runs on
    # past the other: one end must be set flush with the picture's.
    flush = abs(box.bottom - pic.bottom) <= over or abs(box.top - pic.top) <= over
    flush = flush and box.height <= FLUSH_LENGTH * pic.height
    if (box.top < pic.top - over or box.bottom > pic.bottom + over) and not flush:
        return None
    outside = OUTSIDE_EM * em + OUTSIDE_SLACK
    inside = INSIDE_EM * em
    right = box.x0 - pic.x1  # > 0: outside the right side; < 0: over it
    if -inside <= right <= outside:
        return abs(right)
    left = pic.x0 - box.x1
    if -inside <= left <= outside:
        return abs(left)
    return None
