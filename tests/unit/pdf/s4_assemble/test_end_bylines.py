"""End bylines (no PDF): "— Reporting by X" after a story's last paragraph is its byline;
the same line under a pull quote, or with story text below it, is not."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.model import Role as Contribution
from newslayout.model import Span
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.end_bylines import end_byline, end_bylines
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock
from pdf.builders import classified, line_words, text_block

LEFT = Box(x0=10, top=100, x1=150, bottom=400)
RIGHT = Box(x0=160, top=100, x1=300, bottom=400)


def _c(
    text: str, top: float, role: BlockRole = BlockRole.BODY, region: Box = LEFT, x0: float = 10
) -> ClassifiedBlock:
    return classified(text_block(text, x0, top, 9.0, region=region), role)


def _part(*items: ClassifiedBlock) -> ArticlePart:
    return ArticlePart(page=1, opener=None, items=items)


def test_a_dash_line_under_all_the_text_is_an_end_byline() -> None:
    last = _c("— Reporting by Ines Calloway", 300)
    part = _part(
        _c("The boats leave.", 100), _c("They go on Monday.", 120, region=RIGHT, x0=160), last
    )
    assert end_bylines(part) == (last,)
    byline = end_byline(last, Span(page=1))
    assert [(c.name, c.role) for c in byline.contributors] == [
        ("Ines Calloway", Contribution.AUTHOR)
    ]


def test_words_and_pictures_credit_two_people() -> None:
    last = _c("— Words by Ilse Gravener; pictures by Wren Castellano", 300)
    byline = end_byline(last, Span(page=1))
    assert [(c.name, c.role) for c in byline.contributors] == [
        ("Ilse Gravener", Contribution.AUTHOR),
        ("Wren Castellano", Contribution.PHOTOGRAPHER),
    ]


def test_text_below_it_in_another_column_keeps_it_a_paragraph() -> None:
    dash = _c("— Ines Calloway", 200)
    part = _part(
        _c("The boats leave.", 100), dash, _c("More text follows.", 250, region=RIGHT, x0=160)
    )
    assert end_bylines(part) == ()


def test_under_a_pull_quote_it_is_the_quotes_attribution() -> None:
    quote = _c("“We will miss the quay”", 280, role=BlockRole.QUOTE)
    dash = _c("— Ines Calloway", 292)
    assert end_bylines(_part(_c("The boats leave.", 100), quote, dash)) == ()


def test_a_letter_signature_with_a_place_is_no_byline() -> None:
    sign = _c("— Oona Pryce, Quay Street", 300)
    assert end_bylines(_part(_c("I write to object.", 100), sign)) == ()


def test_an_end_byline_broken_into_two_blocks_is_one_byline() -> None:
    # a long credit breaks into blocks at a line that stops early; a name broken at a
    # line end ("Peek-" / "est") is joined again
    def at(text: str, top: float, order: int) -> ClassifiedBlock:
        return classified(text_block(text, 10, top, 9.0, region=LEFT, order=order), BlockRole.BODY)

    first = at("— Reporting by Bodil Giechuck; additional reporting by Jora Peek-", 300, 1)
    second = at("est", 310, 2)
    part = _part(at("The boats leave.", 100, 0), first, second)
    assert end_bylines(part) == (first, second)
    byline = end_byline((first, second), Span(page=1))
    assert [c.name for c in byline.contributors] == ["Bodil Giechuck", "Jora Peekest"]


def test_a_three_line_end_byline_in_a_narrow_column() -> None:
    lines = ["— Reporting by Orla", "Togrenn; additional re-", "porting by Jora Caijeck"]
    block = TextBlock(lines=_lines(lines), region=LEFT)
    last = classified(block, BlockRole.BODY)
    part = _part(_c("The boats leave.", 100), last)
    assert end_bylines(part) == (last,)
    names = [c.name for c in end_byline(last, Span(page=1)).contributors]
    assert names == ["Orla Togrenn", "Jora Caijeck"]


def _lines(texts: list[str]) -> tuple[Line, ...]:
    return tuple(
        Line(words=tuple(line_words(t, 10, 300 + 11 * i, 9.0))) for i, t in enumerate(texts)
    )


def test_an_end_byline_wrapped_beside_a_picture_two_words_a_line() -> None:
    # The story's text narrowed by a photo beside it: "— Reporting" / "by Zeno Moajann;
    # additional reporting by Dora Cloan" takes eight lines in two blocks.
    def at(texts: list[str], top: float, order: int) -> ClassifiedBlock:
        lines = tuple(
            Line(words=tuple(line_words(t, 10, top + 11 * i, 9.0))) for i, t in enumerate(texts)
        )
        return classified(TextBlock(lines=lines, region=LEFT, order=order), BlockRole.BODY)

    first = at(["—", "Reporting"], 300, 1)
    second = at(["by Zeno", "Moajann;", "additional", "reporting", "by Dora", "Cloan"], 323, 2)
    part = _part(at(["The boats leave."], 100, 0), first, second)
    assert end_bylines(part) == (first, second)
    names = [c.name for c in end_byline((first, second), Span(page=1)).contributors]
    assert names == ["Zeno Moajann", "Dora Cloan"]


def test_a_long_paragraph_in_a_narrow_column_is_no_end_byline() -> None:
    lines = [
        "— and so",
        "the boats",
        "left the",
        "quay at",
        "dawn, as",
        "they do",
        "every day",
        "in May.",
    ]
    block = TextBlock(lines=_lines(lines), region=LEFT)
    assert end_bylines(_part(_c("The boats leave.", 100), classified(block, BlockRole.BODY))) == ()
