"""A headline broken over two lines at a compound's hyphen reads as the issue spells it."""

from __future__ import annotations

from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s5_compose.compose import head_and_kicker
from newslayout.readers.pdf.s5_compose.normalize import dehyphenator_for
from newslayout.readers.pdf.types import BlockRole, Line, TextBlock
from pdf.builders import classified, line_words


def _head(*texts: str) -> ArticlePart:
    lines = tuple(Line(words=tuple(line_words(t, 0, 40 * i, 30.0))) for i, t in enumerate(texts))
    return ArticlePart(
        page=1, opener=classified(TextBlock(lines=lines, region=lines[0].box), BlockRole.HEADLINE)
    )


def test_a_compound_broken_over_head_lines_keeps_its_hyphen() -> None:
    head = _head("Councillors agree long-", "awaited depot")
    body = [Line(words=tuple(line_words("the long-awaited depot opens in May", 0, 200)))]
    joiner = dehyphenator_for([*head.opener.block.lines, *body] if head.opener else body)
    assert head_and_kicker(head, joiner) == ("", "Councillors agree long-awaited depot")
    # without the joiner the line end is read as a space, as printed
    assert head_and_kicker(head) == ("", "Councillors agree long- awaited depot")
