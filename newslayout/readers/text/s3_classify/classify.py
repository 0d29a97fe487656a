"""Unit kinds from the text alone: an ordered table of named rules, first match wins.

The kinds are what a unit IS by its wording ("See page 3" is a jump line, "By A and B" a
byline, a short line with no full stop a title). What a title becomes (headline, kicker, deck,
subhead, masthead name, teaser) depends on its neighbours and is decided in ``assemble``.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from newslayout.cues import (
    JumpCue,
    parse_credit_line,
    parse_date,
    parse_edition,
    parse_end_byline,
    parse_issue_number,
    parse_jump,
    parse_teaser_pointer,
    parse_volume_number,
    split_credit,
    split_teaser,
)
from newslayout.model import JumpDirection
from newslayout.readers.text.s2_units.barheads import BAR_DECK, BAR_HEAD
from newslayout.readers.text.s2_units.pages import WIDE_CAPTION
from newslayout.readers.text.s2_units.units import (
    TITLE_MAX_WORDS,
    Unit,
    is_byline,
    is_pull_quote,
    is_title,
)
from newslayout.readers.text.s3_classify.adverts import is_advert


class Kind(enum.Enum):
    """What a unit is by its wording."""

    JUMP_ON = "jump-on"
    JUMP_FROM = "jump-from"
    POINTER = "pointer"
    TEASER = "teaser"
    BYLINE = "byline"
    END_BYLINE = "end-byline"
    ADVERT = "advert"
    VOLUME = "volume"
    DATE = "date"
    EDITION = "edition"
    CREDIT = "credit"
    CAPTION = "caption"
    LIST = "list"
    QUOTE = "quote"
    TITLE = "title"
    BODY = "body"
    END = "end"  # past the last unit (lookahead only)


@dataclass(frozen=True, slots=True)
class ClassifiedUnit:
    """A unit with its kind and the cue that gave it (a JumpCue, a page number...)."""

    unit: Unit
    kind: Kind
    jump: JumpCue | None = None
    page: int | None = None


_BULLET = re.compile(r"^(?:[•▪◦●‣–—-]|\*(?!\S*\*))\s+\S")
_OPEN_QUOTE_LINE = re.compile(r"^[“\"«]$")
_SHORT = 160


def _jump(unit: Unit, text: str) -> ClassifiedUnit | None:
    cue = parse_jump(text) if len(unit.lines) == 1 else None
    if cue is None:
        return None
    kind = Kind.JUMP_ON if cue.direction is JumpDirection.ON else Kind.JUMP_FROM
    return ClassifiedUnit(unit, kind, jump=cue)


def _pointer(unit: Unit, text: str) -> ClassifiedUnit | None:
    page = parse_teaser_pointer(text) if len(text) <= 40 else None
    return None if page is None else ClassifiedUnit(unit, Kind.POINTER, page=page)


def _simple(
    kind: Kind, test: Callable[[str], bool]
) -> Callable[[Unit, str], ClassifiedUnit | None]:
    def rule(unit: Unit, text: str) -> ClassifiedUnit | None:
        return ClassifiedUnit(unit, kind) if len(text) <= _SHORT and test(text) else None

    return rule


def _is_volume_line(text: str) -> bool:
    return parse_volume_number(text) is not None or parse_issue_number(text) is not None


def _is_date_line(text: str) -> bool:
    cue = parse_date(text)
    return cue is not None and len(cue.text) >= 0.6 * len(text)


def _is_caption(text: str) -> bool:
    found = split_credit(text) if len(text) <= 1200 else None
    return found is not None and bool(found[0])


def _teaser(unit: Unit, text: str) -> ClassifiedUnit | None:
    found = split_teaser(text) if len(text) <= _SHORT else None
    if found is None or not is_title(found[0]):
        return None
    return ClassifiedUnit(unit, Kind.TEASER, page=found[1])


#: A title runs to this many lines; to ``NARROW_TITLE_LINES`` when its lines are short
#: (a headline wrapped in a narrow column).
TITLE_LINES = 3
NARROW_TITLE_LINES = 5
NARROW_LINE = 30


#: A roman-numbered section head ("II. Jointly seize historic opportunities ..."): a
#: declaration's or report's sections may run past a title's length.
_ROMAN_HEAD = re.compile(r"^[IVX]{1,4}\.\s+[A-Z]")
ROMAN_HEAD_WORDS = 40


def _is_roman_head(unit: Unit, text: str) -> bool:
    words = text.split()
    if len(unit.lines) != 1 or not _ROMAN_HEAD.match(text) or len(words) > ROMAN_HEAD_WORDS:
        return False
    short = " ".join(words[:TITLE_MAX_WORDS])  # the title tests, on a title-sized piece
    return is_title(short) and is_title(" ".join([words[0], *words[-TITLE_MAX_WORDS + 1 :]]))


def _is_title_unit(unit: Unit, text: str) -> bool:
    """A title is at most three lines (five short ones), none broken by a hyphen."""
    lines = unit.lines
    narrow = all(len(x) <= NARROW_LINE for x in lines)
    if len(lines) > (NARROW_TITLE_LINES if narrow else TITLE_LINES):
        return False
    return not any(x.endswith("-") for x in lines[:-1]) and is_title(text)


#: The rules, in order. Each is (name, rule); names can be listed in docs and tests.
RULES: tuple[tuple[str, Callable[[Unit, str], ClassifiedUnit | None]], ...] = (
    (
        "bar-header",
        lambda u, t: ClassifiedUnit(u, Kind.TITLE) if u.role in (BAR_HEAD, BAR_DECK) else None,
    ),
    (
        "wide-caption",
        lambda u, t: ClassifiedUnit(u, Kind.CAPTION) if u.role == WIDE_CAPTION else None,
    ),
    ("jump", _jump),
    ("pointer", _pointer),
    (
        "end-byline",
        lambda u, t: (
            ClassifiedUnit(u, Kind.END_BYLINE)
            if len(u.lines) == 1 and parse_end_byline(t) is not None
            else None
        ),
    ),
    ("byline", _simple(Kind.BYLINE, is_byline)),
    ("advert", lambda u, t: ClassifiedUnit(u, Kind.ADVERT) if is_advert(u) else None),
    ("volume", _simple(Kind.VOLUME, _is_volume_line)),
    ("date", _simple(Kind.DATE, _is_date_line)),
    ("edition", _simple(Kind.EDITION, lambda t: parse_edition(t) == t)),
    ("credit-line", _simple(Kind.CREDIT, lambda t: parse_credit_line(t) is not None)),
    ("caption", lambda u, t: ClassifiedUnit(u, Kind.CAPTION) if _is_caption(t) else None),
    ("teaser", _teaser),
    ("list", lambda u, t: ClassifiedUnit(u, Kind.LIST) if _BULLET.match(t) else None),
    (
        "quote",
        lambda u, t: ClassifiedUnit(u, Kind.QUOTE) if _OPEN_QUOTE_LINE.match(u.lines[0]) else None,
    ),
    (
        "quoted-title",
        lambda u, t: ClassifiedUnit(u, Kind.QUOTE) if is_pull_quote(u.lines) else None,
    ),
    ("title", lambda u, t: ClassifiedUnit(u, Kind.TITLE) if _is_title_unit(u, t) else None),
    ("roman-head", lambda u, t: ClassifiedUnit(u, Kind.TITLE) if _is_roman_head(u, t) else None),
)


#: Most words of a title that goes with an ad in its block (the advertiser's name).
AD_TITLE_WORDS = 6
#: Most units of a block that is an ad box (or a few boxes) as pdftotext sets it off; a
#: bigger block holds stories too.
AD_BLOCK_UNITS = 8


def spread_adverts(items: list[ClassifiedUnit]) -> list[ClassifiedUnit]:
    """A short title in the block of an advert is its display line (the advertiser's
    name set larger above the offer, which pdftotext cuts off as a title). In a block of
    many units (an extraction with no blank lines, ``pdftotext -raw``, is one block a
    page) only the titles right above the advert are: the others are the page's headers."""
    sizes = Counter((x.unit.page, x.unit.block) for x in items)
    blocks = {
        (x.unit.page, x.unit.block)
        for x in items
        if x.kind is Kind.ADVERT and sizes[(x.unit.page, x.unit.block)] <= AD_BLOCK_UNITS
    }
    above: set[int] = set()
    for index, x in enumerate(items):
        if x.kind is not Kind.ADVERT or (x.unit.page, x.unit.block) in blocks:
            continue
        j = index - 1
        while j >= 0 and items[j].kind is Kind.TITLE and items[j].unit.block == x.unit.block:
            above.add(j)
            j -= 1
    return [
        ClassifiedUnit(x.unit, Kind.ADVERT)
        if x.kind is Kind.TITLE
        and ((x.unit.page, x.unit.block) in blocks or index in above)
        and len(x.unit.text.split()) <= AD_TITLE_WORDS
        else x
        for index, x in enumerate(items)
    ]


def classify(unit: Unit, disabled: frozenset[str] = frozenset()) -> ClassifiedUnit:
    """The kind of ``unit``: the first rule that matches, else body text."""
    text = unit.text
    for name, rule in RULES:
        if name in disabled:
            continue
        found = rule(unit, text)
        if found is not None:
            return found
    return ClassifiedUnit(unit, Kind.BODY)
