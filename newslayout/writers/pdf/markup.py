"""Issue text -> ReportLab paragraph markup, escaped, with the only tags we generate.

ReportLab's ``Paragraph`` parses an XML-ish mini language (``<font>``, ``<a>``, ``<img>``...).
Nothing from an issue may ever be read as that language: every character of issue text is
cleaned (control characters, lone surrogates and non-characters removed) and XML-escaped
here, and the only tags in the result are the ``<i>``, ``<b>`` and ``<font face>`` tags this
module writes around already-escaped text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

from newslayout.model import Run
from newslayout.writers.pdf.fonts import FALLBACK, fallback_segments

# C0 and C1 controls, lone surrogates, and the non-characters U+FFFE/U+FFFF.
_DROP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile("[\t\n\r\u2028\u2029]+")


def clean_text(text: str) -> str:
    """Issue text made safe to print: no control characters, no lone surrogates.

    Line breaks and tabs become spaces (a paragraph is one flow of text).
    """
    return _DROP.sub("", _SPACE.sub(" ", text))


def escape_text(text: str, face: str) -> str:
    """Cleaned, XML-escaped ``text``; glyphs ``face`` lacks are wrapped in the fallback face."""
    parts: list[str] = []
    for segment in fallback_segments(clean_text(text), face):
        escaped = escape(segment.text)
        if segment.fallback:
            parts.append(f'<font face="{FALLBACK}">{escaped}</font>')
        else:
            parts.append(escaped)
    return "".join(parts)


def runs_markup(runs: Iterable[Run], face: str) -> str:
    """Inline runs as markup: escaped text inside ``<i>``/``<b>`` tags we generate."""
    parts: list[str] = []
    for run in runs:
        text = escape_text(run.text, face)
        if not text:
            continue
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def plain_text(text: str) -> str:
    """Cleaned text for places that take no markup (PDF outline, document info)."""
    return " ".join(clean_text(text).split())
