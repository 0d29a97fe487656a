"""Person names for JATS ``contrib``: surname, given names and name style.

Readers usually split names already (``Contributor.surname``/``given_names``); this module only
decides the JATS ``name-style`` for a split it is given, and splits the printed name itself
when a reader left the parts empty. Newspapers print East Asian names surname first with the
surname in capitals ("WANG Xiaoxia", "LU Zijian"); that convention is the evidence for
``name-style="eastern"``. Nothing is normalised: "WANG" stays in capitals, as printed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from newslayout.model import Contributor

#: Lower-case particles that belong to a western surname ("Ana de la Cruz", "Jan van Dijk").
SURNAME_PARTICLES = frozenset(
    {"al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "ibn", "la",
     "le", "st.", "ten", "ter", "van", "von", "zu"}
)  # fmt: skip

#: Generational suffixes printed after a name ("Jr.", "III"), kept in JATS ``suffix``.
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


class NameStyle(enum.StrEnum):
    """The JATS ``name-style`` values the export uses."""

    WESTERN = "western"
    EASTERN = "eastern"
    GIVEN_ONLY = "given-only"


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonName:
    """The parts of one name, ready for ``<name>``.

    ``guessed`` is True when the export split the printed name itself (a diagnostic says so).
    """

    surname: str
    given_names: str
    style: NameStyle
    suffix: str = ""
    guessed: bool = False


def _is_capitalised_surname(token: str) -> bool:
    letters = token.replace("-", "").replace("'", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _style_of_split(printed: str, surname: str, given_names: str) -> NameStyle:
    if not surname:
        return NameStyle.GIVEN_ONLY
    tokens = printed.split()
    if given_names and tokens and tokens[0].casefold() == surname.split()[0].casefold():
        return NameStyle.EASTERN
    return NameStyle.WESTERN


def _guess(printed: str) -> PersonName | None:
    tokens = printed.split()
    suffix = ""
    if len(tokens) > 2 and tokens[-1].casefold().rstrip(",") in NAME_SUFFIXES:
        suffix = tokens.pop()
        tokens[-1] = tokens[-1].rstrip(",")
    if not tokens:
        return None
    if len(tokens) == 1:
        # One word ("Reuters", "Madonna"): JATS spells that as a given-only name, and
        # consumers that read only <name> (pandoc does) still see it.
        return PersonName(
            surname="", given_names=tokens[0], style=NameStyle.GIVEN_ONLY, guessed=True
        )
    all_caps = all(_is_capitalised_surname(t) for t in tokens)
    if _is_capitalised_surname(tokens[0]) and not all_caps:
        return PersonName(
            surname=tokens[0],
            given_names=" ".join(tokens[1:]),
            style=NameStyle.EASTERN,
            suffix=suffix,
            guessed=True,
        )
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in SURNAME_PARTICLES:
        start -= 1
    return PersonName(
        surname=" ".join(tokens[start:]),
        given_names=" ".join(tokens[:start]),
        style=NameStyle.WESTERN,
        suffix=suffix,
        guessed=True,
    )


def person_name(contributor: Contributor) -> PersonName | None:
    """The name parts of a contributor, or ``None`` when the printed name is empty."""
    printed = " ".join(contributor.name.split())
    surname = " ".join(contributor.surname.split())
    given = " ".join(contributor.given_names.split())
    if surname or given:
        return PersonName(
            surname=surname,
            given_names=given,
            style=_style_of_split(printed, surname, given),
        )
    return _guess(printed)
