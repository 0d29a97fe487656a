"""Assembly of a page's classified blocks into article parts (no PDF needed)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, assemble_page
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, DrawnRule
from pdf.builders import classified, text_block

BODY = 10.0


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
    """A one-line block of the given role set in ``column`` (its region)."""
    return classified(text_block(text, x0, top, size, region=column, order=order), role)


def texts(part: ArticlePart) -> list[str]:
    return [i.block.text for i in part.items if isinstance(i, ClassifiedBlock)]


def test_a_narrow_line_belongs_to_the_headline_over_its_column() -> None:
    # The headline covers columns 1-2 and half of column 3; the right-aligned jump line at the
    # foot of column 3 lies outside it, but its column does not.
    head_region = Box(x0=10, top=100, x1=460, bottom=130)
    col3 = Box(x0=310, top=140, x1=460, bottom=300)
    parts = assemble_page(
        [
            item("A wide headline", 10, 100, BlockRole.HEADLINE, 0, size=24.0, column=head_region),
            item("text of the third column", 310, 140, BlockRole.BODY, 1, column=col3),
            item("See page 3", 410, 290, BlockRole.JUMP_OUT, 2, column=col3),
        ],
        [],
        page=1,
        body=BODY,
        log=Log(),
    )
    assert len(parts) == 1 and texts(parts[0]) == ["text of the third column", "See page 3"]


def test_text_with_no_head_above_continues_the_story_read_before_it() -> None:
    col1 = Box(x0=10, top=100, x1=150, bottom=300)
    col2 = Box(x0=160, top=100, x1=300, bottom=300)
    parts = assemble_page(
        [
            item("BRIDGE", 10, 100, BlockRole.JUMP_HEAD, 0, size=14.0, column=col1),
            item("first column of the continuation", 10, 130, BlockRole.BODY, 1, column=col1),
            item("second column of the continuation", 160, 100, BlockRole.BODY, 2, column=col2),
        ],
        [],
        page=1,
        body=BODY,
        log=Log(),
    )
    assert len(parts) == 1
    assert texts(parts[0])[-1] == "second column of the continuation"


def test_a_last_column_reaching_past_its_headline_stays_with_it() -> None:
    # Brief "Tern Street" heads the right half up top; lower down "Cold snap" spans the left
    # and only a quarter of the right column, whose text is Cold snap's last column.
    right_col = Box(x0=300, top=400, x1=420, bottom=500)
    parts = assemble_page(
        [
            item(
                "Tern Street lights", 250, 100, BlockRole.HEADLINE, 0, size=24.0, column=right_col
            ),
            item(
                "Cold snap gives way to a wet week",
                0,
                300,
                BlockRole.HEADLINE,
                1,
                size=24.0,
                column=right_col,
            ),
            item("those evenings. Temperatures", 300, 400, BlockRole.BODY, 2, column=right_col),
        ],
        [],
        page=1,
        body=BODY,
        log=Log(),
    )
    owners = {p.headline: texts(p) for p in parts}
    assert owners["Cold snap gives way to a wet week"] == ["those evenings. Temperatures"]


def test_text_below_a_storys_jump_line_goes_to_the_story_read_before_it() -> None:
    # A lead head spans two columns; its text ends with a jump line; under it a second row
    # whose story flows from column 1 to the top of column 2 (no head over that piece).
    page = Box(x0=10, top=100, x1=300, bottom=500)
    col1 = Box(x0=10, top=140, x1=150, bottom=500)
    col2 = Box(x0=160, top=140, x1=300, bottom=500)
    parts = assemble_page(
        [
            item(
                "A lead headline over both", 10, 100, BlockRole.HEADLINE, 0, size=24.0, column=page
            ),
            item("lead text one", 10, 140, BlockRole.BODY, 1, column=col1),
            item("lead text two", 160, 140, BlockRole.BODY, 2, column=col2),
            item("Story continues on Page 2", 160, 160, BlockRole.JUMP_OUT, 3, column=col2),
            item("Second story", 10, 200, BlockRole.HEADLINE, 4, size=16.0, column=col1),
            item("second text one", 10, 230, BlockRole.BODY, 5, column=col1),
            item("second text runs on", 160, 200, BlockRole.BODY, 6, column=col2),
        ],
        [],
        page=1,
        body=BODY,
        log=Log(),
    )
    assert [p.headline for p in parts] == ["A lead headline over both", "Second story"]
    assert texts(parts[0]) == ["lead text one", "lead text two", "Story continues on Page 2"]
    assert texts(parts[1]) == ["second text one", "second text runs on"]


def test_a_head_over_nothing_opens_no_part() -> None:
    # A section flag ("NEWS") at the top of the page, then a story's head and its text.
    page = Box(x0=10, top=30, x1=300, bottom=500)
    parts = assemble_page(
        [
            item("NEWS", 10, 30, BlockRole.HEADLINE, 0, size=14.0, column=page),
            item("Bridge to shut", 10, 60, BlockRole.HEADLINE, 1, size=18.0, column=page),
            item("The bridge will shut.", 10, 90, BlockRole.BODY, 2, column=page),
        ],
        [],
        page=1,
        body=BODY,
        log=Log(),
    )
    assert [p.headline for p in parts] == ["Bridge to shut"]


def test_a_jump_line_under_its_text_closes_that_story_not_the_one_over_its_right_end() -> None:
    # An advert's head sits over the right end of a story's column, above the row rule over
    # the story's own head; the story's last line is short, and its jump line, right-aligned
    # under it, reaches past the end of the story's head and as far as the rule.
    column = Box(x0=431, top=142, x1=686, bottom=352)
    advert = Box(x0=572, top=59, x1=675, bottom=117)
    blocks = [
        item("SALE", 599, 59, BlockRole.HEADLINE, 0, size=22.0, column=advert),
        item("Call 07103 193237", 583, 100, BlockRole.BODY, 1, column=advert),
        item("Engineers on library", 431, 149, BlockRole.HEADLINE, 2, size=18.0, column=column),
        item("The larger harbour was repaired", 441, 331, BlockRole.BODY, 3, column=column),
        item("Turn to page 11", 609, 344, BlockRole.JUMP_OUT, 4, column=column),
    ]
    rule = DrawnRule(box=Box(x0=34, top=130, x1=684, bottom=130.5))
    parts = assemble_page(blocks, [], page=1, body=BODY, log=Log(), rules=[rule])
    story = next(p for p in parts if p.headline == "Engineers on library")
    assert texts(story) == ["The larger harbour was repaired", "Turn to page 11"]


def test_a_jump_line_read_after_the_story_beside_goes_to_the_text_it_closes() -> None:
    # Story A's head covers column 1 only, its text runs on into column 2 and ends there with
    # a jump line flush right under it; story B, in column 3, is read before the jump line
    # (its column runs deeper). The jump line ends A, not B.
    col1 = Box(x0=10, top=140, x1=150, bottom=500)
    col2 = Box(x0=160, top=140, x1=300, bottom=500)
    col3 = Box(x0=310, top=100, x1=450, bottom=500)
    a_two = item("lead text two runs on here", 160, 140, BlockRole.BODY, 2, column=col2)
    jump_text = "Continued on page 2"
    width = text_block(jump_text, 0, 0, 8.0).box.width
    jump = item(
        jump_text, a_two.block.box.x1 - width, 152, BlockRole.JUMP_OUT, 6, size=8.0, column=col2
    )
    parts = assemble_page(
        [
            item("Story A head", 10, 100, BlockRole.HEADLINE, 0, size=24.0, column=col1),
            item("lead text one", 10, 140, BlockRole.BODY, 1, column=col1),
            a_two,
            item("Story B head", 310, 100, BlockRole.HEADLINE, 3, size=16.0, column=col3),
            item("b text one", 310, 130, BlockRole.BODY, 4, column=col3),
            item("b text two", 310, 150, BlockRole.BODY, 5, column=col3),
            jump,
        ],
        [],
        page=1,
        body=BODY,
        log=Log(),
    )
    assert [p.headline for p in parts] == ["Story A head", "Story B head"]
    assert texts(parts[0])[-1] == jump_text
    assert jump_text not in texts(parts[1])
