"""Bylines wrapped onto the next line joined back: "By Ulla Segroang" / "and Orla Trith",
"Por Hedda Graibreest y Dagny" / "Nand", "— Reporting by X; additional re-" / "porting by Y".

A byline set in a narrow column wraps like any other line, and an extraction with no blank
lines (``pdftotext -raw``) sets the wrapped part at the head of the next unit: the story's
first paragraph then opens with "and Orla Trith", the second writer is lost, and an end
byline cut in two is no end byline, so the story it closes runs on into the next. A byline
line is continued by the next line when it stops open (on "and" in a listed language, "&",
a comma, or a hyphen), when the next line opens with "and", or when its last writer has one
name only (a person is named in full). The joined lines must still read as a byline (every
name name-shaped, ``cues.bylines``), so a paragraph's first line is never taken.

A unit that is no byline by its first line alone ("By A, B and" / "C", "— Reporting by X;
additional re-" / "porting by Y") is one when its first lines joined are: those lines are
split off as the byline and the rest of the unit is classified again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from newslayout.cues import parse_byline, parse_end_byline
from newslayout.model import Byline
from newslayout.readers.text.s2_units.units import Unit
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind

#: Most words of the line that finishes a byline (a name or two: "and Orla Trith",
#: "Zoss and Zeno Stifleng.").
WRAP_WORDS = 6
#: Most lines one byline is wrapped over.
WRAP_LINES = 3

#: "and" in the languages bylines are printed in (as ``cues.bylines``).
_AND = r"(?:and|und|et|y|e|en|och|og|&)"
_OPEN_END = re.compile(rf"(?:\s{_AND}|[,;]|[-‐\u00ad])$", re.IGNORECASE)
_AND_START = re.compile(rf"^{_AND}\s+\S", re.IGNORECASE)
#: Line-end hyphens: the word goes on on the next line ("Rea‐" / "joax").
_HYPHENS = "-‐\u00ad"


def _join(text: str, line: str) -> str:
    """``text`` and the next ``line`` as one line, a word hyphenated across them mended."""
    text, line = text.rstrip(), line.strip()
    if text and text[-1] in _HYPHENS and line[:1].islower():
        return text[:-1] + line
    if text and text[-1] in _HYPHENS and line[:1].isupper():
        return text[:-1] + "-" + line  # a double-barrelled name ("Pe-" / "Zeal")
    return f"{text} {line}"


def _short_last_name(byline: Byline | None) -> bool:
    return bool(byline and byline.contributors and len(byline.contributors[-1].name.split()) < 2)


def _parser(kind: Kind) -> Callable[[str], Byline | None]:
    return parse_end_byline if kind is Kind.END_BYLINE else parse_byline


def _continues(text: str, line: str, parse: Callable[[str], Byline | None]) -> Byline | None:
    """The byline of ``text`` and ``line`` joined, when ``line`` finishes the byline
    ``text`` starts (see the module doc), else None."""
    words = line.split()
    if not words or len(words) > WRAP_WORDS:
        return None
    alone = parse(" ".join(text.split()))
    opened = _OPEN_END.search(text.rstrip()) is not None or _AND_START.match(line) is not None
    if not (opened or (_short_last_name(alone) and words[0][:1].isupper())):
        return None
    joined = parse(_join(" ".join(text.split()), line))
    if joined is None or not joined.contributors:
        return None
    if alone is not None and len(joined.contributors) < len(alone.contributors):
        return None
    return joined


def _rest(unit: Unit, taken: int) -> Unit | None:
    """``unit`` without its first ``taken`` lines (None when nothing is left)."""
    if taken >= len(unit.lines):
        return None
    return replace(unit, lines=unit.lines[taken:], first=unit.first + taken, role="")


def _byline_unit(unit: Unit, text: str, last: int) -> Unit:
    """The byline's unit: its lines as the one line they print (a name hyphenated across
    them mended), spanning the source lines up to ``last``."""
    return replace(unit, lines=(text,), last=last, role="")


def _wrapped_at(lines: tuple[str, ...], k: int) -> tuple[Kind, str, int] | None:
    """The byline wrapped from line ``k`` over the lines after it: its kind, its text and
    the index after its last line; None when line ``k`` opens no wrapped byline (a line
    that is a byline alone was set apart as a unit of its own already)."""
    first = lines[k]
    if not first[:1].isupper() and first[:1] not in "—–-":
        return None
    for kind in (Kind.END_BYLINE, Kind.BYLINE):
        parse = _parser(kind)
        if _OPEN_END.search(first) is None or parse(" ".join(first.split())) is not None:
            continue
        text, end = first, k + 1
        while end < min(len(lines), k + WRAP_LINES):
            if _continues(text, lines[end], parse) is None:
                break
            text, end = _join(text, lines[end]), end + 1
        if end > k + 1:
            return kind, " ".join(text.split()), end
    return None


def _split_wrapped(
    item: ClassifiedUnit, reclassify: Callable[[Unit], ClassifiedUnit]
) -> list[ClassifiedUnit] | None:
    """A unit holding a byline wrapped over its lines (its first line alone no byline): the
    lines before it and after it classified again, the byline between. None when the unit
    holds none."""
    if item.kind in (Kind.BYLINE, Kind.END_BYLINE):
        return None
    unit = item.unit
    for k in range(len(unit.lines)):
        found = _wrapped_at(unit.lines, k)
        if found is None:
            continue
        kind, text, end = found
        out = []
        if k:
            before = replace(unit, lines=unit.lines[:k], last=unit.first + k - 1, role="")
            out.append(reclassify(before))
        head = replace(unit, lines=(text,), first=unit.first + k, last=unit.first + end - 1)
        out.append(ClassifiedUnit(replace(head, role=""), kind))
        rest = _rest(unit, end)
        return out if rest is None else [*out, reclassify(rest)]
    return None


def join_wrapped_bylines(
    items: list[ClassifiedUnit], reclassify: Callable[[Unit], ClassifiedUnit]
) -> list[ClassifiedUnit]:
    """``items`` with every byline wrapped onto the next line(s) joined back into one unit;
    ``reclassify`` gives the kind of what is left of a unit whose first line was taken."""
    queue = list(items)
    out: list[ClassifiedUnit] = []
    while queue:
        item = queue.pop(0)
        split = _split_wrapped(item, reclassify)
        if split is not None:
            item, queue = split[0], split[1:] + queue
        if item.kind not in (Kind.BYLINE, Kind.END_BYLINE):
            out.append(item)
            continue
        parse = _parser(item.kind)
        text = " ".join(item.unit.lines)
        wrapped = 1
        while queue and wrapped < WRAP_LINES:
            nxt = queue[0]
            if nxt.unit.page != item.unit.page or nxt.unit.first != item.unit.last + 1:
                break
            line = nxt.unit.lines[0]
            if _continues(text, line, parse) is None:
                break
            text, wrapped = _join(text, line), wrapped + 1
            unit = _byline_unit(item.unit, " ".join(text.split()), nxt.unit.first)
            item = ClassifiedUnit(unit, item.kind)
            rest = _rest(nxt.unit, 1)
            queue[0:1] = [] if rest is None else [reclassify(rest)]
        out.append(item)
    return out
