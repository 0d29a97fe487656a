"""A kicker glued to its headline on one line, with no bar between: "B U S I N E S S Public
garden for Jushaven", "SCIENCE Planners call full-time ferry".

pdftotext -raw reads a kicker set beside its headline (a tag left of it, or a tracked label
on the same baseline) into the headline's line. A leading run of capitals is a kicker when
what follows is a headline in sentence case and the run cannot be the headline's own first
words: letter-spaced capitals (no headline starts with a row of lone letters), or one or two
desk words in capitals ("SCIENCE", "CITY HALL": ``cues.names.DESK_WORDS``). The line is
rewritten in the bar form the reader already splits ("BUSINESS | Public garden ..."); a
headline in capitals is left alone (its first word could be a desk word of its own).
"""

from __future__ import annotations

import re

from newslayout.cues.names import is_desk
from newslayout.readers.text.s2_units.letterspacing import close_letterspacing
from newslayout.readers.text.s2_units.units import ends_sentence, is_title

#: Most capitals words of a desk label glued before a headline.
MAX_DESK_WORDS = 2
#: Fewest lone letters of a letter-spaced kicker ("B U S I N E S S").
MIN_SPACED_LETTERS = 3

_CAPITALS = re.compile(r"[A-Z&]+")


def split_glued_kicker(line: str, *, wrapping: bool = False) -> str:
    """``line`` as "KICKER | headline" when it opens with a kicker glued to a sentence-case
    headline; otherwise unchanged. ``wrapping`` (a page with no blank lines, where nothing
    but the label sets a header apart): a letter-spaced label is split off before a
    headline's first line too, which may end on a function word."""
    tokens = line.split()
    run = 0
    while run < len(tokens) and _CAPITALS.fullmatch(tokens[run]):
        run += 1
    if run == 0 or run == len(tokens):
        return line
    rest = " ".join(tokens[run:])
    if rest.isupper() or not rest[:1].isupper() or ends_sentence(rest):
        return line
    label = tokens[:run]
    if sum(len(t) == 1 for t in label) >= MIN_SPACED_LETTERS:
        closed = close_letterspacing(" ".join(label))
        # A letter-spaced label is a kicker whatever follows: the headline may wrap
        # onto the next line ("... to reopen within" / "weeks"), which is no title alone.
        if len(closed.split()) < len(label) and (wrapping or is_title(rest)):
            return f"{closed} | {rest}"
    if not is_title(rest):
        return line
    if len(label) <= MAX_DESK_WORDS and is_desk(" ".join(label)):
        return f"{' '.join(label)} | {rest}"
    return line
