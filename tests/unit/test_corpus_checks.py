"""tools/corpus/checks.py: what both corpus builders require on each page of a typeset issue
(the committed sets' model and the blind generator's drawing pass through the same code)."""

from __future__ import annotations

from tools.corpus import model
from tools.corpus.blind import draw
from tools.corpus.checks import misplaced, part_needles, snippets

TEXT = "one two three four five six seven eight nine ten"


def test_snippets_are_the_first_and_last_words() -> None:
    assert snippets(TEXT) == ["one two three four", "seven eight nine ten"]


def test_needles_of_a_committed_part() -> None:
    fig = model.Figure("A long caption that ends here.", None, "none", 1, "x", 0.6, False)
    part = model.Part(
        page=2,
        blocks=[model.Block("p", TEXT), model.Block("figure", figure=fig), model.Block("p", "a b")],
        jump_in="Continued from page 1",
    )
    assert part_needles(part, "Head") == [
        "Head",
        "Continued from page 1",
        "one two three four",
        "a b",
        "A long caption that ends here."[-30:],
    ]
    assert part_needles(part, None)[0] == "Continued from page 1"


def test_needles_of_a_drawn_part() -> None:
    fig = draw.Figure("Caption.", "Ann Lee", "Photo: Ann Lee", "prefix", 3, 0.7)
    part = draw.Part(page=1, blocks=[draw.Block("figure", figure=fig)], jump_out="See page 4")
    assert part_needles(part, "Head") == ["Head", "See page 4", "Caption."]


def test_misplaced_names_what_is_missing_and_where() -> None:
    def on_page(text: str, page: int) -> bool:
        return page == 1 and text != "gone"

    assert misplaced(on_page, "s1 part 0", 1, ["here", "gone"]) == [
        "s1 part 0: 'gone' not on page 1"
    ]
    assert misplaced(on_page, "s1 part 1", 2, ["here"]) == ["s1 part 1: 'here' not on page 2"]
