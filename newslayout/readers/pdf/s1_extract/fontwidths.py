"""Glyph widths pdfminer gets wrong: standard-14 fonts that print glyphs its metrics lack.

For the 14 standard fonts (Times-Roman, Helvetica...) pdfminer ignores the font's own
``/Widths`` and takes every width from its built-in metrics, keyed by character. A glyph the
built-in table has no entry for (a ligature such as "fi" under a custom encoding, as groff's
gropdf writes) then gets width 0, so every glyph drawn after it in the same string lands one
glyph-width too far left, and the next repositioned string leaves a gap inside a word:
"fiv e", "o wners", "its f acing". The font's ``/Widths`` has the right width for it; where
the built-in lookup fails, that width is used. Widths the built-in table has are unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pdfminer.pdffont import PDFFont, PDFType1Font, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdftypes import resolve1


def _declared_widths(spec: Mapping[str, Any]) -> dict[int, float]:
    """The font dictionary's own ``/Widths`` by character code (empty when it has none)."""
    try:
        first = int(resolve1(spec.get("FirstChar", 0)))
        widths = resolve1(spec.get("Widths"))
        if not isinstance(widths, list):
            return {}
        return {first + i: float(resolve1(w)) for i, w in enumerate(widths)}
    except (TypeError, ValueError):
        return {}


def repair_widths(font: PDFFont, spec: Mapping[str, Any]) -> None:
    """Give ``font`` the declared width of each code its built-in metrics cannot resolve."""
    if not isinstance(font, PDFType1Font) or not font.widths:
        return
    if not any(isinstance(k, str) for k in font.widths):
        return  # widths already come from the font dictionary, keyed by code
    declared = _declared_widths(spec)
    if not declared:
        return
    known = font.widths
    extra: dict[int, float] = {}
    for code, width in declared.items():
        if width <= 0 or code in known:
            continue
        try:
            char = font.to_unichr(code)
        except PDFUnicodeNotDefined:
            continue
        if char not in known:
            extra[code] = width
    if extra:
        # A copy: the built-in table is pdfminer's shared module-level metrics.
        merged: dict[Any, float] = dict(known)
        merged.update(extra)
        font.widths = merged


class WidthRepairingResourceManager(PDFResourceManager):
    """pdfminer's resource manager, repairing each font's widths once as it is loaded."""

    def get_font(self, objid: object, spec: Mapping[str, object]) -> PDFFont:
        cached = bool(objid) and objid in self._cached_fonts
        font = super().get_font(objid, spec)
        if not cached:
            repair_widths(font, spec)
        return font
