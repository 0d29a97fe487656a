"""Classified units -> issue parts: the walk over each page's units.

The walk keeps one current article. Each unit is, in this order: front-page masthead or
teaser (``front``), a running head, a jump head, a kicker for a later headline, a photo
credit over its caption (``figures``), the headlines of a side-by-side cluster or one
article header (``headlines``), or content: jump lines (``jumplines``), captions, bylines,
subheads, lists, pull quotes and paragraphs (``body``). An article that jumps is threaded
back together, so it is one Article whatever pages it covers.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslayout.cues import split_credit
from newslayout.model import FurnitureKind, IssueMeta, Span
from newslayout.readers.text.s2_units.barheads import BAR_HEAD
from newslayout.readers.text.s2_units.pages import WIDE_CAPTION
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind
from newslayout.readers.text.s4_assemble import (
    body,
    boxes,
    briefs,
    endbylines,
    figures,
    front,
    headlines,
    jumplines,
)
from newslayout.readers.text.s4_assemble.headers import find_cluster
from newslayout.readers.text.s4_assemble.inline import plain
from newslayout.readers.text.s4_assemble.state import State, add_byline, add_figure, new_article


@dataclass(slots=True)
class Assembler(State):
    """Walks the classified units of every page and builds the issue parts."""

    def page(self, page: int, items: list[ClassifiedUnit]) -> None:
        """Assemble one page's units."""
        st: State = self
        st.teasers.setdefault(page, [])
        st.furniture.setdefault(page, [])
        used: set[int] = set()
        st.used = used
        st.set_order = bool(items) and all(it.unit.block == items[0].unit.block for it in items)
        on_front = page == 1
        front.folios(st, page, items, used)
        for i, item in enumerate(items):
            if i in used:
                continue
            kind = item.kind
            if item.unit.role == BAR_HEAD:
                if on_front:
                    front.end_front(st, items)
                    on_front = False
                headlines.open_header(st, items, endbylines.bar_header(items, i), used)
                if st.current is not None:
                    st.barred.add(st.current.id)
                continue
            if kind is Kind.ADVERT:
                front.add_furniture(st, page, item, FurnitureKind.OTHER)
                continue
            if on_front and front.front_item(st, page, items, i, used):
                continue
            if front.repeated_date(st, item) and not on_front:
                front.add_furniture(st, page, item, FurnitureKind.RUNNING_HEAD)
                continue
            if kind is Kind.TITLE and front.running_head(st, item):
                front.add_running_head(st, page, item)
                continue
            if kind is Kind.TITLE and headlines.distant_jump_head(st, item):
                continue  # the jump-in line below says where its text starts
            if kind is Kind.TITLE and endbylines.after_last_story(st, items, i):
                front.add_furniture(st, page, item, FurnitureKind.OTHER)
                continue
            if kind is Kind.TITLE and headlines.jump_keyword_head(st, items, i):
                continue  # "BUDGET" over "Continued from page 1": the jump-in uses it
            if kind is Kind.TITLE and headlines.kicker_for_later(items, i):
                st.kickers.append(plain(item.unit.text))
                continue
            if kind is Kind.TITLE and figures.credit_above_caption(st, items, i):
                continue
            if kind in (Kind.TITLE, Kind.BODY) and boxes.box_at(st, items, i):
                continue
            if kind is Kind.TITLE and figures.photo_parts(items, i) is not None:
                if on_front:
                    front.end_front(st, items)
                    on_front = False
                headlines.open_photo(st, items, i, used)
                continue
            # Side-by-side headers come from line-based extractions; in unwrapped text (the
            # page's order) a title standing alone before a header is a headline-only story.
            alone = kind is Kind.TITLE and headlines.standalone_title(st, items, i, on_front)
            if alone and (st.ordered or find_cluster(items, i) is None):
                if on_front:
                    front.end_front(st, items)
                    on_front = False
                headlines.open_headline_only(st, items, i, used)
                continue
            cluster = find_cluster(items, i) if kind is Kind.TITLE else None
            if cluster is not None:
                if on_front:
                    front.end_front(st, items)
                    on_front = False
                headlines.open_cluster(st, items, cluster, used, i)
                continue
            if kind is Kind.TITLE or kind is Kind.BYLINE:
                header = headlines.header_at(st, items, i, on_front)
                if header is not None:
                    if on_front:
                        front.end_front(st, items)
                        on_front = False
                    headlines.open_header(st, items, header, used)
                    continue
            if kind is Kind.TITLE and headlines.jump_head(st, items, i) is not None:
                continue  # a jump head: the jump-in line after it uses it
            _content(st, page, items, i)
        if on_front:
            front.end_front(st, items)
        if items:
            briefs.split_briefs(st, page, items)
        st.pending.clear()
        st.kickers.clear()
        st.orphan_bylines.clear()
        if st.pending_figures:
            target = st.current or st.closed or (st.articles[-1] if st.articles else None)
            if target is None:
                target = new_article(st, Span(page=page))
            for figure in st.pending_figures:
                add_figure(target, figure)
            st.pending_figures.clear()

    def finish_jumps(self) -> None:
        """Report jump-outs that found no continuation."""
        jumplines.finish_jumps(self)

    def issue_meta(self, source: str) -> IssueMeta:
        """The issue metadata read from the masthead."""
        m = self.meta
        return IssueMeta(
            publication=m.get("publication", ""),
            volume=m.get("volume", ""),
            number=m.get("number", ""),
            edition=m.get("edition", ""),
            date_text=m.get("date_text", ""),
            date_iso=m.get("date_iso", ""),
            source=source,
        )


