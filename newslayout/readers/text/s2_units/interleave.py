"""Columns interleaved line by line: say so once, and suggest reading the PDF.

pdftotext's default mode reads side-by-side columns whose baselines line up one line at a
time (column A's line, column B's line, A's next line ...), each line a block of its own.
The text then shows it plainly: many one-line blocks that are pieces of a sentence (they
open in lower case and stop mid-sentence: "real rescue last Thursday, when two"). A clean
extraction (default mode on other layouts, ``-raw``, hand-made or unwrapped text) has none:
its paragraphs are blocks of several lines. Pairing such lines back was tried and the text
alone could not tell the cycle length safely (docs/text-reader.md, weak spot 1); the
reader joins what it can (a lower-case piece goes on with the story whose paragraph is
open) and reports the file once instead of guessing more.

The same happens a word at a time: justified columns with wide word spaces (headless
Chromium's text layer) make pdftotext take every word gap for a column gap, so a page comes
out as one block per word, the words of side-by-side columns alternating ("Small" /
"orchard" / "The" / "costly"). Such a page has few sentence pieces of 15 characters, but a
large share of one-word blocks, which clean text never has (at most 4 blocks and 25% of a
page on every committed set and every Typst or WeasyPrint page of the generated seeds);
pairing the words back was tried and reads no better (docs/text-reader.md, "pdftotext
modes"), so such a page is reported the same way.
"""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.units import ends_sentence, split_blocks
from newslayout.readers.text.types import NumberedLine

#: Fewest sentence pieces alone in their block on a page before it is reported, and their
#: least share of the page's text lines.
MIN_PIECES = 5
MIN_SHARE = 0.04
#: A piece shorter than this may be a word or two of a caption or a list.
PIECE_CHARS = 15
#: Fewest one-word blocks on a page for its words to be scattered, and their least share of
#: the page's blocks.
MIN_WORDS = 20
MIN_WORD_SHARE = 0.3


def sentence_pieces(lines: list[NumberedLine]) -> list[int]:
    """Line numbers of one-line blocks that open in lower case and stop mid-sentence."""
    return [
        block[0][0]
        for block in split_blocks(lines)
        if len(block) == 1
        and block[0][1][:1].islower()
        and len(block[0][1]) >= PIECE_CHARS
        and not ends_sentence(block[0][1])
    ]


def scattered_words(lines: list[NumberedLine]) -> list[int]:
    """Line numbers of the page's one-word blocks with a lower-case letter (not a figure,
    not a word in capitals: a folio, a page number or a kicker stands alone by design), when
    they are many and a large share of its blocks, else []."""
    blocks = list(split_blocks(lines))
    words = [
        block[0][0]
        for block in blocks
        if len(block) == 1
        and len(block[0][1].split()) == 1
        and any(c.islower() for c in block[0][1])
    ]
    return words if len(words) >= MIN_WORDS and len(words) >= MIN_WORD_SHARE * len(blocks) else []


def interleaved(lines: list[NumberedLine]) -> list[int]:
    """The sentence pieces (else the scattered words) of a page whose columns come
    interleaved, else []."""
    pieces = sentence_pieces(lines)
    text = sum(1 for _, line in lines if line.strip())
    if len(pieces) >= MIN_PIECES and len(pieces) >= MIN_SHARE * text:
        return pieces
    return scattered_words(lines)


def report(pages: list[list[NumberedLine]], log: Log) -> None:
    """One diagnostic for the file, naming the pages whose columns are interleaved."""
    found = [(n, p) for n, p in ((n, interleaved(p)) for n, p in enumerate(pages, 1)) if p]
    if not found:
        return
    names = ", ".join(str(n) for n, _ in found)
    log.add(
        codes.COLUMNS_INTERLEAVED,
        f"the extraction interleaves side-by-side columns line by line on page(s) {names}"
        f" ({sum(len(p) for _, p in found)} sentence pieces or words alone in their block);"
        " stories"
        " there may be mixed: read the PDF itself (newslayout convert issue.pdf) or extract"
        " it with pdftotext -raw",
        line=found[0][1][0],
    )
