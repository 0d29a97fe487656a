"""Bylines wrapped onto the next line joined back: "By Ulla Segroang" / "and Orla Trith",
"Por Hedda Graibreest y Dagny" / "Nand", "— Reporting by X; additional re-" / "porting by Y".

A byline set in a narrow column wraps like any other line, and an extraction with no blank
lines (``pdftotext -raw``) sets the wrapped part at the head of the next unit: the story's
first paragraph then opens with "and Orla Trith", the second writer is lost, and an end
byline cut in two is no end byline, so the story it closes runs on into the next. A byline
line is continued by the next line (or two) when it stops open (on "and" in a listed
language, "&", a comma, a semicolon, a hyphen, "by", "reporting" or "additional"), when the
next line opens with "and", or when its last writer has one name only (a person is named
in full). The joined lines must still read as a byline (every name name-shaped,
``cues.bylines``), so a paragraph's first line is never taken.

A line that is no byline alone ("By A, B and" / "C", "— Reporting by X; additional re-" /
"porting by Y") opens one when it and the lines after it joined are: inside a unit, at its
end (the story's last line above it) or as a unit of its own. Those lines are split off as
the byline and what is left of the units is classified again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
_OPEN_END = re.compile(
    rf"(?:\s{_AND}|[,;]|[-‐\u00ad]|\s(?:by|reporting|additional))$", re.IGNORECASE
)
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


def _continues(
    text: str, lines: Sequence[str], parse: Callable[[str], Byline | None]
) -> tuple[str, int] | None:
    """The byline ``text`` starts, finished by the first of ``lines`` (or the first two:
    "— Reporting by Rhea" / "Bopess; additional reporting" / "by Dagny Brull"), joined,
    and how many lines it took; None when the next line does not go on with the byline
    (see the module doc)."""
    text = " ".join(text.split())
    if not lines or not lines[0].split():
        return None
    alone = parse(text)
    opened = _OPEN_END.search(text) is not None or _AND_START.match(lines[0]) is not None
    if not (opened or (_short_last_name(alone) and lines[0].split()[0][:1].isupper())):
        return None
    joined = text
    for taken, line in enumerate(lines[:2], start=1):
        if len(line.split()) > WRAP_WORDS:
            return None
        joined = _join(joined, line)
        byline = parse(joined)
        if byline is None or not byline.contributors:
            continue
        if alone is not None and len(byline.contributors) < len(alone.contributors):
            return None
        return " ".join(joined.split()), taken
    return None


def _next_lines(item: ClassifiedUnit, queue: list[ClassifiedUnit]) -> list[str]:
    """The (at most two) source lines right after ``item`` on its page, from the units
    waiting in ``queue``."""
    lines: list[str] = []
    last = item.unit.last
    for nxt in queue[:2]:
        if nxt.unit.page != item.unit.page or nxt.unit.first != last + 1:
            break
        lines += nxt.unit.lines[: 2 - len(lines)]
        if len(lines) >= 2 or len(nxt.unit.lines) > len(lines):
            break
        last = nxt.unit.last
    return lines


def take_lines(
    queue: list[ClassifiedUnit], count: int, reclassify: Callable[[Unit], ClassifiedUnit]
) -> int:
    """Take the first ``count`` lines off the units in ``queue`` (a unit left with lines
    is classified again); returns the source line number of the last line taken."""
    last = 0
    while count:
        nxt = queue[0]
        taken = min(count, len(nxt.unit.lines))
        last, count = nxt.unit.first + taken - 1, count - taken
        rest = rest_of(nxt.unit, taken)
        queue[0:1] = [] if rest is None else [reclassify(rest)]
    return last


def rest_of(unit: Unit, taken: int) -> Unit | None:
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
            found = _continues(text, lines[end : k + WRAP_LINES], parse)
            if found is None:
                break
            text, end = found[0], end + found[1]
        if end > k + 1:
            return kind, text, end
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
        rest = rest_of(unit, end)
        return out if rest is None else [*out, reclassify(rest)]
    return None


def _opens_wrapped(line: str, following: list[str]) -> tuple[Kind, str, int] | None:
    """The byline ``line`` opens and the ``following`` lines finish: its kind, its text and
    how many of the following lines it takes; None when it opens none (a line that is a
    byline alone was set apart as a unit of its own already)."""
    if not line[:1].isupper() and line[:1] not in "—–-":
        return None
    for kind in (Kind.END_BYLINE, Kind.BYLINE):
        parse = _parser(kind)
        if _OPEN_END.search(line) is None or parse(" ".join(line.split())) is not None:
            continue
        found = _continues(line, following, parse)
        if found is not None:
            return kind, found[0], found[1]
    return None


def _wrapped_on(
    item: ClassifiedUnit, queue: list[ClassifiedUnit], reclassify: Callable[[Unit], ClassifiedUnit]
) -> ClassifiedUnit | None:
    """A one-line unit that opens a byline wrapped onto the units after it ("— Reporting by
    X; additional reporting" / "by Y"): the byline, its lines taken off ``queue``."""
    found = _opens_wrapped(item.unit.lines[0], _next_lines(item, queue))
    if found is None:
        return None
    kind, text, taken = found
    last = take_lines(queue, taken, reclassify)
    return ClassifiedUnit(_byline_unit(item.unit, text, last), kind)


def _split_tail(
    item: ClassifiedUnit, queue: list[ClassifiedUnit], reclassify: Callable[[Unit], ClassifiedUnit]
) -> list[ClassifiedUnit] | None:
    """A unit whose last line opens a byline the units after it finish (the story's last
    line, then "— Reporting by X; additional" / "reporting by Y"): the unit's other lines
    and its last line, each classified again (the last line then joins the lines after it,
    :func:`_wrapped_on`). None when its last line opens no such byline."""
    unit = item.unit
    if len(unit.lines) < 2 or item.kind in (Kind.BYLINE, Kind.END_BYLINE):
        return None
    tail = replace(unit, lines=unit.lines[-1:], first=unit.last, role="")
    probe = ClassifiedUnit(tail, item.kind)
    if _opens_wrapped(unit.lines[-1], _next_lines(probe, queue)) is None:
        return None
    before = replace(unit, lines=unit.lines[:-1], last=unit.last - 1, role="")
    return [reclassify(before), reclassify(tail)]


def join_wrapped_bylines(
    items: list[ClassifiedUnit], reclassify: Callable[[Unit], ClassifiedUnit]
) -> list[ClassifiedUnit]:
    """``items`` with every byline wrapped onto the next line(s) joined back into one unit;
    ``reclassify`` gives the kind of what is left of a unit whose first line was taken."""
    queue = list(items)
    out: list[ClassifiedUnit] = []
    while queue:
        item = queue.pop(0)
        split = _split_wrapped(item, reclassify) or _split_tail(item, queue, reclassify)
        if split is not None:
            item, queue = split[0], split[1:] + queue
        if item.kind not in (Kind.BYLINE, Kind.END_BYLINE) and len(item.unit.lines) == 1:
            item = _wrapped_on(item, queue, reclassify) or item
        if item.kind not in (Kind.BYLINE, Kind.END_BYLINE):
            out.append(item)
            continue
        parse = _parser(item.kind)
        text = " ".join(item.unit.lines)
        wrapped = 1
        while queue and wrapped < WRAP_LINES:
            found = _continues(text, _next_lines(item, queue), parse)
            if found is None:
                break
            text, taken = found
            wrapped += taken
            last = take_lines(queue, taken, reclassify)
            item = ClassifiedUnit(_byline_unit(item.unit, text, last), item.kind)
        out.append(item)
    return out
