"""From the model's page coordinates to a PDF page's own user space.

The model's boxes are in pdfplumber's convention: points from the top-left corner of the page
as displayed (after its ``/Rotate``), measured from its MediaBox. PDF annotations need the page's
user space (bottom-left origin, before rotation); this module converts between the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newslayout.geometry import Box


@dataclass(frozen=True, slots=True)
class PageFrame:
    """A source page's MediaBox (user space) and its rotation in degrees clockwise."""

    x0: float
    y0: float
    x1: float
    y1: float
    rotation: int = 0

    @classmethod
    def of(cls, page: Any) -> PageFrame:
        """The frame of a pikepdf page (MediaBox and /Rotate, both inheritable)."""
        box = [float(v) for v in page.mediabox]
        rotation = 0
        node = page.obj
        while node is not None:
            if "/Rotate" in node:
                rotation = int(node.Rotate)
                break
            node = node.get("/Parent")
        return cls(
            min(box[0], box[2]),
            min(box[1], box[3]),
            max(box[0], box[2]),
            max(box[1], box[3]),
            rotation % 360 if rotation % 90 == 0 else 0,
        )

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of the page as displayed."""
        w, h = self.x1 - self.x0, self.y1 - self.y0
        return (h, w) if self.rotation in (90, 270) else (w, h)

    def user_point(self, x: float, top: float) -> tuple[float, float]:
        """The user-space point of a displayed point (``x`` from the left, ``top`` from the top)."""
        _, height = self.size
        dy = height - top  # distance from the displayed bottom edge
        match self.rotation:
            case 90:
                return self.x1 - dy, self.y0 + x
            case 180:
                return self.x1 - x, self.y1 - dy
            case 270:
                return self.x0 + dy, self.y1 - x
        return self.x0 + x, self.y0 + dy

    def matrix(self) -> tuple[float, float, float, float, float, float]:
        """The PDF matrix from displayed coordinates (bottom-left origin) to user space."""
        match self.rotation:
            case 90:
                return (0.0, 1.0, -1.0, 0.0, self.x1, self.y0)
            case 180:
                return (-1.0, 0.0, 0.0, -1.0, self.x1, self.y1)
            case 270:
                return (0.0, -1.0, 1.0, 0.0, self.x0, self.y1)
        return (1.0, 0.0, 0.0, 1.0, self.x0, self.y0)

    def user_rect(self, box: Box) -> tuple[float, float, float, float]:
        """The user-space rectangle ``[llx, lly, urx, ury]`` of a displayed box."""
        ax, ay = self.user_point(box.x0, box.top)
        bx, by = self.user_point(box.x1, box.bottom)
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
