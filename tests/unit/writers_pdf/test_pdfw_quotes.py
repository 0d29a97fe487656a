"""Typographic quotes: straight quotes printed as the issue's language sets them."""

from __future__ import annotations

import pytest

from newslayout.model import Run
from newslayout.styles import load_style
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.quotes import SmartQuotes, quotes_for, smart_quotes
from newslayout.writers.pdf.typeset import TypeSet


@pytest.mark.parametrize(
    ("language", "text", "printed"),
    [
        (
            "en",
            '"We watched," said the harbour\'s chair.',
            "“We watched,” said the harbour’s chair.",
        ),
        (
            "en",
            "the boats' owners said 'no' in the '90s",
            "the boats’ owners said ‘no’ in the ’90s",
        ),
        ("en-GB", "'Fine', she said.", "‘Fine’, she said."),
        ("de", "Er sagte: \"Das ist 'gut'.\"", "Er sagte: „Das ist ‚gut‘.“"),
        ("de-CH", '("Ja")', "(«Ja»)"),
        ("fr", 'Il a dit "bonjour" hier.', "Il a dit «\u202fbonjour\u202f» hier."),
        ("it", 'Ha detto "sì".', "Ha detto «sì»."),
        ("xx", '"Hello"', "“Hello”"),  # an unknown language quotes as English
    ],
)
def test_straight_quotes_are_set_for_the_language(language: str, text: str, printed: str) -> None:
    assert smart_quotes(text, language) == printed


def test_curly_quotes_stay_as_printed() -> None:
    assert smart_quotes("„Schon“ gesagt", "en") == "„Schon“ gesagt"


def test_the_quote_state_runs_across_inline_runs() -> None:
    quoting = SmartQuotes(quotes_for("en"))
    parts = [quoting.feed(t) for t in ('He said "', "never", '" twice.')]
    assert "".join(parts) == "He said “never” twice."


def test_the_typesetter_prints_them_and_leaves_the_issue_text_alone() -> None:
    register_fonts()
    ts = TypeSet(load_style("default"), None, "de")
    run = Run(text='Sie sagte: "Ja".')
    para = ts.runs("body", [run])
    assert "„Ja“" in para.text
    assert run.text == 'Sie sagte: "Ja".'
    assert "„Nein“" in ts.markup("headline", '"Nein"')
    english = TypeSet(load_style("default"), None)
    assert "don’t" in english.markup("body", "don't")
