"""The dateline: the place a story was filed from, printed at the start of its first
paragraph ("HARBOR CITY — The council ..."). It stays in the paragraph's text as printed and
is recorded on the article as data (``Article.dateline``, without the dash)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newslayout.model import Block, Paragraph

#: A place in capitals (up to 40 characters) and a dash, at the start of a paragraph.
_DATELINE = re.compile(r"^([A-Z][A-Z.'’ -]{1,40}?)\s*[—–-]{1,2}\s")


def parse_dateline(text: str) -> str:
    """The place of a dateline opening ``text``, or ""."""
    match = _DATELINE.match(text)
    return match.group(1).strip() if match else ""


def dateline_of(blocks: Iterable[Block]) -> str:
    """The dateline opening an article's first paragraph, or ""."""
    first = next((b for b in blocks if isinstance(b, Paragraph)), None)
    return "" if first is None else parse_dateline(first.text)
