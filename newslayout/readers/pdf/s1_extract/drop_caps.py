"""Drop caps: a story's first letter set large, over two or more lines, is its first word's.

A drop cap is one letter (with the opening quote mark it may carry) at least ``RATIO`` times
the size of the lines beside it, often in another typeface; those lines start just right of
it. Left alone it is a separate "word" of display size: the paragraph loses its first letter
("he regional mill"), the letter becomes a block of its own, and two caps level in two
columns read as a two-letter headline ("TV"). Here the letter is put back in front of the
first word of its first line, and the first word of every line beside the cap starts at the
cap's left edge, so the column keeps one left edge and the wrap is no paragraph indent. A
raised initial (the big letter standing on the first line's baseline, touching its word) is
joined the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newslayout.readers.pdf.types import Word

#: A drop cap is at least this many times the size of the text beside it.
RATIO = 2.0
#: The text beside a cap starts at most this far right of it (em of that text).
REACH = 1.5
#: A cap spans at least this many lines.
MIN_LINES = 2
#: Slack (em of the text beside the cap) for edges and tops that should line up: a cap's box
#: and the lines wrapped around it never align to the point.
SLACK_EM = 0.5
#: Slack (pt) for the cap's right edge against the text beside it (rounding of glyph boxes).
EDGE_SLACK_PT = 0.5
#: The line after the wrap is looked for within this many of its own line heights (em).
NEXT_LINE_EM = 2.0
#: A raised initial touches its word: at most this gap (em of the word) between them...
RAISED_GAP_EM = 0.1
#: ... and both stand on one baseline, within this share of the cap's size.
RAISED_BASELINE_SHARE = 0.3
#: The first line beside a cap starts level with its top, within this share of its size.
TOP_SHARE = 0.5
#: Opening marks a drop cap may carry before its letter.
_OPENERS = "“‘\"'«„¿¡([—–-"


def is_cap_text(text: str) -> bool:
    """One letter, perhaps after an opening quote mark ("W", "“W")."""
    letters = text.lstrip(_OPENERS)
    return len(letters) == 1 and letters.isalpha() and letters.isupper()


def join_drop_caps(words: Sequence[Word]) -> list[Word]:
    """``words`` with every drop cap joined to the first word of its first line."""
    out = list(words)
    caps = [i for i, w in enumerate(words) if is_cap_text(w.text)]
    if not caps:
        return out
    dropped: set[int] = set()
    for i in caps:
        cap = words[i]
        beside = _lines_beside(cap, words)
        if len(beside) < MIN_LINES and not (beside and raised(cap, words[beside[0]])):
            continue
        edge = _left_edge(cap, words[beside[-1]], words)
        first, *rest = beside
        out[first] = dataclasses.replace(words[first], text=cap.text + words[first].text, x0=edge)
        for j in rest:
            out[j] = dataclasses.replace(words[j], x0=edge)
        dropped.add(i)
    return [w for i, w in enumerate(out) if i not in dropped]


def _left_edge(cap: Word, last: Word, words: Sequence[Word]) -> float:
    """The column's left edge: where the line after the wrap starts (a cap's box often
    reaches a little left of the text), else the cap's own left edge."""
    starts = [
        w.x0
        for w in words
        if last.top < w.top <= last.top + NEXT_LINE_EM * last.size
        and cap.x0 - SLACK_EM * last.size <= w.x0 < cap.x1 - EDGE_SLACK_PT
    ]
    return min(starts) if starts else cap.x0


def raised(cap: Word, first: Word) -> bool:
    """A raised initial: the big letter stands on the first line's baseline and touches its
    first word (no word space between), so the two are one word whatever the size."""
    return (
        first.x0 - cap.x1 <= RAISED_GAP_EM * first.size
        and abs(first.bottom - cap.bottom) <= RAISED_BASELINE_SHARE * cap.size
    )


def _lines_beside(cap: Word, words: Sequence[Word]) -> list[int]:
    """Indexes of the first word of each line set beside ``cap``, top down (empty when the
    letter is no drop cap: nothing small beside it, or a line running under it)."""
    firsts: dict[float, int] = {}  # row -> its leftmost word from the cap's left edge on
    for j, w in enumerate(words):
        if w is cap or w.size * RATIO > cap.size:
            continue
        if not (cap.top - SLACK_EM * w.size <= w.top < cap.bottom + w.size):
            continue
        if w.x0 < cap.x1 and w.x1 > cap.x0 and w.top >= cap.top and w.bottom <= cap.bottom:
            return []  # text under or over the letter: a big letter in a line, not a cap
        if not (cap.x0 - SLACK_EM * w.size <= w.x0 <= cap.x1 + REACH * w.size):
            continue
        row = round(w.top, 1)
        if row not in firsts or w.x0 < words[firsts[row]].x0:
            firsts[row] = j
    # A line beside the cap starts right of it; one starting under it (a byline over the
    # cap's top, the line after the wrap) is not beside it.
    rows = [r for r in sorted(firsts) if words[firsts[r]].x0 >= cap.x1 - EDGE_SLACK_PT]
    if not rows:
        return []
    first = words[firsts[rows[0]]]
    if first.top > cap.top + cap.size * TOP_SHARE or not first.text[:1].isalpha():
        return []  # the first line beside must start level with the cap's top, mid-word
    out = [firsts[rows[0]]]
    for row in rows[1:]:
        w = words[firsts[row]]
        if abs(w.x0 - first.x0) > SLACK_EM * w.size:
            break  # a line no longer wrapped around the cap
        out.append(firsts[row])
    return out
