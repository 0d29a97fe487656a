"""State and geometry every renderer's writer shares (one place instead of a copy per engine)."""

from __future__ import annotations

from pathlib import Path

from .model import Layout, Source

GUTTER_MM = 4.0  # the gutter between grid columns of most renderers


def grid_width_mm(layout: Layout, span: int, gutter_mm: float = GUTTER_MM) -> float:
    """Width of ``span`` grid columns and the gutters between them."""
    n = layout.columns
    col = (layout.width_mm - 2 * layout.margin_mm - (n - 1) * gutter_mm) / n
    return span * col + (span - 1) * gutter_mm


class SourceWriter:
    """A renderer's writer: the source, the work folder for pictures, a picture counter."""

    def __init__(self, src: Source, workdir: Path) -> None:
        self.src = src
        self.workdir = workdir
        self.nimg = 0

    def grid_mm(self, span: int) -> float:
        return grid_width_mm(self.src.layout, span)
