"""Headers whose kicker stands left of the headline on the same line: "TOWN | Flax mill ...".

Such a line says "a story starts here" more surely than any line shape: the section label
and the bar are set in front of a headline and nowhere else. Layouts that print it put the
byline at the END of the story, so no byline below confirms the header; the header's parts
are told apart by line shape alone:

* the headline is the bar line and the lines that go on with it (a lower-case start, a line
  before stopping on a function word, or an orphan word), none longer than
  the bar line by much (the headline type is the same size on every line);
* the deck (same size, lighter face) is the capitalised line after it and the lines going
  on with it, when it ends without a full stop and something else follows it in the block
  (a body line cut at the block end is no deck); a deck alone in the next block (a narrow
  column sets it off by a blank line) counts when it is title-shaped.
"""

from __future__ import annotations

import itertools

from newslayout.cues import parse_edition, split_kicker
from newslayout.readers.text.s2_units.units import (
    caps,
    ends_sentence,
    is_byline,
    is_title,
    last_word_is_function_word,
    opens_continuation,
    standalone,
)
from newslayout.readers.text.types import NumberedLine

#: Unit roles given by this module (``Unit.role``).
BAR_HEAD = "bar-head"
BAR_DECK = "bar-deck"

#: Most lines of a headline or a deck.
MAX_HEAD_LINES = 4
#: A headline line may be this much longer than the bar line (the kicker takes less room
#: than the same letters of headline type, and lines are justified loosely).
HEAD_LINE_SLACK = 1.15
#: Words of a line short enough to be the last word of a headline whatever its case.
ORPHAN_WORDS = 1

#: Fewest words of the headline part; one ending in figures ("Price 90p") is no headline.
MIN_HEAD_WORDS = 1


def is_bar_head(line: str) -> bool:
    """A line opening with a section label and a bar or bullet before a headline (not an
    edition line such as "Late Edition • Price 90p")."""
    text = " ".join(line.split())
    if len(text) > 160 or ends_sentence(text):
        return False
    found = split_kicker(text)
    if found is None or parse_edition(found[0]) is not None:
        return False
    return len(found[1].split()) >= MIN_HEAD_WORDS and not any(c.isdigit() for c in found[1][-4:])


def _head_length(block: list[NumberedLine], start: int) -> int:
    """How many lines from ``start`` the headline of a bar line takes."""
    first = block[start][1]
    count = 1
    while count < MAX_HEAD_LINES and start + count < len(block):
        previous, line = block[start + count - 1][1], block[start + count][1]
        if ends_sentence(previous) or len(line) > HEAD_LINE_SLACK * len(first):
            break
        orphan = len(line.split()) <= ORPHAN_WORDS and not ends_sentence(line)
        # a headline in capitals wraps onto lines in capitals
        capitals = caps(previous) and caps(line)
        if not (opens_continuation(previous, line) or orphan or capitals):
            break
        count += 1
    return count


def _deck_length(block: list[NumberedLine], start: int, whole: bool = False) -> int:
    """How many lines from ``start`` are a deck (0 for none): a capitalised line and the
    lines going on with it, not ending a sentence, followed by more lines in the block
    (``whole``: the block is known to hold the header only, so the deck may end it)."""
    if start >= len(block) or not block[start][1].lstrip("“\"'‘(")[:1].isupper():
        return 0
    if standalone(block[start][1]):
        return 0  # a byline (or another line with a cue of its own) under the headline
    count = 1
    while (
        count < MAX_HEAD_LINES
        and start + count < len(block)
        and opens_continuation(block[start + count - 1][1], block[start + count][1])
    ):
        count += 1
    first = count
    # A deck of two sentences sets each on a line of its own: a second title-shaped line
    # right above the byline is the deck's too (never the next story's headline).
    while (
        count < MAX_HEAD_LINES
        and start + count + 1 < len(block)
        and _deck_line(block[start + count][1])
        and is_byline(block[start + count + 1][1])
    ):
        count += 1
    if start + count >= len(block) and not whole:
        return 0  # runs to the block end: a first paragraph cut by the extraction
    text = " ".join(line for _, line in block[start : start + first])
    if ends_sentence(text) or last_word_is_function_word(text) or not is_title(text):
        return 0
    return count


def _deck_line(line: str) -> bool:
    """A line that may be a deck's own sentence: capitalised, title-shaped, no stop, no cue
    of its own."""
    text = " ".join(line.split())
    if not text.lstrip("“\"'‘(")[:1].isupper() or standalone(text) or ends_sentence(text):
        return False
    return is_title(text) and not last_word_is_function_word(text)


def bar_header(
    block: list[NumberedLine], start: int, whole: bool = False
) -> tuple[list[list[NumberedLine]], list[str], int]:
    """The pieces of the header whose bar line is ``block[start]``: (pieces, their roles,
    the index after the header). ``whole``: the block from ``start`` is the header alone
    (a tag kicker folded in front of it, ``tagkickers``)."""
    head = _head_length(block, start)
    pieces, roles = [block[start : start + head]], [BAR_HEAD]
    deck = _deck_length(block, start + head, whole)
    if deck:
        pieces.append(block[start + head : start + head + deck])
        roles.append(BAR_DECK)
    return pieces, roles, start + head + deck


def deck_block(block: list[NumberedLine]) -> bool:
    """A whole block that is the deck of the bar header ending the block before it: at
    most :data:`MAX_HEAD_LINES` lines reading as one title, no sentence end."""
    if not block or len(block) > MAX_HEAD_LINES or is_bar_head(block[0][1]):
        return False
    text = " ".join(line for _, line in block)
    if not block[0][1].lstrip("“\"'‘(")[:1].isupper() or ends_sentence(text):
        return False
    if any(not opens_continuation(a, b) for (_, a), (_, b) in itertools.pairwise(block)):
        return False
    return is_title(text) and not last_word_is_function_word(text)
