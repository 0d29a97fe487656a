"""Display advertisements are not articles.

An ad box is set like a small story (a big name in display type over a few short lines), so
the assembler opens a part for it. What no story has is the combination an ad always has:
very little text, no prose (no sentence of any length), no byline and no jump, and a way to
buy (a phone number, a web or mail address, or prices). :func:`is_advert` tests that
combination on the texts of a drafted article (:class:`DraftText`, which each reader fills
from its own evidence); the PDF reader drops such drafts, the text reader keeps such a unit
as page furniture.

The tests are on wording a reader sees in any paper (digits grouped like a phone number, a
currency sign before a figure), not on any layout: a news brief that gives a phone number is
kept because it is written in sentences.

A classified-ads box ("Classified": FOR SALE, WANTED, TO LET ...) holds more words than a
display ad and its small ads are often whole sentences, but it is a list of short notices that
each give a way to buy or to answer: :func:`is_classified` takes a draft of at least
``CLASSIFIED_MIN`` blocks, none longer than ``CLASSIFIED_MAX_WORDS`` words, each with its own
buying cue. A story's paragraphs never all carry a phone number, address or prices.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newslayout.cues import parse_byline
from newslayout.cues.sentences import ends_sentence

#: An ad carries at most this many words besides its display line.
MAX_WORDS = 50
#: A block of this many words ending a sentence is prose: the draft is a story.
PROSE_WORDS = 10
#: A phone number has at least this many digits, in two or more groups.
PHONE_DIGITS = 7

#: A classified box holds at least this many small ads (blocks).
CLASSIFIED_MIN = 3
#: A small ad runs to at most this many words.
CLASSIFIED_MAX_WORDS = 40

#: Digits in two or more groups (2 to 6 digits first, then up to 8: "05723 950681",
#: "+49 30 12345678" are phone numbers).
_DIGIT_GROUPS = re.compile(r"(?<![\w,.:])\+?\(?\d{2,6}\)?(?:[ .\-]\(?\d{2,8}\)?)+(?![\w,:])")
_CONTACT = re.compile(r"\bwww\.|\b[\w.-]+@[\w-]+\.\w|\b\w[\w-]*\.(?:com|co\.uk|org|net)\b", re.I)
#: A price: a currency sign before a figure, or a figure before "p", "pence", "cents" or
#: "euros" ("6 p.m." is a time, not sixpence).
_PRICE = re.compile(r"[$€£¥]\s?\d|\b\d+(?:[.,]\d\d)?\s?(?:p(?!\.\s?m\b)|pence|cents?|euros?)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A date in figures, day and month either way round: "05.03.2026", "3/5/2026", "2026-03-05".
_NUMERIC_DATE = re.compile(
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftText:
    """What :func:`is_advert` needs of a drafted article: its display line (headline), the
    texts of its other blocks, and whether it has a byline or a jump line."""

    headline: str
    blocks: Sequence[str]
    bylined: bool = False
    jumps: bool = False


def has_phone(text: str) -> bool:
    """Whether ``text`` holds digits grouped like a phone number ("01632 418 207",
    "555-0134", "(020) 7946 0018"); dates, times, years and figures with commas are not."""
    for match in _DIGIT_GROUPS.finditer(text):
        groups = re.findall(r"\d+", match.group(0))
        if all(_YEAR.fullmatch(g) for g in groups):
            continue  # "the 2025 2026 season": years side by side
        if _NUMERIC_DATE.fullmatch(match.group(0)):
            continue  # "05.03.2026": a date line
        if sum(len(g) for g in groups) >= PHONE_DIGITS:
            return True
    return False


def buying_cue(text: str) -> bool:
    """A phone number, a web or mail address, or at least two prices."""
    return has_phone(text) or bool(_CONTACT.search(text)) or len(_PRICE.findall(text)) >= 2


def is_prose(text: str) -> bool:
    """A block of story text: enough words, ending a sentence, mostly in lower case (a line
    of names in capitals ending "uva." is a bill, not a sentence)."""
    text = " ".join(text.split())
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    lower = sum(any(c.islower() for c in w) for w in words)
    return len(text.split()) >= PROSE_WORDS and ends_sentence(text) and 2 * lower >= len(words)


def is_classified(draft: DraftText) -> bool:
    """Whether a drafted article is a box of small ads: several short blocks, each with a
    buying cue of its own (see the module docstring)."""
    blocks = [b for b in draft.blocks if b.strip()]
    if len(blocks) < CLASSIFIED_MIN:
        return False
    return all(len(b.split()) <= CLASSIFIED_MAX_WORDS and buying_cue(b) for b in blocks)


def is_advert(draft: DraftText) -> bool:
    """Whether a drafted article is a display ad or a box of small ads (see the module
    docstring)."""
    if draft.bylined or draft.jumps or not draft.headline.strip():
        return False
    if is_classified(draft):
        return True
    return set_like_advert(draft) and buying_cue(" ".join((draft.headline, *draft.blocks)))


def set_like_advert(draft: DraftText) -> bool:
    """Whether a drafted article is set as an ad is, whatever it sells: a display line over
    very little text, no prose, no byline and no jump. With no way to buy of its own it may
    be a segment of a bigger ad whose last segment gives the address (a festival's days set
    one over the other over "Tickets at www..."): the reader decides by place."""
    if draft.bylined or draft.jumps or not draft.headline.strip():
        return False
    words = sum(len(b.split()) for b in draft.blocks)
    return words <= MAX_WORDS and not any(is_prose(b) for b in draft.blocks)


def credits_someone(text: str) -> bool:
    """Whether a line taken as a byline credits a person ("By X", "X, Harbour Reporter"):
    an ad's address line under its display line ("Thornwick Mill, Upper Dale") is set like a
    byline but names no one, so it does not make the draft a story."""
    parsed = parse_byline(" ".join(text.split()))
    return parsed is not None and bool(parsed.contributors)
