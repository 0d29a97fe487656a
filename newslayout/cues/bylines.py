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

from newslayout.cues.names import is_desk, is_job_title, looks_like_name, split_name
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


#: "and" in the languages of the translated prefixes, for a list of places.
_AND_WORDS = r"(?:and|und|et|y|e|en)"

#: Role prefixes, first match wins (longer, more specific prefixes first).
PREFIXES: tuple[_Prefix, ...] = (
    _Prefix(
        "story-and-photos",
        _p(r"(?:story|text|words|report)\s+(?:and|&)\s+(?:photos?|photographs?|pictures?)\s+by\s+"),
        (Role.AUTHOR, Role.PHOTOGRAPHER),
    ),
    _Prefix("photos-by", _p(r"(?:photos?|photographs?|pictures?)\s+by\s+"), (Role.PHOTOGRAPHER,)),
    # "Pictures: Tom Lind" is a byline only beside a writer's credit ("Words: X · Pictures:
    # Y"); alone it is a picture's credit line (cues.credits), see parse_byline
    _Prefix("photos-colon", _p(r"(?:photos?|photographs?|pictures?)\s*:\s*"), (Role.PHOTOGRAPHER,)),
    # "Words: Anna Berg", the writer's half of a "Words: X · Pictures: Y" credit
    _Prefix("words", _p(r"(?:words|text|story)\s*:\s*"), (Role.AUTHOR,)),
    # "Reporting by X; editing by Y": the reporting credit names the author
    _Prefix("reporting-by", _p(r"(?:additional\s+)?reporting\s+by\s*:?\s+"), (Role.AUTHOR,)),
    _Prefix("edited-by", _p(r"(?:edited|compiled|editing)\s+by\s*:?\s+"), (Role.EDITOR,)),
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
    # "This article is by A, B and C." (a sentence; its full stop is not part of a name)
    _Prefix(
        "sentence",
        _p(r"this\s+(?:article|story|report)\s+(?:is|was)\s+(?:written\s+)?by\s+"),
        (Role.AUTHOR,),
    ),
    _Prefix("by", _p(r"(?:(?:story|text|words|article)\s+)?by\s*:?\s+"), (Role.AUTHOR,)),
    # "by" in the other languages bylines are printed in: de von, fr par, es/pt por, it di,
    # nl door, sv/nb av, da af
    _Prefix("by-translated", _p(r"(?:von|par|por|di|door|av|af)\s+(?=[A-ZÀ-Ý])"), (Role.AUTHOR,)),
    # "Aus München, Hamburg und Berlin Anna Lehmann": where the writers filed from, then
    # their names (one-word places, listed with commas and a last "and"; full names only, and
    # a list on one side at least: "From Port Wren Harbour School" is a sentence's end)
    _Prefix(
        "from-places",
        re.compile(
            r"(?:Aus|AUS|From|FROM|Desde|DESDE)\s+[A-ZÀ-Ý][\w.-]+(?:\s*,\s*[A-ZÀ-Ý][\w.-]+)*"
            rf"(?:\s+{_AND_WORDS}\s+[A-ZÀ-Ý][\w.-]+)?\s+(?=[A-ZÀ-Ý])",
        ),
        (Role.AUTHOR,),
    ),
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
    r"\s*;\s*|,\s*(?=(?:photos?|photographs?|pictures?|graphics?|illustrations?|editing)\s+by\s)"
    # "Words: X · Pictures: Y": a bullet only splits before another credit's role word
    r"|\s+[·•|]\s+(?=(?:words|text|story|photos?|photographs?|pictures?|reporting|editing)"
    r"(?:\s+by\s|\s*:))",
    re.IGNORECASE,
)
#: "and" in the languages of the translated prefixes (und, et, y, e, en, och, og).
_AND = r"(?:and|und|et|y|e|en|och|og)"
_AND_LINE = re.compile(rf"^(?:{_AND}|&)\s+\S", re.IGNORECASE)


