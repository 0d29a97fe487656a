"""Tables of short cells (no PDF): a results box whose cell columns are separate blocks is
read row by row; a one-cell bold row is a section subhead; story columns sharing baselines
are left alone."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s5_compose.tables import table_rows
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock
from pdf.builders import classified, text_block

REGION = Box(x0=300, top=600, x1=700, bottom=800)


def _cell(
    rows: list[str], x0: float, top: float, order: int, *, bold: bool = False
) -> ClassifiedBlock:
    block = text_block(
        "\n".join(rows), x0, top, 7.0, bold=bold, region=REGION, order=order, leading=9
    )
    return classified(block, BlockRole.BODY)


def _texts(items: tuple[object, ...]) -> list[tuple[BlockRole, str]]:
    return [(i.role, i.block.text) for i in items if isinstance(i, ClassifiedBlock)]


def test_cell_columns_are_read_as_rows_under_a_bold_section_row() -> None:
    section = _cell(["Football · Coast League"], 370, 640, 0, bold=True)
    home = _cell(["Brackwater Athletic", "Fennick Rovers"], 370, 650, 1)
    home_score = _cell(["3", "0"], 480, 650, 2)
    away = _cell(["Saltcote United", "Harlow Bay"], 520, 650, 3)
    away_score = _cell(["1", "0"], 640, 650, 4)
    items = (section, home, home_score, away, away_score)
    assert _texts(table_rows(items)) == [
        (BlockRole.SUBHEAD, "Football · Coast League"),
        (BlockRole.BODY, "Brackwater Athletic 3 Saltcote United 1"),
        (BlockRole.BODY, "Fennick Rovers 0 Harlow Bay 0"),
    ]


def test_story_columns_sharing_baselines_are_not_a_table() -> None:
    cols = tuple(
        _cell(
            ["The ferry will run three sailings", "a day until the second boat is"],
            300 + 130 * k,
            650,
            k,
        )
        for k in range(3)
    )
    assert table_rows(cols) == cols


def test_two_short_columns_side_by_side_are_not_a_table() -> None:
    items = (_cell(["Tides", "High"], 370, 650, 0), _cell(["06:10", "18:32"], 480, 650, 1))
    assert table_rows(items) == items
