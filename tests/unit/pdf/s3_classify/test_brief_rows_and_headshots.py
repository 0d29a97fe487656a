"""Two conventions of real pages read by place: a row of brief heads side by side (each opens
a story; one such line alone is a subhead), and a columnist's name beside a headshot (the
column's byline, its bare name read as a contributor)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.portrait_names import HEADSHOT_RULE
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s5_compose.compose import bylines_with_titles
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, ImageRef, Picture, TextBlock
from pdf.builders import text_block

BODY = 9.0
TEXT = (
    "The council said on Tuesday that the wall\n"
    "will be rebuilt before the winter storms\n"
    "and the work starts in the spring."
)


def _classify(blocks: list[TextBlock], pictures: tuple[Picture, ...] = ()) -> list[ClassifiedBlock]:
    ordered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)
    )
    ctx = PageContext(page=1, width=900, height=1300, body=BODY, blocks=ordered, pictures=pictures)
    return classify_page(ctx, RULES)


def _brief(x0: float, head: str, top: float = 600.0) -> list[TextBlock]:
    return [
        text_block(head, x0, top, 12.0, bold=True),
        text_block(TEXT, x0, top + 15.0, BODY),
    ]


def test_a_row_of_brief_heads_opens_a_story_each() -> None:
    blocks = [
        *_brief(40, "Serious talks"),
        *_brief(300, "Despair conquered"),
        *_brief(560, "Ship for the navy"),
    ]
    roles = [c.role for c in _classify(blocks)]
    assert roles[0::2] == [BlockRole.HEADLINE] * 3
    assert roles[1::2] == [BlockRole.BODY] * 3


def test_one_or_two_level_heads_are_no_row() -> None:
    two = [*_brief(40, "Serious talks"), *_brief(300, "Despair conquered")]
    assert all(c.rule != "row-head" for c in _classify(two))
    # three heads, but not level: subheads of columns that happen to fall near one another
    staggered = [
        *_brief(40, "Serious talks"),
        *_brief(300, "Despair conquered", 640),
        *_brief(560, "Ship for the navy", 680),
    ]
    assert all(c.rule != "row-head" for c in _classify(staggered))


HEADSHOT = Picture(image=ImageRef(box=Box(x0=45, top=1107, x1=102, bottom=1181)))


def test_a_name_beside_a_headshot_is_the_byline() -> None:
    name = text_block("Nadja Mitzkat", 110, 1113, 11.0)
    (c,) = [
        c
        for c in _classify([name, text_block(TEXT, 250, 1110, BODY)], (HEADSHOT,))
        if c.block.text == name.text
    ]
    assert c.role is BlockRole.BYLINE and c.rule == HEADSHOT_RULE
    (byline,) = bylines_with_titles([c], 1)
    assert [p.name for p in byline.contributors] == ["Nadja Mitzkat"]


def test_a_name_under_a_photo_or_beside_a_wide_one_is_no_byline() -> None:
    under = text_block("Nadja Mitzkat", 45, 1190, 11.0)
    sentence = text_block("Familie und Gedöns ist hier", 110, 1113, 11.0)
    wide = Picture(image=ImageRef(box=Box(x0=0, top=1107, x1=102 + 300, bottom=1181)))
    beside_wide = text_block("Nadja Mitzkat", 410, 1113, 11.0)
    for block, pic in ((under, HEADSHOT), (sentence, HEADSHOT), (beside_wide, wide)):
        (c,) = [c for c in _classify([block], (pic,))]
        assert c.rule != HEADSHOT_RULE
