"""Finding the bytes of a figure's image: the issue's assets first, then ``base_dir``.

A relative href is resolved only inside ``base_dir``: an issue is untrusted input and must not
make the writer embed arbitrary files ("../../etc/passwd"). Anything missing or undecodable
gets a diagnostic, and the figure prints as a clean placeholder frame with its caption.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from reportlab.lib.utils import ImageReader

from newslayout.diagnostics import Log, Severity, define
from newslayout.model import Figure, Issue
from newslayout.writers.pdf.flowables import load_image

MISSING_IMAGE = define(
    "render-missing-image",
    Severity.WARNING,
    "A figure's image was not found; a placeholder frame is printed with the caption.",
)
BAD_IMAGE = define(
    "render-bad-image",
    Severity.WARNING,
    "A figure's image could not be decoded; a placeholder frame is printed instead.",
)


LOW_RESOLUTION = define(
    "render-low-resolution",
    Severity.WARNING,
    "A picture prints below 150 pixels per inch at its size on the page.",
)

#: Below this many pixels per inch a photo looks soft in print (newspaper presses: 150-200).
MIN_PPI = 150.0


#: A picture is named in a diagnostic by at most this many opening words of its caption.
NAME_WORDS = 6


def picture_name(figure: Figure) -> str:
    """How a diagnostic names a picture so an editor can find it on the page: its caption's
    opening words in quotes, else its image's file name, else its id."""
    words = figure.text.split()
    if words:
        more = "\u2026" if len(words) > NAME_WORDS else ""
        return f"the picture captioned \u201c{' '.join(words[:NAME_WORDS])}{more}\u201d"
    if figure.graphic is not None and figure.graphic.href:
        return f"the picture {PurePosixPath(figure.graphic.href).name!r}"
    return f"figure {figure.id!r}"


def low_resolution_note(name: str, pixels_wide: int, ppi: float, page: int) -> str:
    """The ``render-low-resolution`` message: which picture, on which page of the output,
    at what resolution, and what to do (the writer never upscales silently)."""
    return (
        f"{name} on page {page} prints at {ppi:.0f} ppi ({pixels_wide} pixels across); "
        f"set it narrower or supply a larger image (at least {MIN_PPI:.0f} ppi)"
    )


def printed_ppi(pixels_wide: int, points_wide: float) -> float:
    """The resolution of an image ``pixels_wide`` printed ``points_wide`` wide."""
    return pixels_wide / (points_wide / 72.0) if points_wide > 0 else float("inf")


class ImageStore:
    """Looks up and decodes each image once per write."""

    def __init__(self, issue: Issue, base_dir: Path | None, log: Log) -> None:
        self._assets = {asset.href: asset.data for asset in issue.assets}
        self._base = base_dir.resolve() if base_dir is not None else None
        self._log = log
        self._cache: dict[str, ImageReader | None] = {}

    def _bytes(self, href: str) -> bytes | None:
        if href in self._assets:
            return self._assets[href]
        if self._base is None or not href:
            return None
        target = (self._base / href).resolve()
        if self._base not in target.parents or not target.is_file():
            return None
        try:
            return target.read_bytes()
        except OSError:
            return None

    def image_for(self, figure: Figure, page: int | None = None) -> ImageReader | None:
        """The decoded image of ``figure``, or None (reported) when there is none to print."""
        if figure.graphic is None:
            return None
        href = figure.graphic.href
        if href in self._cache:
            return self._cache[href]
        data = self._bytes(href)
        image: ImageReader | None = None
        if data is None:
            self._log.add(
                MISSING_IMAGE, f"figure {figure.id!r}: image {href!r} not found", page=page
            )
        else:
            try:
                image = load_image(data)
            except Exception as exc:  # PIL raises many kinds for bad bytes
                self._log.add(BAD_IMAGE, f"figure {figure.id!r}: image {href!r}: {exc}", page=page)
        self._cache[href] = image
        return image
