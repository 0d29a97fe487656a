"""A gap under a heading (jump-in line, jump head, caption) is no paragraph evidence (no PDF).

A story continued on another page resumes under "Continued from page 2": the space under that
line is measured as ``gap_before`` of the first body block, but it separates the heading from
its text. Whether the cut paragraph runs on must then be decided as at any column break: by
the text (closing punctuation) and the room left on the last line.
"""

from __future__ import annotations

from dataclasses import replace

from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s5_compose.compose import runs_on, under_headings
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock
from pdf.builders import text_block

LEFT = Box(x0=10, top=100, x1=150, bottom=400)
RIGHT = Box(x0=160, top=100, x1=300, bottom=400)


def block(text: str, region: Box, top: float, order: int, **flags: object) -> TextBlock:
    """One line of ``text`` at ``top`` in ``region`` with the page order ``order``."""
    made = text_block(text, region.x0, top, region=region, order=order)
    return replace(made, **flags)  # type: ignore[arg-type]


def flush_piece() -> TextBlock:
    """A column's last piece: ends a sentence on a full line (no room for another word)."""
    return block("Aaaa bbbb cccc dddd eeee.", LEFT, 380, 0, free_end=0.5)


def test_a_gap_under_a_heading_does_not_stop_a_paragraph_running_on() -> None:
    nxt = block("Residents measured it.", RIGHT, 150, 3, gap_before=True)
    assert not runs_on(flush_piece(), nxt)
    assert runs_on(flush_piece(), nxt, under_heading=True)


def test_an_indent_under_a_heading_still_starts_a_paragraph() -> None:
    nxt = block("Residents measured it.", RIGHT, 150, 3, gap_before=True, indented=True)
    assert not runs_on(flush_piece(), nxt, under_heading=True)


def test_body_right_under_a_jump_line_is_under_a_heading() -> None:
    head = ClassifiedBlock(
        block=block("Logbooks online", RIGHT, 110, 1), role=BlockRole.JUMP_HEAD, page=3
    )
    jump = ClassifiedBlock(
        block=block("Continued from page 2", RIGHT, 125, 2), role=BlockRole.JUMP_IN, page=3
    )
    first = ClassifiedBlock(
        block=block("Residents", RIGHT, 150, 3, gap_before=True), role=BlockRole.BODY, page=3
    )
    second = ClassifiedBlock(
        block=block("Volunteers", RIGHT, 200, 4, gap_before=True), role=BlockRole.BODY, page=3
    )
    part = ArticlePart(page=3, opener=head, items=(jump, first, second))
    assert under_headings(part) == {3}


def test_body_under_another_story_in_its_region_is_not_under_a_heading() -> None:
    # The block above in the region belongs to no block of this part: its gap stays evidence.
    head = ClassifiedBlock(
        block=block("Logbooks online", LEFT, 110, 1), role=BlockRole.JUMP_HEAD, page=3
    )
    body = ClassifiedBlock(
        block=block("Residents", RIGHT, 150, 5, gap_before=True), role=BlockRole.BODY, page=3
    )
    part = ArticlePart(page=3, opener=head, items=(body,))
    assert under_headings(part) == set()
