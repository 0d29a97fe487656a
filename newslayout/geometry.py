"""Page geometry: boxes in PDF points with a top-left origin (pdfplumber's convention)."""

from __future__ import annotations

from dataclasses import dataclass

#: Coordinates are rounded to this many decimals at the reader, so goldens stay stable.
COORD_DECIMALS = 2


def round_coord(value: float) -> float:
    """Round a coordinate to 0.01 pt; ``-0.0`` becomes ``0.0`` so output is canonical."""
    rounded = round(float(value), COORD_DECIMALS)
    return rounded + 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Box:
    """An axis-aligned rectangle on a page.

    x0/x1 are measured from the left edge, top/bottom from the top edge, in points.
    """

    x0: float
    top: float
    x1: float
    bottom: float

    @classmethod
    def rounded(cls, x0: float, top: float, x1: float, bottom: float) -> Box:
        """Build a box with every coordinate rounded to 0.01 pt."""
        return cls(
            x0=round_coord(x0), top=round_coord(top), x1=round_coord(x1), bottom=round_coord(bottom)
        )

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: Box) -> Box:
        """The smallest box holding both boxes."""
        return Box(
            x0=min(self.x0, other.x0),
            top=min(self.top, other.top),
            x1=max(self.x1, other.x1),
            bottom=max(self.bottom, other.bottom),
        )

    def horizontal_overlap(self, other: Box) -> float:
        """Width shared by the two boxes' horizontal extents (0 when disjoint)."""
        return max(0.0, min(self.x1, other.x1) - max(self.x0, other.x0))

    def vertical_overlap(self, other: Box) -> float:
        """Height shared by the two boxes' vertical extents (0 when disjoint)."""
        return max(0.0, min(self.bottom, other.bottom) - max(self.top, other.top))

    def contains(self, other: Box, tolerance: float = 0.0) -> bool:
        """True when ``other`` lies inside this box, give or take ``tolerance`` points."""
        return (
            other.x0 >= self.x0 - tolerance
            and other.x1 <= self.x1 + tolerance
            and other.top >= self.top - tolerance
            and other.bottom <= self.bottom + tolerance
        )
