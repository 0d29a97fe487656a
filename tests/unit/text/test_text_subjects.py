"""A one-line title between paragraphs on a page without blank lines (``pdftotext -raw``):
a subhead when its section goes on about the story's named subjects, the head of a brief
when its text names things of its own and none of the story's (small invented pages)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.model import Issue, Paragraph, Subhead
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text
from newslayout.readers.text.s4_assemble.subjects import names, new_subject

STORY = """Harbour wall to be rebuilt in Marlow
By Ruth Abernathy
The old harbour wall in Marlow will be
rebuilt this spring, the council said on
Friday.
Work will start in May and take about six
weeks, officials in Marlow said.
"""

SECTION_SAME_SUBJECT = """Costs keep rising
The cost of the Marlow works has risen to
two million pounds, the council
said.
Residents of Marlow will be asked to pay
a share of it next year.
"""

SECTION_NEW_SUBJECT = """Ferry timetable changed
The ferry from Brigstock to Hallow will
sail twice a day from Monday, the
operator said.
Passengers in Brigstock asked for an
earlier boat on Saturdays.
"""


def _read(text: str) -> Issue:
    return read_text(text.encode(), options=ReadOptions(), log=Log())


def test_names_leave_out_sentence_openings_capitals_and_calendar_words() -> None:
    text = "The ferry from Brigstock sails on Friday. Work in May. “Soon,” said Ann Lee of RNLI."
    assert names([text]) == {"Brigstock", "Ann", "Lee"}


def test_new_subject_needs_names_on_both_sides_and_none_shared() -> None:
    above = ["The harbour wall in Marlow will be rebuilt."]
    assert new_subject(above, ["The ferry from Brigstock sails twice a day."])
    assert not new_subject(above, ["The cost of the work in Marlow has risen."])
    assert not new_subject(above, ["The cost has risen again, the council said."])
    assert not new_subject(["The cost has risen."], ["The ferry from Brigstock sails."])


def test_a_title_over_text_about_the_story_subjects_stays_a_subhead() -> None:
    (article,) = _read(STORY + SECTION_SAME_SUBJECT).articles
    assert [b.text for b in article.blocks if isinstance(b, Subhead)] == ["Costs keep rising"]
    assert sum(isinstance(b, Paragraph) for b in article.blocks) == 4


def test_a_title_over_text_naming_new_subjects_heads_a_brief() -> None:
    story, brief = _read(STORY + SECTION_NEW_SUBJECT).articles
    assert story.headline == "Harbour wall to be rebuilt in Marlow"
    assert not any(isinstance(b, Subhead) for b in story.blocks)
    assert brief.headline == "Ferry timetable changed"
    assert [b.text.split()[:3] for b in brief.blocks] == [
        ["The", "ferry", "from"],
        ["Passengers", "in", "Brigstock"],
    ]
