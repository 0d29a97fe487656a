"""Letter-spaced capitals closed up: "H E A LT H" -> "HEALTH".

A kicker set in tracked (letter-spaced) capitals comes out of pdftotext with a space
wherever the gap between two letters was wide enough to look like a word space, so one word
reads as a row of one- and two-letter pieces ("E D U CAT I O N", "H A R BO R"). Read as it is,
such a line is too many words for a kicker and becomes a headline of its own, which takes
the real headline's article apart. Closing it up before anything else looks at the line
keeps every later rule unchanged.
"""

from __future__ import annotations

import itertools
import re

#: A line this long is no kicker; longer lines are never closed up.
MAX_CHARS = 40
#: One-letter words that capitals print on their own ("A NEW DAWN", "I WAS THERE").
_WORD_LETTERS = frozenset({"A", "I"})
_TOKEN = re.compile(r"[A-Z]+|&")
#: A bar or bullet between a kicker and its headline on one line ("CITY | Council votes").
_BAR = re.compile(r"\s+[|｜·•](?:\s+|$)")


def _is_piece(token: str) -> bool:
    return len(token) == 1 and token != "&"


def close_letterspacing(line: str) -> str:
    """``line`` with letter-spaced capitals closed up, or unchanged; on a bar header line
    ("C U L T U R E | Parents review late council") the kicker before the bar."""
    bar = _BAR.search(line)
    if bar is not None:
        closed = _close(line[: bar.start()])
        return closed + line[bar.start() :]
    return _close(line)


def _close(line: str) -> str:
    """``line`` with letter-spaced capitals closed up, or unchanged.

    Only a short line of capitals with at least two lone letters that are no words ("H",
    "E", not "A" or "I") is touched. A lone letter joins the piece before it, and a piece of
    at most three letters joins a lone letter before it; a longer piece after a lone letter
    starts a new word ("CIT Y HALL" -> "CITY HALL").
    """
    tokens = line.split()
    if len(line.strip()) > MAX_CHARS or len(tokens) < 3:
        return line
    if not all(_TOKEN.fullmatch(t) for t in tokens):
        return line
    if sum(_is_piece(t) and t not in _WORD_LETTERS for t in tokens) < 2:
        return line
    words = [tokens[0]]
    for previous, token in itertools.pairwise(tokens):
        glue = (_is_piece(token) and previous != "&") or (_is_piece(previous) and len(token) <= 3)
        if glue and token != "&":
            words[-1] += token
        else:
            words.append(token)
    indent = line[: len(line) - len(line.lstrip())]
    return indent + " ".join(words)
