"""Captions and credits -> figures, attached to the article they stand in.

A caption ending in a credit is a figure by itself. A credit line alone takes the short
one-sentence block after it as its caption when that block stands alone (a credit printed
between picture and caption), else the paragraph before it; a lone name line over such a
caption is its credit. A figure read before any text waits for the text that follows it.
A caption printed across columns above its picture (one wide line, ``pages.WIDE_CAPTION``)
waits for the credit set inside the picture: the next lone credit line on the page.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import replace

from newslayout.cues import parse_credit_line
from newslayout.cues.credits import split_credit
from newslayout.cues.names import looks_like_name
from newslayout.model import Figure
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.units import ends_sentence, is_kicker
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind
from newslayout.readers.text.s3_classify.stackedcredits import STACKED_CREDIT
from newslayout.readers.text.s4_assemble.draft import DraftParagraph
from newslayout.readers.text.s4_assemble.inline import join_lines, to_runs
from newslayout.readers.text.s4_assemble.state import State, add_figure, span

#: Most words of a paragraph a credit line below it takes as its caption.
CAPTION_ABOVE_WORDS = 60


def add_caption(
    st: State, item: ClassifiedUnit, caption: str, credit: str, printed: str, *, own: bool = False
) -> None:
    """A figure from a caption unit: to the current article, or waiting for the text after
    it when no article (or only a bodiless side-by-side one) is open. With ``own`` the
    current article is the photo's own (a photo with its own headline): it takes it."""
    figure = Figure(
        id="",
        caption=to_runs(join_lines([caption], st.dehyphenator)),
        credit=credit,
        credit_printed=printed,
        spans=(span(item),),
    )
    if st.current is None or (st.pending and not st.current.has_body() and not own):
        st.pending_figures.append(figure)  # goes with the text that follows it
    else:
        add_figure(st.current, figure)


def wide_caption(st: State, item: ClassifiedUnit) -> None:
    """A caption printed above its picture, the credit set inside the picture: a figure
    whose credit the next lone credit line on the page gives (:func:`_give_credit`)."""
    add_caption(st, item, join_lines(item.unit.lines, st.dehyphenator), "", "")
    st.awaiting_credit.append((item.unit.page, item.unit.first))


def _give_credit(st: State, page: int, credit: str, printed: str) -> bool:
    """Give a credit line to the latest figure on ``page`` still waiting for its credit."""
    waiting = [w for w in st.awaiting_credit if w[0] == page]
    if not waiting:
        return False
    where = waiting[-1]
    st.awaiting_credit.remove(where)
    for article in st.articles:
        for index, block in enumerate(article.blocks):
            if isinstance(block, Figure) and _waiting(block, where):
                article.blocks[index] = replace(block, credit=credit, credit_printed=printed)
                return True
    for index, figure in enumerate(st.pending_figures):
        if _waiting(figure, where):
            st.pending_figures[index] = replace(figure, credit=credit, credit_printed=printed)
            return True
    return False


def _waiting(figure: Figure, where: tuple[int, int]) -> bool:
    """The figure made from the caption at ``where`` (page, line), still uncredited."""
    first = figure.spans[0] if figure.spans else None
    return first is not None and (first.page, first.line) == where and not figure.credit


