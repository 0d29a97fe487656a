"""Printed conventions per language: dates, volume/number lines, jump lines, labels, bylines.

These tables belong to the GENERATOR (it has to print a date in Italian); the readers are meant
to recognise such forms with a maintained library, not with tables like these.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


@dataclass(frozen=True)
class Words:
    """Labels printed in one language; ``{p}`` is a page label, ``{k}`` a jump keyword."""

    jump_out: tuple[str, ...]
    jump_in: tuple[str, ...]
    by: str
    and_: str
    photo: str
    inside: str
    briefs: str
    page: str
    weather: str
    price: tuple[str, ...]


WORDS = {
    "en": Words(
        ("Continued on page {p}", "See {k}, Page {p}", "Please see {k} on {p}", "Turn to page {p}"),
        ("Continued from page {p}", "{k}, from {p}", "From page {p}"),
        "By",
        "and",
        "Photo:",
        "INSIDE",
        "IN BRIEF",
        "Page {p}",
        "WEATHER",
        ("£1.20", "$2.50", "90p"),
    ),
    "de": Words(
        ("Fortsetzung auf Seite {p}", "Weiter auf Seite {p}"),
        ("Fortsetzung von Seite {p}",),
        "Von",
        "und",
        "Foto:",
        "HEUTE",
        "KURZ NOTIERT",
        "Seite {p}",
        "WETTER",
        ("2,40 €", "1,90 €"),
    ),
    "fr": Words(
        ("Suite page {p}", "Lire la suite page {p}"),
        ("Suite de la page {p}",),
        "Par",
        "et",
        "Photo :",
        "DANS CE NUMÉRO",
        "EN BREF",
        "page {p}",
        "MÉTÉO",
        ("2,20 €", "1,80 €"),
    ),
    "it": Words(
        ("Continua a pagina {p}", "Segue a pagina {p}"),
        ("Segue da pagina {p}",),
        "Di",
        "e",
        "Foto:",
        "ALL’INTERNO",
        "IN BREVE",
        "pagina {p}",
        "METEO",
        ("1,50 €", "2,00 €"),
    ),
    "es": Words(
        ("Sigue en la página {p}", "Continúa en la página {p}"),
        ("Viene de la página {p}",),
        "Por",
        "y",
        "Foto:",
        "HOY",
        "BREVES",
        "página {p}",
        "TIEMPO",
        ("1,80 €", "2,10 €"),
    ),
}

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def date_text(rng: random.Random, lang: str, day: dt.date) -> str:
    m = MONTHS[lang][day.month - 1]
    w = WEEKDAYS[lang][day.weekday()]
    forms = {
        "en": (
            f"{w}, {m} {day.day}, {day.year}",
            f"{w} {day.day} {m} {day.year}",
            f"{w.upper()}, {m.upper()} {day.day}, {day.year}",
        ),
        "de": (f"{w}, {day.day}. {m} {day.year}", f"{w} | {day.day}. {m} {day.year}"),
        "fr": (f"{w} {day.day} {m} {day.year}",),
        "it": (f"{w} {day.day} {m} {day.year}",),
        "es": (f"{w}, {day.day} de {m} de {day.year}",),
    }
    return rng.choice(forms[lang])


def grouped(n: int, lang: str) -> str:
    """A number with the thousands separator the language prints."""
    text = f"{n:,}"
    return text if lang == "en" else text.replace(",", ".")


def volume_line(rng: random.Random, lang: str) -> tuple[str, str | None, str]:
    """(line as printed, volume as printed or None, number as printed)."""
    vol = rng.randint(2, 160)
    num = rng.randint(1, 60000) if rng.random() < 0.5 else rng.randint(1, 365)
    n = grouped(num, lang)
    forms: dict[str, tuple[tuple[str, str | None, str], ...]] = {
        "en": (
            (f"Vol. {vol}, No. {n}", str(vol), n),
            (f"VOL. {roman(vol)} . . . No. {n}", roman(vol), n),
            (f"No. {n} · Vol. {vol}", str(vol), n),
            (f"Issue {n}", None, n),
        ),
        "de": ((f"{vol}. Jahrgang · Nr. {n}", str(vol), n), (f"Nr. {n}", None, n)),
        "fr": ((f"{vol}e année · N° {n}", str(vol), n),),
        "it": ((f"Anno {roman(vol)} · N. {n}", roman(vol), n),),
        "es": ((f"Año {roman(vol)} · Número {n}", roman(vol), n),),
    }
    return rng.choice(forms[lang])