def opens_with_and(text: str) -> bool:
    """A byline's second line: "and LARA JAKES" under "By PETER BAKER" (any listed language)."""
    return _AND_LINE.match(text.strip()) is not None


_NAME_SPLIT = re.compile(rf"\s*,\s*(?:{_AND}\s+|&\s*)?|\s+(?:{_AND}|&)\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
#: Typographic hyphens (U+2010, U+2011) some engines print for every hyphen: inside a name
#: they are the name's ordinary hyphen ("ESPINOZA‐LUND" is "ESPINOZA-LUND").
_NAME_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


#: A comma, bar or slash right before a role suffix ("X, Correspondent", "X / Staff Writer").
_SEPARATOR = re.compile(r"\s*[,|｜/]")
#: Name tokens that let a name run past two words: an initial or a surname particle.
_NAME_JOINER = re.compile(r"(?:[A-Z]\.){1,3}|[a-z]{1,4}")


def _title_tail(body: str) -> tuple[str, str] | None:
    """Split "Tomas Lind North Valley Correspondent" (a byline and the job title printed on
    the line under it, joined by the reader) into the name and the title.

    The title is at most three words and a job noun. Where its words are all desk words
    ("Staff", "Health") the name is everything before them; otherwise a name is taken to be
    two words (more when an initial or particle joins them), since a desk or place name
    ("North Valley") cannot be told from a surname by its spelling.
    """
    if "," in body or "/" in body or "|" in body:
        return None
    words = body.split()
    if len(words) < 3 or not is_job_title(words[-1]):
        return None
    known = 0
    while known < 3 and len(words) - 2 - known >= 1 and is_desk(words[-2 - known]):
        known += 1
    name = words[: len(words) - 1 - known]
    if len(name) > 3 or (len(name) == 3 and known == 0):
        cut = 2
        while cut < len(name) - 1 and _NAME_JOINER.fullmatch(name[cut - 1]):
            cut += 1
        if len(name) - cut > 3:
            return None
        name = name[:cut]
    title = " ".join(words[len(name) :])
    if not name or not is_job_title(title):
        return None
    return " ".join(name), title


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
    if sep and head and (_is_organisation(tail.strip()) or is_desk(tail.strip())):
        rest = head
    return rest.strip()


def _names(rest: str) -> list[str] | None:
    parts = [p.strip().translate(_NAME_HYPHENS) for p in _NAME_SPLIT.split(rest)]
    if not parts or any(not p for p in parts) or len(parts) > MAX_NAMES:
        return None
    if not all(looks_like_name(p) and not is_desk(p) for p in parts):
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
    parsed = _parse(text, part=False)
    if parsed is None and parse_job_title(text) is not None:
        # a job title on its own line under the name: byline matter that names no one
        return Byline(printed=_SPACE.sub(" ", text).strip())
    return parsed


def _parse(text: str, *, part: bool) -> Byline | None:
    """:func:`parse_byline`; ``part`` when ``text`` is one credit of a several-credit line."""
    printed = _SPACE.sub(" ", text).strip()
    if not printed or len(printed) > MAX_BYLINE_LENGTH:
        return None
    body = printed.rstrip(" ;:")
    pieces = _CREDIT_SPLIT.split(body)
    if len(pieces) > 1:
        parsed = [_parse(piece, part=True) for piece in pieces]
        if any(p is None for p in parsed):
            return None
        people = tuple(c for p in parsed if p is not None for c in p.contributors)
        return Byline(printed=printed, contributors=people)
    roles: tuple[Role, ...] | None = None
    prefix_name = prefix_text = ""
    for prefix in PREFIXES:
        match = prefix.pattern.match(body)
        if match:
            prefix_name, prefix_text = prefix.name, match.group(0)
            if prefix.name == "photos-colon" and not part:
                return None
            roles = prefix.roles
            body = body[match.end() :]
            break
    prefixed = roles is not None
    tail = _title_tail(body) if prefixed else None
    suffix = None if tail else _ROLE_SUFFIX.search(body)
    if suffix:
        separated = bool(_SEPARATOR.match(body, suffix.start()))
        if (suffix.group("corr") or suffix.group("desk")) and not (prefixed or separated):
            return None  # "North Valley Correspondent": a title line, no one's name
        if suffix.group("corr") or suffix.group("desk"):
            roles = (Role.CORRESPONDENT,)
        elif suffix.group("ed") and not prefixed:
            roles = (Role.EDITOR,)
        elif roles is None:
            roles = (Role.AUTHOR,)
        body = body[: suffix.start()]
    elif tail is not None:
        body, title = tail
        if title.split()[-1].lower().startswith("correspondent"):
            roles = (Role.CORRESPONDENT,)
    if roles is None:
        return None
    if prefix_name == "sentence":
        body = body.rstrip(". ")
    body = _strip_affiliation(body)
    if body.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", body):
        return None
    names = _names(body)
    if names is None:
        return None
    if prefix_name == "from-places" and not _from_places_byline(prefix_text, names):
        return None
    return Byline(printed=printed, contributors=_contributors(names, roles))


def _from_places_byline(places: str, names: list[str]) -> bool:
    """A "From X, Y and Z A B" byline names people in full (the place list may have eaten a
    first name) and lists places or people: one place and one name is a sentence's end as
    often as a byline."""
    if any(len(n.split()) < 2 for n in names):
        return False
    listed = "," in places or re.search(rf"\s{_AND_WORDS}\s", places, re.IGNORECASE)
    return len(names) >= 2 or bool(listed)


def is_byline(text: str) -> bool:
    """True when ``text`` parses as a byline."""
    return parse_byline(text) is not None


def parse_job_title(text: str) -> Role | None:
    """The role a job-title line under a byline gives its person, or None when ``text`` is no
    job title: "Staff Writer" -> author, "North Valley Correspondent" -> correspondent.

    For readers that see the title as a line of its own: it belongs to the byline above, it
    names no one, and only a correspondent title changes the role ("Business Editor" under
    "By X" is X's job, and X still wrote the story).
    """
    printed = _SPACE.sub(" ", text).strip().lstrip("/|｜,").strip()
    if not printed or not is_job_title(printed):
        return None
    if printed.split()[-1].lower().startswith("correspondent"):
        return Role.CORRESPONDENT
    return Role.AUTHOR


#: The dash that opens an end byline or an attribution: em dash, en dash, horizontal bar or
#: two hyphens, with or without a space after it ("—Jane Doe").
_LEADING_DASH = re.compile(r"(?:—|–|―|--)\s*(?=[^\s—–―-])")
#: Lower-case words a capitalised place or title may still contain ("Isle of Skye").
_TAIL_JOINERS = frozenset({"of", "and", "&", "the", "on", "upon", "de", "la", "le"})
#: Words that make an attribution's tail a description of the speaker, however capitalised
#: ("Chair of the Harbour Trust"), not a place.
_ROLE_WORDS = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "director", "manager", "organiser",
     "organizer", "spokesperson", "spokesman", "spokeswoman", "president", "secretary",
     "treasurer", "mayor", "councillor", "councilor", "owner", "founder", "head", "chief",
     "teacher", "minister", "member", "officer", "leader", "captain", "coach", "professor"}
)  # fmt: skip


