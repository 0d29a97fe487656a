"""A headline set in capitals right over its byline opens its story on a page without blank
lines (``pdftotext -raw``); it is never a kicker kept for a later headline."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text

PAGE = """Harbour wall to be rebuilt in Marlow
By Ruth Abernathy
The old harbour wall in Marlow will be
rebuilt this spring, the council said on
Friday.
Work will start in May and take about six
weeks, officials in Marlow said.
LOCAL QUARRY FOR NEXPORT
By Yara Stokuss and Edda Mell
The quarry in Nexport will reopen next
month after the council approved the
plan on Tuesday.
Work on the access road begins within
weeks, the owners said.
FERRY FARES RISE IN HALLOW
By Ines Braill
Fares on the Hallow ferry will rise by
ten per cent from Monday, the operator
said.
IN BRIEF
Library hours cut. The town library
will close on Mondays.
"""


def test_a_capitals_headline_over_its_byline_opens_its_story() -> None:
    issue = read_text(PAGE.encode(), options=ReadOptions(), log=Log())
    heads = [(a.headline, a.kicker) for a in issue.articles]
    assert heads[1] == ("LOCAL QUARRY FOR NEXPORT", "")
    quarry = issue.articles[1]
    assert [c.name for b in quarry.bylines for c in b.contributors] == ["Yara Stokuss", "Edda Mell"]
    assert quarry.blocks[0].text.startswith("The quarry in Nexport")
    assert len(issue.articles[0].blocks) == 2
