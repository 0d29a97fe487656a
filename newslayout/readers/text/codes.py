"""Diagnostic codes of the text reader (declared here, imported by the package)."""

from __future__ import annotations

from newslayout.diagnostics import Severity, define

ENCODING_FALLBACK = define(
    "text-encoding-fallback",
    Severity.WARNING,
    "The text is not UTF-8 or UTF-16; it was decoded as cp1252 or latin-1.",
)
DECODE_ERRORS = define(
    "text-decode-errors",
    Severity.WARNING,
    "Some bytes could not be decoded in the chosen encoding and were replaced.",
)
CONTROL_CHARACTERS = define(
    "text-control-characters",
    Severity.WARNING,
    "Control characters that no XML can hold were removed from the text.",
)
NO_STRUCTURE = define(
    "text-no-structure",
    Severity.WARNING,
    "No headline was recognised; the whole text was read as one article's body.",
)
NO_HEADLINE = define(
    "text-no-headline",
    Severity.WARNING,
    "Body text with no headline before it was read as an article without a headline.",
)
JUMP_TARGET_MISSING = define(
    "text-jump-target-missing",
    Severity.WARNING,
    "A jump line points to a page that is not in the file; the jump is kept, unresolved.",
)
UNMATCHED_JUMP = define(
    "text-unmatched-jump",
    Severity.WARNING,
    "A jump line whose other part was not found on the page it names.",
)
PARAGRAPH_JOINED = define(
    "text-paragraph-joined",
    Severity.INFO,
    "Two text blocks were joined into one paragraph because the first ends mid-sentence.",
)
HEADLINE_GUESS = define(
    "text-headline-guess",
    Severity.INFO,
    "A short line with no byline after it was taken as a headline (it may be a subhead).",
)
CAPTION_GUESS = define(
    "text-caption-guess",
    Severity.INFO,
    "A block before a separate credit line was taken as that figure's caption.",
)
JUMP_MOVED = define(
    "text-jump-moved",
    Severity.INFO,
    "A jump line was moved to the article whose words its continuation's head repeats.",
)
BOX_GUESS = define(
    "text-box-guess",
    Severity.INFO,
    "A title over an itemised block of its own was read as a box article, not a subhead.",
)
HEADLINE_ONLY = define(
    "text-headline-only",
    Severity.INFO,
    "A title with no text under it before the next story's header was read as an article"
    " of its own with a headline only (a graphic's or a photo feature's title).",
)
COLUMNS_INTERLEAVED = define(
    "text-columns-interleaved",
    Severity.WARNING,
    "The extraction interleaves side-by-side columns line by line; stories on the page may"
    " be mixed.",
)
