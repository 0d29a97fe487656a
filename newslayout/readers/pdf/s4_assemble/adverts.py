"""Display advertisements are not articles.

An ad box is set like a small story (a big name in display type over a few short lines), so
the assembler opens a part for it. What no story has is the combination an ad always has:
very little text, no prose (no sentence of any length), no byline and no jump, and a way to
buy (a phone number, a web or mail address, or prices). :func:`is_advert` tests that
combination on the texts of a drafted article; the reader drops such drafts.

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
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.s4_assemble.thread import Draft
from newslayout.readers.pdf.types import BlockRole

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

# Groups of 2-8 digits: a local number is often one group of six to eight ("01632 960123",
# "+49 30 12345678").
_DIGIT_GROUPS = re.compile(r"(?<![\w,.:])\+?\(?\d{2,5}\)?(?:[ .\-]\(?\d{2,8}\)?)+(?![\w,:])")
_CONTACT = re.compile(r"\bwww\.|\b[\w.-]+@[\w-]+\.\w|\b\w[\w-]*\.(?:com|co\.uk|org|net)\b", re.I)
_PRICE = re.compile(r"[$€£¥]\s?\d|\b\d+(?:[.,]\d\d)?\s?(?:p|pence|cents?|euros?)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SENTENCE_END = re.compile(r"[.!?][”\"’')]?$")


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
        if sum(len(g) for g in groups) >= PHONE_DIGITS:
            return True
    return False


def buying_cue(text: str) -> bool:
    """A phone number, a web or mail address, or at least two prices."""
    return has_phone(text) or bool(_CONTACT.search(text)) or len(_PRICE.findall(text)) >= 2


def is_prose(text: str) -> bool:
    """A block of story text: enough words, ending a sentence."""
    text = " ".join(text.split())
    return len(text.split()) >= PROSE_WORDS and bool(_SENTENCE_END.search(text))


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
    words = sum(len(b.split()) for b in draft.blocks)
    if words > MAX_WORDS or any(is_prose(b) for b in draft.blocks):
        return False
    return buying_cue(" ".join((draft.headline, *draft.blocks)))


def _credits_someone(text: str) -> bool:
    """Whether a line taken as a byline credits a person ("By X", "X, Harbour Reporter"):
    an ad's address line under its display line ("Thornwick Mill, Upper Dale") is set like a
    byline but names no one, so it does not make the draft a story."""
    parsed = parse_byline(" ".join(text.split()))
    return parsed is not None and bool(parsed.contributors)


def draft_text(draft: Draft) -> DraftText:
    """The texts of a threaded draft, as :func:`is_advert` reads them."""
    head = draft.parts[0]
    blocks: list[str] = []
    jumps = False
    for part in draft.parts:
        blocks.extend(c.block.text for c in (*part.kickers, *part.decks))
        for item in part.items:
            if isinstance(item, FigureDraft):
                blocks.extend(c.block.text for c in (*item.captions, *item.credits))
            elif item.role in (BlockRole.JUMP_OUT, BlockRole.JUMP_IN):
                jumps = True
            else:
                blocks.append(item.block.text)
    return DraftText(
        headline=head.headline,
        blocks=blocks,
        bylined=any(_credits_someone(c.block.text) for part in draft.parts for c in part.bylines),
        jumps=jumps,
    )
