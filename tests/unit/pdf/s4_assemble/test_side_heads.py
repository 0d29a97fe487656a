"""A side head (a headline set left of its columns, nothing of its story under it) owns the
row of columns beside it; a head with its deck or text under it, or with only a pointer
beside it, heads its own columns as before."""

from __future__ import annotations

from collections.abc import Sequence

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, assemble_page
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, ImageRef, Picture
from pdf.builders import classified, text_block

BODY = 10.0
LINES = "\n".join(["The column runs on here and on"] * 6)


def _c(
    text: str, x0: float, top: float, role: BlockRole, order: int, size: float = BODY
) -> ClassifiedBlock:
    return classified(text_block(text, x0, top, size, order=order), role)


def _texts(parts: list[ArticlePart], headline: str) -> list[str]:
    for part in parts:
        if part.headline == headline:
            return [i.block.text for i in part.items if isinstance(i, ClassifiedBlock)]
    return []


def _page(
    *,
    under_head: ClassifiedBlock | None = None,
    beside: str = LINES,
    pictures: Sequence[Picture] = (),
) -> list[ArticlePart]:
    blocks = [
        _c("Harbour wall to be rebuilt", 20, 20, BlockRole.HEADLINE, 0, 24.0),
        _c(LINES, 20, 60, BlockRole.BODY, 1),
        _c(LINES, 200, 60, BlockRole.BODY, 2),
        # the lower row: a side head at the left, its text in the two columns beside it
        _c("Alone with\nthe children", 20, 260, BlockRole.HEADLINE, 3, 16.0),
        _c(beside, 130, 230, BlockRole.BODY, 4),
        _c(LINES, 300, 230, BlockRole.BODY, 5),
    ]
    if under_head is not None:
        blocks.append(under_head)
    return assemble_page(blocks, pictures, page=1, body=BODY, log=Log())


def test_the_columns_beside_a_side_head_are_its_story() -> None:
    parts = _page()
    assert len(_texts(parts, "Alone with the children")) == 2
    assert len(_texts(parts, "Harbour wall to be rebuilt")) == 2


def test_a_head_with_its_deck_under_it_is_no_side_head() -> None:
    deck = _c("A deck under the head", 20, 300, BlockRole.DECK, 6, 12.0)
    parts = _page(under_head=deck)
    assert _texts(parts, "Alone with the children") == []


def test_a_pointer_beside_a_head_does_not_make_it_a_side_head() -> None:
    parts = _page(beside="PAGE A25")
    assert "PAGE A25" not in _texts(parts, "Alone with the children")


def test_a_head_over_its_photo_is_no_side_head() -> None:
    photo = Picture(image=ImageRef(box=Box(x0=20, top=300, x1=120, bottom=380)), order=7)
    parts = _page(pictures=[photo])
    assert _texts(parts, "Alone with the children") == []
