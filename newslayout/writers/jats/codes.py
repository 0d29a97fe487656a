"""Diagnostic codes of the JATS area: the strict per-article export and DTD validation.

They live in one module so that importing ``newslayout.writers.jats`` (listed in
``diagnostics.CODE_MODULES``) declares every code of the area, including the ones that
:mod:`newslayout.dtd` reports, without the generic validator having to import the writer.
"""

from __future__ import annotations

from newslayout.diagnostics import Severity, define

MISSING_PUBLISHER = define(
    "jats-missing-publisher",
    Severity.INFO,
    "No publisher name was given, so journal-meta has no publisher.",
)
MISSING_DATE = define(
    "jats-missing-date",
    Severity.WARNING,
    "The issue has no usable ISO date, so the articles have no pub-date.",
)
DATE_RANGE = define(
    "jats-date-range",
    Severity.INFO,
    "The issue is dated with a range; pub-date carries its first day.",
)
INVALID_CHARACTER = define(
    "jats-invalid-character",
    Severity.WARNING,
    "Characters that XML 1.0 forbids were removed from the exported text.",
)
DROPPED_BLOCK = define(
    "jats-dropped-block",
    Severity.WARNING,
    "A body block with no content that JATS could hold was left out of the export.",
)
MISSING_IMAGE = define(
    "jats-missing-image",
    Severity.WARNING,
    "A figure's image is neither loaded nor found beside the input; only its href is kept.",
)
UNSAFE_HREF = define(
    "jats-unsafe-href",
    Severity.WARNING,
    "An image href is absolute or leaves its folder; it is kept as a reference, not copied.",
)
RENAMED_ID = define(
    "jats-renamed-id",
    Severity.WARNING,
    "An article or figure id is not a usable file name or XML ID (or is taken); renamed.",
)
BAD_LANGUAGE = define(
    "jats-bad-language",
    Severity.WARNING,
    "The issue language is not a language tag; xml:lang was left out.",
)
MISSING_HEADLINE = define(
    "jats-missing-headline",
    Severity.WARNING,
    "An article has no headline, so its article-title is empty.",
)
GUESSED_NAME = define(
    "jats-guessed-name",
    Severity.INFO,
    "A contributor's surname and given names were split from the printed name by the export.",
)
NO_ARTICLES = define(
    "jats-no-articles",
    Severity.WARNING,
    "The issue has no articles, so the JATS export wrote no file.",
)
DTD_INVALID = define(
    "dtd-invalid",
    Severity.ERROR,
    "The document does not conform to the DTD it was validated against.",
)
