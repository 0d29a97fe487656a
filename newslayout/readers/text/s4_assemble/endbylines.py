"""Bylines printed at the END of a story ("— Reporting by X", "— X"), and the bar headers
that go with them.

An end byline belongs to the story whose text it closes, so it goes to the current article
(or, when a jump line or a folio closed that article on this page, to the article closed
last) and closes it: text after it opens no paragraph of that story. The wording cannot
tell "— Jane Doe" under a story from the same line under a pull quote: position decides,
and a pull quote still missing its attribution right before the line takes it.

A bar header ("TOWN | Flax mill ...", ``barheads``) opens its article at once, with the
kicker split off and the deck the line shape found; these layouts print no byline under it.
"""

from __future__ import annotations

from dataclasses import replace

from newslayout.model import PullQuote
from newslayout.readers.builder.bylines import end_byline as end_byline_of
from newslayout.readers.builder.bylines import names_new_writers
from newslayout.readers.text.s2_units.barheads import BAR_DECK
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit
from newslayout.readers.text.s4_assemble.draft import DraftArticle
from newslayout.readers.text.s4_assemble.inline import plain
from newslayout.readers.text.s4_assemble.state import BODY_KINDS, Header, State, span


def _owner(st: State, item: ClassifiedUnit) -> DraftArticle | None:
    """The article whose text the end byline closes."""
    if st.current is not None and st.current.has_body():
        return st.current
    if st.closed is not None and st.closed.has_body():
        return st.closed
    page = item.unit.page
    with_text = [
        a for a in st.articles if a.has_body() and a.spans and (a.spans[0].page or 0) <= page
    ]
    return with_text[-1] if with_text else st.current


def end_byline(st: State, item: ClassifiedUnit) -> None:
    """Give the end byline to the story it closes, and close that story."""
    byline = end_byline_of(item.unit.text, span(item))
    article = _owner(st, item)
    if article is None:
        return  # a signature with no story before it says nothing about one
    last = article.blocks[-1] if article.blocks else None
    if isinstance(last, PullQuote) and not last.attribution:
        article.blocks[-1] = replace(last, attribution=plain(byline.printed.lstrip("—–- ")))
        return
    if names_new_writers(article.bylines, byline):  # else a top byline named them already
        article.bylines.append(byline)
    st.current, st.closed = None, article
    st.ended.add(article.id)


def after_last_story(st: State, items: list[ClassifiedUnit], i: int) -> bool:
    """A title after the page's stories were closed by their end bylines, with no text
    after it on the page: display lines of an ad or a notice, not a headline or subhead."""
    closed = st.current is None and st.closed is not None and st.closed.id in st.ended
    return closed and not any(x.kind in BODY_KINDS for x in items[i + 1 :])


def bar_header(items: list[ClassifiedUnit], i: int) -> Header:
    """The header of the bar line at ``i``: the headline unit and the deck after it."""
    deck = i + 1 if i + 1 < len(items) and items[i + 1].unit.role == BAR_DECK else None
    return Header(kicker=None, headline=i, deck=deck, bylines=[], end=(deck or i) + 1)
