"""Page furniture: the front page's masthead and teasers, folios and running heads.

Before the first headline of page 1, volume/date/edition lines fill the issue metadata, a
cover price is masthead furniture and a page pointer pairs with a title as a teaser; the
publication is the first title above the first volume/date line. On later pages a bare page
number first or last is a folio, and date/volume lines, the paper's name and the first
section label among the first units are running heads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newslayout.cues import (
    parse_date,
    parse_edition,
    parse_folio,
    parse_issue_number,
    parse_volume_number,
    split_teaser,
)
from newslayout.cues.index import label_page
from newslayout.model import Furniture, FurnitureKind, Span, Teaser
from newslayout.readers.builder.teasers import settle_target
from newslayout.readers.text.s2_units.indexlines import IndexEntry
from newslayout.readers.text.s2_units.units import is_debris, is_folio_section, is_kicker
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind
from newslayout.readers.text.s4_assemble.headers import find_cluster
from newslayout.readers.text.s4_assemble.headlines import header_at, kicker_for_later
from newslayout.readers.text.s4_assemble.inline import plain
from newslayout.readers.text.s4_assemble.state import State, span

_FOLIO = re.compile(r"(?:page\s+)?(?P<label>[A-Z]?\d{1,4})", re.IGNORECASE)
#: A cover price: "$1.75", "£1.20", "90p", "€2", "Free".
_PRICE = re.compile(
    r"(?:[$€£¥]\s?\d{1,3}(?:[.,]\d{2})?|\d{1,3}(?:[.,]\d{2})?\s?(?:p|c|€|¢)|Free|FREE)"
)
_MASTHEAD_KINDS = (Kind.DATE, Kind.VOLUME, Kind.EDITION)
#: How many units at the top of a later page may be running heads.
HEAD_ZONE = 6


def front_item(st: State, page: int, items: list[ClassifiedUnit], i: int, used: set[int]) -> bool:
    """Masthead lines and teasers before the first headline of page 1."""
    item = items[i]
    text = item.unit.text
    kind = item.kind
    if kind in (Kind.VOLUME, Kind.DATE, Kind.EDITION):
        masthead_line(st, page, item)
        st.front_titles.append((i, ""))
        return True
    if kind in (Kind.BODY, Kind.TITLE) and _PRICE.fullmatch(text):
        st.furniture[page].append(
            Furniture(kind=FurnitureKind.MASTHEAD, text=text, spans=(span(item),))
        )
        return True
    if kind is Kind.TEASER and item.page is not None:
        found = split_teaser(text)
        label = text.replace(found[0], "").strip(" |·•—–:,") if found else ""
        add_teaser(st, page, item, plain(found[0]) if found else text, item.page, label)
        return True
    if kind in (Kind.POINTER, Kind.JUMP_ON):
        partner = teaser_partner(st, items, i, used)
        if partner is not None:
            used.add(partner)
            goal = item.page if item.page is not None else (item.jump.page if item.jump else None)
            add_teaser(st, page, items[partner], plain(items[partner].unit.text), goal, text)
            return True
        return kind is Kind.POINTER
    if (
        kind is Kind.TITLE
        and header_at(st, items, i, True) is None
        and find_cluster(items, i) is None
        and not kicker_for_later(items, i)
    ):
        st.front_titles.append((i, plain(text)))
        return True
    return False


def teaser_partner(st: State, items: list[ClassifiedUnit], i: int, used: set[int]) -> int | None:
    """The title a page pointer goes with: in its block, else the title before, else after."""
    item = items[i]
    candidates: list[int] = []
    for j in (i - 1, i + 1):
        if 0 <= j < len(items) and j not in used and items[j].kind is Kind.TITLE:
            candidates.append(j)
    same_block = [j for j in candidates if items[j].unit.block == item.unit.block]
    if item.kind is Kind.JUMP_ON:
        return next((j for j in same_block if j < i), None)
    front_before = {j for j, _ in st.front_titles}
    before = [j for j in candidates if j < i and j in front_before]
    after = [j for j in candidates if j > i]
    for j in same_block + before + after:
        if j in front_before:
            st.front_titles = [(k, t) for k, t in st.front_titles if k != j]
        return j
    return None


def add_teaser(
    st: State, page: int, item: ClassifiedUnit, text: str, goal: int | None, label: str
) -> None:
    """Record a teaser (its target article is resolved once all articles are read)."""
    st.teasers[page].append(Teaser(text=text, target_page=goal, label=label, spans=(span(item),)))


def index_teasers(st: State, page: int, entries: Sequence[IndexEntry]) -> None:
    """The entries of the page's index strips and boxes as its teasers (``indexlines``); a
    target outside the file keeps its printed label (``builder.teasers.settle_target``)."""
    pages = range(1, st.page_count + 1)
    st.teasers.setdefault(page, []).extend(
        settle_target(
            Teaser(
                text=entry.head,
                target_page=label_page(entry.label),
                label=entry.printed,
                spans=(Span(page=page, line=min(entry.lines), end_line=max(entry.lines)),),
            ),
            pages,
        )
        for entry in entries
    )


def masthead_line(st: State, page: int, item: ClassifiedUnit) -> None:
    """A volume, date or edition line: fills the metadata once; furniture either way."""
    text = item.unit.text
    volume = parse_volume_number(text)
    number = parse_issue_number(text)
    if volume and "volume" not in st.meta:
        st.meta["volume"], st.meta["number"] = volume
    elif number and "number" not in st.meta:
        st.meta["number"] = number
    date = parse_date(text)
    if date and "date_iso" not in st.meta:
        st.meta["date_text"], st.meta["date_iso"] = date.text, date.iso
    edition = parse_edition(text)
    if edition and "edition" not in st.meta:
        st.meta["edition"] = edition
    kind = FurnitureKind.MASTHEAD if page == 1 else FurnitureKind.RUNNING_HEAD
    st.furniture[page].append(Furniture(kind=kind, text=text, spans=(span(item),)))


def end_front(st: State, items: list[ClassifiedUnit]) -> None:
    """Choose the publication name among the front titles: the one nearest above the
    first volume/date/edition line, else the first."""
    titles = [(i, t) for i, t in st.front_titles if t]
    anchors = [i for i, t in st.front_titles if not t]
    if titles and "publication" not in st.meta:
        # The name is printed first; a tagline may follow it before the volume line.
        chosen = titles[0]
        if anchors:
            above = [x for x in titles if x[0] < anchors[0]]
            chosen = above[0] if above else titles[0]
        st.meta["publication"] = plain(items[chosen[0]].unit.lines[0])
    for i, text in titles:
        item = items[i]
        kind = (
            FurnitureKind.MASTHEAD
            if text.startswith(st.meta.get("publication") or "\0")
            else FurnitureKind.OTHER
        )
        st.furniture[item.unit.page].append(Furniture(kind=kind, text=text, spans=(span(item),)))
    st.front_titles = []


def folios(st: State, page: int, items: list[ClassifiedUnit], used: set[int]) -> None:
    """Bare page numbers at the top or bottom of a page are folios; running heads too."""
    for i in {0, len(items) - 1} if items else set():
        item = items[i]
        text = item.unit.text
        match = _FOLIO.fullmatch(text)
        if match and (item.kind in (Kind.POINTER, Kind.BODY, Kind.TITLE)):
            if page == 1 and item.kind is Kind.POINTER:
                continue  # page 1 pointers are teasers
            st.labels.setdefault(page, match.group("label").upper())
            st.furniture[page].append(
                Furniture(kind=FurnitureKind.FOLIO, text=text, spans=(span(item),))
            )
            used.add(i)
        elif page > 1 and i == 0 and item.kind in _MASTHEAD_KINDS:
            masthead_line(st, page, item)
            used.add(i)
    folio_lines(st, page, items, used)
    if page > 1:
        running_heads(st, page, items, used)


#: Units after a folio line that may be the rest of it (pdftotext sets its parts apart).
FOLIO_PARTS = 3


def folio_lines(st: State, page: int, items: list[ClassifiedUnit], used: set[int]) -> None:
    """Folio lines anywhere on the page ("Page 2 of 3 · The Chronicle · Thursday 12 March
    2026", ``cues.parse_folio``): the page label, and the issue date when the masthead has
    none (some papers print the date only there). pdftotext may set the parts on lines of
    their own: the date lines and the paper's name right after it belong to it."""
    name = st.meta.get("publication", "") or (items[0].unit.lines[0] if items else "")
    for i, item in enumerate(items):
        cue = parse_folio(item.unit.text) if len(item.unit.lines) == 1 else None
        if i in used or cue is None or item.kind not in (Kind.TITLE, Kind.BODY, Kind.DATE):
            continue
        st.labels.setdefault(page, str(cue.page))
        add_furniture(st, page, item, FurnitureKind.FOLIO)
        used.add(i)
        if cue.date is not None and "date_iso" not in st.meta:
            st.meta["date_text"], st.meta["date_iso"] = cue.date.text, cue.date.iso
        for j in range(i + 1, min(len(items), i + 1 + FOLIO_PARTS)):
            part = items[j]
            if part.kind is Kind.DATE:
                masthead_line(st, page, part)
            elif part.kind is Kind.TITLE and name and plain(part.unit.text) == name:
                add_furniture(st, page, part, FurnitureKind.FOLIO)
            else:
                break
            used.add(j)


def running_heads(st: State, page: int, items: list[ClassifiedUnit], used: set[int]) -> None:
    """The head of a later page: date, volume and edition lines, the publication's name,
    and the section label in capitals first on the page, among the first units; kickers
    and jump heads printed among them are left alone."""
    zone = range(min(len(items), HEAD_ZONE))
    marked: list[int] = []
    # A folio line counts only under the head's other parts (and drop capitals printed
    # apart, which stop nothing): lower on the page it may open a headline.
    in_head = True
    for i in zone:
        item = items[i]
        if (
            item.kind in _MASTHEAD_KINDS
            or running_head(st, item)
            or head_line(st, item, i)
            or (i > 0 and in_head and folio_section(item))
        ):
            marked.append(i)
        elif i not in used and not is_debris(item.unit.lines):
            in_head = False
    if not marked:
        return
    first = next((i for i in zone if i not in used), None)
    for i in zone:
        item = items[i]
        if i in used:
            continue
        section = i == first and item.kind is Kind.TITLE and is_kicker(item.unit.text)
        if item.kind in _MASTHEAD_KINDS:
            masthead_line(st, page, item)
        elif i in marked or section:
            add_running_head(st, page, item)
        elif is_debris(item.unit.lines):
            add_furniture(st, page, item, FurnitureKind.OTHER)
        elif item.kind is Kind.TITLE and is_kicker(item.unit.text):
            continue
        else:
            break
        used.add(i)


def folio_section(item: ClassifiedUnit) -> bool:
    """A folio and section label unit ("3 SCIENCE", ``units.is_folio_section``)."""
    lines = item.unit.lines
    return item.kind is Kind.TITLE and len(lines) == 1 and is_folio_section(lines[0])


def add_running_head(st: State, page: int, item: ClassifiedUnit) -> None:
    """Record a unit as a running head of its page."""
    add_furniture(st, page, item, FurnitureKind.RUNNING_HEAD)


def add_furniture(st: State, page: int, item: ClassifiedUnit, kind: FurnitureKind) -> None:
    """Record a unit as page furniture of ``kind``."""
    st.furniture[page].append(Furniture(kind=kind, text=item.unit.text, spans=(span(item),)))


def head_line(st: State, item: ClassifiedUnit, index: int) -> bool:
    """The first line of a later page when it repeats the issue date or the paper's
    name among a few other words ("2 ISLAND LIFE Friday 9 January 2026 The Island
    Gazette", as pdftotext -raw gives a running head)."""
    text = item.unit.text
    if index != 0 or len(item.unit.lines) != 1 or len(text.split()) > 14:
        return False
    marks = [st.meta.get("date_text", ""), st.meta.get("publication", "")]
    return any(mark and mark in text for mark in marks)


def running_head(st: State, item: ClassifiedUnit) -> bool:
    """The publication's name printed again inside a later page."""
    name = st.meta.get("publication", "")
    return bool(name) and item.unit.page > 1 and plain(item.unit.text) == name


def repeated_date(st: State, item: ClassifiedUnit) -> bool:
    """A date line repeating the issue date (a folio's part set on a line of its own)."""
    if item.kind is not Kind.DATE or "date_iso" not in st.meta:
        return False
    cue = parse_date(item.unit.text)
    return cue is not None and cue.iso == st.meta["date_iso"]
