"""A deck cut into two blocks: its later lines, starting in lower case, were read as the
headline of a story of their own and took the lead's text and jump line with them."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.deck_runons import DECK_RUNON, deck_runons
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, Line, TextBlock
from pdf.builders import line_words

PAGE = Box(x0=0, top=0, x1=900, bottom=1300)


def _c(
    text: str, x0: float, top: float, size: float, role: BlockRole, *, italic: bool = False
) -> ClassifiedBlock:
    line = Line(words=tuple(line_words(text, x0, top, size, italic=italic)))
    order = int(top) * 10 + int(x0)
    return ClassifiedBlock(
        block=TextBlock(lines=(line,), region=PAGE, order=order, hyphen_end=text.endswith("-")),
        role=role,
        page=1,
    )


def _lead(deck: str = "Councillors say the work-") -> ArticlePart:
    head = _c("FARMERS OVER HARBOUR", 28, 180, 56.0, BlockRole.HEADLINE)
    return ArticlePart(
        page=1,
        opener=head,
        decks=(_c(deck, 28, 357, 25.4, BlockRole.DECK, italic=True),),
        order=head.block.order,
    )


def _runon(text: str = "shop was moved to make room", top: float = 388.0) -> ArticlePart:
    head = _c(text, 28, top, 25.4, BlockRole.HEADLINE, italic=True)
    body = _c("RALBRIDGE — The cost has risen.", 28, 720, 10.6, BlockRole.BODY)
    jump = _c("Continued on page A2", 190, 763, 9.0, BlockRole.JUMP_OUT)
    return ArticlePart(page=1, opener=head, items=(body, jump), order=head.block.order)


def test_lower_case_head_under_a_deck_cut_mid_sentence_joins_it() -> None:
    parts = deck_runons([_lead(), _runon()])
    assert len(parts) == 1
    lead = parts[0]
    assert lead.headline == "FARMERS OVER HARBOUR"
    (deck,) = lead.decks
    assert deck.rule == DECK_RUNON
    assert deck.block.text == "Councillors say the work- shop was moved to make room"
    assert [i.role for i in lead.items if isinstance(i, ClassifiedBlock)] == [
        BlockRole.BODY,
        BlockRole.JUMP_OUT,
    ]


def test_capital_head_is_a_story_of_its_own() -> None:
    parts = deck_runons([_lead(), _runon("Shop was moved to make room")])
    assert len(parts) == 2


def test_deck_ending_a_sentence_takes_nothing() -> None:
    parts = deck_runons([_lead("Councillors say the workshop moved."), _runon()])
    assert len(parts) == 2


def test_head_far_below_the_deck_or_in_another_face_stays() -> None:
    assert len(deck_runons([_lead(), _runon(top=480.0)])) == 2
    roman = _runon()
    assert roman.opener is not None
    upright = _c("shop was moved to make room", 28, 388, 25.4, BlockRole.HEADLINE)
    other = ArticlePart(page=1, opener=upright, items=roman.items, order=roman.order)
    assert len(deck_runons([_lead(), other])) == 2
