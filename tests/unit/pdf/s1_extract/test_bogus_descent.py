"""A font claiming a bogus descent (dozens of em) must not move its glyphs off their line:
the box is set back on the glyph's baseline; a superscript's rise is left alone."""

from __future__ import annotations

from typing import cast

from pdfminer.layout import LTChar
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFGraphicState

from newslayout.readers.pdf.s1_extract.extract import _PageObjects

HEIGHT = 1000.0


class _Font:
    """The few font answers ``LTChar`` asks for, with the descent the test wants."""

    fontname = "Headline-Bold"

    def __init__(self, descent: float) -> None:
        self.descent = descent

    def is_vertical(self) -> bool:
        return False

    def get_descent(self) -> float:
        return self.descent


def _top(descent: float, rise: float = 0.0) -> float:
    """The top (page coordinates) of an "S" set at 70 pt on the baseline y = 600 (PDF)."""
    char = LTChar(
        (1, 0, 0, 1, 100, 600), cast(PDFFont, _Font(descent)), 70.0, 1.0, rise, "S", 0.6,
        0.0, PDFColorSpace("DeviceGray", 1), PDFGraphicState(),
    )  # fmt: skip
    objects = _PageObjects.__new__(_PageObjects)
    objects.glyphs, objects.turned, objects.slanted = [], [], []
    objects._walk(None, [char], HEIGHT, 0.0, 0.0, {})
    (glyph,) = objects.glyphs
    return glyph.top


def test_a_usual_descent_keeps_pdfminers_box() -> None:
    assert abs(_top(-0.2) - (HEIGHT - 600 - 0.8 * 70)) < 0.01


def test_a_bogus_descent_is_set_back_on_the_baseline() -> None:
    assert abs(_top(-40.0) - _top(-0.2)) < 0.01


def test_a_superscript_keeps_its_rise() -> None:
    assert _top(-0.2, rise=25.0) < _top(-0.2) - 20.0
