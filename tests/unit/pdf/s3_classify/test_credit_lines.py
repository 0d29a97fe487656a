"""A "Photograph by X" line by a picture is the picture's credit, not the story's byline."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, ImageRef, Line, Picture, TextBlock, Word
from pdf.builders import line_words, text_block

BODY = 10.0
REGION = Box(x0=50, top=50, x1=400, bottom=700)
PHOTO = Picture(image=ImageRef(box=Box(x0=50, top=200, x1=400, bottom=400)))


def _block(text: str, top: float, size: float, order: int, *, italic: bool = False) -> TextBlock:
    return text_block(text, 50, top, size, italic=italic, region=REGION, order=order)


def _roles(*blocks: TextBlock, pictures: tuple[Picture, ...] = (PHOTO,)) -> list[BlockRole]:
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=blocks, pictures=pictures)
    return [c.role for c in classify_page(ctx, RULES)]


def test_photograph_by_under_the_caption_is_a_credit() -> None:
    got = _roles(
        _block("Gulls circle the pier at dawn on Friday morning", 404, 8.0, 0),
        _block("Photograph by Wenna Polglase", 416, 8.0, 1, italic=True),
    )
    assert got == [BlockRole.CAPTION, BlockRole.CREDIT]


def test_photograph_by_right_under_the_picture_is_a_credit() -> None:
    assert _roles(_block("Photograph by Wenna Polglase", 404, 8.0, 0)) == [BlockRole.CREDIT]


def test_a_writer_byline_by_a_picture_stays_a_byline() -> None:
    assert _roles(_block("By Wenna Polglase", 404, 8.0, 0)) == [BlockRole.BYLINE]


def test_photograph_by_far_from_any_picture_stays_a_byline() -> None:
    got = _roles(_block("Photograph by Wenna Polglase", 404, 8.0, 0), pictures=())
    assert got == [BlockRole.BYLINE]


def test_photograph_by_under_a_two_line_caption_is_a_credit() -> None:
    got = _roles(
        _block("Gulls circle the pier at dawn on Friday morning", 404, 8.0, 0),
        _block("as the first boats come home", 413, 8.0, 1),
        _block("Photograph by Wenna Polglase", 428, 8.0, 2, italic=True),
    )
    assert got == [BlockRole.CAPTION, BlockRole.CAPTION, BlockRole.CREDIT]


def _font_block(text: str, top: float, order: int, font: str) -> TextBlock:
    words = [
        Word(text=w.text, x0=w.x0, x1=w.x1, top=w.top, bottom=w.bottom, size=w.size, font=font)
        for w in line_words(text, 50, top, 8.0)
    ]
    return TextBlock(lines=(Line(words=tuple(words)),), region=REGION, order=order)


def test_a_name_in_another_face_over_the_caption_is_its_credit() -> None:
    got = _roles(
        _font_block("Wenna Polglase", 404, 0, "Gentium"),
        _font_block("Gulls circle the pier at dawn on Friday", 414, 1, "Lato"),
    )
    assert got == [BlockRole.CREDIT, BlockRole.CAPTION]


def test_a_caption_opening_with_a_name_in_its_own_face_stays_caption() -> None:
    got = _roles(
        _font_block("Wenna Polglase", 404, 0, "Lato"),
        _font_block("Gulls circle the pier at dawn on Friday", 414, 1, "Lato"),
    )
    assert got == [BlockRole.CAPTION, BlockRole.CAPTION]


def test_a_smaller_name_over_the_caption_is_its_credit() -> None:
    # 7.5 pt: above the size at which any capitalised line by a picture is a credit.
    name = Line(words=tuple(line_words("Wenna Polglase", 150, 403, 7.5)))
    got = _roles(
        TextBlock(lines=(name,), region=REGION, order=0),
        _block("Gulls circle the pier at dawn on Friday", 412, 9.0, 1),
    )
    assert got == [BlockRole.CREDIT, BlockRole.CAPTION]


def test_a_wrapped_caption_end_with_its_run_in_credit_stays_with_the_caption() -> None:
    # "added. Foto: Cato Thukeng" in smaller type under the caption: not page furniture.
    got = _roles(
        _block(
            "Work on the garden stopped\nwithin weeks, a spokesman\nand a local trader", 404, 8.0, 0
        ),
        _block("added. Foto: Cato Thukeng", 434, 6.5, 1),
    )
    assert got == [BlockRole.CAPTION, BlockRole.CAPTION]


def test_the_rest_of_a_credit_the_caption_began_stays_with_the_caption() -> None:
    got = _roles(
        _block(
            "The doors stay open as long\nas they can, said Juno\nFing. Foto: Yara", 404, 8.0, 0
        ),
        _block("Sheath", 434, 6.5, 1),
    )
    assert got == [BlockRole.CAPTION, BlockRole.CAPTION]


def test_a_small_word_under_a_caption_with_no_credit_is_not_taken() -> None:
    got = _roles(
        _block("The doors stay open as long\nas they can, said Juno\nFing on Friday", 404, 8.0, 0),
        _block("Sheath", 434, 6.5, 1),
    )
    assert got[1] is not BlockRole.CAPTION


def test_the_rest_of_a_credit_over_the_next_head_is_no_kicker() -> None:
    """ "Photo: Jora" ends the caption and "Tiejeerd" is wrapped under it, right over the
    next story's head: the rest of the credit, not that head's kicker."""
    caption = _block("The cost has risen after a survey\nfound damp. Photo: Jora", 404, 8.0, 0)
    head = text_block("IN BRIEF", 50, 432, 16.0, bold=True, region=REGION, order=2)
    rest = text_block("Tiejeerd", 50, 422, 6.5, bold=True, region=REGION, order=1)
    label = text_block("ECONOMY", 50, 422, 6.5, bold=True, region=REGION, order=1)
    assert _roles(caption, rest, head)[1] in (BlockRole.CAPTION, BlockRole.CREDIT)
    plain = _block("The cost has risen after a survey\nfound damp in the walls.", 404, 8.0, 0)
    assert _roles(plain, label, head)[1] is BlockRole.KICKER
