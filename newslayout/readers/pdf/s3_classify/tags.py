"""Tag kickers: a short label set as a badge on the headline's first line, left of it.

Some designs print the kicker not over the headline but as a small coloured tag (a white
label on a filled box, no bar) at the start of the headline's first line, the headline's
words following it on that line and its later lines running back to the tag's left edge:

    [HARBOUR] Fish quay will get a roof and a cold
    store before the summer

The tag's small type breaks the headline's first line off its later lines (the block stage
sees an indented one-line block, then a flush block), and the headline's left edge is then the
tag's, not the first word's. :func:`tag_beside` finds such a tag for a headline block; the
headline merge, the kicker's owner and the same-size deck rule use it to treat the tag and the
headline's lines as one head whose left edge is the tag's.

A tag is only taken when it is small beside the head (at most ``TAG_SIZE_SHARE`` of its size),
a single short line, level with the head's first line (its middle inside that line's height)
and ends within ``TAG_GAP_EMS`` of the head's size before the head's first word. A label over
the headline (a plain kicker) or a picture's caption beside a head is never level with the
head's first line and that close.
"""

from __future__ import annotations

from collections.abc import Iterable

from newslayout.readers.pdf.types import TextBlock

#: A tag's type is at most this share of the headline's size.
TAG_SIZE_SHARE = 0.6
#: A tag ends at most this many of the headline's ems before the headline's first word.
TAG_GAP_EMS = 1.0
#: A tag has at most this many words.
TAG_MAX_WORDS = 3
#: A tag's badge reaches this many of the tag's ems left of its text (the badge's padding).
TAG_PAD_EMS = 1.0


#: A label whose own region (not the head's) runs on under it for more than this many of its
#: sizes heads a column of its own, not the head beside it.
COLUMN_LINES = 4.0


#: Letter-spaced capitals come out as pieces this short ("C U LT U R E").
SPACED_PIECE = 2


def label_word_count(text: str) -> int:
    """Words of a label, a letter-spaced word ("C U LT U R E", "W E A T H E R") counted as
    one: letter spacing splits a word into pieces of a letter or two."""
    words = text.replace("|", " ").split()
    if len(words) > 1 and all(len(w) <= SPACED_PIECE for w in words):
        return 1
    return len(words)


def is_tag_of(tag: TextBlock, head: TextBlock) -> bool:
    """Whether ``tag`` is a label set on ``head``'s first line, left of its first word."""
    if tag is head or len(tag.lines) != 1 or label_word_count(tag.text) > TAG_MAX_WORDS:
        return False
    if not tag.text.strip() or tag.size > TAG_SIZE_SHARE * head.size:
        return False
    if _sentence(tag.text) or _heads_column(tag, head):
        return False
    first = head.lines[0].box
    middle = (tag.box.top + tag.box.bottom) / 2
    if not first.top <= middle <= first.bottom:
        return False
    gap = first.x0 - tag.box.x1
    return 0.0 <= gap <= TAG_GAP_EMS * head.size


def _sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: a full stop after a letter in lower case (a
    run-in lead, "Public bridge announced."); an abbreviation in capitals ("U.S.") does not."""
    text = text.rstrip()
    return len(text) > 1 and text.endswith(".") and text[-2].isalpha() and text[-2].islower()


def _heads_column(label: TextBlock, head: TextBlock) -> bool:
    """Whether ``label`` sits in a region of its own that runs on under it (a column it
    heads), not in the head's."""
    if label.region == head.region:
        return False
    return label.region.bottom - label.box.bottom > COLUMN_LINES * label.size


def tag_beside(head: TextBlock, blocks: Iterable[TextBlock]) -> TextBlock | None:
    """The tag set on ``head``'s first line (see :func:`is_tag_of`), or None."""
    for block in blocks:
        if is_tag_of(block, head):
            return block
    return None


def under_tag(x0: float, tag: TextBlock) -> bool:
    """Whether a line starting at ``x0`` starts at the left edge of ``tag``'s badge: the
    tag's text is padded inside its box, so up to ``TAG_PAD_EMS`` of its size left of it."""
    return -TAG_PAD_EMS * tag.size - 1.0 <= x0 - tag.box.x0 <= 1.0
