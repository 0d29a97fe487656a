"""Stage 7, normalize: lines -> clean inline runs.

Line-end hyphens are decided by ``newslayout.cues.Dehyphenator`` (evidence from the issue
itself, then a dictionary): "emerg-/ing" -> "emerging" while "high-/quality" keeps its
hyphen; soft hyphens always join. Whitespace is collapsed; typographic quotes are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newslayout.cues import Dehyphenator
from newslayout.model import Run, Runs, normalize_runs
from newslayout.readers.pdf.types import Line

_SPACE = re.compile(r"\s+")
SOFT_HYPHEN = "\u00ad"
_TERMINALS = (".", "!", "?", ":", "\u2026")
_CLOSERS = "\"'\u201d\u2019)]\u00bb"


def clean(text: str) -> str:
    """Whitespace collapsed to single spaces, trimmed."""
    return _SPACE.sub(" ", text).strip()


def starts_lower(text: str) -> bool:
    """Whether a text's first letter is lower case (a sentence running on)."""
    first = next((c for c in text if c.isalpha()), "")
    return first.islower()


def ends_sentence(text: str) -> bool:
    """Whether a text ends as a paragraph can: with closing punctuation (quotes allowed)."""
    return text.rstrip().rstrip(_CLOSERS).endswith(_TERMINALS)


def dehyphenator_for(lines: Iterable[Line]) -> Dehyphenator:
    """A dehyphenator trained on every line of the issue (its own spelling is evidence)."""
    return Dehyphenator.from_texts(line.text for line in lines)


def lines_to_runs(lines: Sequence[Line], dehyphenator: Dehyphenator) -> Runs:
    """The text of consecutive lines as runs, joined across line ends."""
    tokens: list[tuple[str, bool, bool]] = []  # (text, italic, bold); "" text = glue marker
    for index, line in enumerate(lines):
        for position, word in enumerate(line.words):
            text = word.text
            if position == 0 and index > 0 and tokens:
                left, italic, bold = tokens[-1]
                last_word = lines[index - 1].words[-1]
                marked = left + SOFT_HYPHEN if last_word.hyphen_soft else left
                joined = dehyphenator.join(marked, text)
                if " " not in joined:
                    tokens[-1] = (joined, italic, bold)
                    continue
            tokens.append((text, word.italic, word.bold))
    runs: list[Run] = []
    for i, (text, italic, bold) in enumerate(tokens):
        prefix = " " if i > 0 else ""
        runs.append(Run(text=prefix + text, italic=italic, bold=bold))
    return _strip_edges(normalize_runs(_space_plain(runs)))


def _space_plain(runs: list[Run]) -> list[Run]:
    """Move a leading space into the previous run when styles differ (spaces carry no style)."""
    out: list[Run] = []
    for run in runs:
        if (
            out
            and run.text.startswith(" ")
            and (run.italic, run.bold)
            != (
                out[-1].italic,
                out[-1].bold,
            )
        ):
            prev = out[-1]
            out[-1] = Run(text=prev.text + " ", italic=prev.italic, bold=prev.bold)
            run = Run(text=run.text[1:], italic=run.italic, bold=run.bold)
        out.append(run)
    return out


def _strip_edges(runs: Runs) -> Runs:
    if not runs:
        return runs
    items = list(runs)
    items[0] = Run(text=items[0].text.lstrip(), italic=items[0].italic, bold=items[0].bold)
    items[-1] = Run(text=items[-1].text.rstrip(), italic=items[-1].italic, bold=items[-1].bold)
    return normalize_runs(items)


def lines_text(lines: Sequence[Line], dehyphenator: Dehyphenator) -> str:
    """Plain text of consecutive lines, joined across line ends."""
    return clean("".join(r.text for r in lines_to_runs(lines, dehyphenator)))
