"""Sentence cues: where a text starts and ends as running prose does.

Used by every stage that decides whether two pieces of text are one paragraph (layout splits
blocks at a line that ends a sentence and stops short; compose runs a paragraph on across a
break) and by the cleaning of display text, so they live below the readers.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")
#: U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN are the hyphen in another dress (a display
#: face or a small-caps line prints them where the body prints "-"): the text spells one hyphen.
HYPHEN_FORMS = str.maketrans({"\u2010": "-", "\u2011": "-"})
#: A paragraph can end on these: a full stop, a question or exclamation mark, an ellipsis, and
#: a colon or semicolon (a paragraph introducing a list or a quotation stops on one).
_TERMINALS = (".", "!", "?", ":", ";", "\u2026")
_CLOSERS = "\"'\u201d\u2019)]\u00bb"


def clean(text: str) -> str:
    """Whitespace collapsed to single spaces, trimmed; hyphens spelled "-"."""
    return _SPACE.sub(" ", text).strip().translate(HYPHEN_FORMS)


def starts_lower(text: str) -> bool:
    """Whether a text's first letter is lower case (a sentence running on)."""
    first = next((c for c in text if c.isalpha()), "")
    return first.islower()


def ends_sentence(text: str) -> bool:
    """Whether a text ends as a paragraph can: with closing punctuation, quotes and brackets
    allowed after it. The one test of both readers (the text reader's line shapes, the PDF
    reader's blocks and paragraphs, the article builder's prose and cut-off tests)."""
    return text.rstrip().rstrip(_CLOSERS).endswith(_TERMINALS)
