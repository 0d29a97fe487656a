"""Month and weekday names in the languages newspapers print dates in, from CLDR.

Hand-written month tables knew English only, so "montag, 8. juni 2020", "lundi 8 juin 2020" or
"8 de junio de 2020" gave no issue date. The Unicode CLDR names (wide and abbreviated, format
and stand-alone forms) of a fixed list of languages are in :mod:`calendar_names`, a table that
``scripts/gen_calendar.py`` writes from Babel; a test regenerates it and compares. Reading it
from Babel at run time cost every reading process the CLDR data of 15 locales (~22 MB) for a
few hundred words. A name that means different months in two languages is left out of the
table (none does in this list today, but a future locale must not turn "listopad" into the
wrong month silently).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache

from newslayout.cues.calendar_names import MONTHS, WEEKDAYS


def fold(text: str) -> str:
    """Case-folded and stripped of a trailing dot; accents kept ("März" != "Marz")."""
    return unicodedata.normalize("NFC", text).casefold().rstrip(".")


def months() -> Mapping[str, int]:
    """Folded month name (any listed language, wide or abbreviated) -> month 1-12."""
    return MONTHS


def weekdays() -> Mapping[str, int]:
    """Folded weekday name -> 0 (Monday) to 6 (Sunday)."""
    return WEEKDAYS


def _alternation(names: Mapping[str, int]) -> str:
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