def credit_line(st: State, items: list[ClassifiedUnit], i: int) -> None:
    """A credit line alone: the figure waiting for its credit on the page, else the
    caption is the block after it, else the paragraph before."""
    item = items[i]
    found = parse_credit_line(item.unit.text)
    assert found is not None
    credit, printed = found
    if _give_credit(st, item.unit.page, credit, printed):
        return
    if caption_below(items, i, blankless=True):
        caption = items[i + 1]
        st.used.add(i + 1)
        st.log.add(
            codes.CAPTION_GUESS,
            "the block after this credit line was taken as its caption",
            line=item.unit.first,
        )
        text = join_lines(caption.unit.lines, st.dehyphenator)
        add_caption(st, caption, text, credit, printed)
        return
    wide = _wide_first_line(items, i + 1)
    if wide is not None:
        caption_lines, rest = wide
        # a caption line over narrower column lines in one unit (pdftotext -raw): the
        # rest of the unit is read next as text
        nxt = items[i + 1]
        st.log.add(
            codes.CAPTION_GUESS,
            "the wide line after this credit line was taken as its caption",
            line=item.unit.first,
        )
        add_caption(st, nxt, join_lines(caption_lines, st.dehyphenator), credit, printed)
        if rest.unit.lines:
            items[i + 1] = rest
        else:
            st.used.add(i + 1)
        return
    article = st.current
    last = article.blocks[-1] if article and article.blocks else None
    if (
        article
        and isinstance(last, DraftParagraph)
        and len(last.raw.split()) <= CAPTION_ABOVE_WORDS
        and (item.unit.role != STACKED_CREDIT or _one_caption_sentence(last.raw))
    ):
        article.blocks.pop()
        st.log.add(
            codes.CAPTION_GUESS,
            "the block before this credit line was taken as its caption",
            line=item.unit.first,
        )
        spans = (*last.spans, span(item))
        figure = Figure(
            id="", caption=to_runs(last.raw), credit=credit, credit_printed=printed, spans=spans
        )
        add_figure(article, figure)
        return
    add_caption(st, item, "", credit, printed)


def _one_caption_sentence(text: str) -> bool:
    """One sentence of a caption's length (6-40 words): all a credit set up a picture's
    side (``STACKED_CREDIT``) may take as its caption from the text above it; its picture
    may stand anywhere near, the paragraph above be the story's."""
    words = len(text.split())
    one = ends_sentence(text) and not _INNER_STOP.search(text)
    return one and LEAD_CAPTION_MIN_WORDS <= words <= PHOTO_CAPTION_WORDS


def caption_below(items: list[ClassifiedUnit], i: int, *, blankless: bool = False) -> bool:
    """The unit after a credit line, a short sentence in a block of its own, is the
    caption (a credit printed between the picture and its caption). With ``blankless``
    (a line that is surely a credit), on a page without blank lines (``pdftotext -raw``:
    one block) the caption is a unit of one line, a whole sentence: the caption runs the
    picture's width, so it is no line of the narrower column text under it, which the
    extraction sets apart as units of their own. A name-shaped line proves too little
    there: a briefs label ("BREVES") over a brief's one-line head looks the same."""
    item = items[i]
    if i + 1 >= len(items):
        return False
    nxt = items[i + 1]
    caption = nxt.unit.text
    if nxt.kind is not Kind.BODY or len(caption.split()) > 40 or not ends_sentence(caption):
        return False
    if all(x.unit.block == item.unit.block for x in items):
        return blankless and len(nxt.unit.lines) == 1
    if sum(x.unit.block == item.unit.block for x in items) != 1:
        return False
    return not any(x.unit.block == nxt.unit.block for x in items[i + 2 : i + 3])


def header_caption(st: State, items: list[ClassifiedUnit], last: int, name: str) -> bool:
    """The caption under a header whose parts hold a picture's credit ``name``: the short
    one-block sentence after the header's last part ``last`` (:func:`caption_below`), else,
    on a page without blank lines, the caption-wide first line(s) of the text unit after
    it (:func:`_wide_first_line`; the rest of the unit is read next as text). False when
    there is no such caption."""
    if caption_below(items, last, blankless=True):
        caption = items[last + 1]
        st.used.add(last + 1)
        add_caption(st, caption, join_lines(caption.unit.lines, st.dehyphenator), name, name)
        return True
    wide = _wide_first_line(items, last + 1)
    if wide is None:
        return False
    lines, rest = wide
    add_caption(st, items[last + 1], join_lines(lines, st.dehyphenator), name, name)
    if rest.unit.lines:
        items[last + 1] = rest
    else:
        st.used.add(last + 1)
    return True


