"""A headline beside its photo owns the photo (and the story under both)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, assemble_page
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.types import (
    BlockRole,
    ClassifiedBlock,
    ImageRef,
    Picture,
)
from pdf.builders import classified, text_block

BODY = 10.0


def _c(
    text: str, x0: float, top: float, role: BlockRole, order: int, size: float = BODY
) -> ClassifiedBlock:
    return classified(text_block(text, x0, top, size, order=order), role)


def _picture(x0: float, top: float, x1: float, bottom: float, order: int) -> Picture:
    return Picture(image=ImageRef(box=Box(x0=x0, top=top, x1=x1, bottom=bottom)), order=order)


def _figure_owner(parts: list[ArticlePart]) -> str:
    for part in parts:
        if any(isinstance(i, FigureDraft) for i in part.items):
            return str(part.headline)
    return "<none>"


def test_photo_goes_to_the_headline_level_with_it_across_the_gutter() -> None:
    pic = _picture(20, 100, 250, 240, 0)
    blocks = [
        _c("A crew repairs a main", 20, 243, BlockRole.CAPTION, 1, 7.0),
        _c("Water rates climb", 262, 104, BlockRole.HEADLINE, 2, 20.0),
        _c("Households will pay more for water from March.", 20, 260, BlockRole.BODY, 3),
        _c("Oak Street alone had eleven breaks.", 262, 260, BlockRole.BODY, 4),
    ]
    parts = assemble_page(blocks, [pic], page=1, body=BODY, log=Log())
    assert [p.headline for p in parts] == ["Water rates climb"]
    assert _figure_owner(parts) == "Water rates climb"


def test_photo_over_its_own_headline_is_not_taken_by_the_head_beside_it() -> None:
    pic = _picture(20, 100, 250, 240, 0)
    blocks = [
        _c("Divers clear old nets", 20, 250, BlockRole.HEADLINE, 1, 20.0),
        _c("Volunteers pulled two tonnes of nets from the harbour.", 20, 280, BlockRole.BODY, 2),
        _c("Baker retires", 262, 104, BlockRole.HEADLINE, 3, 20.0),
        _c("Marta Kowal baked her last loaf.", 262, 130, BlockRole.BODY, 4),
    ]
    parts = assemble_page(blocks, [pic], page=1, body=BODY, log=Log())
    assert _figure_owner(parts) != "Baker retires"
