"""``softbreaks.join_soft_breaks``: syllables printed one per line at soft hyphens (pdftotext
-raw of Chromium PDFs) are joined back into their printed lines, keeping line numbers."""

from __future__ import annotations

from newslayout.readers.text.softbreaks import join_soft_breaks


def _lines(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), start=1))


def test_syllables_join_into_the_printed_line() -> None:
    lines = _lines("Work on the li\u00ad\nbra\u00ad\nry\nstopped late on Thursday.")
    assert join_soft_breaks(lines) == [
        (1, "Work on the library"),
        (4, "stopped late on Thursday."),
    ]


def test_lone_hyphen_of_a_real_break_is_dropped() -> None:
    lines = _lines("the mill was an\u00ad\n\u2010\nnoun\u00ad\nced this spring")
    assert join_soft_breaks(lines) == [(1, "the mill was announced this spring")]


def test_soft_hyphen_before_a_capital_or_a_blank_stays() -> None:
    lines = _lines("a sure break\u00ad\nNext story\nanother\u00ad\n\nlater")
    assert join_soft_breaks(lines) == lines


def test_text_without_soft_hyphens_is_returned_as_is() -> None:
    lines = _lines("One line.\nAnother - with a dash -\n-")
    assert join_soft_breaks(lines) is lines


def test_capitals_go_on_after_capitals() -> None:
    lines = _lines("THE CROW\u00ad\nDED bridge in Mortdale\nFAR\u00ad\nMERS FROM Mundmoor")
    assert join_soft_breaks(lines) == [
        (1, "THE CROWDED bridge in Mortdale"),
        (3, "FARMERS FROM Mundmoor"),
    ]
