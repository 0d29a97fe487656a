"""Small typed inputs for the PDF reader's stage tests (no PDF needed)."""

from __future__ import annotations

from newslayout.readers.pdf.types import Glyph, Word


def word(
    text: str,
    x0: float,
    top: float,
    size: float = 10.0,
    *,
    bold: bool = False,
    italic: bool = False,
    font: str = "Serif",
) -> Word:
    """A word set at ``(x0, top)``, about half an em wide per character."""
    return Word(
        text=text,
        x0=x0,
        x1=x0 + 0.5 * size * len(text),
        top=top,
        bottom=top + size,
        size=size,
        bold=bold,
        italic=italic,
        font=font,
    )


def line_words(
    text: str,
    x0: float,
    top: float,
    size: float = 10.0,
    *,
    bold: bool = False,
    italic: bool = False,
) -> list[Word]:
    """The words of a line of text, one space (0.25 em) apart."""
    out: list[Word] = []
    x = x0
    for token in text.split():
        w = word(token, x, top, size, bold=bold, italic=italic)
        out.append(w)
        x = w.x1 + 0.25 * size
    return out


def glyphs(
    text: str, x0: float, top: float, size: float = 10.0, advance: float = 5.0, font: str = "Serif"
) -> list[Glyph]:
    """Glyphs of a text drawn left to right, a space glyph for each space."""
    out: list[Glyph] = []
    x = x0
    for ch in text:
        out.append(
            Glyph(text=ch, x0=x, x1=x + advance, top=top, bottom=top + size, size=size, font=font)
        )
        x += advance
    return out
