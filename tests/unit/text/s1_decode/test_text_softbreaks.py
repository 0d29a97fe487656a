"""``softbreaks.join_soft_breaks``: syllables printed one per line at soft hyphens (pdftotext
-raw of Chromium PDFs) are joined back into their printed lines, keeping line numbers; a
page that only ends printed lines with soft hyphens keeps its lines."""

from __future__ import annotations

from newslayout.readers.text.s1_decode.softbreaks import cut_at_soft_hyphens, join_soft_breaks

SHY = "\u00ad"


def _lines(*lines: str) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


def test_syllables_join_into_the_printed_line() -> None:
    lines = _lines(
        f"Work on the li{SHY}", f"bra{SHY}", "ry", f"stop{SHY}", f"ped late, it was an{SHY}",
        "\u2010", f"noun{SHY}", f"ced by the coun{SHY}", "-", "cil.",
    )  # fmt: skip
    assert cut_at_soft_hyphens(lines)
    assert join_soft_breaks(lines) == [
        (1, "Work on the library"),
        (4, f"stopped late, it was an{SHY}"),  # a printed line's end: a sure break
        (7, f"nounced by the coun{SHY}"),
        (10, "cil."),
    ]


def test_capitals_go_on_after_capitals() -> None:
    lines = _lines(
        f"THE CROW{SHY}", f"DED bridge in Mort{SHY}", "\u2010", "dale", f"FAR{SHY}",
        f"MERS FROM Mund{SHY}", "-", "moor",
    )  # fmt: skip
    assert join_soft_breaks(lines) == [
        (1, f"THE CROWDED bridge in Mort{SHY}"),
        (4, "dale"),
        (5, f"FARMERS FROM Mund{SHY}"),
        (8, "moor"),
    ]


def test_soft_hyphen_before_a_capital_or_a_blank_stays() -> None:
    lines = _lines(f"a{SHY}", "-", f"b{SHY}", "-", f"ry{SHY}", "Next story", f"again{SHY}", "", "x")
    assert join_soft_breaks(lines)[2:] == lines[4:]


def test_soft_hyphens_ending_printed_lines_leave_the_page_alone() -> None:
    # pdftotext's default mode: soft hyphens end printed lines, even one-syllable lines.
    lines = _lines(f"The council met on Thurs{SHY}", "day and voted for the new", f"li{SHY}",
                   f"bra{SHY}", "ry.")  # fmt: skip
    assert not cut_at_soft_hyphens(lines)
    assert join_soft_breaks(lines) is lines
