"""Run-in leads that fill their line (no PDF): a brief's bold opening words, split off its
text by the change of weight, are joined to that text as one paragraph."""

from __future__ import annotations

from dataclasses import replace

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s3_classify.run_in_leads import join_run_in_leads
from newslayout.readers.pdf.types import BlockRole, TextBlock
from pdf.builders import text_block

BODY = 9.0
REGION = Box(x0=40, top=100, x1=170, bottom=800)
TEXT = "The cost has risen to 22 million\neuros because of rising costs."


def _lead(text: str, *, free: float, top: float = 200.0) -> TextBlock:
    block = text_block(text, 40, top, BODY, bold=True, region=REGION)
    return replace(block, free_end=free)


def _texts(*blocks: TextBlock) -> list[tuple[BlockRole, str]]:
    ordered = tuple(replace(b, order=i) for i, b in enumerate(blocks))
    ctx = PageContext(page=1, width=600, height=900, body=BODY, blocks=ordered)
    return [(c.role, c.block.text) for c in join_run_in_leads(classify_page(ctx, RULES), ctx)]


def test_a_lead_that_fills_its_line_is_joined_to_its_text() -> None:
    got = _texts(
        _lead("Public bridge announced.", free=3.0),
        text_block(TEXT, 40, 211, BODY, region=REGION),
    )
    assert got == [(BlockRole.BODY, f"Public bridge announced. {' '.join(TEXT.split())}")]


def test_a_lead_with_room_left_on_its_line_ends_its_paragraph() -> None:
    # The next word would have fitted after it: the line broke at a paragraph's end.
    got = _texts(
        _lead("Public bridge announced.", free=60.0),
        text_block(TEXT, 40, 211, BODY, region=REGION),
    )
    assert len(got) == 2


def test_a_bold_line_without_a_full_stop_or_set_apart_is_no_run_in_lead() -> None:
    subhead = _texts(
        _lead("Public bridge announced", free=3.0),
        text_block(TEXT, 40, 211, BODY, region=REGION),
    )
    apart = _texts(
        _lead("Public bridge announced.", free=3.0),
        text_block(TEXT, 40, 230, BODY, region=REGION),
    )
    assert len(subhead) == 2
    assert subhead[0][0] is BlockRole.SUBHEAD
    assert len(apart) == 2
