"""Photo credits set one word to a line (``s3_classify.stackedcredits``): joined into one
credit, and the caption under them found (invented ``pdftotext -raw`` pages)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.model import Figure, Issue, Paragraph
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text
from newslayout.readers.text.s2_units.units import Unit
from newslayout.readers.text.s3_classify.classify import Kind, classify
from newslayout.readers.text.s3_classify.stackedcredits import (
    join_stacked_credits,
    join_wrapped_credits,
)

CAPTION = "“We have waited a long time for this,” told reporters Bodil Thoun, a local trader."
PAGE = (
    "The Valley Post\nHarbour wall to be rebuilt\nBy Ada Quill\n"
    "Orla\nShoajack\n/\nValley\nPost\n"
    + CAPTION
    + "\nThe council approved the\nrepairs on Tuesday after\na long wait for money.\n"
    "Boats will moor in the\nouter basin until May.\n"
)


def _read(text: str) -> Issue:
    return read_text(text.encode(), options=ReadOptions(), log=Log())


def test_a_credit_one_word_to_a_line_is_one_credit_over_its_caption() -> None:
    blocks = [b for a in _read(PAGE).articles for b in a.blocks]
    figures = [(b.caption_text, b.credit) for b in blocks if isinstance(b, Figure)]
    assert figures == [(CAPTION, "Orla Shoajack / Valley Post")]
    first = next(b for b in blocks if isinstance(b, Paragraph))
    assert first.text.startswith("The council approved")


def test_short_lines_that_make_no_credit_are_left_alone() -> None:
    units = [
        Unit(lines=(line,), page=1, first=n, last=n, block=1)
        for n, line in enumerate(["Dusport museum", "to expand on", "Saturday", "morning"])
    ]
    items = [classify(u) for u in units]
    assert join_stacked_credits(items, classify) == items


def test_the_units_the_credit_was_cut_from_are_classified_again() -> None:
    units = [
        Unit(lines=("Orla",), page=1, first=1, last=1, block=1),
        Unit(lines=("Shoajack", "/", "Valley", "Post", CAPTION), page=1, first=2, last=6, block=1),
    ]
    out = join_stacked_credits([classify(u) for u in units], classify)
    assert [(x.kind, x.unit.lines) for x in out] == [
        (Kind.CREDIT, ("Orla Shoajack / Valley Post",)),
        (Kind.BODY, (CAPTION,)),
    ]
    assert [(x.unit.first, x.unit.last) for x in out] == [(1, 5), (6, 6)]


def test_a_credit_label_ending_a_caption_takes_the_name_on_the_next_line() -> None:
    caption = ("The new pier opened on Friday,", "the site manager said. Photo:")
    units = [
        Unit(lines=caption, page=1, first=1, last=2, block=1),
        Unit(lines=("Bodil Leazoar",), page=1, first=3, last=3, block=1),
        Unit(lines=("IN BRIEF",), page=1, first=4, last=4, block=1),
    ]
    out = join_wrapped_credits([classify(u) for u in units], classify)
    assert [(x.kind, x.unit.lines) for x in out] == [
        (Kind.CAPTION, (*caption, "Bodil Leazoar")),
        (Kind.TITLE, ("IN BRIEF",)),
    ]


def test_a_paragraph_ending_on_a_colon_keeps_the_next_line() -> None:
    units = [
        Unit(lines=("The mayor said this about the photo:",), page=1, first=1, last=1, block=1),
        Unit(lines=("It was taken in the rain.",), page=1, first=2, last=2, block=1),
    ]
    items = [classify(u) for u in units]
    assert join_wrapped_credits(items, classify) == items


def test_two_credits_stacked_one_under_the_other_are_two() -> None:
    words = ["Orla", "Cloufeass", "/", "Gindstead", "Echo", "Ada", "Noung", "/", "Gindstead"]
    units = [
        Unit(lines=(word,), page=1, first=n, last=n, block=1)
        for n, word in enumerate([*words, "Echo"])
    ]
    out = join_stacked_credits([classify(u) for u in units], classify)
    assert [(x.kind, x.unit.text) for x in out] == [
        (Kind.CREDIT, "Orla Cloufeass / Gindstead Echo"),
        (Kind.CREDIT, "Ada Noung / Gindstead Echo"),
    ]


def test_a_stacked_credit_takes_no_paragraph_of_several_sentences_as_its_caption() -> None:
    story = (
        "The council approved the\nrepairs on Tuesday after\na long wait for money. Boats\n"
        "will moor in the outer\nbasin until May.\n"
    )
    page = "The Valley Post\nHarbour wall to be rebuilt\nBy Ada Quill\n" + story
    page += "Orla\nShoajack\n/\nValley\nPost\nIN BRIEF\n"
    blocks = [b for a in _read(page).articles for b in a.blocks]
    assert not [b for b in blocks if isinstance(b, Figure) and b.caption_text]
    assert any(isinstance(b, Paragraph) and "Boats will moor" in b.text for b in blocks)
