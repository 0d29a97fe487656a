"""Boxes and briefs without byline or kicker: a title over an itemised block set apart.

A fact box ("The wall in numbers"), a diary ("Dates for your diary") or a weather panel
("Weather and tides") is printed between paragraphs with a title and no byline, so by its
title alone it reads like a subhead of the article before it. What sets it apart is its
block: the title opens a block of its own whose lines are items ("1958: ...", "Nov 24:
...", "Saturday: ...", "$19 million ...") and which ends a sentence. Such a block is its
own article, one paragraph per item; the article that was current before it stays current
(the box sits inside its page, the story goes on around it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newslayout.model import Span
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.units import (
    ends_sentence,
    is_kicker,
    is_title,
    last_word_is_function_word,
)
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind
from newslayout.readers.text.s4_assemble.draft import DraftParagraph
from newslayout.readers.text.s4_assemble.headlines import open_header
from newslayout.readers.text.s4_assemble.inline import join_lines
from newslayout.readers.text.s4_assemble.state import BODY_KINDS, Header, State
from newslayout.readers.text.types import NumberedLine

#: A line that opens an item: a figure ("1.4 km", "1958:", "$19 million", "11 homes") or a
#: short label with a colon ("Nov 24:", "Saturday:", "High water at Skerra pier:"), or a
#: day and time ("Thursday, 7 p.m."): a listing.
_ITEM = re.compile(
    r"(?:[$€£¥]?\d[\d.,]*\b|[A-Z][\w’'&.-]*(?: [\w’'&.-]+){0,5}:\s"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d)"
)
#: Fewest item lines, and their least share of the block's lines.
MIN_ITEMS = 3
MIN_ITEM_SHARE = 0.3


def _title_line(line: str) -> bool:
    """A line that can head a box: a short title not running on into the next line."""
    return is_title(line) and not last_word_is_function_word(line) and not line.endswith(",")


def _items(lines: list[NumberedLine]) -> list[list[NumberedLine]]:
    """Cut the block's lines into items: after a sentence end, or at an item opening when
    the line before does not run on (a function word, a comma)."""
    out: list[list[NumberedLine]] = []
    for number, line in lines:
        previous = out[-1][-1][1] if out else ""
        runs_on = last_word_is_function_word(previous) or previous.endswith((",", ":", "-"))
        if not out or ends_sentence(previous) or (_ITEM.match(line) and not runs_on):
            out.append([])
        out[-1].append((number, line))
    return out


def _next_block(items: list[ClassifiedUnit], i: int) -> list[int]:
    """Indexes of the units of the block right after the one of unit ``i``."""
    if i + 1 >= len(items) or items[i + 1].unit.page != items[i].unit.page:
        return []
    block = items[i + 1].unit.block
    if block != items[i].unit.block + 1:
        return []
    return [j for j in range(i + 1, len(items)) if items[j].unit.block == block]


def _item_unit(item: ClassifiedUnit) -> bool:
    """Body text, or a title-shaped line that opens an item ("Sunday: Guided walk")."""
    return item.kind in BODY_KINDS or (
        item.kind is Kind.TITLE and bool(_ITEM.match(item.unit.lines[0]))
    )


def _drop_kickers(items: list[ClassifiedUnit], rest: list[int]) -> list[int]:
    """``rest`` without the kicker lines closing it: the label of the story printed under
    the box, which pdftotext keeps in the box's block."""
    while rest and items[rest[-1]].kind is Kind.TITLE and is_kicker(items[rest[-1]].unit.text):
        rest = rest[:-1]
    return rest


def _more_items(items: list[ClassifiedUnit], rest: list[int]) -> list[int]:
    """``rest`` and the blocks after it that go on with its list (a box broken over two
    columns): each opens with an item and the text before it ends a sentence."""
    out = list(rest)
    while out and ends_sentence(items[out[-1]].unit.lines[-1]):
        following = _next_block(items, out[-1])
        if not following or not _ITEM.match(items[following[0]].unit.lines[0]):
            break
        following = _drop_kickers(items, following)
        if not following or not all(_item_unit(items[j]) for j in following):
            break
        out.extend(following)
    return out


