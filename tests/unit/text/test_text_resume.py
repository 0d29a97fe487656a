"""Text moved back to an earlier story by shared words (``body.resume``): only where
pdftotext may have read a neighbour's column between, never on a set-order page (no blank
line, ``pdftotext -raw``) nor in unwrapped text."""

from __future__ import annotations

import pytest

from newslayout.cues import Dehyphenator
from newslayout.diagnostics import Log
from newslayout.model import Span
from newslayout.readers.text.s4_assemble.body import resume
from newslayout.readers.text.s4_assemble.draft import DraftArticle, DraftParagraph
from newslayout.readers.text.s4_assemble.state import State

EARLIER = "The council approved the harbour wall repairs after a debate about the stone."
LATER = "The school library opens a reading room for pupils this spring."
NEIGHBOUR = "The contractor says the harbour wall repairs need more stone than the council paid."


def _state(*, set_order: bool) -> State:
    span = Span(page=1, line=1)
    harbour = DraftArticle(
        id="a1",
        headline="Harbour wall repairs approved",
        blocks=[DraftParagraph(EARLIER, [span])],
        spans=[span],
    )
    school = DraftArticle(
        id="a2",
        headline="School library gets a reading room",
        blocks=[DraftParagraph(LATER, [span])],
        spans=[span],
    )
    st = State(log=Log(), dehyphenator=Dehyphenator.from_texts([]), page_count=1)
    st.articles = [harbour, school]
    st.current = school
    st.set_order = set_order
    return st


@pytest.mark.parametrize(("set_order", "goes_back"), [(False, True), (True, False)])
def test_a_paragraph_goes_back_to_the_story_it_shares_words_with_unless_set_order(
    set_order: bool, goes_back: bool
) -> None:
    st = _state(set_order=set_order)
    resume(st, NEIGHBOUR, new_paragraph=True)
    assert st.current is not None
    assert (st.current.id == "a1") is goes_back
