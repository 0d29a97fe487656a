"""The words printed on the source pages, for what the model does not locate by itself.

The model carries a box for every block, but not for three things the overlay draws: which of
an article's header boxes is the kicker, the headline or the deck; where a credit or a dateline
sits; and which printed text was read into nothing at all. Those are found here from the words
pdfplumber extracts, never by changing what the reader produced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from newslayout.geometry import Box

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Word:
    """One printed word and its box (pdfplumber's top-left coordinates, pt)."""

    text: str
    box: Box

    @property
    def key(self) -> str:
        """The word compared loosely: letters and digits only, case folded."""
        return "".join(_TOKEN.findall(self.text)).casefold()


def tokens(text: str) -> list[str]:
    """Loose tokens of a text (as :attr:`Word.key` makes them)."""
    return [t.casefold() for t in _TOKEN.findall(text)]


def page_words(
    source: Path, pages: Iterable[int], *, password: str | None = None
) -> dict[int, list[Word]]:
    """The words of the listed pages (1-based). A page pdfplumber cannot read has none."""
    wanted = set(pages)
    out: dict[int, list[Word]] = {}
    with pdfplumber.open(source, password=password or "") as pdf:
        for index, page in enumerate(pdf.pages, 1):
            if index not in wanted:
                continue
            try:
                raw = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            except Exception:  # a damaged page: the reader reported it already; draw no words
                raw = []
            out[index] = [
                Word(str(w["text"]), Box(x0=w["x0"], top=w["top"], x1=w["x1"], bottom=w["bottom"]))
                for w in raw
            ]
            page.close()  # pdfplumber caches every object of a page; free them as we go
    return out


def centre_inside(word: Word, box: Box, slack: float = 1.5) -> bool:
    """True when the word's centre lies in ``box`` grown by ``slack`` pt."""
    cx = (word.box.x0 + word.box.x1) / 2
    cy = (word.box.top + word.box.bottom) / 2
    return box.x0 - slack <= cx <= box.x1 + slack and box.top - slack <= cy <= box.bottom + slack


def words_in(words: Sequence[Word], box: Box) -> list[Word]:
    """The words whose centre is inside ``box``."""
    return [w for w in words if centre_inside(w, box)]


def find_phrase(words: Sequence[Word], text: str, near: Box | None = None) -> Box | None:
    """The box of the words that print ``text`` (compared loosely), the nearest to ``near``.

    Words are scanned in pdfplumber's order (line by line), so a phrase broken over two lines
    is still found when it continues on the next one.
    """
    want = tokens(text)
    if not want:
        return None
    keys = [w.key for w in words]
    joined = "".join(want)
    found: list[Box] = []
    for start, key in enumerate(keys):
        if not key or not joined.startswith(key):
            continue
        box = _match_from(words, keys, start, want)
        if box is not None:
            found.append(box)
    if not found:
        return None
    if near is None:
        return found[0]
    return min(found, key=lambda b: _distance(b, near))


def _match_from(words: Sequence[Word], keys: list[str], start: int, want: list[str]) -> Box | None:
    joined = "".join(want)
    got = ""
    box: Box | None = None
    for index in range(start, len(words)):
        key = keys[index]
        if not key:
            continue
        got += key
        box = words[index].box if box is None else box.union(words[index].box)
        if got == joined:
            return box
        if not joined.startswith(got):
            return None
    return None


def _distance(a: Box, b: Box) -> float:
    dx = max(0.0, max(a.x0, b.x0) - min(a.x1, b.x1))
    dy = max(0.0, max(a.top, b.top) - min(a.bottom, b.bottom))
    return dx + dy


def line_boxes(words: Sequence[Word]) -> list[Box]:
    """Words merged into line boxes: same line (overlapping vertically), close horizontally."""
    lines: list[Box] = []
    for word in sorted(words, key=lambda w: (round(w.box.top), w.box.x0)):
        b = word.box
        last = lines[-1] if lines else None
        if (
            last is not None
            and last.vertical_overlap(b) > 0.5 * min(last.height, b.height)
            and b.x0 - last.x1 < 2.0 * max(b.height, 1.0)
        ):
            lines[-1] = last.union(b)
        else:
            lines.append(b)
    return lines
