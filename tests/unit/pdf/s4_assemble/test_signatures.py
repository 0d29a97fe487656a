"""Signatures (no PDF): the writer's bare name, italic, flush right at a story's end is its
byline, on a line of its own or on the story's last line; the same name in the story's own
face, set flush left, or with story text under it, stays text."""

from __future__ import annotations

from dataclasses import replace

from newslayout.geometry import Box
from newslayout.model import Span
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.end_bylines import end_byline, end_bylines
from newslayout.readers.pdf.s4_assemble.signatures import split_tail_signature
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock, Word
from pdf.builders import classified, line_words, text_block

SIZE = 9.0
COLUMN = Box(x0=10, top=100, x1=190, bottom=400)
PROSE = "\n".join(
    [
        "The harbour board met on Monday and",
        "voted to rebuild the wall before the",
        "storms of the winter reach the quay.",
    ]
)


def _story(top: float = 100) -> ClassifiedBlock:
    return classified(text_block(PROSE, 10, top, SIZE, region=COLUMN, order=1), BlockRole.BODY)


def _right_edge() -> float:
    return _story().block.box.x1


def _flush_right(text: str, top: float, *, italic: bool = True) -> list[Word]:
    """The words of ``text`` set so the last ends at the column's right edge."""
    words = line_words(text, 0, top, SIZE, italic=italic)
    shift = _right_edge() - words[-1].x1
    return [replace(w, x0=w.x0 + shift, x1=w.x1 + shift) for w in words]


def _line_block(words: list[Word], order: int = 2) -> ClassifiedBlock:
    block = TextBlock(lines=(Line(words=tuple(words)),), region=COLUMN, order=order)
    return classified(block, BlockRole.BODY)


def _part(*items: ClassifiedBlock) -> ArticlePart:
    return ArticlePart(page=1, opener=None, items=items)


def test_an_italic_name_flush_right_under_the_story_is_its_byline() -> None:
    sign = _line_block(_flush_right("Stefan Schaaf (mit ap/dpa/epd)", 140))
    assert end_bylines(_part(_story(), sign)) == (sign,)
    byline = end_byline(sign, Span(page=1))
    assert [c.name for c in byline.contributors] == ["Stefan Schaaf"]


def test_the_name_in_the_storys_own_face_stays_text() -> None:
    sign = _line_block(_flush_right("Stefan Schaaf", 140, italic=False))
    assert end_bylines(_part(_story(), sign)) == ()


def test_an_italic_name_flush_left_stays_text() -> None:
    sign = _line_block(line_words("Stefan Schaaf", 10, 140, SIZE, italic=True))
    assert end_bylines(_part(_story(), sign)) == ()


def test_an_italic_name_with_story_text_under_it_stays_text() -> None:
    sign = _line_block(_flush_right("Stefan Schaaf", 140))
    below = classified(
        text_block("More text.", 10, 160, SIZE, region=COLUMN, order=3), BlockRole.BODY
    )
    assert end_bylines(_part(_story(), sign, below)) == ()


def _signed_last_line(text_words: str, name: str, *, italic: bool = True) -> ArticlePart:
    story = _story()
    top = story.block.lines[-1].words[0].top + 1.2 * SIZE
    words = [*line_words(text_words, 10, top, SIZE), *_flush_right(name, top, italic=italic)]
    lines = (*story.block.lines, Line(words=tuple(words)))
    return _part(classified(TextBlock(lines=lines, region=COLUMN, order=1), BlockRole.BODY))


def test_a_signature_on_the_last_line_is_cut_off_and_read_as_the_byline() -> None:
    part = split_tail_signature(_signed_last_line("They agreed.", "Peter Unfried"))
    story, sign = part.items
    assert isinstance(story, ClassifiedBlock) and isinstance(sign, ClassifiedBlock)
    assert story.block.lines[-1].text == "They agreed."
    assert story.block.free_end > 0
    assert end_bylines(part) == (sign,)
    assert [c.name for c in end_byline(sign, Span(page=1)).contributors] == ["Peter Unfried"]


def test_italic_words_after_an_open_sentence_are_not_cut_off() -> None:
    part = _signed_last_line("They agreed with", "Peter Unfried")
    assert split_tail_signature(part) == part


def test_a_roman_name_on_the_last_line_is_not_cut_off() -> None:
    part = _signed_last_line("They agreed.", "Peter Unfried", italic=False)
    assert split_tail_signature(part) == part
