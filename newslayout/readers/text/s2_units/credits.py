"""Credit lines as the text reader reads them: every form ``cues.parse_credit_line`` knows,
and a photographer on assignment for a paper named without "THE" ("WIM GRIECLASS FOR
CLARTBRIDGE ECHO"), which in text would otherwise read as a headline in capitals."""

from __future__ import annotations

import re

from newslayout.cues import parse_credit_line
from newslayout.cues.bylines import ORGANISATION_WORDS
from newslayout.cues.names import looks_like_name

#: Words that end a newspaper's name, besides the organisation words of ``cues.bylines``.
NEWSPAPER_WORDS = ORGANISATION_WORDS | frozenset(
    {"echo", "mercury", "advertiser", "standard", "argus", "enquirer", "despatch",
     "citizen", "leader", "clarion", "beacon", "courant", "gleaner", "independent"}
)  # fmt: skip

#: "NAME SURNAME FOR PAPER NAME", in capitals: a name of two to four words, then the paper.
_FOR_PAPER = re.compile(
    r"(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){1,3})\s+FOR\s+"
    r"(?P<org>[A-Z][A-Z.'’&-]*(?:\s+[A-Z][A-Z.'’&-]*){0,4})"
)


def parse_credit(text: str) -> tuple[str, str] | None:
    """A line that is only a credit: (credited name(s), credit as printed), or None."""
    found = parse_credit_line(text)
    if found is not None:
        return found
    printed = " ".join(text.split())
    match = _FOR_PAPER.fullmatch(printed)
    if match is None or match.group("org").split()[-1].lower() not in NEWSPAPER_WORDS:
        return None  # "PUBLIC MUSEUM FOR DRIRDBY": a headline in capitals
    if not looks_like_name(match.group("name").title()):
        return None
    return printed, printed  # the paper is part of the credit, as printed
