"""Small type by a picture that is no caption: a story's small-caps first line, a page list."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.caption_limits import join_lead_ins
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, ImageRef, Line, Picture, TextBlock
from pdf.builders import text_block, word

BODY = 9.0
REGION = Box(x0=50, top=50, x1=400, bottom=700)
PHOTO = Picture(image=ImageRef(box=Box(x0=50, top=200, x1=400, bottom=400)))


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=1, width=600, height=800, body=BODY, blocks=blocks, pictures=(PHOTO,))
    return [c.role for c in classify_page(ctx, RULES)]


def _lead_in(top: float, *, small_only: bool = False) -> TextBlock:
    """ "NURSES FROM Troartwood": the lead-in in 7.2 pt small caps, the rest in body size."""
    second = 7.2 if small_only else BODY
    words = (
        word("NURSES", 50, top, 7.2),
        word("FROM", 80, top, 7.2),
        word("Troartwood", 102, top, second),
    )
    return TextBlock(lines=(Line(words=words),), region=REGION, order=1)


def _paragraph(top: float) -> TextBlock:
    text = (
        "and Wathholm postponed the plan\nbefore the winter, a trader said\non Friday in the hall"
    )
    return text_block(text, 50, top, BODY, region=REGION, order=2)


def test_a_small_caps_first_line_over_its_paragraph_is_no_caption() -> None:
    got = _roles(_lead_in(404), _paragraph(414))
    assert got[0] is not BlockRole.CAPTION


def test_a_small_caps_line_all_in_capitals_over_its_paragraph_is_no_caption() -> None:
    words = (word("TEACHERS", 50, 404, 7.2), word("FROM", 98, 404, 7.2))
    lead_in = TextBlock(lines=(Line(words=words),), region=REGION, order=1)
    assert _roles(lead_in, _paragraph(414))[0] is not BlockRole.CAPTION


def test_a_small_line_by_a_picture_all_in_small_type_is_still_its_caption() -> None:
    got = _roles(_lead_in(404, small_only=True), _paragraph(414))
    assert got[0] is BlockRole.CAPTION


def test_page_numbers_beside_a_picture_are_no_caption() -> None:
    strip = text_block("3 27 página\n20 página 6", 410, 300, 8.0, region=REGION, order=1)
    phrase = text_block("Nurses from Troartwood\nmeet the mayor at noon", 410, 300, 8.0, order=1)
    assert _roles(strip) != [BlockRole.CAPTION]
    assert _roles(phrase) == [BlockRole.CAPTION]


def test_a_section_label_in_capitals_right_over_a_picture_is_no_caption() -> None:
    label = text_block("TRANSPORT", 50, 190, 7.3, region=REGION, order=1)
    words = text_block("Harbour works", 50, 190, 7.3, region=REGION, order=1)
    assert _roles(label) != [BlockRole.CAPTION]
    assert _roles(words) == [BlockRole.CAPTION]


def test_a_small_caps_first_line_joins_the_paragraph_under_it() -> None:
    blocks = (_lead_in(404), _paragraph(414))
    ctx = PageContext(page=1, width=600, height=800, body=BODY, blocks=blocks, pictures=(PHOTO,))
    (joined,) = join_lead_ins(classify_page(ctx, RULES), ctx)
    assert joined.role is BlockRole.BODY
    assert joined.block.text.startswith("NURSES FROM Troartwood and Wathholm postponed")
    assert joined.block.order == 1


def test_a_dash_signature_centred_under_a_picture_is_no_caption() -> None:
    """ "— Zeno Routier" set under a wide photo, where the story's last column ends under its
    middle, is the story's end signature, though it sits centred under the photo as a
    caption would; a line in the same place without its dash is a caption."""
    signature = text_block("— Zeno Routier", 196, 404, BODY, region=REGION, order=1)
    line = text_block("Zeno Routier at the pier", 176, 404, BODY, region=REGION, order=1)
    assert _roles(signature) == [BlockRole.BODY]
    assert _roles(line) == [BlockRole.CAPTION]