def _opens_text(st: State, item: ClassifiedUnit) -> bool:
    """A title-shaped line first under a bar header, before any paragraph, is the first
    line of its text cut off by the extraction (a brief's bold opening words), never a
    subhead: a subhead stands between paragraphs."""
    current = st.current
    if current is None or current.id not in st.barred or body.has_text(current):
        return False
    return bool(current.spans) and current.spans[0].page == item.unit.page


def _content(st: State, page: int, items: list[ClassifiedUnit], i: int) -> None:
    """A unit that opens no article: text, a jump line, a caption, a byline, a subhead."""
    item = items[i]
    kind = item.kind
    if kind is Kind.END_BYLINE:
        endbylines.end_byline(st, item)
    elif kind is Kind.JUMP_ON and item.jump is not None:
        jumplines.jump_on(st, item)
    elif kind is Kind.JUMP_FROM and item.jump is not None:
        jumplines.jump_in_at(st, items, i)
    elif kind in (Kind.VOLUME, Kind.DATE, Kind.EDITION) and st.current is None:
        front.masthead_line(st, page, item)
    elif kind is Kind.CAPTION and item.unit.role == WIDE_CAPTION:
        figures.wide_caption(st, item)
    elif kind is Kind.CAPTION:
        found = split_credit(item.unit.text)
        assert found is not None
        caption, credit, printed = found
        figures.add_caption(st, item, caption, credit, printed)
    elif kind is Kind.CREDIT:
        figures.credit_line(st, items, i)
    elif kind is Kind.BODY and (rest := figures.lead_caption(st, items, i)) is not None:
        if rest.unit.lines:
            body.paragraph(st, rest)
    elif (kind is Kind.BYLINE and headlines.orphan_byline(st, item)) or (
        kind is Kind.BODY and body.headline_in_text(st, item)
    ):
        pass  # queued, or opened an article
    elif kind is Kind.BYLINE:
        if st.pending and (st.current is None or st.current.has_body()):
            st.current = st.pending.pop(0)  # the next article of a cluster
        add_byline(body.target(st, item), item)
    elif kind is Kind.TITLE and not body.continues(st, items, i) and not _opens_text(st, item):
        body.subhead(st, item)
    elif kind is Kind.LIST:
        body.list_item(st, item)
    elif kind is Kind.QUOTE:
        body.pull_quote(st, item)
    else:
        body.paragraph(st, item)
