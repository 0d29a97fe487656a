"""The layout-mode pre-pass (``pdftotext -layout``: columns side by side on each line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslayout.readers.text.s1_decode.layout import is_layout_page, reorder_page
from newslayout.readers.text.s2_units.units import split_pages

CASES = Path(__file__).parents[1] / "cases"
CORPUS = Path(__file__).parents[3] / "corpus"
EXTRACTIONS = Path(__file__).parents[3] / "text"


def _numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), start=1))


def _columns(left: list[str], right: list[str], gap: int = 6) -> list[str]:
    width = max(len(x) for x in left) + gap
    return [(a.ljust(width) + b).rstrip() for a, b in zip(left, right, strict=True)]


LEFT = [
    "The ferry office replaced its paper",
    "timetables on Monday, and the first",
    "morning went smoothly, staff said.",
    "Screens now show the next sailings",
]
RIGHT = [
    "from every pier, with delays shown",
    "within a minute of being reported.",
    "The old racks will be recycled next",
    "month, the harbor master said.",
]


def test_two_columns_are_read_one_after_the_other() -> None:
    page = ["Ferry office switches to screens", "By Tessa Marlow", "", *_columns(LEFT, RIGHT)]
    out = reorder_page(_numbered("\n".join(page)))
    texts = [t for _, t in out if t]
    assert texts == ["Ferry office switches to screens", "By Tessa Marlow", *LEFT, *RIGHT]


def test_line_numbers_are_kept() -> None:
    page = ["Headline across the page", "", *_columns(LEFT, RIGHT)]
    out = reorder_page(_numbered("\n".join(page)))
    numbers = {t: n for n, t in out if t}
    assert numbers[LEFT[0]] == 3 and numbers[RIGHT[0]] == 3
    assert numbers[RIGHT[-1]] == 6


def test_spanning_line_between_column_rows_stays_in_place() -> None:
    caption = "A caption printed across both columns of the page, under the first row."
    page = [*_columns(LEFT, RIGHT), "", caption, "", *_columns(RIGHT, LEFT)]
    out = [t for _, t in reorder_page(_numbered("\n".join(page))) if t]
    assert out == [*LEFT, *RIGHT, caption, *RIGHT, *LEFT]


def test_single_blank_line_in_one_column_is_not_a_block_break() -> None:
    left = [*LEFT[:2], "", *LEFT[2:]]
    right = [*RIGHT[:2], "a line the other column prints lower", *RIGHT[2:]]
    page = _columns(left, right)
    out = reorder_page(_numbered("\n".join(page)))
    first_column = [t for _, t in out][: len(LEFT)]
    assert first_column == LEFT


def test_prose_is_left_alone() -> None:
    prose = "\n".join([*LEFT, "", "Two  spaces  after words are not a column.", *RIGHT])
    lines = _numbered(prose)
    assert not is_layout_page(lines)
    assert reorder_page(lines) == lines


def test_wide_gaps_without_a_gutter_are_left_alone() -> None:
    # Wide gaps on many lines, but at different places: no column runs down the page.
    lines = _numbered(
        "\n".join(["a" * k + "    " + "b" * (40 - k) for k in range(5, 35, 3)] + ["plain line"] * 2)
    )
    assert is_layout_page(lines)
    assert reorder_page(lines) == lines


_DEFAULT_MODE = [
    p
    for p in sorted(CORPUS.glob("*.txt"))
    + sorted(EXTRACTIONS.glob("*.txt"))
    + sorted(CASES.glob("*.txt"))
    if not p.name.startswith("layout-")
]


@pytest.mark.parametrize("path", _DEFAULT_MODE, ids=lambda p: p.name)
def test_default_mode_extractions_pass_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    for page in split_pages(text):
        assert reorder_page(page) is page


@pytest.mark.parametrize("name", ["layout-columns", "layout-side-by-side"])
def test_layout_cases_are_layout_pages(name: str) -> None:
    page = split_pages((CASES / f"{name}.txt").read_text(encoding="utf-8"))[0]
    assert is_layout_page(page)
    assert reorder_page(page) is not page


def test_oversized_text_is_not_cut() -> None:
    page = _columns(LEFT, RIGHT) * 300  # 1,200 lines: not a printed page
    lines = _numbered("\n".join(page))
    assert reorder_page(lines) is lines