def box_at(st: State, items: list[ClassifiedUnit], i: int) -> bool:
    """Read the title at ``i`` (a title unit, or the first line of a body unit that
    pdftotext kept in one block with its items) and the itemised rest of its block as a
    box article."""
    item = items[i]
    unit = item.unit
    block = unit.block
    if all(x.unit.block == block for x in items):
        return _blankless_box(st, items, i)
    if i > 0 and items[i - 1].unit.block == block:
        return False  # the title opens its block
    if item.kind is Kind.TITLE and len(unit.lines) <= 2:
        title, head = item, []
    elif item.kind is Kind.BODY and len(unit.lines) > 1 and _title_line(unit.lines[0]):
        title = ClassifiedUnit(replace(unit, lines=unit.lines[:1], last=unit.first), Kind.TITLE)
        head = [(unit.first + k, line) for k, line in enumerate(unit.lines) if k]
    else:
        return False
    text = title.unit.text
    if is_kicker(text):
        return False
    rest = [j for j in range(i + 1, len(items)) if items[j].unit.block == block]
    if not rest and not head:
        # pdftotext sets a box title in a larger face off by a blank line: its items are
        # then the next block.
        rest = _next_block(items, i)
    rest = _more_items(items, _drop_kickers(items, rest))
    if rest and (rest[-1] - i != len(rest) or any(j in st.used for j in rest)):
        return False
    if any(not _item_unit(items[j]) for j in rest):
        return False
    lines = head + [
        (items[j].unit.first + k, line) for j in rest for k, line in enumerate(items[j].unit.lines)
    ]
    if not lines:
        return False
    starts = sum(bool(_ITEM.match(line)) for _, line in lines)
    if not _ITEM.match(lines[0][1]) or starts < MIN_ITEMS or starts < MIN_ITEM_SHARE * len(lines):
        return False
    if not ends_sentence(lines[-1][1]):
        return False
    _open_box(st, items, i, title, lines, rest, starts)
    return True


def _blankless_box(st: State, items: list[ClassifiedUnit], i: int) -> bool:
    """On a page with no blank lines (``pdftotext -raw``) the block says nothing: a title
    over at least :data:`MIN_ITEMS` one-line units that each open with an item and end a
    sentence ("The pier in numbers" / "175 residents delayed the plan." / ...) is a box."""
    title = items[i]
    if title.kind is not Kind.TITLE or len(title.unit.lines) > 2 or is_kicker(title.unit.text):
        return False
    rest: list[int] = []
    for j in range(i + 1, len(items)):
        texts = items[j].unit.lines
        one_item = len(texts) == 1 and _ITEM.match(texts[0]) and ends_sentence(texts[0])
        if items[j].kind is not Kind.BODY or not one_item or j in st.used:
            break
        rest.append(j)
    if len(rest) < MIN_ITEMS:
        return False
    lines = [(items[j].unit.first, items[j].unit.lines[0]) for j in rest]
    _open_box(st, items, i, title, lines, rest, len(rest))
    return True


def _open_box(
    st: State,
    items: list[ClassifiedUnit],
    i: int,
    title: ClassifiedUnit,
    lines: list[NumberedLine],
    rest: list[int],
    starts: int,
) -> None:
    """Open the box article of ``title`` with one paragraph per item of ``lines``; the
    article current before it stays current."""
    item, unit, text = items[i], items[i].unit, title.unit.text
    before, closed = st.current, st.closed
    pending = list(st.pending)
    open_header(st, [title], Header(None, 0, None, [], 1), set())
    st.used.add(i)
    box = st.current
    assert box is not None
    page = unit.page
    for piece in _items(lines):
        raw = join_lines([line for _, line in piece], st.dehyphenator)
        span = Span(page=page, line=piece[0][0], end_line=piece[-1][0])
        box.blocks.append(DraftParagraph(raw=raw, spans=[span]))
    st.used.update(rest)
    st.log.add(
        codes.BOX_GUESS,
        f"{text!r} over {starts} itemised lines read as a box of its own",
        line=item.unit.first,
    )
    st.current, st.closed, st.pending = before, closed, pending
