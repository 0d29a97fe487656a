"""Photo credits set one word to a line ("Orla" / "Shoajack" / "/" / "Rerfield" / "Post")
joined back into one credit line.

A credit printed up the side of a picture, or in a strip as narrow as a word, comes out of
``pdftotext -raw`` one word per line. Read line by line, its first word looks like a title
and the rest open the caption's paragraph, so the credit is lost and the caption under it
is read as text. A run of such short lines whose words together are a credit line
(``cues.parse_credit_line``: "Name / Paper", "NAME FOR PAPER", "Photo: Name") becomes one
credit unit; what is left of the units it was cut from is classified again, so the caption
under it is found by the caption rules (``s4_assemble/figures``).

A caption whose credit label ends its last line ("... the site manager. Photo:") has the
credited name on the next line; that line is joined back (:func:`join_wrapped_credits`)
when the joined text is a caption ending in its credit (``cues.split_credit``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from newslayout.cues import parse_credit_line, split_credit
from newslayout.readers.text.s2_units.units import Unit
from newslayout.readers.text.s3_classify.bylinewrap import take_lines
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind

#: The role of a credit unit joined from stacked lines (``Unit.role``): its picture may
#: stand anywhere near, so the caption rules ask more of the text above it.
STACKED_CREDIT = "stacked-credit"
#: Most words on each line of a stacked credit.
STACKED_WORDS = 2
#: Fewest lines of a stacked credit (a name and a paper, the slash between).
STACKED_MIN_LINES = 3
#: Most lines of a stacked credit.
STACKED_MAX_LINES = 10


def _short(line: str) -> bool:
    return 0 < len(line.split()) <= STACKED_WORDS


def _run(queue: list[ClassifiedUnit], start: int) -> list[str]:
    """The short lines from line ``start`` of the first unit in ``queue`` on, across units
    that follow on line by line."""
    lines: list[str] = []
    last = None
    for index, item in enumerate(queue):
        if last is not None and (item.unit.page, item.unit.first) != last:
            break
        for line in item.unit.lines[start if index == 0 else 0 :]:
            if not _short(line) or len(lines) >= STACKED_MAX_LINES:
                return lines
            lines.append(line)
        last = (item.unit.page, item.unit.last + 1)
    return lines


def _credits_at(lines: list[str]) -> list[int]:
    """How many of ``lines`` make a credit line, longest first."""
    return [
        count
        for count in range(len(lines), STACKED_MIN_LINES - 1, -1)
        if parse_credit_line(" ".join(" ".join(x.split()) for x in lines[:count])) is not None
    ]


#: Words of a person's name most credits print (a given name and a surname).
NAME_WORDS = 2


def _name_cost(lines: list[str]) -> int:
    """How far the name of the credit ``lines`` make is from a given name and a surname
    (the words before its slash; a credit with no slash costs nothing)."""
    text = " ".join(" ".join(x.split()) for x in lines)
    name, slash, _ = text.partition("/")
    return abs(len(name.split()) - NAME_WORDS) if slash else 0


def _best_cut(lines: list[str]) -> tuple[int, int] | None:
    """The cost and the first credit's length of the cut of ``lines`` into credits one
    after another, every line used, whose names are most like a person's; None when they
    cannot be cut so."""
    best: tuple[int, int] | None = None
    for count in _credits_at(lines):
        rest = lines[count:]
        after = _best_cut(rest) if rest else (0, 0)
        if after is None:
            continue
        cost = _name_cost(lines[:count]) + after[0]
        if best is None or cost < best[0]:
            best = (cost, count)
    return best


def _credit_length(lines: list[str]) -> int:
    """How many of ``lines`` make the credit they open; 0 when they open none. Credits
    stacked one under the other ("Orla" / "Cloufeass" / "/" / "Gindstead" / "Echo" / "Ada" /
    "Noung" / ...) are cut where every line goes to a credit and the names look most like a
    given name and a surname; a run that goes on into other short lines gives its longest
    credit."""
    cut = _best_cut(lines)
    if cut is not None:
        return cut[1]
    counts = _credits_at(lines)
    return counts[0] if counts else 0


def _stacked_at(queue: list[ClassifiedUnit]) -> tuple[int, int]:
    """Where in the first unit of ``queue`` a stacked credit starts and how many lines it
    has; (0, 0) when none does. A credit may start inside a unit (a wide deck line above it
    in the same unit, as ``pdftotext -raw`` cuts them)."""
    head = queue[0]
    if head.kind is Kind.CREDIT:
        return 0, 0
    for start in range(len(head.unit.lines)):
        if start and _short(head.unit.lines[start - 1]):
            continue  # a run starts after a longer line only
        count = _credit_length(_run(queue, start))
        if count:
            return start, count
    return 0, 0


def join_stacked_credits(
    items: list[ClassifiedUnit], reclassify: Callable[[Unit], ClassifiedUnit]
) -> list[ClassifiedUnit]:
    """``items`` with every credit set one word to a line joined into one credit unit."""
    queue = list(items)
    out: list[ClassifiedUnit] = []
    while queue:
        start, count = _stacked_at(queue)
        if not count:
            out.append(queue.pop(0))
            continue
        head = queue[0].unit
        if start:
            before = replace(head, lines=head.lines[:start], last=head.first + start - 1, role="")
            out.append(reclassify(before))
            rest = replace(head, lines=head.lines[start:], first=head.first + start, role="")
            queue[0] = ClassifiedUnit(rest, Kind.BODY)
            head = rest
        lines = _run(queue, 0)[:count]
        text = " ".join(" ".join(x.split()) for x in lines)
        last = take_lines(queue, count, reclassify)
        unit = replace(head, lines=(text,), last=last, role=STACKED_CREDIT)
        out.append(ClassifiedUnit(unit, Kind.CREDIT))
    return out


#: A credit's label ending a line, the name on the next: "Photo:", "(PHOTO:", "Foto:".
_LABEL_END = re.compile(
    r"\(?\b(?:photos?|fotos?|pictures?|images?|credit|photograph)\s*:$", re.IGNORECASE
)
#: Most words of the credited name on the line after the label.
CREDIT_NAME_WORDS = 6


def join_wrapped_credits(
    items: list[ClassifiedUnit], reclassify: Callable[[Unit], ClassifiedUnit]
) -> list[ClassifiedUnit]:
    """``items`` with every caption whose credit label ends its last line joined with the
    name on the next line (the unit is classified again: a caption with its credit)."""
    queue = list(items)
    out: list[ClassifiedUnit] = []
    while queue:
        item = queue.pop(0)
        unit = item.unit
        nxt = queue[0] if queue else None
        if (
            nxt is None
            or _LABEL_END.search(unit.lines[-1].rstrip()) is None
            or (nxt.unit.page, nxt.unit.first) != (unit.page, unit.last + 1)
            or len(nxt.unit.lines[0].split()) > CREDIT_NAME_WORDS
        ):
            out.append(item)
            continue
        lines = (*unit.lines, nxt.unit.lines[0])
        found = split_credit(" ".join(lines))
        if found is None or not found[0]:
            out.append(item)
            continue
        last = take_lines(queue, 1, reclassify)
        out.append(reclassify(replace(unit, lines=lines, last=last, role="")))
    return out
