"""Month and weekday names in the languages newspapers print dates in, from CLDR via Babel.

Hand-written month tables knew English only, so "montag, 8. juni 2020", "lundi 8 juin 2020" or
"8 de junio de 2020" gave no issue date. Babel ships the Unicode CLDR names (wide and
abbreviated, format and stand-alone forms) for every locale; we take them for a fixed list of
languages and drop any name that means different months in two of them (none does in this
list today, but a future locale must not turn "listopad" into the wrong month silently).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from babel import Locale
from babel.dates import get_day_names, get_month_names

#: Languages whose month and weekday names are recognised: English first, then the western
#: and northern European languages of the newspapers we read (Latin script, no clashes).
LOCALES: tuple[str, ...] = (
    "en", "de", "fr", "it", "es", "pt", "nl", "sv", "da", "nb", "nn", "fi", "pl", "cs", "ca",
)  # fmt: skip


def fold(text: str) -> str:
    """Case-folded and stripped of a trailing dot; accents kept ("März" != "Marz")."""
    return unicodedata.normalize("NFC", text).casefold().rstrip(".")


def _names(kind: str) -> dict[str, int]:
    """Every name of ``kind`` ("month" or "day") -> its number; ambiguous names dropped."""
    seen: dict[str, set[int]] = {}
    for code in LOCALES:
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                if kind == "month":
                    table = get_month_names(width, context, locale)
                else:
                    table = get_day_names(width, context, locale)
                for number, name in table.items():
                    key = fold(name)
                    if len(key) >= 3:  # "ma" (Finnish Monday) is no date cue on its own
                        seen.setdefault(key, set()).add(int(number))
    # English abbreviations newspapers use that CLDR does not list ("Sept", "Tues", "Thurs").
    extras = {"sept": 9} if kind == "month" else {"tues": 1, "thur": 3, "thurs": 3}
    for key, number in extras.items():
        seen.setdefault(key, set()).add(number)
    return {key: next(iter(numbers)) for key, numbers in seen.items() if len(numbers) == 1}


@cache
def months() -> dict[str, int]:
    """Folded month name (any listed language, wide or abbreviated) -> month 1-12."""
    return _names("month")


@cache
def weekdays() -> dict[str, int]:
    """Folded weekday name -> 0 (Monday) to 6 (Sunday)."""
    return _names("day")


def _alternation(names: dict[str, int]) -> str:
    # Longest first, so "june" is tried before "jun"; escaped, since "janv." has a dot.
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


@cache
def month_pattern() -> str:
    """A regex alternation of every month name, an optional dot after it."""
    return rf"(?:{_alternation(months())})\.?"


@cache
def weekday_pattern() -> str:
    """A regex alternation of every weekday name, an optional dot after it."""
    return rf"(?:{_alternation(weekdays())})\.?"


def month_number(name: str) -> int:
    """The month of a name matched by :func:`month_pattern` ("Juni" -> 6)."""
    return months()[fold(name)]
