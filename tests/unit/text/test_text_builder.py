"""The text reader through the article builder: datelines as data, job-title lines, teasers
resolved by word share (small invented issues, no PDF)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.model import Issue
from newslayout.model import Role as Contribution
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text

STORY = """Council approves harbor wall repairs
By Ruth Abernathy
North Valley Correspondent

HARBOR CITY — The council voted on Tuesday to repair the old harbor wall before the spring
tides, after a long debate about the cost of the work and who should pay for it.

The work will start next month and take about six weeks, officials said on Tuesday.
"""


def _read(text: str) -> Issue:
    return read_text(text.encode(), options=ReadOptions(), log=Log())


def test_the_text_reader_records_the_dateline_and_keeps_it_in_the_text() -> None:
    (article,) = _read(STORY).articles
    assert article.dateline == "HARBOR CITY"
    first = article.blocks[0]
    assert first.text.startswith("HARBOR CITY — The council")


def test_a_job_title_line_joins_the_byline_over_it() -> None:
    (article,) = _read(STORY).articles
    (byline,) = article.bylines
    assert [(c.name, c.role) for c in byline.contributors] == [
        ("Ruth Abernathy", Contribution.CORRESPONDENT)
    ]