def parse_end_byline(text: str) -> Byline | None:
    """The byline of a dash line printed at the END of a story, or None.

    "— Reporting by X", "— X", "—X", "-- X and Y", "— Reporting by X; additional reporting
    by Y" (both authors), "— Words by X; pictures by Y" (author, photographer), "— X, Staff
    Reporter", "— X, Harbor Ledger". A bare name may not carry any other comma part: "— Lena
    Marsh, market organiser" (a pull quote's attribution) and "— Oona Pryce, Quay Street" (a
    letter's signature) are None here; see :func:`parse_dash_attribution` for those. The
    wording cannot tell "— Jane Doe" under a story from the same line under a pull quote:
    the reader decides by position (after a story's last paragraph, or under a quote).
    ``printed`` keeps the whole line, dash included, as "By X" keeps its "By".
    """
    printed = _SPACE.sub(" ", text).strip()
    dash = _LEADING_DASH.match(printed)
    if dash is None or len(printed) > MAX_BYLINE_LENGTH:
        return None
    body = printed[dash.end() :]
    parsed = _parse(body, part=False)
    if parsed is None:
        bare = _strip_affiliation(body)
        if "," in bare or ";" in bare or bare.endswith("."):
            return None
        names = _names(bare)
        if names is None:
            return None
        return Byline(printed=printed, contributors=_contributors(names, (Role.AUTHOR,)))
    if not parsed.contributors:
        return None  # a job title alone after a dash names no one
    return Byline(printed=printed, contributors=parsed.contributors)


