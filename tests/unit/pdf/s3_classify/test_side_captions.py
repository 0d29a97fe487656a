"""A caption set in a narrow column beside its picture, level with it, is a caption, and it
joins that picture's figure with the credit under it (no PDF)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s4_assemble.figure_drafts import group_figures
from newslayout.readers.pdf.types import BlockRole, ImageRef, Picture, TextBlock
from pdf.builders import text_block

BODY = 9.0
PHOTO = Picture(image=ImageRef(box=Box(x0=300, top=40, x1=780, bottom=330)), order=0)
# a second picture lower down in the caption's columns, far from it
LOWER = Picture(image=ImageRef(box=Box(x0=590, top=670, x1=860, bottom=840)), order=5)


def _ctx(*blocks: TextBlock) -> PageContext:
    return PageContext(
        page=1, width=900, height=1300, body=BODY, blocks=blocks, pictures=(PHOTO, LOWER)
    )


def _side_caption() -> TextBlock:
    return text_block("Scene from the play\nby the touring\ncompany", 792, 125, 8.0, order=1)


def test_small_type_level_with_a_picture_at_its_side_is_its_caption() -> None:
    ctx = _ctx(_side_caption())
    assert [c.role for c in classify_page(ctx, RULES)] == [BlockRole.CAPTION]


def test_body_type_beside_a_picture_stays_body() -> None:
    block = text_block("Text of the story\nset beside the\nphoto in body type", 792, 125, 9.0)
    assert [c.role for c in classify_page(_ctx(block), RULES)] == [BlockRole.BODY]


def test_small_type_beside_a_picture_but_below_it_is_no_side_caption() -> None:
    block = text_block("Small print far\nunder the level\nof the photo", 792, 500, 8.0)
    assert [c.role for c in classify_page(_ctx(block), RULES)] != [BlockRole.CAPTION]


def test_the_side_caption_and_its_credit_join_the_picture_they_are_level_with() -> None:
    credit = text_block("Foto: Tiago Lima", 792, 175, 8.0, order=2)
    classified = classify_page(_ctx(_side_caption(), credit), RULES)
    assert [c.role for c in classified] == [BlockRole.CAPTION, BlockRole.CREDIT]
    figures = group_figures(classified, [PHOTO, LOWER], 1, Log())
    photo = next(f for f in figures if f.picture is PHOTO)
    assert [c.block.text for c in photo.captions] == ["Scene from the play by the touring company"]
    assert [c.block.text for c in photo.credits] == ["Foto: Tiago Lima"]


def test_short_cells_beside_a_picture_are_no_caption() -> None:
    # a results table's cells in small type beside a picture: no phrase, no caption
    cells = [
        text_block(name, 792, 100 + 14 * i, 8.0, order=i)
        for i, name in enumerate(["Alderbrook", "Kingsford", "Netball Division One"])
    ]
    assert BlockRole.CAPTION not in [c.role for c in classify_page(_ctx(*cells), RULES)]


CENTRED_PHOTO = Picture(image=ImageRef(box=Box(x0=70, top=170, x1=410, bottom=400)), order=0)


def _under(*blocks: TextBlock) -> list[BlockRole]:
    ctx = PageContext(
        page=2, width=1000, height=1400, body=14.0, blocks=blocks, pictures=(CENTRED_PHOTO,)
    )
    return [c.role for c in classify_page(ctx, RULES)]


def test_body_type_centred_under_a_picture_is_its_caption_with_its_next_line() -> None:
    # the picture's middle is x 240; each line centred on it, the second split off
    first = text_block("Session one led by a visiting", 148, 412, 14.0, order=1)
    second = text_block("scientist on day one", 170, 429, 14.0, order=2)
    assert _under(first, second) == [BlockRole.CAPTION, BlockRole.CAPTION]


def test_body_text_from_the_left_edge_under_a_picture_stays_body() -> None:
    text = text_block("The story goes on under\nthe picture from the left.", 70, 412, 14.0)
    assert _under(text) == [BlockRole.BODY]


def test_a_paragraph_going_on_under_a_picture_is_no_centred_caption() -> None:
    # lower case first word, lines flush at the column's left edge
    text = text_block("board has agreed to pay\nfor two years.", 150, 412, 14.0)
    assert _under(text) == [BlockRole.BODY]


def test_an_indented_paragraph_with_a_short_last_line_is_no_centred_caption() -> None:
    # the first line indented, the last one short: neither edge shared, both near the
    # picture's middle (x 240: middles 255 and 231), but more than an em apart
    first = text_block("The Story goes on under the photo", 150, 412, 14.0).lines[0]
    last = text_block("and it ends on that very day.", 140, 429, 14.0).lines[0]
    block = TextBlock(lines=(first, last), region=first.box.union(last.box), order=1)
    assert _under(block) != [BlockRole.CAPTION]


def test_a_subhead_over_its_column_near_a_wide_pictures_middle_is_no_centred_caption() -> None:
    # "Modest stadium funded" starts a column whose left edge falls near the middle of a
    # photo across several columns (x 240): the text under it starts at its edge, wider
    head = text_block("Modest stadium", 186, 412, 14.0, order=1)
    column = text_block(
        "Work on the orchard began late on\nThursday, the head teacher said.",
        186,
        430,
        14.0,
        order=2,
    )
    roles = _under(head, column)
    assert roles[0] is not BlockRole.CAPTION
    # the same line centred over a narrower centred second line stays the caption
    second = text_block("at noon", 215, 430, 14.0, order=2)
    assert _under(head, second)[0] is BlockRole.CAPTION


def test_body_type_under_a_pictures_middle_level_with_a_column_beside_it_is_no_caption() -> None:
    # the same centred lines, but the photo runs across three columns and the first
    # column's text stands level with them: one column's paragraph, not a caption
    first = text_block("Session one led by a visiting", 148, 412, 14.0, order=2)
    second = text_block("scientist on day one", 170, 429, 14.0, order=3)
    beside = text_block("the pier\non Monday.", 72, 412, 14.0, order=1)
    assert BlockRole.CAPTION not in _under(beside, first, second)


def _under_side_captioned(*blocks: TextBlock) -> list[BlockRole]:
    return [c.role for c in classify_page(_ctx(*blocks), RULES)]


def _subhead_under_photo() -> list[TextBlock]:
    # a small bold subhead opening a column right under the photo's foot, its text under it
    head = text_block("A smaller levy", 400, 338, 8.5, bold=True, order=2)
    text = text_block(
        "The most contested part of\nthe package was the special\nlevy on the properties.",
        400,
        350,
        BODY,
        order=3,
    )
    return [head, text]


def _foot_caption() -> TextBlock:
    # a side caption set down to the picture's foot (PHOTO ends at 330)
    return text_block("Scene from the play\nby the touring\ncompany", 792, 304, 8.0, order=1)


def test_small_type_under_a_side_captioned_picture_is_the_storys_not_more_caption() -> None:
    # the caption ends at the picture's foot: a subhead under the picture is a subhead
    roles = _under_side_captioned(_foot_caption(), *_subhead_under_photo())
    assert roles == [BlockRole.CAPTION, BlockRole.SUBHEAD, BlockRole.BODY]


def test_small_type_beside_a_picture_above_its_foot_leaves_the_caption_under_it() -> None:
    # small type level with the picture's top half (a deck or byline of a story set beside
    # it, or a caption set from the top): the line under the picture is still its caption
    roles = _under_side_captioned(_side_caption(), *_subhead_under_photo())
    assert roles[:2] == [BlockRole.CAPTION, BlockRole.CAPTION]


def test_small_type_under_a_picture_without_side_caption_is_still_its_caption() -> None:
    # the same line under a picture with no caption beside it: the picture's caption
    roles = _under_side_captioned(*_subhead_under_photo())
    assert roles[0] == BlockRole.CAPTION


def test_the_caption_of_a_small_photo_beside_a_picture_leaves_its_caption_under_it() -> None:
    # a small photo in the column right of PHOTO with its own caption under it: that
    # caption is beside PHOTO too, but it hangs from the small photo, so the line under
    # PHOTO is still PHOTO's caption
    small = Picture(image=ImageRef(box=Box(x0=792, top=250, x1=890, bottom=300)), order=6)
    own = text_block("The small photo's own\ncaption under it here", 792, 304, 8.0, order=1)
    under = text_block("The big photo's caption under it", 400, 334, 8.0, order=2)
    ctx = PageContext(
        page=1, width=900, height=1300, body=BODY, blocks=(own, under), pictures=(PHOTO, small)
    )
    assert [c.role for c in classify_page(ctx, RULES)] == [BlockRole.CAPTION, BlockRole.CAPTION]
