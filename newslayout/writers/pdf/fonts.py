"""The embedded fonts: registration with ReportLab and per-glyph fallback to the CJK face.

ReportLab has no font fallback of its own: a glyph missing from the current font prints as a
box. So before text goes into a paragraph, :func:`fallback_segments` cuts it into stretches the
primary face covers and stretches only the fallback face covers; the markup layer wraps the
latter in a ``<font face=...>`` tag it generates itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

#: Face names registered with ReportLab (prefixed so they never clash with a user's fonts).
FALLBACK = "NL-Fallback"

_FILES: dict[str, str] = {
    "NL-Serif": "DejaVuSerifCondensed.ttf",
    "NL-Serif-Bold": "DejaVuSerifCondensed-Bold.ttf",
    "NL-Serif-Italic": "DejaVuSerifCondensed-Italic.ttf",
    "NL-Serif-BoldItalic": "DejaVuSerifCondensed-BoldItalic.ttf",
    "NL-Sans": "DejaVuSans.ttf",
    "NL-Sans-Bold": "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}

# family -> (regular, bold, italic, bold italic)
_FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "serif": ("NL-Serif", "NL-Serif-Bold", "NL-Serif-Italic", "NL-Serif-BoldItalic"),
    "sans": ("NL-Sans", "NL-Sans-Bold", "NL-Sans", "NL-Sans-Bold"),
    "fallback": (FALLBACK, FALLBACK, FALLBACK, FALLBACK),
}


def font_dir() -> Path:
    """The folder of the packaged fonts."""
    return Path(str(resources.files("newslayout") / "data" / "fonts"))


@cache
def register_fonts() -> None:
    """Register every packaged face and family once per process (ReportLab's registry is global)."""
    folder = font_dir()
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    for family, (regular, bold, italic, bold_italic) in _FAMILIES.items():
        base = regular if family != "fallback" else FALLBACK
        addMapping(base, 0, 0, regular)
        addMapping(base, 1, 0, bold)
        addMapping(base, 0, 1, italic)
        addMapping(base, 1, 1, bold_italic)


def face_name(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The registered face for a style family and weight/slant."""
    register_fonts()
    faces = _FAMILIES[family]
    return faces[(2 if italic else 0) + (1 if bold else 0)]


@cache
def _coverage(face: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text and whether it needs the fallback face."""

    text: str
    fallback: bool


def fallback_segments(text: str, face: str) -> list[Segment]:
    """Cut ``text`` into stretches ``face`` covers and stretches that need the fallback.

    Characters neither face covers stay with the primary face (a box is then honest).
    """
    if text.isascii():
        return [Segment(text, False)]
    primary = _coverage(face)
    backup = _coverage(FALLBACK)
    segments: list[Segment] = []
    start = 0
    current = False
    for i, char in enumerate(text):
        code = ord(char)
        needs = code not in primary and code in backup and not char.isspace()
        if i == 0:
            current = needs
        elif needs != current:
            segments.append(Segment(text[start:i], current))
            start, current = i, needs
    if text:
        segments.append(Segment(text[start:], current))
    return segments


def missing_glyphs(text: str, face: str) -> set[str]:
    """Characters of ``text`` that neither ``face`` nor the fallback face can print."""
    if text.isascii():
        return set()
    primary = _coverage(face)
    backup = _coverage(FALLBACK)
    return {c for c in text if not c.isspace() and ord(c) not in primary and ord(c) not in backup}
