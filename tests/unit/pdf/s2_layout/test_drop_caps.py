"""A drop cap goes back in front of the word it opens, and the lines under it join the lines
beside it (no PDF)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s2_layout.drop_caps import join_drop_caps
from newslayout.readers.pdf.types import Picture, TextBlock
from pdf.builders import text_block

REGION = Box(x0=40, top=100, x1=200, bottom=400)


def _texts(items: list[TextBlock | Picture]) -> list[str]:
    return [b.text for b in items if isinstance(b, TextBlock)]


def _cap(letter: str) -> TextBlock:
    # 40 pt letter at the column's left edge; its box runs 100..140
    return text_block(letter, 40, 100, 40.0, region=REGION)


def test_the_cap_opens_the_word_beside_it_and_the_wrap_under_it_joins() -> None:
    beside = text_block("ünchen, Königsplatz.\nAm frühen Nachmittag", 62, 101, 9.0, region=REGION)
    under = text_block("ist das Areal noch\nabgesperrt.", 40, 124, 9.0, region=REGION)
    got = join_drop_caps([beside, _cap("M"), under])
    assert _texts(got) == [
        "München, Königsplatz. Am frühen Nachmittag ist das Areal noch abgesperrt."
    ]


def test_a_lone_a_stays_a_word_of_its_own() -> None:
    beside = text_block("quiet street at dusk", 62, 101, 9.0, region=REGION)
    got = join_drop_caps([_cap("A"), beside])
    assert _texts(got) == ["A quiet street at dusk"]


def test_a_big_letter_with_no_text_beside_it_stays() -> None:
    far = text_block("some text far away", 150, 300, 9.0, region=REGION)
    got = join_drop_caps([_cap("M"), far])
    assert _texts(got) == ["M", "some text far away"]


def test_a_letter_the_size_of_the_text_is_no_drop_cap() -> None:
    letter = text_block("B", 40, 100, 12.0, region=REGION)
    beside = text_block("second line", 48, 100, 9.0, region=REGION)
    assert _texts(join_drop_caps([letter, beside])) == ["B", "second line"]


def test_an_italic_end_byline_under_a_capped_story_is_not_its_wrap() -> None:
    # A short story opened by a drop cap, signed right under its text: the italic dash line
    # starts at the cap's left edge like the wrap would, but is no more of the paragraph.
    beside = text_block("ork on the pier stopped\non Monday.", 62, 101, 9.0, region=REGION)
    signed = text_block("— Reporting by Ulla Wiend", 40, 124, 9.0, italic=True, region=REGION)
    got = join_drop_caps([beside, _cap("W"), signed])
    assert _texts(got) == ["Work on the pier stopped on Monday.", "— Reporting by Ulla Wiend"]
