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

A line ending in U+00AD followed by a line opening in lower case (or in capitals after a
capital: an opening set in capitals) is the same word going on:
the pieces are joined without a space (and the lone hyphen dropped), keeping the first
line's number. The text then has its printed lines back ("Work on the library"), and the
later stages see paragraphs, not one syllable per line. A soft hyphen followed by anything
else (a blank line, a capital) is left as it was: a sure break the dehyphenator resolves.
"""

from __future__ import annotations

Line = tuple[int, str]

SOFT_HYPHEN = "\u00ad"
#: A line holding only the hyphen glyph printed at a real line break.
_LONE_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _goes_on(before: str, text: str) -> bool:
    """The next piece goes on with the word: lower case, or capitals after capitals (a
    story's opening words set in capitals, "THE CROW\u00ad" / "DED bridge")."""
    first = text[:1]
    return first.islower() or (first.isupper() and before.rstrip(SOFT_HYPHEN)[-1:].isupper())


def join_soft_breaks(lines: list[Line]) -> list[Line]:
    """The page's lines with every word cut at a soft hyphen joined back together."""
    if not any(text.rstrip().endswith(SOFT_HYPHEN) for _, text in lines):
        return lines
    out: list[Line] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        index += 1
        while text.rstrip().endswith(SOFT_HYPHEN):
            after = index
            if after < len(lines) and lines[after][1].strip() in _LONE_HYPHENS:
                after += 1
            if after >= len(lines) or not _goes_on(text.rstrip(), lines[after][1].strip()):
                break
            text = text.rstrip()[:-1] + lines[after][1].strip()
            index = after + 1
        out.append((number, text))
    return out
