"""Small shared types of the text reader.

One definition per concept, so that modules of the text reader do not each spell their own
alias, and so that the text reader's names do not clash with the PDF reader's (whose ``Line``
is a line of drawn glyphs, not a numbered line of text).
"""

from __future__ import annotations

#: One line of an extracted text page: its 1-based line number in the source file and its text
#: (``units.split_pages``); the number is kept for provenance and diagnostics.
NumberedLine = tuple[int, str]
