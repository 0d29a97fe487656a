"""Kickers set as a tag beside the headline, read AFTER the headline and deck.

Some layouts print the section label as a small badge (white on a coloured box, no bar)
left of a two-line headline. pdftotext reads the badge last, on a line of its own under the
headline and its deck::

    Fish quay will get a roof and a cold
    store before the summer
    Trust spends 1.2 million so catches no
    longer wait in the weather
    HARBOUR

A label in capitals closing a block of title-shaped lines is never a headline set in
capitals (those take the whole block) and never a section header (that stands alone). The
block is rewritten as the bar-header form the reader already knows ("HARBOUR | Fish quay
..."), keeping every line's number, so :mod:`barheads` splits headline and deck by the same
rules for both layouts.
"""

from __future__ import annotations

from newslayout.cues import split_kicker
from newslayout.readers.text.s2_units.units import (
    header_block,
    is_byline,
    is_kicker,
    is_title,
    split_blocks,
)
from newslayout.readers.text.types import NumberedLine

#: Fewest and most title lines above the tag (headline of one or two lines, deck of up to
#: three, so a long headline over a long deck still counts).
MIN_TITLE_LINES = 2
MAX_TITLE_LINES = 7
#: The tag label is short: a badge holds one or two words.
MAX_TAG_WORDS = 2
#: Longest title line; a longer line is a paragraph run across columns.
MAX_TITLE_CHARS = 90


def _is_tag(line: str) -> bool:
    text = " ".join(line.split())
    if not is_kicker(text) or len(text.split()) > MAX_TAG_WORDS:
        return False
    return any(c.isalpha() for c in text) and not any(c.isdigit() for c in text)


def _title_lines(lines: list[NumberedLine]) -> bool:
    """Lines that can be a headline and a deck: capitalised first line, none too long,
    none in capitals, no sentence ended before the last line."""
    first = lines[0][1].lstrip("“\"'‘(")
    if not first[:1].isupper() or split_kicker(first) is not None:
        return False
    if any(len(text) > MAX_TITLE_CHARS or text.isupper() for _, text in lines):
        return False
    return header_block(lines)


def _header_follows(lines: list[NumberedLine]) -> bool:
    """The next block is a header (a kicker over the NEXT headline, not a tag beside the
    one above): a whole title block, or a title with a byline under it."""
    block = next(split_blocks(lines), [])
    if not block:
        return False
    if header_block(block):
        return True
    texts = [text for _, text in block]
    return is_title(texts[0]) and any(is_byline(text) for text in texts[1:5])


def _tag_end(lines: list[NumberedLine], start: int) -> int | None:
    """The index of the tag closing the block that starts at ``start``, or None."""
    end = start
    while end < len(lines) and lines[end][1].strip() and end - start <= MAX_TITLE_LINES:
        end += 1
    last = end - 1
    if last - start < MIN_TITLE_LINES or not _is_tag(lines[last][1]):
        return None
    if end < len(lines) and lines[end][1].strip():
        return None  # block longer than any header
    if not _title_lines(lines[start:last]) or _header_follows(lines[end:]):
        return None
    return last


def fold_tag_kickers(lines: list[NumberedLine]) -> tuple[list[NumberedLine], frozenset[int]]:
    """A page's lines with each trailing tag kicker moved before its headline as
    "KICKER | headline" (line numbers kept; the tag's own line dropped), and the line
    numbers of the folded bar lines (their block is the header alone, so a deck may end
    it)."""
    out: list[NumberedLine] = []
    folded: set[int] = set()
    index = 0
    while index < len(lines):
        opens_block = index == 0 or not lines[index - 1][1].strip()
        tag = _tag_end(lines, index) if opens_block and lines[index][1].strip() else None
        if tag is None:
            out.append(lines[index])
            index += 1
            continue
        number, first = lines[index]
        out.append((number, f"{lines[tag][1].strip()} | {first.strip()}"))
        folded.add(number)
        out.extend(lines[index + 1 : tag])
        index = tag + 1
    return out, frozenset(folded)
