"""U+2010 and U+2011 printed inside a word are the hyphen: the text spells it "-" (no PDF).

A display face (a deck) or a small-caps byline may print "two‐year" with U+2010 where the
body prints "two-year"; one word must not get two spellings in the issue.
"""

from __future__ import annotations

from newslayout.cues.sentences import clean
from newslayout.readers.pdf.s5_compose.normalize import dehyphenator_for, lines_text, lines_to_runs
from newslayout.readers.pdf.types import Line
from pdf.builders import line_words


def lines(*texts: str) -> list[Line]:
    return [Line(words=tuple(line_words(t, 0, 12 * i))) for i, t in enumerate(texts)]


def test_a_hyphen_inside_a_word_is_spelled_with_hyphen_minus() -> None:
    deck = lines("a two\u2010year trial of four", "non\u2011stop trains")
    assert lines_text(deck, dehyphenator_for(deck)) == "a two-year trial of four non-stop trains"


def test_a_kept_line_end_compound_hyphen_is_spelled_with_hyphen_minus() -> None:
    body = lines("a cheap, low\u2010", "carbon plan")
    runs = lines_to_runs(body, dehyphenator_for(body))
    assert "".join(r.text for r in runs) == "a cheap, low-carbon plan"


def test_a_line_end_break_still_joins() -> None:
    body = lines("the tele\u2010", "scope")
    assert lines_text(body, dehyphenator_for(body)) == "the telescope"


def test_clean_spells_the_hyphen_in_headlines_and_bylines() -> None:
    assert clean(" BY MARISOL  TANAKA\u2010REID ") == "BY MARISOL TANAKA-REID"
