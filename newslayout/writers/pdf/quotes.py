"""Typographic quotes in the printed text: straight quotes set as the language prints them.

Issue text keeps its quotes as the source had them (often a mix: curly quotes from one
writer, straight apostrophes from another). The typesetter prints them consistently: every
apostrophe as ’, and straight double and single quotes as the opening or closing quote of the
issue's language (“…” and ‘…’ in English, „…“ and ‚…‘ in German, « … » and ‹ … › in French
with a narrow no-break space inside, «…» in Italian, Spanish and Portuguese...). Quotes already
curly are left as printed. Only the printed text changes, never the issue.

Opening or closing is decided from the character before the quote (start, space, an opening
bracket or dash: opening), the way every "smart quotes" feature does; an apostrophe is a
single quote between two letters or digits, or before a decade ("’90s"). The quote state runs
across a paragraph's inline runs (:class:`SmartQuotes` is fed run after run).
"""

from __future__ import annotations

from dataclasses import dataclass

#: (double open, double close, single open, single close) per language; French sets a
#: narrow no-break space inside its guillemets.
_QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "fr": ("\u00ab\u202f", "\u202f\u00bb", "\u2039\u202f", "\u202f\u203a"),
    "it": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "pt": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "nl": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "da": ("\u00bb", "\u00ab", "\u203a", "\u2039"),
    "sv": ("\u201d", "\u201d", "\u2019", "\u2019"),
    "fi": ("\u201d", "\u201d", "\u2019", "\u2019"),
    "pl": ("\u201e", "\u201d", "\u201a", "\u2019"),
    "cs": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "ru": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
}
#: Variants that quote differently from their language: Swiss German and Swiss French use
#: guillemets without spaces.
_VARIANTS: dict[str, tuple[str, str, str, str]] = {
    "de_ch": ("\u00ab", "\u00bb", "\u2039", "\u203a"),
    "fr_ch": ("\u00ab", "\u00bb", "\u2039", "\u203a"),
}
APOSTROPHE = "\u2019"
#: After one of these (or at the start) a quote opens.
_OPENS_AFTER = frozenset(" \t\u00a0\u202f([{\u2014\u2013-/\u201c\u2018\u201e\u00ab")
#: Before one of these a quote closes.
_CLOSES_BEFORE = frozenset(" \t\u00a0.,;:!?)]}>")


def quotes_for(language: str) -> tuple[str, str, str, str]:
    """The quotes of a language tag ("en", "de-CH", "fr_FR"); English when unknown."""
    tag = language.replace("-", "_").lower()
    if tag in _VARIANTS:
        return _VARIANTS[tag]
    return _QUOTES.get(tag.split("_")[0], _QUOTES["en"])


@dataclass(slots=True)
class SmartQuotes:
    """Sets straight quotes in one paragraph's text, fed run by run (:meth:`feed`)."""

    marks: tuple[str, str, str, str]
    _before: str = ""
    _single_open: bool = False

    def feed(self, text: str) -> str:
        """``text`` with its straight quotes set; remembers its end for the next run."""
        if "'" not in text and '"' not in text:
            self._before = text[-1:] or self._before
            return text
        out: list[str] = []
        for i, ch in enumerate(text):
            before = text[i - 1] if i else self._before
            after = text[i + 1] if i + 1 < len(text) else ""
            # a quote right before a space or closing punctuation closes ("end." "), ...)
            opening = (not before or before in _OPENS_AFTER) and not (
                i + 1 < len(text) and after in _CLOSES_BEFORE
            )
            if ch == '"':
                out.append(self.marks[0] if opening else self.marks[1])
            elif ch == "'":
                out.append(self._single(before, after, opening))
            else:
                out.append(ch)
        self._before = text[-1:] or self._before
        return "".join(out)

    def _single(self, before: str, after: str, opening: bool) -> str:
        if before.isalnum() and after.isalnum():
            return APOSTROPHE  # "don't", "harbour's"
        if opening:
            if after.isdigit():
                return APOSTROPHE  # "’90s"
            self._single_open = True
            return self.marks[2]
        if self._single_open:
            self._single_open = False
            return self.marks[3]
        return APOSTROPHE  # "the boats' owners": no single quote is open


def smart_quotes(text: str, language: str) -> str:
    """One text with its straight quotes set for ``language``."""
    return SmartQuotes(quotes_for(language)).feed(text)
