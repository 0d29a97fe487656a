"""Bylines: "By A, B & C", "Edited by X", "Staff reporter X", "X, Correspondent".

A byline is recognised from its structure, not from a list of known people: an optional role
prefix ("By", "Edited by", "Photos by"), then one or more names joined by commas, "and" or
"&", then an optional role suffix (", Staff Correspondent") or affiliation ("| The Harbor
Ledger", ", Harbor Ledger"), which is dropped from the names. Every name must look like a name
(capitalised tokens, no sentence words), which is what keeps "By the end of the year, ..." out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslayout.cues.names import looks_like_name, split_name
from newslayout.model import Byline, Contributor, Role

#: A byline longer than this is a sentence, not a byline.
MAX_BYLINE_LENGTH = 160
#: More names than this in one byline means we are looking at a list, not a byline.
MAX_NAMES = 8


@dataclass(frozen=True, slots=True)
class _Prefix:
    """A role prefix: its name (for docs and tests), pattern, and the roles it gives."""

    name: str
    pattern: re.Pattern[str]
    roles: tuple[Role, ...]


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: Role prefixes, first match wins (longer, more specific prefixes first).
PREFIXES: tuple[_Prefix, ...] = (
    _Prefix(
        "story-and-photos",
        _p(r"(?:story|text|words|report)\s+(?:and|&)\s+(?:photos?|photographs?|pictures?)\s+by\s+"),
        (Role.AUTHOR, Role.PHOTOGRAPHER),
    ),
    _Prefix("photos-by", _p(r"(?:photos?|photographs?|pictures?)\s+by\s+"), (Role.PHOTOGRAPHER,)),
    _Prefix("edited-by", _p(r"(?:edited|compiled)\s+by\s*:?\s+"), (Role.EDITOR,)),
    _Prefix("editor", _p(r"editor\s*:\s*"), (Role.EDITOR,)),
    _Prefix(
        "correspondent",
        _p(r"(?:staff\s+|special\s+|foreign\s+|our\s+)?correspondents?\s*[:,]?\s+"),
        (Role.CORRESPONDENT,),
    ),
    _Prefix(
        "staff-reporter",
        _p(r"(?:staff\s+(?:reporters?|writers?)|reporters?|written\s+by|reported\s+by)\s*[:,]?\s+"),
        (Role.AUTHOR,),
    ),
    _Prefix("by", _p(r"(?:(?:story|text|words|article)\s+)?by\s*:?\s+"), (Role.AUTHOR,)),
)

#: Role suffixes after the last name (", Staff Correspondent"), which override the role.
_ROLE_SUFFIX = _p(
    r"(?:,|\s*[|｜/])?\s+(?:(?P<corr>(?:staff\s+|special\s+|foreign\s+|chief\s+)?correspondents?)"
    # ", Health Correspondent", ", Chief Political Correspondent": a desk before it
    r"|(?<=,\s)(?P<desk>(?:[^\W\d_][\w&'’-]*\s+){1,3}correspondents?)"
    r"|(?P<rep>staff\s+(?:reporters?|writers?)|reporters?|(?<=,\s)staff)"  # "X, Staff" too
    r"|(?P<ed>(?:contributing\s+|senior\s+|city\s+|staff\s+)?editors?))\s*$"
)

#: An affiliation after a bar or slash is always dropped ("| The Harbor Ledger").
_BAR_AFFILIATION = re.compile(r"\s*[|｜/]\s*[^|/]+$")

#: Words that mark the last comma part as an organisation, not a person.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {"ledger", "times", "news", "post", "herald", "journal", "gazette", "tribune", "press",
     "daily", "chronicle", "observer", "star", "agency", "bureau", "service", "wire",
     "reuters", "afp", "xinhua", "bloomberg", "media", "network", "magazine", "review",
     "courier", "globe", "mail", "sun", "record", "telegraph", "guardian", "express",
     "examiner", "dispatch", "bulletin", "report", "weekly", "register", "sentinel"}
)  # fmt: skip

#: Where a byline lists several credits ("Story by X; photos by Y", "By X, photos by Y").
_CREDIT_SPLIT = re.compile(
    r"\s*;\s*|,\s*(?=(?:photos?|photographs?|pictures?|graphics?|illustrations?)\s+by\s)",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
#: Typographic hyphens (U+2010, U+2011) some engines print for every hyphen: inside a name
#: they are the name's ordinary hyphen ("ESPINOZA‐LUND" is "ESPINOZA-LUND").
_NAME_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _is_organisation(part: str) -> bool:
    words = part.split()
    if not words:
        return False
    if words[0].lower() == "the" and len(words) >= 2:
        return True
    return any(w.lower().strip(".") in ORGANISATION_WORDS for w in words)


def _strip_affiliation(rest: str) -> str:
    """Drop "| The Harbor Ledger" and a final ", Harbor Ledger" from the names part."""
    rest = _BAR_AFFILIATION.sub("", rest)
    head, sep, tail = rest.rpartition(",")
    if sep and head and _is_organisation(tail.strip()):
        rest = head
    return rest.strip()


def _names(rest: str) -> list[str] | None:
    parts = [p.strip().translate(_NAME_HYPHENS) for p in _NAME_SPLIT.split(rest)]
    if not parts or any(not p for p in parts) or len(parts) > MAX_NAMES:
        return None
    if not all(looks_like_name(p) for p in parts):
        return None
    return parts


def _contributors(names: list[str], roles: tuple[Role, ...]) -> tuple[Contributor, ...]:
    out: list[Contributor] = []
    for name in names:
        parts = split_name(name)
        for role in roles:
            out.append(
                Contributor(
                    name=name, role=role, surname=parts.surname, given_names=parts.given_names
                )
            )
    return tuple(out)


def parse_byline(text: str) -> Byline | None:
    """The byline in ``text``, or None when the text is not a byline.

    ``printed`` keeps the text as printed (whitespace collapsed); each person becomes one
    :class:`Contributor` per role ("Story and photos by X" gives X as author and as
    photographer). Names keep their printed spelling and order ("OKAFOR Maria").
    """
    printed = _SPACE.sub(" ", text).strip()
    if not printed or len(printed) > MAX_BYLINE_LENGTH:
        return None
    body = printed.rstrip(" ;:")
    pieces = _CREDIT_SPLIT.split(body)
    if len(pieces) > 1:
        parsed = [parse_byline(piece) for piece in pieces]
        if any(p is None for p in parsed):
            return None
        people = tuple(c for p in parsed if p is not None for c in p.contributors)
        return Byline(printed=printed, contributors=people)
    roles: tuple[Role, ...] | None = None
    for prefix in PREFIXES:
        match = prefix.pattern.match(body)
        if match:
            roles = prefix.roles
            body = body[match.end() :]
            break
    suffix = _ROLE_SUFFIX.search(body)
    if suffix:
        if suffix.group("corr") or suffix.group("desk"):
            roles = (Role.CORRESPONDENT,)
        elif suffix.group("ed"):
            roles = (Role.EDITOR,)
        elif roles is None:
            roles = (Role.AUTHOR,)
        body = body[: suffix.start()]
    if roles is None:
        return None
    body = _strip_affiliation(body)
    if body.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", body):
        return None
    names = _names(body)
    if names is None:
        return None
    return Byline(printed=printed, contributors=_contributors(names, roles))


def is_byline(text: str) -> bool:
    """True when ``text`` parses as a byline."""
    return parse_byline(text) is not None