def credit_above_caption(st: State, items: list[ClassifiedUnit], i: int) -> bool:
    """A lone name line ("Calum Reid") in its own block right above a short one-block
    caption sentence: the photo credit printed between picture and caption."""
    item = items[i]
    text = item.unit.text
    if len(text.split()) > 4 or not looks_like_name(text) or i + 1 >= len(items):
        return False
    if not caption_below(items, i):
        return False
    nxt = items[i + 1]
    st.log.add(
        codes.CAPTION_GUESS,
        f"{text!r} read as the photo credit of the caption below it",
        line=item.unit.first,
    )
    st.used.add(i + 1)
    add_caption(st, nxt, join_lines(nxt.unit.lines, st.dehyphenator), text, text)
    return True


#: Most words of a photo's own headline: a short label over the picture (a longer
#: title-shaped line over a credit is a line of text cut at the picture's top).
PHOTO_TITLE_WORDS = 8
#: Most words of the caption under a photo's own headline (one or two sentences).
PHOTO_CAPTION_WORDS = 40


def photo_parts(items: list[ClassifiedUnit], i: int) -> tuple[str, str, str, int] | None:
    """A photo with a headline of its own: the title at ``i`` over a caption that ends in
    its credit, or over a credit line and a short caption sentence (a credit printed
    between picture and caption). A subhead is followed by text, never by a credit.
    Returns (caption, credit, credit as printed, index after the parts), else None."""
    if items[i].kind is not Kind.TITLE or i + 1 >= len(items):
        return None
    title = items[i].unit.text
    if len(title.split()) > PHOTO_TITLE_WORDS or ends_sentence(title) or is_kicker(title):
        return None  # a section label, a quote, or a line of text cut at the picture
    nxt = items[i + 1]
    if nxt.kind is Kind.BODY:
        return _bare_caption(items, i)
    if nxt.kind is Kind.CAPTION:
        found = split_credit(nxt.unit.text)
        if found is None or not found[0]:
            return None
        caption, credit, printed = found
        return caption, credit, printed, i + 2
    if nxt.kind is not Kind.CREDIT or i + 2 >= len(items):
        return None
    below = items[i + 2]
    text = below.unit.text
    if below.kind is not Kind.BODY or len(text.split()) > PHOTO_CAPTION_WORDS:
        return None
    if not ends_sentence(text):
        return None
    credited = parse_credit_line(nxt.unit.text)
    if credited is None:
        return None
    return text, credited[0], credited[1], i + 3


#: A photo's own caption without a credit runs the picture's width: its first line at
#: least this many times the median length of the page's text lines.
BARE_CAPTION_WIDTH = 1.2
#: Fewest text lines on the page that show the column's width.
BARE_CAPTION_COLUMN_LINES = 5
#: Most lines of such a caption.
BARE_CAPTION_LINES = 2
#: What may follow a photo's caption: the next story's header, an ad, the page's end.
_AFTER_PHOTO = frozenset({Kind.TITLE, Kind.ADVERT, Kind.DATE, Kind.VOLUME, Kind.END})
#: A sentence end inside a text: a second sentence follows.
_INNER_STOP = re.compile(r"[.!?][”\"’]?\s+[“\"‘]?[A-Z]")


def _bare_caption(items: list[ClassifiedUnit], i: int) -> tuple[str, str, str, int] | None:
    """A photo with a headline of its own and a caption without a credit (the credit is set
    in the picture, or there is none), on a page without blank lines (``pdftotext -raw``):
    the title at ``i`` over one sentence whose first line runs wider than the page's text
    columns (the picture's width), with no text of the story after it: the next header,
    an ad or the page's end follows. A brief's one sentence is set in its column."""
    nxt = items[i + 1]
    after = items[i + 2].kind if i + 2 < len(items) else Kind.END
    if after not in _AFTER_PHOTO or any(x.unit.block != nxt.unit.block for x in items):
        return None
    text, lines = nxt.unit.text, nxt.unit.lines
    words = len(text.split())
    if len(lines) > BARE_CAPTION_LINES or not ends_sentence(text) or _INNER_STOP.search(text):
        return None
    if not LEAD_CAPTION_MIN_WORDS <= words <= PHOTO_CAPTION_WORDS:
        return None
    column = [
        line
        for k, x in enumerate(items)
        if x.kind is Kind.BODY and k != i + 1
        for line in x.unit.lines
    ]
    if len(column) < BARE_CAPTION_COLUMN_LINES:
        return None
    if len(lines[0].strip()) < BARE_CAPTION_WIDTH * _column_width(column):
        return None
    return text, "", "", i + 2


