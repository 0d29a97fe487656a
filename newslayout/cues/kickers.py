"""A kicker printed LEFT of its headline on the same line: "CITY | Council votes to ...".

Some layouts set the section label (the kicker) as a tag before the headline, separated by a
bar or a bullet, instead of on a line of its own above it. The readers see one line; this cue
splits it. The left part must be a short capitalised label (one to three words, no digits, no
sentence words), and only the FIRST separator counts, so a headline that merely contains a
bar later on ("Council votes 5 | 4 to close baths") is never split.
"""

from __future__ import annotations

import re

#: Most words a kicker label has ("ARTS & CULTURE", "City Hall", "OBITUARY").
MAX_KICKER_WORDS = 3
#: A longer label is a headline fragment.
MAX_KICKER_LENGTH = 30

#: The first separator: a bar, a bullet or a middle dot, spaced or not ("CITY|Council").
_SEPARATOR = re.compile(r"\s*[|｜·•]\s*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Words that never stand in a section label; their presence means the left part is prose.
_SENTENCE_WORDS = frozenset(
    {"a", "an", "is", "are", "was", "were", "to", "of", "in", "on", "at", "for", "with",
     "by", "says", "said", "will", "as", "from", "after", "before"}
)  # fmt: skip
_SPACE = re.compile(r"\s+")


def _is_label(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= MAX_KICKER_WORDS or len(text) > MAX_KICKER_LENGTH:
        return False
    # A label set all in capitals may hold a small word ("IN BRIEF", "OUT AND ABOUT"):
    # prose is never set that way, so only a mixed-case left part is checked for them.
    capitals = len(words) >= 2 and text.isupper()
    for word in words:
        if word == "&":
            continue
        if not _WORD.fullmatch(word) or not word[0].isupper():
            return False
        if word.lower() in _SENTENCE_WORDS and not capitals:
            return False
    return True


_TRAILING_SEPARATOR = re.compile(r"\s*[|｜·•]\s*$")


def strip_separator(label: str) -> str:
    """A kicker without the bar or bullet printed after it to part it from its headline on
    the same line ("CITY HALL |" -> "CITY HALL")."""
    return _TRAILING_SEPARATOR.sub("", label)


def split_kicker(text: str) -> tuple[str, str] | None:
    """(kicker, headline) of a line that starts with a section label and a bar or bullet:
    "CITY | Council votes to close baths" -> ("CITY", "Council votes to close baths");
    "Arts & Culture · Gallery reopens" -> ("Arts & Culture", "Gallery reopens").

    None when the line has no separator, when the left part is no short capitalised label
    ("The mayor said | ..."), or when the right part is not a headline (empty, no letter,
    or starting in lower case). Both parts keep their printed case.
    """
    printed = _SPACE.sub(" ", text).strip()
    if len(printed) > 400:
        return None
    separator = _SEPARATOR.search(printed)
    if separator is None or separator.start() == 0:
        return None
    kicker = printed[: separator.start()].strip()
    headline = printed[separator.end() :].strip()
    if not _is_label(kicker) or not headline:
        return None
    first = next((c for c in headline if c.isalnum()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return None
    return kicker, headline
