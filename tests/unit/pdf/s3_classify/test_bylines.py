"""Rules added for the round trip: bylines by place and face, captions that run on, column
feet in the bottom band (hand-made pages, no PDF)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.bylines import names_people_or_desk
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, ImageRef, Picture, TextBlock
from pdf.builders import text_block

BODY = 10.0


def block(
    text: str,
    x0: float,
    top: float,
    size: float = BODY,
    *,
    bold: bool = False,
    italic: bool = False,
) -> TextBlock:
    return text_block(text, x0, top, size, bold=bold, italic=italic)


def roles(*blocks: TextBlock, pictures: tuple[Picture, ...] = ()) -> list[BlockRole]:
    numbered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)
    )
    ctx = PageContext(page=2, width=600, height=800, body=BODY, blocks=numbered, pictures=pictures)
    return [c.role for c in classify_page(ctx, RULES)]


def test_desk_and_staff_lines_and_names_in_any_script_read_as_names() -> None:
    for text in ("Harbor Ledger staff", "By Ελένη Παππά", "By 王小霞", "Staff and wire reports"):
        assert names_people_or_desk(text), text
    for text in ("The council met on Monday.", "It rained", "Page 3", "12 people attended"):
        assert not names_people_or_desk(text), text


def test_a_staff_line_in_its_own_face_under_a_headline_is_a_byline() -> None:
    got = roles(
        block("Bridge to close for repairs", 20, 100, 20, bold=True),
        block("Harbor Ledger staff", 20, 126, 7.5, bold=True),
        block("The bridge will close for two weeks from March while crews work.", 20, 140),
    )
    assert got == [BlockRole.HEADLINE, BlockRole.BYLINE, BlockRole.BODY]


def test_the_same_words_in_body_type_stay_body() -> None:
    got = roles(
        block("Bridge to close for repairs", 20, 100, 20, bold=True),
        block("Harbor Ledger staff", 20, 126),
    )
    assert got == [BlockRole.HEADLINE, BlockRole.BODY]


def test_a_prefixed_byline_under_a_header_photo_caption_is_a_byline() -> None:
    photo = Picture(image=ImageRef(box=Box(x0=20, top=100, x1=300, bottom=250)), order=9)
    got = roles(
        block("Stallholders set out crates before dawn.", 20, 253, 7.5, italic=True),
        block("By Анна Смирнова", 20, 270, 7.5, bold=True),
        pictures=(photo,),
    )
    assert got == [BlockRole.CAPTION, BlockRole.BYLINE]


def test_caption_lines_split_off_under_a_narrow_photo_stay_caption() -> None:
    photo = Picture(image=ImageRef(box=Box(x0=20, top=100, x1=150, bottom=180)), order=9)
    got = roles(
        block("Volunteers stretch the recycled roof over", 20, 183, 7.5, italic=True),
        block("the hot-food section on Pier Street, where", 20, 192, 7.5, italic=True),
        block("the stalls stand in two rows; it runs on", 20, 201, 7.5, italic=True),
        block("well past the picture.", 20, 210, 7.5, italic=True),
        block("Body text under the caption, in its own face.", 20, 222),
        pictures=(photo,),
    )
    assert got == [BlockRole.CAPTION] * 4 + [BlockRole.BODY]


def test_a_column_foot_in_the_bottom_band_is_story_text_not_a_folio() -> None:
    foot = block("said Amara Lindgren, 16,", 20, 770)
    column = TextBlock(lines=foot.lines, region=Box(x0=20, top=600, x1=200, bottom=780))
    folio = block("Page 4", 20, 770)
    assert roles(column) == [BlockRole.BODY]
    assert roles(folio) == [BlockRole.FURNITURE]


def test_a_byline_sentence_over_three_lines_in_its_own_face_is_a_byline() -> None:
    # Several writers' names in a narrow column: "This article is by A, B and C." in bold
    # small type takes three lines.
    got = roles(
        block("Old market announced", 20, 100, 13, bold=True),
        block(
            "This article is by Rhea\nBiginn, Juno Zunn and\nTova Theevun.", 20, 118, 8.7, bold=True
        ),
        block("The market in Dosmoor was questioned on Monday as numbers keep growing.", 20, 152),
    )
    assert got[1] is BlockRole.BYLINE


def test_a_three_line_paragraph_in_body_type_opening_with_by_stays_body() -> None:
    got = roles(
        block("Old market announced", 20, 100, 13, bold=True),
        block("By Rhea Biginn, Juno Zunn\nand Tova Theevun, with\nPia Lund and Ola Berg", 20, 118),
    )
    assert got[1] is not BlockRole.BYLINE
