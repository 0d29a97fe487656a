"""Write newslayout/cues/calendar_names.py: month and weekday names from CLDR, via Babel.

Usage: ``python scripts/gen_calendar.py`` (``--check`` exits 1 when the module is stale).

The reader used to ask Babel at import time, which loads the CLDR data of every listed locale
(about 22 MB of resident memory per reading process) for a few hundred words. The names are
now a generated table shipped with the package; Babel is needed only here and by the test that
regenerates the table and compares (tests/unit/cues/test_calendar_names.py).

The CLDR rule kept from the runtime version: a name that two languages give different months
(or weekdays) is dropped, so a future locale cannot turn "listopad" into the wrong month
silently.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import babel
from babel import Locale
from babel.dates import get_day_names, get_month_names

from newslayout.cues.calendar import fold

OUT = Path(__file__).resolve().parents[1] / "newslayout" / "cues" / "calendar_names.py"

#: Languages whose month and weekday names are recognised: English first, then the western
#: and northern European languages of the newspapers we read (Latin script, no clashes).
LOCALES: tuple[str, ...] = (
    "en", "de", "fr", "it", "es", "pt", "nl", "sv", "da", "nb", "nn", "fi", "pl", "cs", "ca",
)  # fmt: skip

#: English abbreviations newspapers use that CLDR does not list ("Sept", "Tues", "Thurs").
EXTRAS: dict[str, dict[str, int]] = {
    "month": {"sept": 9},
    "day": {"tues": 1, "thur": 3, "thurs": 3},
}

#: Shorter names are no date cue on their own ("ma" is Finnish for Monday).
MIN_LENGTH = 3


def cldr_tables(kind: str) -> list[Mapping[int, str]]:
    """Babel's tables of ``kind`` ("month" or "day"): every locale, width and context."""
    tables: list[Mapping[int, str]] = []
    for code in LOCALES:
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                if kind == "month":
                    table = get_month_names(width, context, locale)
                else:
                    table = get_day_names(width, context, locale)
                tables.append({int(number): str(name) for number, name in table.items()})
    return tables


def unambiguous(tables: Iterable[Mapping[int, str]], extras: Mapping[str, int]) -> dict[str, int]:
    """Folded name -> number, in first-seen order; a name given two numbers is dropped."""
    seen: dict[str, set[int]] = {}
    for table in tables:
        for number, name in table.items():
            key = fold(name)
            if len(key) >= MIN_LENGTH:
                seen.setdefault(key, set()).add(number)
    for key, number in extras.items():
        seen.setdefault(key, set()).add(number)
    return {key: next(iter(numbers)) for key, numbers in seen.items() if len(numbers) == 1}


def _table(name: str, doc: str, names: Mapping[str, int]) -> list[str]:
    lines = [f"#: {doc}", f"{name}: Final[Mapping[str, int]] = {{"]
    lines += [
        f"    {json.dumps(key, ensure_ascii=False)}: {number}," for key, number in names.items()
    ]
    return [*lines, "}"]


def render() -> str:
    """The text of calendar_names.py, from the Babel installed here."""
    months = unambiguous(cldr_tables("month"), EXTRAS["month"])
    days = unambiguous(cldr_tables("day"), EXTRAS["day"])
    lines = [
        f'"""Month and weekday names of CLDR (Babel {babel.__version__}): generated, do not edit.',
        "",
        "Written by scripts/gen_calendar.py for the locales " + ", ".join(LOCALES[:8]) + ",",
        ", ".join(LOCALES[8:]) + "; names two languages give different numbers are left out.",
        '"""',
        "",
        "from collections.abc import Mapping",
        "from typing import Final",
        "",
        *_table("MONTHS", "Folded month name -> 1 (January) to 12.", months),
        "",
        *_table("WEEKDAYS", "Folded weekday name -> 0 (Monday) to 6 (Sunday).", days),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
