"""Side heads: a headline set LEFT of its story's columns, heading none of them from above.

Columns and features are often laid out with the head in a narrow column of its own on the
left (under the writer's photo and name) and the text in the columns to its right, all
starting on one line at the top of the row. Nothing of the head's story lies under it, so the
nearest head above the columns (another story's) would take them. The evidence that a head
is a side head is all of: no story block (deck, byline, text) and no picture right under it in
its own column, and text (at least ``BESIDE_LINES`` lines) starting right of it across no more than
a gutter, level with the head (starting above its foot and running below its top). Its
extent then covers the row: from the top of the first of those blocks (less ``TOP_SLACK``
ems, which takes the photo or label over the head too) to the right edge of the row's
columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from newslayout.geometry import Box
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Picture

#: Roles of a story's running text.
_TEXT = frozenset({BlockRole.BODY, BlockRole.SUBHEAD, BlockRole.QUOTE})
#: The first column right of a side head starts at most this many ems right of its edge.
GUTTER_EMS = 3.0
#: The text beside a side head runs to at least this many lines.
BESIDE_LINES = 3
#: Story text starting this close under a head (ems) is its own: then it is no side head.
UNDER_EMS = 3.0
#: The row's columns start level: their tops lie within this many ems of the first one's.
LEVEL_EMS = 2.0
#: The side head's row reaches this many ems over the top of the columns beside it.
TOP_SLACK = 1.0


#: Roles of page apparatus, which may sit under a side head.
_APPARATUS = frozenset(
    {BlockRole.MASTHEAD, BlockRole.FURNITURE, BlockRole.TEASER, BlockRole.ORNAMENT}
)


def _story_under(
    head: Box, blocks: Sequence[ClassifiedBlock], pictures: Sequence[Picture], body: float
) -> bool:
    """Whether a story block (a deck, a byline, text) or a picture starts right under the
    head."""
    boxes = [c.block.box for c in blocks if c.role not in _APPARATUS]
    boxes.extend(p.box for p in pictures)
    return any(
        b.horizontal_overlap(head) > 0 and head.top < b.top <= head.bottom + UNDER_EMS * body
        for b in boxes
    )


def side_head_extent(
    head: ClassifiedBlock,
    blocks: Sequence[ClassifiedBlock],
    pictures: Sequence[Picture],
    body: float,
) -> Box | None:
    """The row a side head heads (see the module docstring), or None when ``head`` is no
    side head."""
    box = head.block.box
    if head.role is not BlockRole.HEADLINE or _story_under(box, blocks, pictures, body):
        return None
    beside = [
        c.block
        for c in blocks
        if c.role in _TEXT
        and 0 <= c.block.box.x0 - box.x1 <= GUTTER_EMS * body
        and c.block.box.top < box.bottom
        and c.block.box.bottom > box.top
    ]
    if sum(len(b.lines) for b in beside) < BESIDE_LINES:
        return None  # a pointer or a label beside a head ("PAGE A25"), not its columns
    top = min(b.box.top for b in beside)
    row = [
        c.block.box
        for c in blocks
        if c.role in _TEXT
        and c.block.box.x0 >= box.x1
        and abs(c.block.box.top - top) <= LEVEL_EMS * body
    ]
    return Box(x0=box.x0, top=top - TOP_SLACK * body, x1=max(b.x1 for b in row), bottom=box.bottom)
