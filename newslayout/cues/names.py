"""Personal names as printed in bylines and credits: does a string look like a name, and how
does it split into surname and given names?

Newspapers print most names given-name first ("Maria Okafor"), but many print East Asian and
some African names surname first with the surname in capitals ("WANG Xiaoxia", "OKAFOR
Maria"). The printed form is never changed; only the split into ``surname``/``given_names``
follows the order the print signals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Lower-case particles that belong to the surname ("Ludwig van Beethoven", "Ana de Souza").
SURNAME_PARTICLES: frozenset[str] = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin",
     "ibn", "al", "el", "ter", "ten", "dos", "das", "y"}
)  # fmt: skip

#: Generational suffixes kept with the surname ("King Jr.").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

#: Words that are never part of a person's name; their presence means "not a name".
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "from", "end", "way",
     "is", "was", "are", "were", "has", "had", "will", "said", "says", "this", "that", "it",
     "its", "their", "our", "we", "they", "he", "she", "his", "her", "them", "then", "when",
     "after", "before", "not", "no", "by", "or", "but", "as", "time", "year", "years",
     "day", "week", "month", "staff", "reporter", "correspondent", "editor", "photos",
     "photo", "edited", "story", "and"}
)  # fmt: skip

_LETTERS = r"A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"
# One name token: "Maria", "OKAFOR", "O'Neill", "Smith-Jones", "J.", "J.R.", "McDonald".
_TOKEN = re.compile(rf"[{_LETTERS}](?:[{_LETTERS}'’.-]*[{_LETTERS}.])?")
_UPPER_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+")
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name split into surname and given names; ``surname_first`` tells the printed order."""

    surname: str
    given_names: str
    surname_first: bool


def _is_capitalised(token: str) -> bool:
    first = token[0]
    return first.isupper()


def _is_all_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def looks_like_name(text: str, *, max_tokens: int = 5) -> bool:
    """True when ``text`` could be one person's (or one agency's) name as printed.

    Every token must be a capitalised word, an initial or a surname particle; no digits, no
    sentence words ("the", "end"), at most ``max_tokens`` tokens. Why so strict: bylines are
    recognised from their structure, and "By the end of the year" must not become a byline.
    """
    tokens = text.split()
    if not 1 <= len(tokens) <= max_tokens:
        return False
    capitalised = 0
    for token in tokens:
        if not _TOKEN.fullmatch(token):
            return False
        lower = token.lower()
        if lower in SURNAME_PARTICLES and token.islower():
            continue
        if lower in NOT_NAME_WORDS:
            return False
        if not _is_capitalised(token):
            return False
        capitalised += 1
    return capitalised >= 1


def is_surname_first(tokens: list[str]) -> bool:
    """ "OKAFOR Maria": an all-caps first token followed by capitalised, not all-caps words."""
    if len(tokens) < 2 or not _UPPER_WORD.fullmatch(tokens[0]):
        return False
    rest = tokens[1:]
    return all(_is_capitalised(t) and not _is_all_caps(t) and not _INITIAL.fullmatch(t)
               for t in rest)  # fmt: skip


def split_name(name: str) -> NameParts:
    """Split a printed name into surname and given names, keeping the printed spelling.

    "WANG Xiaoxia" -> ("WANG", "Xiaoxia", surname first); "Maria Okafor" -> ("Okafor",
    "Maria"); "Ana de Souza" -> ("de Souza", "Ana"); "Martin King Jr." -> ("King Jr.",
    "Martin"); a single token is a surname with no given names.
    """
    tokens = name.split()
    if not tokens:
        return NameParts("", "", False)
    if is_surname_first(tokens):
        return NameParts(tokens[0], " ".join(tokens[1:]), True)
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower().rstrip(",") in NAME_SUFFIXES:
        end -= 1
    if end == 0:
        end = 1
    start = end - 1
    while start > 1 and tokens[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
    surname = " ".join(tokens[start:])
    given = " ".join(tokens[:start])
    return NameParts(surname, given, False)


#: Words a newsroom desk or beat is named with ("City Hall", "Education", "Business"). A byline
#: part made only of these names a desk, never a person: "By Anna Berg, City Hall" credits
#: Anna Berg, and "City Hall" must not become a contributor.
DESK_WORDS: frozenset[str] = frozenset(
    {"city", "hall", "county", "state", "house", "capitol", "statehouse", "courthouse",
     "education", "schools", "business", "economy", "finance", "markets", "money", "health",
     "science", "technology", "tech", "environment", "climate", "politics", "political",
     "government", "courts", "court", "crime", "police", "justice", "sports", "sport", "arts",
     "culture", "entertainment", "food", "travel", "transport", "transportation", "energy",
     "agriculture", "farming", "religion", "faith", "metro", "local", "regional", "national",
     "foreign", "world", "international", "washington", "features", "lifestyle", "opinion",
     "weather", "investigations", "investigative", "data", "desk", "beat", "labor",
     "labour", "housing", "development", "medical", "staff", "senior", "chief", "special",
     "deputy", "assistant", "associate", "managing", "executive", "contributing", "general",
     "&", "and"}
)  # fmt: skip

#: Job nouns that end a byline title ("Staff Writer", "Health Correspondent").
TITLE_NOUNS: frozenset[str] = frozenset(
    {"writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
     "editor", "editors", "columnist", "columnists", "critic", "critics", "photographer",
     "photographers"}
)  # fmt: skip


def is_desk(text: str) -> bool:
    """True when ``text`` names a desk or beat ("City Hall", "Education"), not a person."""
    words = [w.strip(".,").lower() for w in text.split()]
    return bool(words) and all(w in DESK_WORDS for w in words) and any(w != "&" for w in words)


def is_job_title(text: str, *, max_words: int = 4) -> bool:
    """True when ``text`` is a job title as printed under or after a byline: up to three
    capitalised desk or place words and a job noun ("Staff Writer", "North Valley
    Correspondent", "Business Editor"). Why: the title names the person's job, so its words
    must never be read as a second person's name."""
    words = text.split()
    if not 1 <= len(words) <= max_words or words[-1].lower().strip(".") not in TITLE_NOUNS:
        return False
    if not words[-1][0].isupper():
        return False  # a title line is set in title case ("Staff Writer"), not "staff reporter"
    if any(w.lower() in _TITLE_STOPWORDS for w in words[:-1]):
        return False  # "The writer", "Our correspondent": a phrase, not a job title
    return all(w[0].isupper() or w == "&" or w.lower() in {"and", "of"} for w in words[:-1])


_TITLE_STOPWORDS = frozenset({"the", "a", "an", "our", "this", "that", "my", "your", "his",
                              "her", "their", "its"})  # fmt: skip
