"""Row separators: a rule between two rows of stories cuts a column off the story above.

The page below has five 100 pt columns (10 pt gutters). The upper row holds a wide story
over columns 1-4 and a one-column story ("Museum") in column 5; the lower row's headline
covers columns 1-3 only, while its text runs on into columns 4 and 5, under the Museum.
"""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, assemble_page
from newslayout.readers.pdf.s4_assemble.row_rules import Separator, separators
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, DrawnRule
from pdf.builders import classified, text_block

BODY = 10.0


def col(n: int, top: float, bottom: float) -> Box:
    """Column ``n`` (1-5) between ``top`` and ``bottom``."""
    x0 = 10.0 + 110.0 * (n - 1)
    return Box(x0=x0, top=top, x1=x0 + 100.0, bottom=bottom)


def item(
    text: str,
    x0: float,
    top: float,
    role: BlockRole,
    order: int,
    *,
    size: float = BODY,
    column: Box,
) -> ClassifiedBlock:
    return classified(text_block(text, x0, top, size, region=column, order=order), role)


def rule(x0: float, y: float, x1: float) -> DrawnRule:
    return DrawnRule(box=Box(x0=x0, top=y, x1=x1, bottom=y + 0.5))


UPPER = [
    item(
        "Tram line gets the green light",
        10,
        100,
        BlockRole.HEADLINE,
        0,
        size=20.0,
        column=col(1, 100, 120),
    ),
    item("tram story text", 10, 130, BlockRole.BODY, 1, column=col(1, 130, 290)),
    item("Museum late", 450, 100, BlockRole.HEADLINE, 2, size=14.0, column=col(5, 100, 115)),
    item("museum story text", 450, 130, BlockRole.BODY, 3, column=col(5, 130, 290)),
]
#: The lower row: headline over columns 1-3, text in columns 1 and 5.
LOWER = [
    item(
        "Waits fall for the fourth month",
        10,
        310,
        BlockRole.HEADLINE,
        4,
        size=20.0,
        column=col(1, 310, 330),
    ),
    item("waits story first column", 10, 340, BlockRole.BODY, 5, column=col(1, 340, 400)),
    item("number of beds blocked", 450, 340, BlockRole.BODY, 6, column=col(5, 340, 400)),
]
FULL_WIDTH = rule(10, 300, 560)


def owners(parts: list[ArticlePart]) -> dict[str, list[str]]:
    return {
        p.headline: [i.block.text for i in p.items if isinstance(i, ClassifiedBlock)] for p in parts
    }


def assemble(blocks: list[ClassifiedBlock], rules: list[DrawnRule]) -> dict[str, list[str]]:
    return owners(assemble_page(blocks, [], page=1, body=BODY, log=Log(), rules=rules))


def test_a_rule_between_rows_gives_the_last_column_to_the_lower_rows_headline() -> None:
    got = assemble(UPPER + LOWER, [FULL_WIDTH])
    assert got["Waits fall for the fourth month"] == [
        "waits story first column",
        "number of beds blocked",
    ]
    assert got["Museum late"] == ["museum story text"]


def test_without_a_rule_the_column_stays_with_the_headline_above_it() -> None:
    got = assemble(UPPER + LOWER, [])
    assert got["Museum late"] == ["museum story text", "number of beds blocked"]


def test_a_rule_broken_at_each_gutter_still_separates_the_rows() -> None:
    pieces = [rule(col(n, 0, 0).x0, 300, col(n, 0, 0).x1) for n in range(1, 6)]
    got = assemble(UPPER + LOWER, pieces)
    assert got["Waits fall for the fourth month"][-1] == "number of beds blocked"


def test_a_rule_inside_one_column_is_no_row_separator() -> None:
    # A pull-quote or jump-line rule over column 5 alone reaches no lower-row headline.
    got = assemble(UPPER + LOWER, [rule(450, 300, 550)])
    assert got["Museum late"][-1] == "number of beds blocked"


def test_a_headline_to_the_right_of_the_block_does_not_take_it() -> None:
    # A story in column 5 of the lower row heads that column only; column 4's text, under
    # the wide upper story, belongs to the lower row's story that starts on its left.
    blocks = [
        UPPER[0],
        UPPER[1],
        item("tram story last column", 340, 130, BlockRole.BODY, 2, column=col(4, 130, 290)),
        LOWER[0],
        LOWER[1],
        item("a public hearing", 340, 340, BlockRole.BODY, 6, column=col(4, 340, 400)),
        item(
            "Ski lift reopens", 450, 310, BlockRole.HEADLINE, 7, size=14.0, column=col(5, 310, 325)
        ),
        item("ski story text", 450, 340, BlockRole.BODY, 8, column=col(5, 340, 400)),
    ]
    got = assemble(blocks, [FULL_WIDTH])
    assert got["Waits fall for the fourth month"] == [
        "waits story first column",
        "a public hearing",
    ]
    assert got["Ski lift reopens"] == ["ski story text"]
    assert got["Tram line gets the green light"] == ["tram story text", "tram story last column"]


def test_of_two_row_headlines_on_the_left_the_nearer_takes_the_column() -> None:
    # The lower row holds two stories side by side (columns 1-2 and 3-4); column 5's text
    # runs on from the one beside it, not from the one at the left edge.
    blocks = [
        *UPPER,
        item("Left story", 10, 310, BlockRole.HEADLINE, 4, size=14.0, column=col(1, 310, 325)),
        item("left story text", 10, 340, BlockRole.BODY, 5, column=col(1, 340, 400)),
        item("Middle story", 230, 310, BlockRole.HEADLINE, 6, size=14.0, column=col(3, 310, 325)),
        item("middle story text", 230, 340, BlockRole.BODY, 7, column=col(3, 340, 400)),
        item("middle story end", 450, 340, BlockRole.BODY, 8, column=col(5, 340, 400)),
    ]
    got = assemble(blocks, [FULL_WIDTH])
    assert got["Middle story"] == ["middle story text", "middle story end"]
    assert got["Left story"] == ["left story text"]


def test_a_headline_stacked_below_the_column_top_does_not_take_it() -> None:
    # A brief headed lower in column 1 starts under the top of column 5's text: it cannot be
    # the story whose last column that is, so the ownership stays as it was.
    blocks = [
        *UPPER,
        item(
            "Brief in column one",
            10,
            360,
            BlockRole.HEADLINE,
            4,
            size=14.0,
            column=col(1, 360, 375),
        ),
        item("brief text", 10, 380, BlockRole.BODY, 5, column=col(1, 380, 400)),
        item("number of beds blocked", 450, 340, BlockRole.BODY, 6, column=col(5, 340, 400)),
        item("a second paragraph", 450, 385, BlockRole.BODY, 7, column=col(5, 340, 400)),
    ]
    got = assemble(blocks, [FULL_WIDTH])
    assert got["Museum late"][-2:] == ["number of beds blocked", "a second paragraph"]


def test_separators_join_collinear_pieces_and_skip_vertical_rules() -> None:
    found = separators(
        [
            rule(10, 300, 110),
            rule(120, 300.4, 220),  # the next piece, across a 10 pt gutter
            rule(400, 300, 500),  # too far: its own rule
            DrawnRule(box=Box(x0=115, top=100, x1=115.5, bottom=290)),  # a column rule
        ],
        BODY,
    )
    assert found == (
        Separator(x0=10, x1=220, y=300.25),
        Separator(x0=400, x1=500, y=300.25),
    )
