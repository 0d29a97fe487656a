"""Line-end hyphens: a hyphen-minus is a compound's own where the issue breaks with U+2010."""

from __future__ import annotations

from newslayout.readers.pdf.s5_compose.normalize import (
    dehyphenator_for,
    hyphen_minus_is_hard,
    lines_text,
)
from newslayout.readers.pdf.types import Line
from pdf.builders import line_words


def lines(*texts: str) -> list[Line]:
    return [Line(words=tuple(line_words(t, 0, 12 * i))) for i, t in enumerate(texts)]


def test_browser_style_issue_keeps_a_line_end_hyphen_minus() -> None:
    issue = lines(
        "a salt-water cell with a tele\u2010",
        "scope and a cheap, non-",
        "flammable case",
    )
    assert hyphen_minus_is_hard(issue)
    text = lines_text(issue, dehyphenator_for(issue))
    assert text == "a salt-water cell with a telescope and a cheap, non-flammable case"


def test_latex_style_issue_decides_a_hyphen_minus_by_evidence() -> None:
    issue = lines("a salt-water cell with a tele-", "scope and a cheap, emerg-", "ing case")
    assert not hyphen_minus_is_hard(issue)
    assert lines_text(issue, dehyphenator_for(issue)) == (
        "a salt-water cell with a telescope and a cheap, emerging case"
    )
