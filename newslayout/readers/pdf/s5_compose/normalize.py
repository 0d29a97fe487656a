"""Normalize (stage 5, compose): lines -> clean inline runs.

Line-end hyphens are decided by ``newslayout.cues.Dehyphenator`` (evidence from the issue
itself, then a dictionary): "emerg-/ing" -> "emerging" while "high-/quality" keeps its
hyphen; soft hyphens always join; where the issue breaks words with U+2010 and spells
compounds with "-", a "-" at a line end is kept (``LineJoiner``). Whitespace is collapsed;
typographic quotes are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from newslayout.cues import Dehyphenator
from newslayout.cues.sentences import HYPHEN_FORMS, clean
from newslayout.model import Run, Runs, normalize_runs
from newslayout.readers.pdf.types import Line

SOFT_HYPHEN = "\u00ad"
BREAK_HYPHEN = "\u2010"


class Joiner(Protocol):
    """Joins the last word of a line with the first of the next (``cues.Dehyphenator``)."""

    def join(self, left: str, right: str) -> str: ...


@dataclass(frozen=True, slots=True)
class LineJoiner:
    """The issue's dehyphenator, told whether a hyphen-minus at a line end is a hard hyphen.

    Browsers and WeasyPrint break words with U+2010 (or a soft hyphen) and print compounds
    with the hyphen-minus; when the issue shows that split, a "-" at a line end belongs to a
    compound ("non-/flammable") and is kept, whatever the dictionary says.
    """

    dehyphenator: Dehyphenator
    hard_minus: bool = False

    def join(self, left: str, right: str) -> str:
        if self.hard_minus and left.endswith("-") and len(left) > 1 and right[:1].isalpha():
            return left + right
        return self.dehyphenator.join(left, right)


def hyphen_minus_is_hard(lines: Sequence[Line]) -> bool:
    """Whether the issue breaks words with U+2010 and spells compounds with "-": line-end
    breaks end in U+2010, no word carries U+2010 inside it, some carry "-" inside."""
    breaks = inside_2010 = inside_minus = 0
    for line in lines:
        for position, word in enumerate(line.words):
            text = word.text
            if position == len(line.words) - 1 and text.endswith(BREAK_HYPHEN) and len(text) > 1:
                breaks += 1
            core = text.strip(BREAK_HYPHEN + "-")
            inside_2010 += BREAK_HYPHEN in core
            inside_minus += "-" in core
    return breaks > 0 and inside_2010 == 0 and inside_minus > 0


def dehyphenator_for(lines: Iterable[Line], language: str = "en") -> LineJoiner:
    """A dehyphenator trained on every line of the issue (its own spelling is evidence), for
    the issue's ``language``."""
    kept = list(lines)
    return LineJoiner(
        Dehyphenator.from_texts((line.text for line in kept), language),
        hyphen_minus_is_hard(kept),
    )


def lines_to_runs(lines: Sequence[Line], dehyphenator: Joiner) -> Runs:
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
        runs.append(Run(text=prefix + text.translate(HYPHEN_FORMS), italic=italic, bold=bold))
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


def lines_text(lines: Sequence[Line], dehyphenator: Joiner) -> str:
    """Plain text of consecutive lines, joined across line ends."""
    return clean("".join(r.text for r in lines_to_runs(lines, dehyphenator)))
