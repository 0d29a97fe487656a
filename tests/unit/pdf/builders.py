"""Small typed inputs for the PDF reader's stage tests (no PDF needed)."""

from __future__ import annotations

from dataclasses import replace

from newslayout.geometry import Box
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Glyph, Line, TextBlock, Word


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


def text_block(
    text: str,
    x0: float,
    top: float,
    size: float = 10.0,
    *,
    bold: bool = False,
    italic: bool = False,
    color: str = "",
    font: str | None = None,
    region: Box | None = None,
    order: int = 0,
    leading: float | None = None,
) -> TextBlock:
    """A block of one line per ``\\n``-separated piece of ``text``, ``leading`` apart (default
    1.2 em); its region is ``region``, else the block's own box."""
    lines = []
    for i, piece in enumerate(text.split("\n")):
        y = top + i * (leading if leading is not None else 1.2 * size)
        words = line_words(piece, x0, y, size, bold=bold, italic=italic)
        if color or font is not None:
            words = [replace(w, color=color, font=w.font if font is None else font) for w in words]
        lines.append(Line(words=tuple(words)))
    box = lines[0].box
    for line in lines[1:]:
        box = box.union(line.box)
    return TextBlock(lines=tuple(lines), region=region or box, order=order)


def classified(block: TextBlock, role: BlockRole, page: int = 1) -> ClassifiedBlock:
    """``block`` as the classify stage hands it on."""
    return ClassifiedBlock(block=block, role=role, page=page)


def column_words(x0: float, top: float, lines: list[str], leading: float = 12.0) -> list[Word]:
    """The words of a column of body lines starting at ``(x0, top)``, one line a ``leading``."""
    out: list[Word] = []
    for i, text in enumerate(lines):
        out.extend(line_words(text, x0, top + leading * i))
    return out


def in_rows(words: list[Word]) -> list[Word]:
    """``words`` in the order extraction gives them: row by row, left to right."""
    return sorted(words, key=lambda w: (w.bottom, w.x0))


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1; object 1 the catalog) with a correct xref
    table, for tests that need a page drawn exactly as a producer drew it."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\n"
    out += b"startxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return bytes(out)
