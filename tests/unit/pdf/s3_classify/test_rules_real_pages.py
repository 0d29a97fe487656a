"""Conventions of real front pages: a caption set a point larger than the body hangs from the
credit under its picture (a short subhead there does not); a byline set over two lines."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, ImageRef, Line, Picture, TextBlock
from pdf.builders import line_words

BODY = 8.7
PAGE = Box(x0=0, top=0, x1=900, bottom=1300)
PHOTO = Picture(image=ImageRef(box=Box(x0=160, top=1000, x1=580, bottom=1370)), order=0)


def _block(text: str, x0: float, top: float, size: float, order: int) -> TextBlock:
    line = Line(words=tuple(line_words(text, x0, top, size)))
    return TextBlock(lines=(line,), region=PAGE, order=order)


def _roles(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(page=1, width=900, height=1300, body=BODY, blocks=blocks, pictures=(PHOTO,))
    return [c.role for c in classify_page(ctx, RULES)]


def _text(top: float) -> TextBlock:
    return _block("Body text of the story runs on here.", 160, top, BODY, 9)


def test_a_larger_caption_under_the_credit_is_a_caption() -> None:
    credit = _block("JOEL JUAREZ FOR THE TIMES", 450, 1373, 4.8, 1)
    caption = _block(
        "In El Paso, medical centers are overrun by Covid-19 patients and use field hospitals.",
        164,
        1381,
        10.0,
        2,
    )
    assert _roles(credit, caption, _text(1420))[:2] == [BlockRole.CREDIT, BlockRole.CAPTION]


def test_a_short_line_under_the_credit_is_no_caption() -> None:
    credit = _block("JOEL JUAREZ FOR THE TIMES", 450, 1373, 4.8, 1)
    subhead = _block("Plows before marble", 440, 1381, 10.0, 2)
    assert _roles(credit, subhead, _text(1400))[1] is not BlockRole.CAPTION


def test_a_byline_over_two_lines_is_one_byline() -> None:
    from newslayout.readers.pdf.s5_compose.compose import bylines_with_titles
    from newslayout.readers.pdf.types import ClassifiedBlock

    first = _block("By PETER BAKER", 618, 760, 8.2, 1)
    second = _block("and LARA JAKES", 618, 770, 8.2, 2)
    alone = _block("and then the council met again", 618, 900, 8.2, 3)
    roles = _roles(first, second, alone, _text(940))
    assert roles[:3] == [BlockRole.BYLINE, BlockRole.BYLINE, BlockRole.BODY]
    blocks = [ClassifiedBlock(block=b, role=BlockRole.BYLINE, page=1) for b in (first, second)]
    (byline,) = bylines_with_titles(blocks, 1)
    assert [c.name for c in byline.contributors] == ["PETER BAKER", "LARA JAKES"]