#: A caption line under a story's header runs the picture's width: at least this many
#: times the median length of the column lines after it.
LEAD_CAPTION_WIDTH = 1.4
#: Fewest words of such a caption (a shorter wide line is a head, not a sentence).
LEAD_CAPTION_MIN_WORDS = 6
#: Fewest column lines after it that show the column's width.
LEAD_CAPTION_COLUMN_LINES = 2


def _column_width(lines: Sequence[str]) -> float:
    return statistics.median(len(line.strip()) for line in lines)


def _caption_lines(lines: Sequence[str]) -> int:
    """How many of ``lines`` a caption set across the picture takes: its first line when
    that is a whole sentence; its first two when the first stops open and the second, a
    line shorter than the first, ends the sentence ("... found damp in the" / "walls.").
    0 when the lines open no such sentence."""
    first = lines[0]
    if ends_sentence(first):
        return 1
    if len(lines) < 2 or not ends_sentence(lines[1]) or len(lines[1]) >= len(first):
        return 0
    return 2


def _wide_first_line(
    items: list[ClassifiedUnit], i: int
) -> tuple[tuple[str, ...], ClassifiedUnit] | None:
    """On a page without blank lines (``pdftotext -raw``), when the first line of the
    body unit ``items[i]`` (with the short line that ends its sentence, ``_caption_lines``)
    is one sentence much wider than the column lines after it (a caption runs the
    picture's width; the text is set in narrower columns): the caption's lines and the rest
    of the unit (no lines when the caption was all of it), else None."""
    if not 0 <= i < len(items) or items[i].kind is not Kind.BODY:
        return None
    item = items[i]
    if any(x.unit.block != item.unit.block for x in items):
        return None
    taken = _caption_lines(item.unit.lines)
    caption = " ".join(line.strip() for line in item.unit.lines[:taken])
    rest = item.unit.lines[taken:]
    words = len(caption.split())
    if not taken or not LEAD_CAPTION_MIN_WORDS <= words <= PHOTO_CAPTION_WORDS:
        return None
    column = rest
    if not rest and i + 1 < len(items) and items[i + 1].kind is Kind.BODY:
        column = items[i + 1].unit.lines
    if len(column) < LEAD_CAPTION_COLUMN_LINES:
        return None
    if len(item.unit.lines[0].strip()) < LEAD_CAPTION_WIDTH * _column_width(column):
        return None
    unit = replace(item.unit, lines=rest, first=item.unit.first + taken)
    return item.unit.lines[:taken], replace(item, unit=unit)


def lead_caption(st: State, items: list[ClassifiedUnit], i: int) -> ClassifiedUnit | None:
    """A photo's caption between a story's header and its text, without a credit: the
    first text line under the header, before any of the story's blocks, when it is a
    caption-wide line (:func:`_wide_first_line`). The caption becomes a figure of the
    story; returns the rest of the unit (no lines when the caption was all of it), else
    None."""
    item = items[i]
    article = st.current
    if article is None or article.blocks or not article.spans:
        return None
    if article.spans[0].page != item.unit.page:
        return None
    found = _wide_first_line(items, i)
    if found is None:
        return None
    caption, rest = found
    st.log.add(
        codes.CAPTION_GUESS,
        "a sentence wider than the text columns under a header was read as a photo caption",
        line=item.unit.first,
    )
    add_caption(st, item, join_lines(caption, st.dehyphenator), "", "")
    return rest
