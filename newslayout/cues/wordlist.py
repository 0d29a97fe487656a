"""A compact English word list (package data) for de-hyphenation evidence.

The list is derived from SCOWL via Debian's ``wamerican`` and ``wbritish`` packages
(permissive licence, see ``newslayout/data/words-en.LICENSE``): every all-lower-case,
all-letter entry of both lists, sorted, gzip-compressed (~170 KB). Proper nouns are left out
on purpose: a capitalised right half ("mid-March") is decided by its capital, not by the list.

Rebuild with ``python -m newslayout.cues.wordlist /usr/share/dict/american-english
/usr/share/dict/british-english``.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import re
import sys
from collections.abc import Iterable
from pathlib import Path

WORDLIST_RESOURCE = "words-en.txt.gz"
_WORD = re.compile(r"[a-z]+")

#: Inflection endings tried when a word is not in the list itself ("stakeholders").
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ing", ""),
    ("ing", "e"), ("er", ""), ("ers", ""), ("ly", ""), ("ness", ""), ("ment", ""),
    ("ments", ""),
)  # fmt: skip


@functools.cache
def english_words() -> frozenset[str]:
    """The packaged word list, loaded once (about 65,000 lower-case words)."""
    data = importlib.resources.files("newslayout").joinpath("data", WORDLIST_RESOURCE).read_bytes()
    return frozenset(gzip.decompress(data).decode("ascii").split())


def is_english_word(word: str) -> bool:
    """True when ``word`` (any case) or a simple inflection of it is in the word list."""
    lower = word.lower()
    words = english_words()
    if lower in words:
        return True
    for ending, replacement in _ENDINGS:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= 3 and stem + replacement in words:
            return True
    # A doubled final consonant before -ed/-ing ("stopped", "planning").
    for ending in ("ed", "ing", "er"):
        stem = lower[: -len(ending)]
        doubled = len(stem) >= 4 and stem[-1] == stem[-2]
        if lower.endswith(ending) and doubled and stem[:-1] in words:
            return True
    return False


def build_wordlist(sources: Iterable[Path], target: Path) -> int:
    """Write the compact list from plain word lists; returns the number of words."""
    words: set[str] = set()
    for source in sources:
        for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
            if _WORD.fullmatch(line):
                words.add(line)
    data = "\n".join(sorted(words)).encode("ascii") + b"\n"
    target.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return len(words)


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    out = Path(__file__).resolve().parent.parent / "data" / WORDLIST_RESOURCE
    count = build_wordlist([Path(a) for a in sys.argv[1:]], out)
    print(f"{out}: {count} words")
