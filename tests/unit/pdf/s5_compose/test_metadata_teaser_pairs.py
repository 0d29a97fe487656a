"""Teaser pointers pair with the head they label, whether printed over or under it."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s5_compose.metadata import page_teasers
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock
from pdf.builders import line_words

REGION = Box(x0=400, top=100, x1=560, bottom=300)


def _teaser(text: str, top: float, order: int, size: float = 10.0) -> ClassifiedBlock:
    line = Line(words=tuple(line_words(text, 400, top, size)))
    return ClassifiedBlock(
        block=TextBlock(lines=(line,), region=REGION, order=order), role=BlockRole.TEASER, page=1
    )


def _pairs(*blocks: ClassifiedBlock) -> list[tuple[str, int | None]]:
    return [(t.text, t.target_page) for t in page_teasers(blocks, 1, 10.0)]


def test_pointer_under_its_head_in_an_inside_box() -> None:
    got = _pairs(
        _teaser("Grain elevator gets a second life", 110, 0),
        _teaser("Page A2", 122, 1, 8.0),
        _teaser("Badgers stun the league leaders", 134, 2),
        _teaser("Page A3", 146, 3, 8.0),
    )
    assert got == [
        ("Grain elevator gets a second life", 2),
        ("Badgers stun the league leaders", 3),
    ]


def test_pointer_over_its_head() -> None:
    got = _pairs(
        _teaser("PAGE 2", 110, 0, 8.0),
        _teaser("Ice festival moves to the quay", 120, 1),
        _teaser("PAGE 3", 134, 2, 8.0),
        _teaser("Rowers break a record", 144, 3),
    )
    assert got == [("Ice festival moves to the quay", 2), ("Rowers break a record", 3)]
