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


#: Break points: at least this many letters before a break, and after it (newspaper practice;
#: a two-letter tail such as "elev-/en" or "high-/er" reads as a mistake).
LEFT, RIGHT = 2, 3

#: A bare language means its main printing variety: "en" is set as American English (pyphen's
#: bare "en" patterns are British: "lib-rary", "resid-ents"); "en-GB" asks for British.
_VARIETY = {"en": "en_US", "de": "de_DE", "pt": "pt_PT", "nl": "nl_NL", "fr": "fr_FR"}


def dictionary_name(language: str) -> str | None:
    """The pyphen dictionary for a language tag ("en", "en-GB", "de_CH"...), or None."""
    tag = language.replace("-", "_")
    tag = _VARIETY.get(tag.lower(), tag)
    found: str | None = pyphen.language_fallback(tag)
    return found


@cache
def _dictionary(language: str) -> pyphen.Pyphen | None:
    found = dictionary_name(language)
    if found is None:
        return None
    return pyphen.Pyphen(lang=found, left=LEFT, right=RIGHT)


def hyphenator_for(language: str, log: Log) -> Hyphenator | None:
    """The hyphenator for ``language`` ("en", "de-CH"...), or None with a diagnostic."""
    if not language:
        return None
    dictionary = _dictionary(language)
    if dictionary is None:
        log.add(NO_HYPHENATION, f"no hyphenation patterns for language {language!r}")
        return None
    return _hyphenator(language)


@cache
def _hyphenator(language: str) -> Hyphenator:
    """One hyphenator per language for the life of the process: the line breaker memoises
    measurements per hyphenator (:mod:`.breaking`), so the same one must come back."""
    dictionary = _dictionary(language)
    assert dictionary is not None

    def hyphenate(word: str) -> Iterator[tuple[str, str]]:
        # Names are not broken (house practice, and a broken "Mar-guerite" in a bold
        # letter signature would read as a heading to a reader of the page).
        if len(word) < MIN_WORD or word[:1].isupper():
            return iter(())
        return iter(dictionary.iterate(word))

    return hyphenate
