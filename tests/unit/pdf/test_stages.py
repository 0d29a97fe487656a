"""Stages 2 and 4-7 on small typed inputs: blocks, rules, assemble, thread, normalize."""

from __future__ import annotations

from newslayout.cues import Dehyphenator
from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.readers.pdf.s2_layout.blocks import region_blocks
from newslayout.readers.pdf.s2_layout.columns import Region, segments
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s4_assemble.assemble import assemble_page
from newslayout.readers.pdf.s4_assemble.thread import thread_parts
from newslayout.readers.pdf.s5_compose.normalize import lines_text
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock, Word
from pdf.builders import line_words, text_block

BODY = 10.0


def _region(words: list[Word]) -> Region:
    items = segments(words)
    box = items[0].box
    for i in items[1:]:
        box = box.union(i.box)
    return Region(box=box, items=tuple(items))


def _blocks(*lines: list[Word]) -> list[TextBlock]:
    words = [w for line in lines for w in line]
    return [b for b in region_blocks(_region(words), BODY) if isinstance(b, TextBlock)]


def test_indent_starts_a_new_paragraph() -> None:
    blocks = _blocks(
        line_words("aaaa bbbb cccc dddd", 10, 100),
        line_words("eeee ffff gggg hhhh", 10, 112),
        line_words("iiii jjjj kkkk", 20, 124),
        line_words("llll mmmm nnnn oooo", 10, 136),
    )
    assert [b.text for b in blocks] == [
        "aaaa bbbb cccc dddd eeee ffff gggg hhhh",
        "iiii jjjj kkkk llll mmmm nnnn oooo",
    ]


def test_short_line_ends_a_paragraph_when_the_next_word_would_fit() -> None:
    blocks = _blocks(
        line_words("aaaa bbbb cccc dddd", 10, 100),
        line_words("eeee", 10, 112),
        line_words("ffff gggg hhhh iiii", 10, 124),
    )
    assert len(blocks) == 2 and blocks[1].text.startswith("ffff")


def test_font_change_splits_blocks() -> None:
    blocks = _blocks(
        line_words("A subhead", 10, 100, bold=True), line_words("body text goes here", 10, 112)
    )
    assert [b.bold for b in blocks] == [True, False]


def _ctx(blocks: list[TextBlock], page: int = 1) -> PageContext:
    numbered = [TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)]
    return PageContext(page=page, width=600, height=800, body=BODY, blocks=tuple(numbered))


def _block(
    text: str,
    x0: float,
    top: float,
    size: float = BODY,
    *,
    bold: bool = False,
    italic: bool = False,
) -> TextBlock:
    page = Box(x0=0, top=0, x1=600, bottom=800)
    return text_block(text, x0, top, size, bold=bold, italic=italic, region=page)


def _roles(blocks: list[TextBlock], page: int = 1) -> list[BlockRole]:
    return [c.role for c in classify_page(_ctx(blocks, page), RULES)]


def test_rules_give_headline_byline_body_and_jump() -> None:
    blocks = [
        _block("Harbor wall to be rebuilt", 10, 100, 24.0, bold=True),
        _block("By Ana Ruiz and Tom Lee", 10, 130, 8.0, bold=True),
        _block("The council voted on Tuesday night to rebuild.", 10, 150),
        _block("Continued on page 3", 10, 170, 8.0, italic=True),
    ]
    assert _roles(blocks, page=2) == [
        BlockRole.HEADLINE,
        BlockRole.BYLINE,
        BlockRole.BODY,
        BlockRole.JUMP_OUT,
    ]


def test_disabled_rule_falls_through_to_body() -> None:
    blocks = [_block("Harbor wall to be rebuilt", 10, 100, 24.0, bold=True)]
    found = classify_page(_ctx(blocks, 2), RULES, frozenset({"headline"}))
    assert found[0].role is BlockRole.BODY


def _classified(block: TextBlock, role: BlockRole, order: int, page: int = 1) -> ClassifiedBlock:
    numbered = TextBlock(lines=block.lines, region=block.region, order=order)
    return ClassifiedBlock(block=numbered, role=role, page=page)


def test_side_by_side_articles_never_mix() -> None:
    items = [
        _classified(_block("Left story", 10, 100, 24.0), BlockRole.HEADLINE, 0),
        _classified(_block("Right story", 310, 100, 24.0), BlockRole.HEADLINE, 1),
        _classified(_block("left body", 10, 140), BlockRole.BODY, 2),
        _classified(_block("right body", 310, 140), BlockRole.BODY, 3),
    ]
    parts = assemble_page(items, [], page=1, body=BODY, log=Log())
    bodies = [[i.block.text for i in p.items if isinstance(i, ClassifiedBlock)] for p in parts]
    assert bodies == [["left body"], ["right body"]]


def test_jump_is_threaded_to_its_continuation_by_keyword() -> None:
    one = assemble_page(
        [
            _classified(_block("Budget vote passes", 10, 100, 24.0), BlockRole.HEADLINE, 0),
            _classified(_block("first part", 10, 140), BlockRole.BODY, 1),
            _classified(_block("See BUDGET, page 2", 10, 160, 8.0), BlockRole.JUMP_OUT, 2),
        ],
        [],
        page=1,
        body=BODY,
        log=Log(),
    )
    two = assemble_page(
        [
            _classified(_block("Weather", 10, 100, 24.0), BlockRole.HEADLINE, 0, 2),
            _classified(_block("rain again", 10, 140), BlockRole.BODY, 1, 2),
            _classified(_block("BUDGET", 310, 100, 14.0), BlockRole.JUMP_HEAD, 2, 2),
            _classified(_block("Continued from page 1", 310, 120, 8.0), BlockRole.JUMP_IN, 3, 2),
            _classified(_block("second part", 310, 140), BlockRole.BODY, 4, 2),
        ],
        [],
        page=2,
        body=BODY,
        log=Log(),
    )
    log = Log()
    drafts = thread_parts(one + two, log)
    assert [[p.page for p in d.parts] for d in drafts] == [[1, 2], [2]]
    assert len(log) == 0


def test_unmatched_jump_is_a_diagnostic() -> None:
    parts = assemble_page(
        [
            _classified(_block("Budget vote passes", 10, 100, 24.0), BlockRole.HEADLINE, 0),
            _classified(_block("See page 5", 10, 160, 8.0), BlockRole.JUMP_OUT, 1),
        ],
        [],
        page=1,
        body=BODY,
        log=Log(),
    )
    log = Log()
    thread_parts(parts, log)
    assert [d.code for d in log] == ["unmatched-jump"]


def test_line_end_hyphens_are_decided_by_evidence() -> None:
    lines = [
        Line(words=tuple(line_words("an emerg-", 0, 0))),
        Line(words=tuple(line_words("ing high-", 0, 12))),
        Line(words=tuple(line_words("quality plan", 0, 24))),
    ]
    dehyphenator = Dehyphenator.from_texts(["a high-quality school"])
    assert lines_text(lines, dehyphenator) == "an emerging high-quality plan"
