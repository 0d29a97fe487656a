"""A quotation standing alone between paragraphs, with no stop before its closing mark, is a
pull quote of the story it stands in, never the headline of a new one."""

from __future__ import annotations

import pytest

from newslayout.diagnostics import Log
from newslayout.model import Paragraph, PullQuote
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text
from newslayout.readers.text.s2_units.units import Unit
from newslayout.readers.text.s3_classify.classify import Kind, classify

PAGE = """Harbour wall to be rebuilt in Marlow
By Ruth Abernathy
The old harbour wall in Marlow will be
rebuilt this spring, the council said on
Friday.
“We have waited a long
time for this”
Work will start in May and take about six
weeks, officials in Marlow said. The road
along the quay will close while the crews
are at work, and buses will stop at the
market square instead.
Traders on the quay asked the council to
keep one lane open for deliveries in the
mornings.
The wall was last repaired in 1987, when
a storm broke it in two places.
"""


def test_a_lone_quotation_is_a_pull_quote_of_its_story() -> None:
    (article,) = read_text(PAGE.encode(), options=ReadOptions(), log=Log()).articles
    kinds = [type(b) for b in article.blocks]
    assert kinds == [Paragraph, PullQuote, Paragraph, Paragraph, Paragraph]
    quote = article.blocks[1]
    assert isinstance(quote, PullQuote)
    assert quote.text == "We have waited a long time for this"


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (["“We have waited a long", "time for this”"], Kind.QUOTE),
        (["“It was the worst storm I have seen.”"], None),  # a quoted sentence
        (["“Help,” she said, “is on the way”"], None),  # text outside the marks
    ],
)
def test_only_a_bare_quotation_without_a_stop_is_a_pull_quote(
    lines: list[str], kind: Kind | None
) -> None:
    unit = Unit(lines=tuple(lines), page=1, first=1, last=len(lines), block=0)
    assert (classify(unit).kind is Kind.QUOTE) is (kind is Kind.QUOTE)
