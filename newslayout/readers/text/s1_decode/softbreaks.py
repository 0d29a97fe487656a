"""Words cut at every soft hyphen (``pdftotext -raw`` of Chromium PDFs) -> whole lines.

Chromium sets hyphenated, justified text as one text run per syllable: each run after a
possible break point (U+00AD) starts where the previous one ends, and ``pdftotext -raw``
puts every run on a line of its own. Where the line really breaks, the visible hyphen
comes as a line of its own too (U+2010)::

    Work on the li\u00ad
    bra\u00ad
    ry
    he regional mill was an\u00ad
    \u2010
    noun\u00ad
    ced this spring

On such a page (lone hyphens under soft hyphens), a line
ending in U+00AD followed by a line opening in lower case (or in capitals after a capital:
an opening set in capitals) is the same word going on: the pieces are joined without a
space, keeping the first line's number. Before a lone hyphen the printed line ends: the
soft hyphen stays (a sure break the dehyphenator resolves) and the glyph goes. The text
then has its printed lines back ("Work on the library"), and the later stages see
paragraphs, not one syllable per line. A soft hyphen followed by anything else (a blank
line, a capital) is left as it was.
"""

from __future__ import annotations

from itertools import pairwise

from newslayout.readers.text.types import NumberedLine

SOFT_HYPHEN = "\u00ad"
#: Fewest lone hyphens under a soft hyphen on a page that prints a syllable per line.
MIN_LONE_HYPHENS = 2
#: A line holding only the hyphen glyph printed at a real line break.
_LONE_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _goes_on(before: str, text: str) -> bool:
    """The next piece goes on with the word: lower case, or capitals after capitals (a
    story's opening words set in capitals, "THE CROW\u00ad" / "DED bridge")."""
    first = text[:1]
    return first.islower() or (first.isupper() and before.rstrip(SOFT_HYPHEN)[-1:].isupper())


def cut_at_soft_hyphens(lines: list[NumberedLine]) -> bool:
    """The page prints words a syllable per line: a lone hyphen stands under a soft hyphen
    (the glyph of a printed line's end, which this extraction puts on a line of its own)
    more than once. Elsewhere a soft hyphen at a line end is a printed line's end
    (pdftotext's default mode), left for the dehyphenator so the printed lines keep their
    lengths, even where a narrow column holds one syllable on a line."""
    lone = sum(
        1
        for (_, above), (_, text) in pairwise(lines)
        if text.strip() in _LONE_HYPHENS and above.rstrip().endswith(SOFT_HYPHEN)
    )
    return lone >= MIN_LONE_HYPHENS


def join_soft_breaks(lines: list[NumberedLine]) -> list[NumberedLine]:
    """The page's lines with every word cut at a soft hyphen inside a printed line joined
    back together; at a printed line's end (a lone hyphen under it) the soft hyphen stays,
    a sure break, and the lone hyphen goes."""
    if not cut_at_soft_hyphens(lines):
        return lines
    out: list[NumberedLine] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        index += 1
        while text.rstrip().endswith(SOFT_HYPHEN) and index < len(lines):
            following = lines[index][1].strip()
            if following in _LONE_HYPHENS:
                index += 1  # the printed line ends here: keep the break, drop the glyph
                break
            if not _goes_on(text.rstrip(), following):
                break
            text = text.rstrip()[:-1] + following
            index += 1
        out.append((number, text))
    return out
