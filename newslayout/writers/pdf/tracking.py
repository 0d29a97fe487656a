"""Letter-spacing (tracking) and glyph widening of single justified lines, drawn by ReportLab.

ReportLab justifies a line by word spacing alone (PDF ``Tw``); it has no per-line tracking or
expansion. A typesetter also lets a line that would be loose widen its glyphs a little (PDF
``Tz``, pdfTeX's font expansion) and take a little letter-spacing (PDF ``Tc``) so its word
gaps stay even. The line breaking (:mod:`.breaking`) marks such a line by giving its word
list (one-style paragraphs) or line object (several styles) ``scale`` and ``track``
attributes and sets the line's extra space for them; ReportLab's two justified-line drawing
functions are wrapped here to set ``Tz`` and ``Tc`` around a marked line. An unmarked line
is drawn exactly as before, so other ReportLab users in the process see no change.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import paragraph as rl_paragraph


class TrackedWords(list[Any]):
    """A one-style line's words, with the letter-spacing the line is drawn with."""

    track: float = 0.0
    scale: float = 1.0


def _with_tracking(marked: Any, tx: Any, draw: Any, *args: Any) -> Any:
    track = getattr(marked, "track", 0.0)
    scale = getattr(marked, "scale", 1.0)
    if not track and scale == 1.0:
        return draw(tx, *args)
    if scale != 1.0:
        tx.setHorizScale(100.0 * scale)  # ReportLab writes the value as given: "102 Tz"
    if track:
        tx.setCharSpace(track)
    try:
        return draw(tx, *args)
    finally:
        if track:
            tx.setCharSpace(0)
        if scale != 1.0:
            tx.setHorizScale(100.0)


def install() -> None:
    """Wrap ReportLab's justified-line drawing once (idempotent)."""
    if getattr(rl_paragraph, "_newslayout_tracking", False):
        return
    plain = rl_paragraph._justifyDrawParaLine
    styled = rl_paragraph._justifyDrawParaLineX

    def draw_plain(tx: Any, offset: Any, extraspace: Any, words: Any, last: Any = 0) -> Any:
        return _with_tracking(words, tx, plain, offset, extraspace, words, last)

    def draw_styled(tx: Any, offset: Any, line: Any, last: Any = 0) -> Any:
        return _with_tracking(line, tx, styled, offset, line, last)

    rl_paragraph._justifyDrawParaLine = draw_plain
    rl_paragraph._justifyDrawParaLineX = draw_styled
    rl_paragraph._newslayout_tracking = True
