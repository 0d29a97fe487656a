"""A page's index strip or index box, read from its lines before they become units.

A front page lists sections with the page each is on ("INSIDE Sport 2 · Arts Page 9"); the
entries are teasers, never article text. The entry cues are the PDF reader's
(``newslayout.cues.index``: titles, page labels, :func:`split_entries`); what a text
extraction keeps of the layout decides which lines form the strip or box:

- a **strip** on one line: an index title opening it, then entries; or two entries at least
  with a separator (``·``, ``|``) between every two;
- a **box**: an index title alone on its line over two or more lines of one entry each
  ("Sport página 2");
- a **split box**: the title over two or more lines of heads alone ("Health", "Travel"),
  when pdftotext printed the box's labels as a run of lines of a page label alone
  elsewhere on the page ("18", "Page 17"): the heads and labels pair in order when the run
  has as many labels as there are heads under the title (the labels were set in a column of
  their own beside the heads, and pdftotext read that column on its own).

A line of running text that mentions numbers never reads as a strip: it needs the title or
the separators, and every word must belong to an entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslayout.cues.index import (
    SEPARATORS,
    entry_head,
    is_index_title,
    page_label,
    split_entries,
    title_words,
)
from newslayout.cues.masthead import parse_issue_number, parse_volume_alone, parse_volume_number
from newslayout.readers.text.types import NumberedLine

#: Fewest entries of a box (under a title) or of an untitled strip (with separators).
MIN_ENTRIES = 2
#: Most words of a strip's line (a dozen entries of a few words; a longer line is text,
#: and is not worth the cost of trying every word as a page label).
MAX_STRIP_WORDS = 60
#: Most words of a head standing alone on its line in a split box ("Health", "Real estate").
MAX_ALONE_HEAD_WORDS = 3


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One entry of an index: its head, its page label ("A23", "19"), the pointer as
    printed ("Page 19") and the source lines it was read from."""

    head: str
    label: str
    printed: str
    lines: tuple[int, ...]


def _masthead(text: str) -> bool:
    """A volume and number line ("Vol. 61 · No. 2", "Year 12 · Issue 301") reads like two
    entries: the masthead cues claim it first."""
    return (
        parse_volume_number(text) is not None
        or parse_issue_number(text) is not None
        or parse_volume_alone(text) is not None
    )


def _strip(tokens: list[str]) -> list[tuple[str, str, str]]:
    """(head, label, printed) of a one-line strip, or empty."""
    if len(tokens) > MAX_STRIP_WORDS or _masthead(" ".join(tokens)):
        return []
    start = title_words(tokens)
    if start and not _set_apart(tokens, start):
        start = 0
    spans = split_entries(tokens, start=start)
    if not spans:
        return []
    if not start:
        # no title: a separator between every two entries, two entries at least
        if len(spans) < MIN_ENTRIES:
            return []
        if any(tokens[s.head.start - 1] not in SEPARATORS for s in spans[1:]):
            return []
    return [(entry_head(tokens, s), s.label, " ".join(tokens[s.pointer])) for s in spans]


def _set_apart(tokens: list[str], start: int) -> bool:
    """A title opening a line is set apart from running text ("Today the mayor said 4"
    opens a sentence): in capitals, or closed by a colon or a separator."""
    title = " ".join(tokens[:start])
    after = tokens[start] if start < len(tokens) else ""
    return title.isupper() or title.endswith(":") or after in SEPARATORS


def _entry_line(text: str) -> tuple[str, str, str] | None:
    """(head, label, printed) of a line holding exactly one entry ("Sport página 2")."""
    tokens = text.split()
    if len(tokens) > MAX_STRIP_WORDS:
        return None
    spans = split_entries(tokens) if not _masthead(text) else []
    if len(spans) != 1:
        return None
    return entry_head(tokens, spans[0]), spans[0].label, " ".join(tokens[spans[0].pointer])


def _alone_head(text: str) -> bool:
    """A head standing alone on its line: a short name, no label, no sentence."""
    words = text.split()
    return (
        0 < len(words) <= MAX_ALONE_HEAD_WORDS
        and words[0][:1].isupper()
        and page_label(text) is None
        and not text.rstrip().endswith((".", ",", ";", ":", "?", "!"))
        and any(sum(c.isalpha() for c in w) >= 2 for w in words)
        and not is_index_title(text)
    )


def _label_runs(lines: list[NumberedLine], taken: set[int]) -> list[list[int]]:
    """Runs of consecutive lines (indexes into ``lines``) each holding a page label alone."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, (_, text) in enumerate(lines):
        if i not in taken and text.strip() and page_label(text) is not None:
            current.append(i)
            continue
        if len(current) >= MIN_ENTRIES:
            runs.append(current)
        current = []
    if len(current) >= MIN_ENTRIES:
        runs.append(current)
    return runs


def _box(lines: list[NumberedLine], i: int, taken: set[int]) -> list[IndexEntry]:
    """The entries of a box whose title is ``lines[i]``: one entry a line, else heads alone
    paired with a run of labels of the same count."""
    rows = [j for j in range(i + 1, len(lines)) if lines[j][1].strip()]
    entries: list[IndexEntry] = []
    for j in rows:
        found = _entry_line(lines[j][1]) if j not in taken else None
        if found is None:
            break
        entries.append(IndexEntry(*found, lines=(lines[j][0],)))
    if len(entries) >= MIN_ENTRIES:
        taken.update(rows[: len(entries)])
        return entries
    heads: list[int] = []
    for j in rows:
        if j in taken or not _alone_head(lines[j][1]):
            break
        heads.append(j)
    runs = [r for r in _label_runs(lines, taken | set(heads)) if len(r) <= len(heads)]
    if not runs:
        return []
    # the nearest run of as many labels as heads, else the longest shorter one
    run = min(runs, key=lambda r: (len(heads) - len(r), min(abs(k - i) for k in r)))
    out = [
        IndexEntry(
            lines[h][1].strip(),
            str(page_label(lines[k][1])),
            lines[k][1].strip(),
            lines=(lines[h][0], lines[k][0]),
        )
        for h, k in zip(heads, run, strict=False)
    ]
    taken.update(heads[: len(run)])
    taken.update(run)
    return out


def _has_blocks(lines: list[NumberedLine]) -> bool:
    """Whether a blank line stands between two lines of text (a trailing one does not)."""
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()]
    return bool(filled) and any(not text.strip() for _, text in lines[filled[0] : filled[-1] + 1])


def take_index(lines: list[NumberedLine]) -> tuple[list[NumberedLine], list[IndexEntry]]:
    """The page's lines without its index strips and boxes, and their entries in order."""
    taken: set[int] = set()
    entries: list[IndexEntry] = []
    for i, (number, text) in enumerate(lines):
        if i in taken or not text.strip():
            continue
        if is_index_title(text):
            found = _box(lines, i, taken)
            if found:
                taken.add(i)
                entries.extend(found)
            continue
        strip = _strip(text.split())
        if strip:
            taken.add(i)
            entries.extend(IndexEntry(*entry, lines=(number,)) for entry in strip)
    if not taken:
        return lines, []
    # a page whose blocks blank lines set apart keeps them apart (a taken line leaves a
    # blank one); a page without (pdftotext -raw) stays one block
    blanks = _has_blocks(lines)
    kept = [
        (n, "" if i in taken else text)
        for i, (n, text) in enumerate(lines)
        if blanks or i not in taken
    ]
    return kept, entries
