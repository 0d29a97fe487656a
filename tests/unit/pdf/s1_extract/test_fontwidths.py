"""Standard-14 fonts whose custom encoding prints a glyph pdfminer's built-in metrics lack.

groff's gropdf writes Times-Roman with a ``/Differences`` encoding, a ``/ToUnicode`` map that
gives its "fi" ligature the text "fi" (two letters), and the ligature's width in ``/Widths``.
pdfminer takes standard-14 widths from its own table only, keyed by the text, finds no "fi"
there, and gives the ligature width 0: the word breaks apart.
The PDF here is written by hand, so the test does not depend on any typesetter.
"""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.model import Paragraph
from newslayout.options import ReadOptions
from newslayout.readers.pdf import read_pdf
from newslayout.readers.pdf.s1_extract.extract import _open
from pdf.builders import pdf_file


def _pdf(text: bytes, *, widths: bool = True, then: bytes = b"") -> bytes:
    """A one-page PDF printing ``text`` (code 1 = the fi ligature) in Times-Roman, 10 pt,
    then the operators ``then`` (a string placed by ``Td``, as gropdf places each piece)."""
    width_list = b"[556 " + b"0 " * 30 + b"250" + b" 500" * 95 + b"]"
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman"
        b" /Encoding << /Type /Encoding /Differences [1 /fi] >>"
        + (b" /FirstChar 1 /LastChar 127 /Widths " + width_list if widths else b"")
        + b" /ToUnicode 6 0 R >>"
    )
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap"
        b" /CMapName /Test def 1 begincodespacerange <00> <FF> endcodespacerange"
        b" 1 beginbfchar <01> <00660069> endbfchar"
        b" 1 beginbfrange <20> <7E> <0020> endbfrange"
        b" endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = b"BT /F1 10 Tf 72 700 Td (" + text + b") Tj " + then + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 800]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        font,
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Length " + str(len(cmap)).encode() + b" >>\nstream\n" + cmap + b"\nendstream",
    ]
    return pdf_file(objects)


def _chars(data: bytes) -> list[tuple[str, float]]:
    pdf = _open(data, None)
    try:
        return [(c["text"], round(c["x0"], 2)) for c in pdf.pages[0].chars]
    finally:
        pdf.close()


def test_a_ligature_missing_from_the_builtin_metrics_takes_its_declared_width() -> None:
    chars = _chars(_pdf(b"\x01ve"))
    assert chars[1] == ("v", 72 + 5.56)  # after the 556-unit ligature, not on top of it


def test_builtin_widths_are_kept_for_the_glyphs_they_know() -> None:
    # /Widths says 500 for "v"; Times-Roman's own metrics also say 500 for "v", and "e"
    # (444 built in, 500 declared) keeps the built-in width: the next glyph shows it.
    chars = _chars(_pdf(b"\x01vee"))
    assert chars[3] == ("e", round(72 + 5.56 + 5.0 + 4.44, 2))


def test_without_declared_widths_pdfminer_behaviour_is_unchanged() -> None:
    chars = _chars(_pdf(b"\x01ve", widths=False))
    assert chars[1] == ("v", 72.0)  # nothing to repair from: the ligature stays 0 wide


def test_the_word_reads_whole_when_its_end_is_placed_apart() -> None:
    # "Harbor " is 30.82 pt wide and the ligature 5.56: "ve wins" starts at 36.38.
    data = _pdf(b"Harbor \x01", then=b"36.38 0 Td (ve wins) Tj")
    issue = read_pdf(data, options=ReadOptions(), log=Log())
    text = " ".join(b.text for a in issue.articles for b in a.blocks if isinstance(b, Paragraph))
    assert "five wins" in text
