"""Section indexes: "INSIDE  Sport 2 · Culture Page 9 · Travel A23" and the boxes that list them.

A front page's index strip or index box names sections (or stories) with the page each is
on. The page label is printed as a bare number ("19"), a section page ("A23", "B2") or a page
word and a number in the paper's language ("Page 19", "Seite 19", "pagina 19", "p. 19"). A
box or strip opens with a title ("INSIDE", "In this issue", "HEUTE", "DANS CE NUMÉRO") that is
no entry of its own.

:func:`split_entries` reads a row of words as entries by cutting it after each page label:
the words before a label are its entry's head. The words alone cannot tell an index row from
running text that mentions numbers ("the 3 boats and 4 cars"); callers add the evidence of
layout (a title above or before the row, separators, each head set apart from its label).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: The titles an index strip or box opens with, in the languages of the cue tables
#: (case-insensitive, the whole text): en, de, fr, it, es.
INDEX_TITLE = re.compile(
    r"(?:what[’']?s\s+)?inside(?:\s+(?:today|this\s+(?:issue|edition|week)))?"
    r"|in\s+(?:this|today[’']?s)\s+(?:issue|edition|paper)|index|contents|today"
    r"|also(?:\s+inside)?"
    r"|heute|inhalt|aus\s+dem\s+inhalt|in\s+dieser\s+ausgabe|im\s+blatt"
    r"|dans\s+ce\s+num[ée]ro|au\s+sommaire|sommaire|aujourd[’']hui"
    r"|all[’']\s?interno|in\s+questo\s+numero|sommario|oggi"
    r"|en\s+este\s+n[úu]mero|sumario|[íi]ndice|hoy",
    re.IGNORECASE,
)
#: "page" before a page number: en page/pages/pg/p., de Seite/S., fr page/p., it pagina/pag.,
#: es página/pág., nl pagina/blz., sv sida, da/no side.
PAGE_WORD = re.compile(
    r"(?:pages?|pg\.?|pp?\.?|seiten?|s\.|pagina|pag\.|p[áa]gina|p[áa]g\.|blz\.?|sida|side)",
    re.IGNORECASE,
)
#: A page label on its own: "19", "A23", "B2" (a letter or two of a section, then digits).
_BARE = re.compile(r"(?P<label>(?:[A-Z]{1,2}-?)?\d{1,3})")
#: A page label glued to its page word: "p2", "P.4", "S.12", "pA4".
_GLUED = re.compile(r"(?:pg?\.?|s\.)(?P<label>(?:[A-Z]{1,2})?\d{1,3})", re.IGNORECASE)
#: Marks that divide entries and belong to none ("Sport 2 · Arts 3", "News A2 | Opinion A9"):
#: running text never sets them between words (a dash it does: "Arsenal 2 – Chelsea 1").
SEPARATORS = frozenset({"·", "•", "|", "◆", "◇", "■", "□", "▪", "●", "♦", "★"})
#: Punctuation that ties a head to its label ("Sport, 2", "Arts: 3") and belongs to neither.
_TIE = " ,;:–—-.…_"
#: An entry's head has at most this many words ...
MAX_HEAD_WORDS = 8
#: ... and the longest page label spans this many words ("see page 4").
MAX_LABEL_WORDS = 3


def is_index_title(text: str) -> bool:
    """Whether ``text`` is the title an index box or strip opens with ("INSIDE", "HEUTE")."""
    return INDEX_TITLE.fullmatch(" ".join(text.split()).strip(" :–—-")) is not None


def page_label(text: str) -> str | None:
    """The page label a printed page reference names, or None: "19" -> "19", "Page 19" ->
    "19", "Seite 19" -> "19", "A23" -> "A23", "p. A4" -> "A4", "P3" -> "3"."""
    words = " ".join(text.split()).strip(_TIE).split(" ")
    if words and words[0].lower() == "see":
        words = words[1:]
    if len(words) == 2 and PAGE_WORD.fullmatch(words[0]):
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0].strip(_TIE)
    found = _GLUED.fullmatch(word) or _BARE.fullmatch(word)
    if found is None:
        return None
    label = found.group("label").replace("-", "")
    digits = "".join(c for c in label if c.isdigit())
    return label.upper() if int(digits) > 0 else None


def label_page(label: str) -> int:
    """The page number of a label: its digits ("A23" -> 23)."""
    return int("".join(c for c in label if c.isdigit()))


@dataclass(frozen=True, slots=True)
class EntrySpan:
    """One entry of a row of words: ``words[head]`` is its head, ``words[pointer]`` its
    printed page reference naming ``label``."""

    head: slice
    pointer: slice
    label: str


def _pointer_at(tokens: Sequence[str], i: int) -> tuple[int, str] | None:
    """(words, label) of the longest page reference starting at ``tokens[i]``."""
    for k in range(MAX_LABEL_WORDS, 0, -1):
        if i + k > len(tokens):
            continue
        label = page_label(" ".join(tokens[i : i + k]))
        if label is not None:
            return k, label
    return None


def _head_ok(tokens: Sequence[str]) -> bool:
    words = [t for t in tokens if t not in SEPARATORS]
    return (
        0 < len(words) <= MAX_HEAD_WORDS
        and any(sum(c.isalpha() for c in w) >= 2 for w in words)
        and not words[-1].endswith(("?", "!"))
        and not any(w.endswith(".") and len(w) > 3 for w in words[:-1])
    )


def title_words(tokens: Sequence[str]) -> int:
    """How many leading words of a row are an index title ("INSIDE", "DANS CE NUMÉRO")."""
    for k in range(min(4, len(tokens)), 0, -1):
        if is_index_title(" ".join(tokens[:k])):
            return k
    return 0


def split_entries(tokens: Sequence[str], *, start: int = 0) -> list[EntrySpan]:
    """The entries of a row of words from ``tokens[start]`` on, cut after each page label,
    when every word belongs to one (separators between entries aside) and every head is a
    short name; else empty."""
    out: list[EntrySpan] = []
    head_start = start
    i = start
    while i < len(tokens):
        if tokens[i] in SEPARATORS and i == head_start:
            head_start = i = i + 1
            continue
        found = _pointer_at(tokens, i) if i > head_start else None
        if found is None:
            i += 1
            continue
        k, label = found
        head = tokens[head_start:i]
        if not _head_ok(head):
            return []
        out.append(EntrySpan(slice(head_start, i), slice(i, i + k), label))
        head_start = i = i + k
    if head_start != len(tokens) or not out:
        return []
    return out


def entry_head(tokens: Sequence[str], span: EntrySpan) -> str:
    """The head of an entry as printed, without separators and the punctuation before its
    label ("Sport, 2" -> "Sport")."""
    words = [t for t in tokens[span.head] if t not in SEPARATORS]
    return " ".join(words).strip(_TIE)
