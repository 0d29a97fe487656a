"""Small bold heads that open a story of their own, told from subheads by what is around
them: a rule drawn right over the head (``ruled_heads``), or a row of other heads level with
it while it stands clear of the text above (``head_rows``)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.head_rows import heads_head_row
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, DrawnRule, TextBlock
from pdf.builders import text_block

BODY = 9.0
TEXT = (
    "The council said on Tuesday that the wall\n"
    "will be rebuilt before the winter storms\n"
    "and the work starts in the spring."
)
HEAD = "Quiet harbour repaired"


def _classify(blocks: list[TextBlock], rules: tuple[DrawnRule, ...] = ()) -> list[ClassifiedBlock]:
    ordered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)
    )
    ctx = PageContext(page=1, width=900, height=1300, body=BODY, blocks=ordered, rules=rules)
    return classify_page(ctx, RULES)


def _rule(x0: float, x1: float, y: float) -> DrawnRule:
    return DrawnRule(box=Box(x0=x0, top=y, x1=x1, bottom=y))


def _story_with_small_head(head_top: float) -> list[TextBlock]:
    """Text in a column, then a small bold head and more text under it."""
    return [
        text_block(TEXT, 40, 500.0, BODY),
        text_block(HEAD, 40, head_top, 12.0, bold=True),
        text_block(TEXT, 40, head_top + 15.0, BODY),
    ]


def _role_of(classified: list[ClassifiedBlock], text: str) -> BlockRole:
    return next(c.role for c in classified if c.block.text.strip() == text)


def test_a_small_head_under_a_rule_opens_a_story() -> None:
    blocks = _story_with_small_head(560.0)
    assert _role_of(_classify(blocks), HEAD) is BlockRole.SUBHEAD
    ruled = _classify(blocks, (_rule(40, 260, 556.0),))
    assert _role_of(ruled, HEAD) is BlockRole.HEADLINE
    assert next(c.rule for c in ruled if c.block.text.strip() == HEAD) == "row-head"


def test_a_rule_far_above_left_of_or_narrower_than_the_head_says_nothing() -> None:
    blocks = _story_with_small_head(560.0)
    for rule in (
        _rule(40, 260, 530.0),  # over the text above the head, not right over the head
        _rule(-200, 260, 556.0),  # a story-wide rule that starts columns to the left
        _rule(40, 80, 556.0),  # a short dash over the head's first word
    ):
        assert _role_of(_classify(blocks, (rule,)), HEAD) is BlockRole.SUBHEAD


def test_text_between_the_rule_and_the_head_keeps_it_a_subhead() -> None:
    blocks = [
        text_block("the end of a paragraph", 40, 548.0, BODY),
        *_story_with_small_head(560.0)[1:],
    ]
    assert _role_of(_classify(blocks, (_rule(40, 260, 546.0),)), HEAD) is BlockRole.SUBHEAD


def _row(top: float) -> list[TextBlock]:
    """Two other stories' heads side by side, a bold one and a large roman one, from ``top``."""
    return [
        text_block("Harbour wall to be rebuilt", 300, top, 16.0, bold=True),
        text_block(TEXT, 300, top + 20.0, BODY),
        text_block("Ferry fares go up", 560, top, 16.0),
        text_block(TEXT, 560, top + 20.0, BODY),
    ]


def test_a_small_head_level_with_a_row_of_heads_opens_a_story() -> None:
    # the text above ends near 531: a head at 560 stands three em clear of it
    clear = _story_with_small_head(560.0)
    assert _role_of(_classify([*clear, *_row(560.0)]), HEAD) is BlockRole.HEADLINE
    # clear of the text above, but only one other head level with it: no row
    assert _role_of(_classify([*clear, *_row(560.0)[:2]]), HEAD) is BlockRole.SUBHEAD
    # level with the row, but the heads lie lower: not level
    assert _role_of(_classify([*clear, *_row(580.0)]), HEAD) is BlockRole.SUBHEAD


def test_a_small_head_set_close_under_text_stays_a_subhead_in_a_row() -> None:
    # a leading or so under the text above: the story runs on through its subhead
    near = _story_with_small_head(541.0)
    assert _role_of(_classify([*near, *_row(541.0)]), HEAD) is BlockRole.SUBHEAD


def _ctx(blocks: list[TextBlock]) -> PageContext:
    ordered = tuple(
        TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks)
    )
    return PageContext(page=1, width=900, height=1300, body=BODY, blocks=ordered)


def test_a_roman_title_level_with_a_row_of_heads_heads_a_row() -> None:
    story = [
        text_block(TEXT, 40, 500.0, BODY),
        text_block("Canal to expand after a long wait", 40, 560.0, 15.0),
        text_block(TEXT, 40, 580.0, BODY),
    ]
    alone = _ctx(story)
    assert not heads_head_row(alone.blocks[1], alone)
    row = _ctx([*story, *_row(560.0)])
    assert heads_head_row(row.blocks[1], row)
    # a title with a closing stop is a sentence (a quote), not a head, row or no row
    quoted = _ctx([story[0], text_block("We will wait.", 40, 560.0, 15.0), story[2], *_row(560.0)])
    assert not heads_head_row(quoted.blocks[1], quoted)
