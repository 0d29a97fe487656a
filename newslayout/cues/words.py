"""Content words: the words of a text that say what it is about, for matching two texts.

Both readers match texts by shared words: a teaser with the headline it points to, a
continuation's jump head with the story that jumps to it, a lead paragraph with the headline
over it. They use one stop list (:data:`STOP_WORDS`, the commonest function words and the
newsroom's "said"/"new"/"year") and two sizes of word set:

- :func:`content_words`: every word (letters and digits) not in the stop list, lower case.
  Exact words: a keyword, a name or a figure in a short head matters.
- :func:`word_stems`: words of four letters or more, cut to five letters (a crude stem, so
  "council" matches "councillors"). For long texts, where inflections vary and short words
  are noise.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")
_LETTER_WORD = re.compile(r"[^\W\d_]{4,}")

#: Words that say nothing about what a text is about.
STOP_WORDS = frozenset(
    {"a", "an", "and", "the", "of", "to", "in", "on", "for", "at", "by", "from", "with", "as",
     "is", "are", "be", "new", "over", "after", "says", "said"}
)  # fmt: skip
#: Words of four letters or more that say nothing in a long text (used by :func:`word_stems`
#: besides :data:`STOP_WORDS`, which holds none that long but "from", "with", "over", "says").
LONG_STOP_WORDS = STOP_WORDS | frozenset(
    {"this", "that", "with", "from", "have", "will", "been", "were", "they", "their", "after",
     "about", "into", "over", "more", "than", "said", "says", "year", "years", "what", "when",
     "where", "which", "while", "some", "also", "only", "most", "first", "last", "next"}
)  # fmt: skip


def content_words(text: str) -> set[str]:
    """Lower-case words of a text without the stop words."""
    return {w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in STOP_WORDS}


def word_stems(text: str) -> set[str]:
    """Lower-case words of four letters or more, cut to five letters, without the stop
    words (see the module docstring)."""
    words = {w.lower() for w in _LETTER_WORD.findall(text)}
    return {w[:5] for w in words - LONG_STOP_WORDS}
