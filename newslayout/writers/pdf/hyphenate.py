"""Hyphenation for justified columns, from pyphen's dictionaries.

ReportLab accepts a callable hyphenator (word -> candidate split pairs). Building one pyphen
dictionary per paragraph, as ReportLab does when given a language name, would dominate the
writer's run time on a dense issue, so each language's dictionary is built once here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

import pyphen

from newslayout.diagnostics import Log, Severity, define

NO_HYPHENATION = define(
    "render-no-hyphenation",
    Severity.INFO,
    "No hyphenation dictionary for the language; columns are justified without hyphens.",
)

Hyphenator = Callable[[str], Iterator[tuple[str, str]]]

#: Words shorter than this are never hyphenated (newspaper practice: at least 3 + 2 letters).
MIN_WORD = 6


@cache
def _dictionary(language: str) -> pyphen.Pyphen | None:
    found = pyphen.language_fallback(language.replace("-", "_"))
    if found is None:
        return None
    return pyphen.Pyphen(lang=found, left=3, right=2)


def hyphenator_for(language: str, log: Log) -> Hyphenator | None:
    """The hyphenator for ``language`` ("en", "de-CH"...), or None with a diagnostic."""
    if not language:
        return None
    dictionary = _dictionary(language)
    if dictionary is None:
        log.add(NO_HYPHENATION, f"no hyphenation patterns for language {language!r}")
        return None

    def hyphenate(word: str) -> Iterator[tuple[str, str]]:
        # Names are not broken (house practice, and a broken "Mar-guerite" in a bold
        # letter signature would read as a heading to a reader of the page).
        if len(word) < MIN_WORD or word[:1].isupper():
            return iter(())
        return iter(dictionary.iterate(word))

    return hyphenate
