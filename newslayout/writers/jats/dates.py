"""The issue date as JATS ``pub-date`` parts.

``IssueMeta.date_iso`` holds an ISO 8601 date ("2026-03-03"), a reduced-precision date
("2026-03", "2026") or an interval ("2026-03-03/2026-03-04", also "2026-03-03/04"). JATS
``pub-date`` holds one date, so an interval is exported as its FIRST day: that is the day the
issue went on sale, and the day catalogues file a weekend edition under.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True, kw_only=True)
class PubDate:
    """One publication date: ``year`` always, ``month``/``day`` when the source has them.

    ``iso`` is the ``iso-8601-date`` attribute value; ``was_range`` tells that the source was
    an interval of which this is the first day.
    """

    year: str
    month: str = ""
    day: str = ""
    was_range: bool = False

    @property
    def iso(self) -> str:
        return "-".join(part for part in (self.year, self.month, self.day) if part)


def parse_issue_date(date_iso: str) -> PubDate | None:
    """The first date of ``date_iso``, or ``None`` when it is empty or not an ISO date."""
    text = date_iso.strip()
    if not text:
        return None
    first, slash, _ = text.partition("/")
    match = _ISO.match(first.strip())
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2) or "", match.group(3) or ""
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return PubDate(year=year, month=month, day=day, was_range=bool(slash))
