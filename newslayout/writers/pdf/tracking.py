"""Letter-spacing (tracking) of single justified lines, drawn by ReportLab.

ReportLab justifies a line by word spacing alone (PDF ``Tw``); it has no per-line tracking.
A typesetter also lets a line that would be loose take a little letter-spacing (PDF ``Tc``)
so its word gaps stay even. The line breaking (:mod:`.breaking`) marks such a line by giving
its word list (one-style paragraphs) or line object (several styles) a ``track`` attribute,
in points, and takes the tracking off the line's extra space; ReportLab's two justified-line
drawing functions are wrapped here to set ``Tc`` around a marked line. An unmarked line is
drawn exactly as before, so other ReportLab users in the process see no change.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import paragraph as rl_paragraph


class TrackedWords(list[Any]):
    """A one-style line's words, with the letter-spacing the line is drawn with."""

    track: float = 0.0


def _with_tracking(track: float, tx: Any, draw: Any, *args: Any) -> Any:
    if not track:
        return draw(tx, *args)
    tx.setCharSpace(track)
    try:
        return draw(tx, *args)
    finally:
        tx.setCharSpace(0)


def install() -> None:
    """Wrap ReportLab's justified-line drawing once (idempotent)."""
    if getattr(rl_paragraph, "_newslayout_tracking", False):
        return
    plain = rl_paragraph._justifyDrawParaLine
    styled = rl_paragraph._justifyDrawParaLineX

    def draw_plain(tx: Any, offset: Any, extraspace: Any, words: Any, last: Any = 0) -> Any:
        track = getattr(words, "track", 0.0)
        return _with_tracking(track, tx, plain, offset, extraspace, words, last)

    def draw_styled(tx: Any, offset: Any, line: Any, last: Any = 0) -> Any:
        track = getattr(line, "track", 0.0)
        return _with_tracking(track, tx, styled, offset, line, last)

    rl_paragraph._justifyDrawParaLine = draw_plain
    rl_paragraph._justifyDrawParaLineX = draw_styled
    rl_paragraph._newslayout_tracking = True
