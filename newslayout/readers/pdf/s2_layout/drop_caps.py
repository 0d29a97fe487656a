"""Drop caps: a paragraph's first letter set large, several lines deep, beside its text.

The layout stage reads such a letter as a block of its own (one line of huge type) and the
words beside it as another block that opens in mid-word ("ünchen, Königsplatz" beside an
"M"). A drop cap is told by its shape and place: one or two letters on one line, at least
``DROP_RATIO`` times the size of the text whose first line starts right beside its right
edge, near its top. The letter is put back in front of that line's first word (a word of its
own only where "A" or "I" before a word makes no word together with it), and its block goes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newslayout.cues.wordlist import is_english_word
from newslayout.readers.pdf.types import Line, Picture, TextBlock

#: A drop cap is at least this many times the size of the text it opens.
DROP_RATIO = 2.0
#: The text starts at most this many of its ems right of the cap (a little overlap allowed).
BESIDE_EM = 1.5
#: A drop cap is one letter, or two (a digraph such as "IJ" or an initial with its mark).
MAX_CAP_LETTERS = 2
#: The text may overlap the cap's box by this many of its ems (a cap's side bearing).
OVERLAP_EM = 0.5
#: The text's first line starts within this share of the cap's height from its top.
UPPER_SHARE = 0.5
#: Lines of one paragraph differ in size by at most this share.
SAME_SIZE_SHARE = 0.1
#: Letters that are words on their own (an English drop cap "A" or "I").
WORD_LETTERS = frozenset("AI")


def _cap_letters(block: TextBlock) -> str | None:
    """The letters of a block that could be a drop cap (one line of one or two letters)."""
    if len(block.lines) != 1:
        return None
    text = block.text.strip()
    if not 1 <= len(text) <= MAX_CAP_LETTERS or not text.isalpha() or not text[0].isupper():
        return None
    return text


def _opens_beside(cap: TextBlock, text: TextBlock) -> bool:
    """Whether ``text``'s first line starts right of ``cap``, level with its upper part."""
    first = text.lines[0]
    if cap.size < DROP_RATIO * first.size:
        return False
    gap = first.x0 - cap.box.x1
    if not -OVERLAP_EM * first.size <= gap <= BESIDE_EM * first.size:
        return False
    return cap.box.top - first.size <= first.top <= cap.box.top + UPPER_SHARE * cap.box.height


def _joined(letters: str, word: str) -> str:
    """The first word with its drop cap in front (a separate word for a lone "A" or "I")."""
    bare = word.strip(".,;:!?\u2019'\"")
    if (
        letters in WORD_LETTERS
        and is_english_word(bare.lower())
        and not is_english_word((letters + bare).lower())
    ):
        return f"{letters} {word}"
    return letters + word


def _with_cap(cap: TextBlock, letters: str, text: TextBlock) -> TextBlock:
    first = text.lines[0]
    head = first.words[0]
    word = dataclasses.replace(head, text=_joined(letters, head.text), x0=cap.box.x0)
    line = Line(words=(word, *first.words[1:]))
    return dataclasses.replace(text, lines=(line, *text.lines[1:]), indented=False)


def _wraps_under(cap: TextBlock, text: TextBlock, nxt: TextBlock) -> bool:
    """Whether ``nxt`` is the same paragraph going on under the cap: the next lines of the
    region, right under ``text``, in its face, starting back at the cap's left edge (an
    italic end byline "— Reporting by X" under a short capped story is no more of it)."""
    if nxt.region != text.region or not nxt.lines:
        return False
    first, last = nxt.lines[0], text.lines[-1]
    size = last.size
    if abs(first.size - size) > SAME_SIZE_SHARE * size or first.top - last.bottom > size:
        return False
    if (first.bold, first.italic) != (last.bold, last.italic):
        return False
    return abs(first.x0 - cap.box.x0) <= size and first.x0 < text.lines[0].x0 - size


def join_drop_caps(items: Sequence[TextBlock | Picture]) -> list[TextBlock | Picture]:
    """The page's blocks with every drop cap joined to the text it opens (in reading
    order, where the earlier of the two stood)."""
    out: list[TextBlock | Picture] = list(items)
    for cap in [b for b in items if isinstance(b, TextBlock)]:
        letters = _cap_letters(cap)
        if letters is None:
            continue
        target = next(
            (b for b in out if isinstance(b, TextBlock) and b is not cap and _opens_beside(cap, b)),
            None,
        )
        if target is None:
            continue
        joined = _with_cap(cap, letters, target)
        rest = [b for b in out if b is not cap]
        after = rest.index(target) + 1
        nxt = rest[after] if after < len(rest) else None
        gone = [cap, target]
        if isinstance(nxt, TextBlock) and _wraps_under(cap, target, nxt):
            # The lines beside the cap and the lines under it are one paragraph.
            joined = dataclasses.replace(
                joined,
                lines=(*joined.lines, *nxt.lines),
                free_end=nxt.free_end,
                hyphen_end=nxt.hyphen_end,
            )
            gone.append(nxt)
        at = min(out.index(b) for b in gone)
        out = [b for b in out if all(b is not g for g in gone)]
        out.insert(at, joined)
    return out
