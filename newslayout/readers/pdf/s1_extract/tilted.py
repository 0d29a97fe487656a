"""Text set on a slant: a brief or a box printed a few degrees askew is turned back upright.

Tabloids set briefs, stickers and "Did you know?" boxes turned a few degrees off upright.
Their glyphs' upright boxes would cut across the lines of the columns around them, so they
never join the upright text as they are (``turned.tilted``). Instead each slanted piece (its
glyphs at one angle, close together) is turned back upright about its own centre: every
glyph keeps its place along and across its line, so the piece reads as an upright block
where it was printed, and the stages after this one read it like any other text. Text set
steeper than ``READ_MAX_DEGREES`` (a rubric at 45 degrees, a label along a curve) or in a
piece too small to be a story's text (a sticker, an advert's slogan) is decoration, not a
story: it is left out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from newslayout.readers.pdf.types import Glyph

#: Slanted text is read (turned back upright) up to this angle; steeper text is dropped.
READ_MAX_DEGREES = 15.0
#: A slanted piece is read when it has at least this many glyphs (a brief's text); a smaller
#: one is a sticker, a stamp or an advert's slogan set askew for show, and is left out.
READ_MIN_GLYPHS = 120
#: Glyph angles within this many degrees of one another belong to one slanted piece.
ANGLE_STEP_DEGREES = 1.0
#: Two glyphs of one angle belong to one piece when their centres lie at most this many of
#: their sizes apart (a word space, a line's leading: not the gutter between two boxes).
LINK_SIZES = 1.6


@dataclass(frozen=True, slots=True)
class SlantedGlyph:
    """A glyph set on a slant: ``glyph`` holds its axis-aligned page box, ``angle`` the
    turn of its baseline (degrees, anticlockwise on the printed page), ``width`` its advance
    along the baseline (pt)."""

    glyph: Glyph
    angle: float
    width: float

    @property
    def centre(self) -> tuple[float, float]:
        g = self.glyph
        return (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2


def slant_degrees(matrix: Sequence[float]) -> float:
    """The angle a glyph matrix turns its baseline, anticlockwise as printed (degrees)."""
    return math.degrees(math.atan2(matrix[1], matrix[0]))


def _pieces(glyphs: Sequence[SlantedGlyph]) -> list[list[SlantedGlyph]]:
    """Glyphs grouped by angle, then into pieces of glyphs close together (single link;
    a grid of cells one link wide keeps it linear on a page set wholly askew)."""
    pieces: list[list[SlantedGlyph]] = []
    by_angle: dict[int, list[SlantedGlyph]] = {}
    for g in glyphs:
        by_angle.setdefault(round(g.angle / ANGLE_STEP_DEGREES), []).append(g)
    for group in by_angle.values():
        cell = LINK_SIZES * max(g.glyph.size for g in group) or 1.0
        grid: dict[tuple[int, int], list[int]] = {}
        for i, g in enumerate(group):
            x, y = g.centre
            grid.setdefault((int(x // cell), int(y // cell)), []).append(i)
        seen = [False] * len(group)
        for start in range(len(group)):
            if seen[start]:
                continue
            seen[start] = True
            piece, todo = [], [start]
            while todo:
                i = todo.pop()
                piece.append(group[i])
                (xi, yi), si = group[i].centre, group[i].glyph.size
                gx, gy = int(xi // cell), int(yi // cell)
                near = (
                    j
                    for dx in (-1, 0, 1)
                    for dy in (-1, 0, 1)
                    for j in grid.get((gx + dx, gy + dy), ())
                )
                for j in near:
                    if seen[j]:
                        continue
                    (xj, yj), sj = group[j].centre, group[j].glyph.size
                    if math.hypot(xi - xj, yi - yj) <= LINK_SIZES * max(si, sj):
                        seen[j] = True
                        todo.append(j)
            pieces.append(piece)
    return pieces


def _upright(g: SlantedGlyph, pivot: tuple[float, float]) -> Glyph:
    """The glyph turned back upright about ``pivot``, its box from its advance and the
    height its slanted box implies."""
    theta = math.radians(g.angle)
    cos, sin = math.cos(theta), abs(math.sin(theta))
    cx, cy = g.centre
    dx, dy = cx - pivot[0], cy - pivot[1]
    # Page y runs down: a turn anticlockwise as printed is clockwise in these coordinates,
    # so turning back upright is anticlockwise here.
    ux = pivot[0] + dx * math.cos(theta) - dy * math.sin(theta)
    uy = pivot[1] + dx * math.sin(theta) + dy * math.cos(theta)
    box_height = g.glyph.bottom - g.glyph.top
    height = max((box_height - g.width * sin) / cos, 0.0) if cos > 0 else box_height
    return g.glyph._replace(
        x0=ux - g.width / 2,
        x1=ux + g.width / 2,
        top=uy - height / 2,
        bottom=uy + height / 2,
        size=height,
    )


def upright_glyphs(glyphs: Sequence[SlantedGlyph]) -> list[Glyph]:
    """The slanted glyphs worth reading (at most ``READ_MAX_DEGREES`` off upright, in a piece
    of at least ``READ_MIN_GLYPHS``), each piece turned back upright about its centre; the
    rest are left out."""
    out: list[Glyph] = []
    readable = [g for g in glyphs if abs(g.angle) <= READ_MAX_DEGREES]
    for piece in _pieces(readable):
        xs = [g.centre[0] for g in piece]
        ys = [g.centre[1] for g in piece]
        pivot = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        if len(piece) >= READ_MIN_GLYPHS:
            out.extend(_upright(g, pivot) for g in piece)
    return out
