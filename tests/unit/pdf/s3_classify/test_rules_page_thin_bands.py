"""Thin horizontal bands (no PDF): body columns set tight under a picture or under a deck in
display type still read column by column; a strip's label on the teasers' row is furniture."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s2_layout.columns import page_regions
from newslayout.readers.pdf.s3_classify.classify import PageContext, verdict
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, ImageRef, TextBlock, Word
from pdf.builders import column_words, line_words, text_block


def _texts(words: list[Word], images: list[ImageRef]) -> list[str]:
    rows = sorted(words, key=lambda w: (w.bottom, w.x0))
    return [
        " ".join(w.text for i in r.items for w in i.words)
        for r in page_regions(rows, images, [], 10.0)
    ]


COLUMNS = ["aa bb cc", "dd ee ff", "gg hh ii"], ["jj kk ll", "mm nn oo", "pp qq rr"]


def test_columns_tight_under_a_spanning_picture_are_not_read_across() -> None:
    picture = ImageRef(box=Box(x0=10, top=20, x1=150, bottom=96))  # 4 pt over the text
    words = column_words(10, 100, COLUMNS[0]) + column_words(110, 100, COLUMNS[1])
    texts = _texts(words, [picture])
    assert "aa bb cc dd ee ff gg hh ii" in texts
    assert "jj kk ll mm nn oo pp qq rr" in texts


def test_columns_tight_under_a_display_deck_are_not_read_across() -> None:
    deck = line_words("Short deck line", 10, 71, 26.0)  # ends 3 pt over the body
    words = deck + column_words(10, 100, COLUMNS[0]) + column_words(110, 100, COLUMNS[1])
    texts = _texts(words, [])
    assert texts[0] == "Short deck line"
    assert texts[1:] == ["aa bb cc dd ee ff gg hh ii", "jj kk ll mm nn oo pp qq rr"]


def test_lines_of_one_size_as_close_stay_one_node() -> None:
    # Same geometry as above but the top line in body size: no band, one column read whole.
    words = line_words("top line", 10, 97) + column_words(10, 110, COLUMNS[0])
    assert _texts(words, []) == ["top line aa bb cc dd ee ff gg hh ii"]


def _block(text: str, x0: float, top: float = 100.0, bold: bool = False) -> TextBlock:
    return text_block(
        text, x0, top, 9.0, bold=bold, region=Box(x0=x0, top=top, x1=x0 + 200, bottom=top + 9)
    )


def test_a_label_left_of_a_teaser_on_its_row_is_furniture() -> None:
    label = _block("INSIDE", 10, bold=True)
    teaser = _block("The last sailmaker Page 2", 50, bold=True)
    ctx = PageContext(page=1, width=600, height=800, body=9.0, blocks=(label, teaser))
    assert verdict("strip-label", label, ctx, RULES) is BlockRole.FURNITURE


def test_a_label_left_of_story_text_is_not() -> None:
    label = _block("INSIDE", 10, bold=True)
    text = _block("The council met on Monday to vote", 50)
    ctx = PageContext(page=1, width=600, height=800, body=9.0, blocks=(label, text))
    assert verdict("strip-label", label, ctx, RULES) is None
