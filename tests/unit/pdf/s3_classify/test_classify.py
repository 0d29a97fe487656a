"""The rule table itself: switching a rule off never changes another rule's answer, pass-1
rules read no verdicts, pass-2 rules read only the verdicts they name, and the per-page
neighbour index answers exactly as a scan of every block does."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.options import ReadOptions
from newslayout.readers.pdf import page_context
from newslayout.readers.pdf.params import ClassifySettings, LayoutSettings
from newslayout.readers.pdf.s1_extract.extract import extract_pages
from newslayout.readers.pdf.s2_layout.columns import body_size
from newslayout.readers.pdf.s3_classify.classify import (
    PageContext,
    Rule,
    Rules,
    classify_page,
    page_answers,
    touch,
    verdict,
)
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.types import BlockRole, Line, TextBlock
from pdf.builders import line_words, text_block

SAMPLE = Path(__file__).parents[3] / "corpus" / "harbor-ledger-sample.pdf"


@cache
def _pages() -> tuple[PageContext, ...]:
    """The sample issue's pages as the reader classifies them (extract and layout run)."""
    contents = extract_pages(SAMPLE, options=ReadOptions(), log=Log(file=str(SAMPLE)))
    body = body_size([w for page in contents for w in page.words])
    layout, settings = LayoutSettings(), ClassifySettings()
    return tuple(page_context(c, body, layout, settings) for c in contents)


def _answers(ctx: PageContext) -> dict[str, list[BlockRole | None]]:
    """Every rule's answer for every block of the page, nothing switched off."""
    _, answer = page_answers(ctx, RULES)
    return {rule.name: [answer(rule, b) for b in ctx.blocks] for rule in RULES}


def test_the_sample_exercises_most_rules() -> None:
    fired = {c.rule for ctx in _pages() for c in classify_page(ctx, RULES)}
    assert len(fired - {"body"}) >= 10, fired


@pytest.mark.parametrize("off", RULES.names)
def test_switching_one_rule_off_changes_no_other_rules_answer(off: str) -> None:
    for ctx in _pages():
        full = _answers(ctx)
        before = classify_page(ctx, RULES)
        after = classify_page(ctx, RULES, frozenset({off}))
        for i, (b, a) in enumerate(zip(before, after, strict=True)):
            if b.rule != off:
                # Every other rule answers as before, so the block keeps its role and rule.
                assert (a.rule, a.role) == (b.rule, b.role), (off, i, b.block.text)
            else:
                # The block goes to the next rule that answered it, else body.
                rest = [(n, full[n][i]) for n in RULES.names if n != off and full[n][i]]
                assert (a.rule, a.role) == (rest[0] if rest else ("body", BlockRole.BODY))


def test_pass_two_rules_read_only_pass_one_verdicts() -> None:
    readers = [r for r in RULES if r.reads]
    names = {r.name for r in readers}
    assert names == {
        "masthead",
        "strip-label",
        "byline-by-place",
        "caption-run",
        "signed-head",
        "peer-head",
    }
    for rule in readers:
        assert all(not RULES.by_name[name].reads for name in rule.reads)


def test_a_table_whose_rule_reads_a_pass_two_rule_is_refused() -> None:
    def never(block: TextBlock, ctx: PageContext) -> BlockRole | None:
        return None

    with pytest.raises(ValueError, match="not a pass-1 rule"):
        Rules((Rule("a", never), Rule("b", never, reads=("a",)), Rule("c", never, reads=("b",))))
    with pytest.raises(ValueError, match="repeat"):
        Rules((Rule("a", never), Rule("a", never)))


def _block(text: str, top: float, size: float = 9.0, *, bold: bool = False) -> TextBlock:
    return text_block(text, 10, top, size, bold=bold, region=Box(x0=10, top=0, x1=300, bottom=800))


def test_a_pass_one_rule_cannot_read_verdicts_and_a_pass_two_rule_only_its_own() -> None:
    def peeks(block: TextBlock, ctx: PageContext) -> BlockRole | None:
        return ctx.said("caption", block)

    head, text = _block("Harbour plan", 10, 20, bold=True), _block("The council met.", 40)
    ctx = PageContext(page=2, width=600, height=800, body=9.0, blocks=(head, text))
    own = Rules((*RULES.rules, Rule("peeks", peeks)))
    with pytest.raises(LookupError):
        verdict("peeks", text, ctx, own)
    wrong = Rules((*RULES.rules, Rule("peeks", peeks, reads=("deck",))))
    with pytest.raises(LookupError):
        verdict("peeks", text, ctx, wrong)
    right = Rules((*RULES.rules, Rule("peeks", peeks, reads=("caption",))))
    assert verdict("peeks", text, ctx, right) is None


def _scan_below(ctx: PageContext, block: TextBlock, within: float) -> TextBlock | None:
    """The block below as the reader found it before the index: a scan of every block."""
    best: TextBlock | None = None
    for other in ctx.blocks:
        gap = other.box.top - block.box.bottom
        if other is block or gap < -touch(block, other) or gap > within:
            continue
        if ctx.stacked(block, other) and (best is None or other.box.top < best.box.top):
            best = other
    return best


def _scan_above(ctx: PageContext, block: TextBlock, within: float) -> TextBlock | None:
    best: TextBlock | None = None
    for other in ctx.blocks:
        gap = block.box.top - other.box.bottom
        if other is block or gap < -touch(block, other) or gap > within:
            continue
        if ctx.stacked(block, other) and (best is None or other.box.bottom > best.box.bottom):
            best = other
    return best


_BLOCKS = st.lists(
    st.tuples(
        st.integers(0, 300),  # x0
        st.integers(0, 400),  # top
        st.sampled_from([6.0, 9.0, 14.0, 30.0]),  # size
        st.integers(1, 6),  # words
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(_BLOCKS, st.sampled_from([0.0, 9.0, 27.0]))
def test_the_neighbour_index_answers_as_a_full_scan(
    specs: list[tuple[int, int, float, int]], within: float
) -> None:
    blocks = []
    for x0, top, size, words in specs:
        line = Line(words=tuple(line_words(" ".join(["word"] * words), x0, top, size)))
        blocks.append(TextBlock(lines=(line,), region=Box(x0=0, top=0, x1=600, bottom=800)))
    ctx = PageContext(page=1, width=600, height=800, body=9.0, blocks=tuple(blocks))
    for block in blocks:
        assert ctx.below(block, within) is _scan_below(ctx, block, within)
        assert ctx.above(block, within) is _scan_above(ctx, block, within)
