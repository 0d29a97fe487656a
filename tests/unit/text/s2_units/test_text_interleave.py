"""s2_units/interleave: pages whose columns pdftotext interleaved, by sentence pieces or by
words scattered one to a block (justified columns with wide word spaces)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.interleave import (
    MIN_WORDS,
    interleaved,
    report,
    scattered_words,
)
from newslayout.readers.text.types import NumberedLine

#: Two justified columns read a word at a time, alternating: "The harbour board ..." and
#: "Schools across the county ...".
LEFT = str.split("The harbour board voted on Tuesday to build a new pier for the ferries")
RIGHT = str.split("Schools across the county will open late next week while the old heating is")


def _page(blocks: list[str]) -> list[NumberedLine]:
    lines: list[str] = []
    for block in blocks:
        lines += [*block.split("\n"), ""]
    return list(enumerate(lines, start=1))


def _scattered() -> list[NumberedLine]:
    words = [w for pair in zip(LEFT, RIGHT, strict=True) for w in pair]
    return _page(["The Harbor Ledger", "Ferry pier approved", *words])


def test_words_one_to_a_block_are_scattered() -> None:
    page = _scattered()
    found = scattered_words(page)
    assert len(found) >= MIN_WORDS
    assert interleaved(page) == found


def test_a_few_lone_words_are_no_scatter() -> None:
    # Folios, kickers and page numbers stand alone by design; capitals and figures never
    # count, and a handful of lower-case words is under the threshold.
    paragraph = "The harbour board voted on Tuesday to build a new pier.\nIt will open in May."
    blocks = ["SPORT", "A3", "12", "Inside", "Weather", "Ferry pier approved", paragraph] * 3
    assert scattered_words(_page(blocks)) == []
    assert interleaved(_page(blocks)) == []


def test_lone_words_among_many_blocks_are_no_scatter() -> None:
    # Enough one-word blocks, but under the share of the page's blocks.
    paragraph = "The harbour board voted on Tuesday to build a new pier.\nIt will open in May."
    blocks = ["Inside"] * MIN_WORDS + [paragraph] * (3 * MIN_WORDS)
    assert scattered_words(_page(blocks)) == []


def test_scattered_page_is_reported_once_with_its_pages() -> None:
    log = Log()
    clean = _page(["Ferry pier approved", "The harbour board voted on Tuesday.\nIt is done."])
    report([clean, _scattered(), _scattered()], log)
    found = [d for d in log.items if d.code == codes.COLUMNS_INTERLEAVED.id]
    assert len(found) == 1
    assert "page(s) 2, 3" in found[0].message
    assert "read the PDF itself" in found[0].message
