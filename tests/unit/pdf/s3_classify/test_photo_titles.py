"""A short display line set right on top of a captioned picture is a stand-alone photo's
title (a headline, rule ``photo-title``); its bold label is cut off as the kicker."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext
from newslayout.readers.pdf.s3_classify.photo_titles import PHOTO_TITLE, photo_titles
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.photo_kickers import PHOTO_KICKER, photo_kickers
from newslayout.readers.pdf.types import (
    BlockRole,
    ClassifiedBlock,
    ImageRef,
    Line,
    Picture,
    TextBlock,
)
from pdf.builders import classified, line_words, text_block

BODY = 9.0
PHOTO = Picture(image=ImageRef(box=Box(x0=248, top=841, x1=852, bottom=1248)), order=5)


def _title_line(top: float = 830.0, x0: float = 249.0, size: float = 13.0) -> TextBlock:
    label = line_words("Die Bildergeschichte", x0, top, size, bold=True)
    rest = line_words("Black Lives Matter", label[-1].x1 + 0.25 * size, top, size)
    return TextBlock(lines=(Line(words=(*label, *rest)),), region=PHOTO.box, order=4)


def _caption(top: float = 1264.0) -> ClassifiedBlock:
    block = text_block("People remember him in the park.", 249, top, 8.5, order=6)
    return classified(block, BlockRole.CAPTION)


def _read(
    title: TextBlock, *others: ClassifiedBlock, role: BlockRole = BlockRole.BODY
) -> ClassifiedBlock:
    blocks = [classified(title, role), *others]
    ctx = PageContext(
        page=1,
        width=900,
        height=1330,
        body=BODY,
        blocks=tuple(c.block for c in blocks),
        pictures=(PHOTO,),
    )
    return photo_titles(blocks, ctx)[0]


def test_a_display_line_on_a_captioned_photo_is_its_title() -> None:
    got = _read(_title_line(), _caption())
    assert (got.role, got.rule) == (BlockRole.HEADLINE, PHOTO_TITLE)


def test_a_line_over_a_photo_with_no_caption_stays_text() -> None:
    assert _read(_title_line(), _caption(top=1290)).role is BlockRole.BODY
    assert _read(_title_line()).role is BlockRole.BODY


def test_a_body_size_line_or_one_away_from_the_photo_stays_text() -> None:
    assert _read(_title_line(size=10.0, top=833), _caption()).role is BlockRole.BODY
    assert _read(_title_line(top=800), _caption()).role is BlockRole.BODY
    assert _read(_title_line(x0=400), _caption()).role is BlockRole.BODY


def test_a_byline_or_caption_over_a_photo_keeps_its_role() -> None:
    got = _read(_title_line(), _caption(), role=BlockRole.CAPTION)
    assert got.role is BlockRole.CAPTION


def _part(title: TextBlock) -> ArticlePart:
    head = ClassifiedBlock(block=title, role=BlockRole.HEADLINE, page=1, rule=PHOTO_TITLE)
    return ArticlePart(page=1, opener=head, order=title.order)


def test_the_bold_label_of_a_photo_title_is_its_kicker() -> None:
    (part,) = photo_kickers([_part(_title_line())])
    assert part.opener is not None
    assert part.opener.block.text == "Black Lives Matter"
    assert [(k.rule, k.block.text) for k in part.kickers] == [
        (PHOTO_KICKER, "Die Bildergeschichte")
    ]


def test_a_title_in_one_weight_or_changing_back_stays_whole() -> None:
    plain = TextBlock(
        lines=(Line(words=tuple(line_words("Black Lives Matter", 249, 830, 13))),), region=PHOTO.box
    )
    back = TextBlock(
        lines=(
            Line(
                words=(
                    *line_words("Die", 249, 830, 13, bold=True),
                    *line_words("Bildergeschichte", 280, 830, 13),
                    *line_words("heute", 400, 830, 13, bold=True),
                )
            ),
        ),
        region=PHOTO.box,
    )
    for title in (plain, back):
        (part,) = photo_kickers([_part(title)])
        assert part.opener is not None and part.opener.block.text == title.text
        assert part.kickers == ()


def test_a_head_not_found_as_a_photo_title_is_never_cut() -> None:
    head = ClassifiedBlock(block=_title_line(), role=BlockRole.HEADLINE, page=1, rule="headline")
    part = ArticlePart(page=1, opener=head)
    assert photo_kickers([part]) == [part]
