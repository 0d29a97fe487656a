"""The named subjects of a stretch of text: what tells a story's next section from a new story.

A story's sections go on about the same named places, people and bodies as the text above
them; the next story, whose one-line head reads like a subhead when no byline or blank line
sets it apart, brings names of its own. A name here is a capitalised word inside a sentence
(a sentence's first word is capitalised whatever it is), not in capitals (an acronym or a
shouted label says little), and not a month or weekday (every story has a "Friday").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newslayout.cues.calendar import fold, months, weekdays

#: Fewest letters of a name (shorter capitalised words are initials and particles).
NAME_MIN_LETTERS = 3

_TOKEN = re.compile(r"[^\W\d_][\w’'\-‐]*|[.!?:;“”\"]")
#: Marks after which the next word opens a sentence (or a quotation), so its capital says nothing.
_OPENERS = frozenset('.!?:“"')
_MARKS = frozenset('.!?:;“”"')


def names(texts: Iterable[str]) -> set[str]:
    """The names in ``texts``: capitalised words that do not open a sentence or a quote."""
    out: set[str] = set()
    for text in texts:
        opening = True
        for token in _TOKEN.findall(text):
            if token in _MARKS:
                opening = token in _OPENERS
                continue
            if not opening and _is_name(token):
                out.add(token)
            opening = False
    return out


def _is_name(word: str) -> bool:
    if len(word) < NAME_MIN_LETTERS or not word[0].isupper() or word.isupper():
        return False
    folded = fold(word)
    return folded not in months() and folded not in weekdays()


def new_subject(before: Iterable[str], after: Iterable[str]) -> bool:
    """Does the text ``after`` name things of its own and none the text ``before`` named?"""
    said, then = names(before), names(after)
    return bool(said) and bool(then) and not (said & then)
