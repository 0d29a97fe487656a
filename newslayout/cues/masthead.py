"""Masthead lines: volume and number, the issue date (single day or range), the edition.

Each function finds its cue anywhere in a short line (a masthead often packs "VOL. 7 NO. 41 ·
WEEKEND EDITION · MARCH 3-4, 2026" into one line) and returns it as printed, plus a normalised
form where the model wants one (ISO dates). Invalid calendar dates give None, not a guess.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass

from newslayout.cues import calendar
from newslayout.cues.web import without_web_addresses

_ROMAN = r"[IVXLCDM]+"
#: Digits may be grouped in thousands, with commas or (in continental papers) dots: "No.
#: 12,345", "N. 18.781" (kept as printed).
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d.,])|\d{1,5})"
_NUMERAL = rf"(?:{_DIGITS}|{_ROMAN})"
#: Between volume and number: one separator, or dot leaders ("VOL. CLXX . . . No. 58,874").
_SEP = r"(?:[-–—,·•|/;:]|…|(?:\s*\.){2,})?"
#: Words that print a volume before its numeral: en Vol/Volume/Year, it Anno, es Año, pt Ano,
#: de Jahrgang (Jg.), nl Jaargang, da/nb/sv Årgang (Årg.).
_VOLUME_WORD = r"(?:Vol(?:ume)?|Year|Anno|Año|Ano|Jahrgang|Jg|Jaargang|Jrg|Årgang|Årg)"
#: Words printed AFTER an ordinal volume numeral: "125. Jahrgang", "61e année", "12e jaargang",
#: "98. årgang", "XII année".
_VOLUME_AFTER = r"(?:Jahrgang|Jg|année|annee|jaargang|årgang|årg)"
#: An ordinal's mark after the numeral: de/da "125.", fr/nl "61e", "1er", es/pt/it "1º", "1ª".
_ORDINAL = r"(?:\.|e|er|ème|º|ª)?"
#: Words for the number: en No/Number/Issue, it N./Numero, es Número/Núm., fr N°/Numéro,
#: de Nr./Nummer/Ausgabe, nl Nummer, pt Número/N.º.
_NUMBER_WORD = (
    r"(?:No\b\.?|Nos\b\.?|Number|Issue|Num\b\.?|Nº|N°|N\.º|N\.°|#|N\b\.|Nr\b\.?|Nummer|Numero|"
    r"Número|Núm\b\.?|Numéro|Ausgabe)"
)

#: "VOL.5-NO.195", "Vol. 12, No. 3", "Volume 7 Number 41", "VOL. XII NO. 8", "Vol 3 · Issue 14",
#: "Year 12 · Issue 301" (a volume counted in years), "Anno CLIII · N. 162", "Año XIX · Número
#: 194"; "125. Jahrgang · Nr. 340", "61e année · N° 180" (the numeral before its word).
_VOLUME_NUMBER = re.compile(
    rf"(?:\b{_VOLUME_WORD}\b\.?\s*:?\s*(?P<vol>{_NUMERAL})\b"
    rf"|(?<![\w.,])(?P<vol2>\d{{1,4}}|{_ROMAN}){_ORDINAL}\s*{_VOLUME_AFTER}\b\.?)"
    rf"\s*{_SEP}\s*{_NUMBER_WORD}\s*(?P<num>{_NUMERAL})(?![\w.,]*\w)",
    re.IGNORECASE,
)

#: "No. 58 · Vol. XII", "No. 2,041 · Vol. 39": the number printed first, then the volume.
_NUMBER_VOLUME = re.compile(
    rf"\b{_NUMBER_WORD}\s*(?P<num>{_NUMERAL})\b\s*"
    rf"[-–—,·•|/;:]?\s*\b{_VOLUME_WORD}\b\.?\s*(?P<vol>{_NUMERAL})\b",
    re.IGNORECASE,
)

#: "No. 1204" with no volume: only at the start of a line that holds nothing else but a date.
_NUMBER_ONLY = re.compile(
    rf"^\s*(?:No\.|NO\.|Nº|N°|Nr\.|NR\.|Issue|ISSUE|Number|NUMBER|Número|Numéro|Numero)\s*"
    rf"(?P<num>{_DIGITS})(?![\w.,]*\w)"
)


def parse_volume_number(text: str) -> tuple[str, str] | None:
    """(volume, number) as printed, e.g. "VOL. XII NO. 8" -> ("XII", "8"), else None.

    Either order: "No. 58 · Vol. XII" gives ("XII", "58") too.
    """
    match = _VOLUME_NUMBER.search(text) or _NUMBER_VOLUME.search(text)
    if match is None:
        return None
    volume = match.groupdict().get("vol") or match.group("vol2")
    return volume.upper(), match.group("num").upper()


#: "Vol:2", "Volume II", "VOL. 12" on a line of its own: a volume printed without a number.
_VOLUME_ALONE = re.compile(rf"^\s*{_VOLUME_WORD}\b\.?\s*[:.]?\s*(?P<vol>{_NUMERAL})\s*$", re.I)


def parse_volume_alone(text: str) -> str | None:
    """The volume of a line that holds nothing but one ("Vol:2" -> "2", "Volume XII")."""
    match = _VOLUME_ALONE.match(text)
    return match.group("vol").upper() if match else None


#: What may separate the parts of a dated running line, besides the separators below.
_ROW_SEPARATORS = re.compile(r"[|·•◆■●▪�/]+|\s[-–—]\s")
#: A part of a dated running line is a place or a label: a few words, no sentence.
_ROW_PART_WORDS = 4


def parse_dated_row(text: str) -> DateCue | None:
    """The date of a running line that holds a date and nothing but short labels, a place
    or a web address around it ("www.x.in · MUMBAI | WEDNESDAY | OCTOBER 9, 2024"), else
    None: a sentence that mentions a date is no dated row."""
    date = parse_date(text) if len(text) <= _MAX_ROW else None
    if date is None:
        return None
    rest = without_web_addresses(text.replace(date.text, " "))
    for part in _ROW_SEPARATORS.split(rest):
        words = part.split()
        if len(words) > _ROW_PART_WORDS or part.strip().endswith((".", "!", "?")):
            return None
        if any(w[:1].islower() for w in words):
            return None
    return date


#: A dated running line is at most this long.
_MAX_ROW = 120

_SEPARATORS = " \t·•|,;-–—"
#: A cover price on a masthead line: "Price 90p", "$1.50", "£1.20", "€2", "1,90 €" (the
#: continental order, a decimal comma and the sign after the amount).
_PRICE = re.compile(
    r"(?:\bprice\s*:?\s*)?(?:[$£€]\s?\d{1,3}(?:[.,]\d{2})?|\b\d{1,3}(?:[.,]\d{2})?\s?[€$£]"
    r"|\b\d{1,3}(?:p|c)\b)",
    re.I,
)


def parse_issue_number(text: str) -> str | None:
    """The number of a masthead line that prints one without a volume ("No. 1204").

    Only at the start of a line holding nothing else but a date ("No. 1204 Friday 9 January
    2026"), so a sentence starting "No. 10 Downing Street" is not one. Lines with a volume are
    :func:`parse_volume_number`'s.
    """
    alone = _NUMBER_ONLY.match(text) if len(text) <= 80 else None
    if alone is None or parse_volume_number(text) is not None:
        return None
    rest = text[alone.end() :].strip(_SEPARATORS)
    if rest:
        date = parse_date(rest)
        if date is None:
            return None
        # what is left besides the date may only be an edition and a price
        left = rest.replace(date.text, " ")
        edition = parse_edition(left)
        if edition:
            left = left.replace(edition, " ")
        if _PRICE.sub(" ", left).strip(_SEPARATORS):
            return None
    return alone.group("num")


@dataclass(frozen=True, slots=True)
class DateCue:
    """A printed issue date: ``text`` as printed, ``iso`` a date or ``start/end`` range."""

    text: str
    iso: str


#: Month names in every language of :mod:`newslayout.cues.calendar` (CLDR).
MONTHS: Mapping[str, int] = calendar.months()

_MONTH = calendar.month_pattern()
_WEEKDAY = calendar.weekday_pattern()
_WEEKDAYS = rf"(?:{_WEEKDAY}(?:\s*(?:[-–—/&]|and)\s*{_WEEKDAY})?\s*[,·•|]?\s*)?"
_DASH = r"\s*(?:[-–—]|to)\s*"
#: "3", "3rd", "8." (German ordinal), "1er" (French), "1º" (Spanish, Portuguese).
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|ª|\.)?"
#: Between day and month, or month and year: "14 of June", "8 de junio de 2020".
_OF = r"(?:\s+(?:of|de|del))?"
_YEAR = r"\d{4}"

#: Date patterns in order: a range before the single date it starts with.
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"(?<![\w-]){_WEEKDAYS}{pattern}(?![\w-])", re.IGNORECASE))
    for name, pattern in (
        # June 30 - July 1, 2025
        ("mdy-cross-month", rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<m2>{_MONTH})\s+"
         rf"(?P<d2>{_DAY}),?\s+(?P<y>{_YEAR})"),
        # MARCH 3-4, 2026
        ("mdy-range", rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}),?\s+"
         rf"(?P<y>{_YEAR})"),
        # TUESDAY, MARCH 3, 2026
        ("mdy", rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y>{_YEAR})"),
        # 30 June - 1 July 2025
        ("dmy-cross-month", rf"(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}){_DASH}(?P<d2>{_DAY})\s+"
         rf"(?P<m2>{_MONTH}),?\s+(?P<y>{_YEAR})"),
        # 14-15 June 2025
        ("dmy-range", rf"(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?P<m1>{_MONTH}),?\s+"
         rf"(?P<y>{_YEAR})"),
        # Tuesday, 4 March 2026
        ("dmy", rf"(?P<d1>{_DAY}){_OF}\s+(?P<m1>{_MONTH}){_OF},?\s+(?P<y>{_YEAR})"),
        # 2026-03-03
        ("iso", r"(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d1>\d{2})"),
        # 05.03.2026: day.month.year, the European numeric form (never month first with
        # dots); not inside a longer dotted number such as a version "2.05.03.2026"
        ("dmy-dotted", r"(?<!\d\.)(?P<d1>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>\d{4})(?!\.\d)"),
    )
)  # fmt: skip


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month(text: str) -> int:
    return calendar.month_number(text)


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["y"])
    month = int(groups["mn"]) if groups.get("mn") else _month(groups["m1"])
    start = _date(year, month, _day(groups["d1"]))
    if start is None:
        return None
    if not groups.get("d2"):
        return start.isoformat()
    month2 = _month(groups["m2"]) if groups.get("m2") else month
    # A range across the new year ("December 31 - January 1, 2026") starts the year before.
    start_year = year - 1 if month2 < month else year
    start = _date(start_year, month, _day(groups["d1"]))
    end = _date(year, month2, _day(groups["d2"]))
    if start is None or end is None or end <= start or (end - start).days > 7:
        return None
    return f"{start.isoformat()}/{end.isoformat()}"


def parse_date(text: str) -> DateCue | None:
    """The first valid issue date in ``text`` ("MARCH 3-4, 2026" -> 2026-03-03/2026-03-04).

    ``text`` of the cue is the date as printed, weekday included, without edition words.
    A range is at most a week long; anything else (or Feb 30) is not an issue date.
    """
    if len(text) > 400:
        text = text[:400]
    for _name, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso is not None:
                return DateCue(text=match.group(0).strip(" ,"), iso=iso)
    return None


_EDITION_WORDS = (
    r"weekend|late|late\s+city|early|final|morning|evening|afternoon|city|national|"
    r"international|metro|sunday|saturday|special|home|street|digital|online|overseas|"
    r"global|regional|first|second|third|bulldog|midweek|weekly|daily|extra|souvenir|"
    r"commemorative|state|country|north|south|east|west|northern|southern|eastern|western"
)
_EDITION = re.compile(rf"\b(?:{_EDITION_WORDS})\s+edition\b|\bedition\s*:\s*\w+", re.IGNORECASE)
_BARE_EDITION = re.compile(
    r"\s*(final|late|early|extra|late\s+city|late\s+final|city\s+final|sports\s+final)\s*",
    re.IGNORECASE,
)


def parse_edition(text: str) -> str | None:
    """The edition as printed ("Weekend Edition", "LATE EDITION"); a bare "Final" only when
    it is the whole line (otherwise any sentence with "final" would be an edition)."""
    match = _EDITION.search(text[:400])
    if match:
        return match.group(0).strip()
    bare = _BARE_EDITION.fullmatch(text)
    if bare:
        return bare.group(1)
    return None


@dataclass(frozen=True, slots=True)
class FolioCue:
    """A folio line (the running line at a page's head or foot).

    ``page`` is the printed page number, ``of_pages`` the page count when printed ("Page 2
    of 3"), else 0; ``date`` the issue date when the folio carries one; ``parts`` the other
    separated parts as printed, in order (usually the publication's name or a section).
    """

    page: int
    of_pages: int
    date: DateCue | None
    parts: tuple[str, ...]
    text: str


_FOLIO_PAGE = re.compile(
    r"(?:page|pg\.?|p\.)\s*(?P<n>\d{1,4})(?:\s+of\s+(?P<of>\d{1,4}))?", re.IGNORECASE
)
_BARE_NUMBER = re.compile(r"\d{1,4}")
#: Folio parts are set apart by a bullet, a bar, a slash or a dash with spaces around it.
_FOLIO_SPLIT = re.compile(r"\s+[·•|｜/–—-]\s+|\s*[·•|｜]\s*")
#: A part longer than this, or one ending like a sentence, is prose, not a folio.
_MAX_PART = 60


def parse_folio(text: str) -> FolioCue | None:
    """The folio ``text`` is, or None: "Page 2 of 3 · The Alderbrook Mercury · Saturday
    7 March 2026" -> page 2 of 3, the date, parts ("The Alderbrook Mercury",).

    The page cue is the first or the last separated part, and the line must say "of M" or
    carry a date: "Page 2" alone is a teaser pointer and "Page 2 | Harbor seals return" a
    teaser (see cues.jumps); a bare number ("2 · The Mercury · Saturday 7 March 2026") needs
    the date. Every other part must be short and not a sentence, which keeps "Page 3 of 4
    was lost" out.
    """
    printed = re.sub(r"\s+", " ", text).strip()
    if not printed or len(printed) > 200:
        return None
    parts = [p for p in _FOLIO_SPLIT.split(printed) if p]
    if not parts:
        return None  # separators only ("|", "· ·")
    for index in (0, len(parts) - 1) if len(parts) > 1 else (0,):
        cue = _FOLIO_PAGE.fullmatch(parts[index])
        if cue is None and _BARE_NUMBER.fullmatch(parts[index]) is None:
            continue
        others = parts[:index] + parts[index + 1 :]
        date = parse_date(" · ".join(others)) if others else None
        if date is not None and not any(date.text in p for p in others):
            date = None  # a date across two parts is no folio date
        of_pages = int(cue.group("of")) if cue is not None and cue.group("of") else 0
        if date is None and (cue is None or not of_pages):
            continue
        rest = tuple(p for p in others if date is None or date.text not in p)
        if any(len(p) > _MAX_PART or p.endswith((".", "?", "!", ",")) for p in rest):
            return None
        page = int(cue.group("n")) if cue is not None else int(parts[index])
        if page <= 0 or (of_pages and page > of_pages):
            return None
        return FolioCue(page=page, of_pages=of_pages, date=date, parts=rest, text=printed)
    return None


#: "© 2020 The New York Times Company", "(c) 2026 Harbor Ledger Media Ltd."
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*,?\s*)?"
    r"(?P<holder>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,7}?)"
    r"(?:,?\s+(?:Company|Co\.|Inc\.?|Ltd\.?|Limited|LLC|plc|GmbH|AG|S\.A\.|Media|Group|"
    r"Publishing|Publications|Verlag|Newspapers?))*\.?\s*$",
    re.IGNORECASE,
)


def parse_copyright_holder(text: str) -> str | None:
    """The publication named by a copyright line, company words dropped: a front page whose
    nameplate is drawn as art still prints "© 2020 The New York Times Company"."""
    match = _COPYRIGHT.search(text.strip())
    if match is None or len(text) > 120:
        return None
    holder = match.group("holder").strip(" ,.")
    return holder or None