@dataclass(frozen=True, slots=True)
class DashAttribution:
    """A dash line naming a person: "— Lena Marsh, market organiser".

    ``name`` is the person as printed; ``tail`` what follows the first comma ("" when
    nothing does); ``tail_kind`` is "" without a tail, "title" when the tail reads as a
    description or job ("market organiser", "Chair of the Harbour Trust") and "place" when
    it is capitalised words only ("Quay Street", "Alderbrook"): a letter's signature gives
    where the writer lives, a pull quote's attribution who the speaker is. Position decides
    in the end; ``tail_kind`` is the wording's vote.
    """

    name: str
    tail: str
    tail_kind: str
    text: str


def parse_dash_attribution(text: str) -> DashAttribution | None:
    """The person and description of a dash line ("— Oona Pryce, Quay Street"), or None
    when it names no person first. An end byline parses here too (name, no tail)."""
    printed = _SPACE.sub(" ", text).strip()
    dash = _LEADING_DASH.match(printed)
    if dash is None or len(printed) > MAX_BYLINE_LENGTH:
        return None
    name, _sep, tail = printed[dash.end() :].partition(",")
    name, tail = name.strip(), tail.strip().rstrip(".")
    if not looks_like_name(name) or is_desk(name):
        return None
    kind = ""
    if tail:
        words = tail.split()
        capitalised = all(w[0].isupper() or w.lower() in _TAIL_JOINERS for w in words)
        described = any(w.lower().strip(".") in _ROLE_WORDS for w in words)
        titled = described or is_job_title(tail, max_words=6)
        kind = "place" if capitalised and not titled else "title"
    return DashAttribution(name=name, tail=tail, tail_kind=kind, text=printed)


#: A note after a signature on what else went into the story: "(mit ap/dpa/epd)", "(with AP)".
_SIGNATURE_NOTE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
#: A signed name has at least a given name and a surname ...
SIGNATURE_NAME_WORDS = (2, 4)


def parse_signature(text: str) -> Byline | None:
    """The byline of a signature: the writer's bare name(s) set at a story's end with no
    dash or "By" ("Stefan Schaaf", "Stefan Schaaf (mit ap/dpa/epd)", "Ana Ruiz und Tim Beck"),
    or None.

    Every name must be a person's (two to four name words: a single word may be an agency or
    a word of the text), and nothing else may be on the line but a parenthesised note. The
    wording is weak evidence on its own (any name on a line of its own reads so); the reader
    asks for the signature's place and face too (flush right, at the story's end, another face).
    """
    printed = _SPACE.sub(" ", text).strip()
    if not printed or len(printed) > MAX_BYLINE_LENGTH or printed.endswith((".", ",", ":", ";")):
        return None
    names = _names(_SIGNATURE_NOTE.sub("", printed))
    low, high = SIGNATURE_NAME_WORDS
    if names is None or not all(low <= len(n.split()) <= high for n in names):
        return None
    return Byline(printed=printed, contributors=_contributors(names, (Role.AUTHOR,)))
