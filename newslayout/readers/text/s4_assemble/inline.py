"""Inline text: joining hard-wrapped lines (de-hyphenated) and ``*emphasis*`` -> runs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newslayout.cues import Dehyphenator
from newslayout.model import Run, Runs, normalize_runs

#: Longest emphasised stretch; bounds the regex work on very long lines.
MAX_EMPHASIS = 300

_EMPHASIS = re.compile(
    rf"(?<![\w*])\*\*(?=\S)(?P<bold>[^*]{{1,{MAX_EMPHASIS}}}?)(?<=\S)\*\*(?![\w*])"
    rf"|(?<![\w*])\*(?=\S)(?P<star>[^*]{{1,{MAX_EMPHASIS}}}?)(?<=\S)\*(?![\w*])"
    rf"|(?<![\w_])_(?=\S)(?P<under>[^_]{{1,{MAX_EMPHASIS}}}?)(?<=\S)_(?![\w_])"
)
_SPACE = re.compile(r"[ \t]+")


def join_lines(lines: Iterable[str], dehyphenator: Dehyphenator) -> str:
    """Join hard-wrapped lines: a line-end hyphen is decided, otherwise one space."""
    text = ""
    for line in lines:
        line = _SPACE.sub(" ", line.strip())
        if not line:
            continue
        text = dehyphenator.join(text, line) if text else line
    # pdftotext's default mode drops a compound's line-end hyphen ("highquality").
    return dehyphenator.repair_joined(dehyphenator.repair_spaced(text))


def to_runs(text: str) -> Runs:
    """Runs of ``text``: ``**bold**`` and ``*italic*``/``_italic_`` lose their markers."""
    if "*" not in text and "_" not in text:
        return normalize_runs([Run(text=text)])
    runs: list[Run] = []
    position = 0
    for match in _EMPHASIS.finditer(text):
        runs.append(Run(text=text[position : match.start()]))
        if match.group("bold") is not None:
            runs.append(Run(text=match.group("bold"), bold=True))
        else:
            runs.append(Run(text=match.group("star") or match.group("under"), italic=True))
        position = match.end()
    runs.append(Run(text=text[position:]))
    return normalize_runs(runs)


def plain(text: str) -> str:
    """The text with emphasis markers removed (for headlines and other plain fields)."""
    return "".join(run.text for run in to_runs(text))
