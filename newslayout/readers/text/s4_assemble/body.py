"""Body text -> paragraphs of the right article.

A paragraph never ends without final punctuation, so body text after an open paragraph
continues it (the extraction cut it at a column or block break). Which article text goes to
is decided by evidence: a side-by-side headline waiting for its text takes the paragraph
that shares most words with it (``route``); a paragraph sharing clearly more words with an
earlier article on the page goes back to it (``resume``); text starting in lower case goes
on with the article whose last paragraph is open (``dangling``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newslayout.model import JumpDirection, PullQuote, Subhead
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.units import (
    ends_open,
    ends_sentence,
    ends_with_signature,
    is_title,
    last_word_is_function_word,
    missing_full_stop,
    opens_with_dateline,
)
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind
from newslayout.readers.text.s4_assemble.draft import DraftArticle, DraftList, DraftParagraph
from newslayout.readers.text.s4_assemble.headers import content_words, overlap
from newslayout.readers.text.s4_assemble.headlines import open_header, run_in_head
from newslayout.readers.text.s4_assemble.inline import join_lines, plain, to_runs
from newslayout.readers.text.s4_assemble.state import (
    Header,
    State,
    add_figure,
    article_words,
    header_text,
    new_article,
    span,
)

_BULLET_MARK = re.compile(r"^(?:[•▪◦●‣–—*-])\s+")
#: Content words a paragraph must share with an earlier headline to go back to it.
RESUME_WORDS = 4


def route(st: State, text: str, *, new_paragraph: bool) -> None:
    """Give body text to the right article of a side-by-side cluster.

    With no current article (a jump line closed it) the waiting article that shares
    most words with the text takes over; a current article with no body yet swaps with
    a waiting one that shares more words; and a new paragraph that shares clearly more
    words with a waiting headline than with the current one starts that article.
    """
    if not st.pending:
        resume(st, text, new_paragraph=new_paragraph)
        return
    scores = [overlap(header_text(a), text) for a in st.pending]
    best = max(range(len(scores)), key=lambda k: (scores[k], -k))
    current = st.current
    if current is None:
        st.current = st.pending.pop(best)
        return
    mine = overlap(header_text(current), text)
    if not current.has_body():
        if scores[best] > mine:
            st.pending[best], st.current = current, st.pending[best]
        return
    if new_paragraph and scores[best] >= 3 and scores[best] >= mine + 2:
        st.current = st.pending.pop(best)


def resume(st: State, text: str, *, new_paragraph: bool) -> None:
    """A new paragraph that shares no word with the current headline and clearly more
    words with the text of an earlier article on the page (not closed by a jump line)
    than with the current article's goes back to that article: pdftotext put a
    neighbour's column between. A subhead just read moves along with it."""
    current = st.current
    if not new_paragraph or current is None or not current.has_body() or not current.spans:
        return
    if st.ordered or st.set_order:
        return  # unwrapped or set-order text: no neighbour's column was read between
    if run_in_head(text):
        return  # a brief under its run-in head: the next item of the column being read
    if overlap(header_text(current), text):
        return
    words = content_words(text)
    mine = len(words & article_words(current))
    page = current.spans[0].page
    best: tuple[int, DraftArticle] | None = None
    for article in st.articles[-8:]:
        if article is current or not article.has_body() or not article.spans:
            continue
        if article.spans[0].page != page or (
            article.jumps and article.jumps[-1].direction is JumpDirection.ON
        ):
            continue
        score = len(words & article_words(article))
        strong = score >= RESUME_WORDS and score >= 2 * mine + 2
        if strong and (best is None or score > best[0]):
            best = (score, article)
    if best is None:
        return
    target = best[1]
    if isinstance(current.blocks[-1], Subhead):
        target.blocks.append(current.blocks.pop())
    st.current = target


def dangling(st: State, raw: str) -> DraftArticle | None:
    """Text that starts in lower case while the current article's last paragraph is
    closed goes on with the latest article on the page whose last paragraph is open
    (its column was cut by a neighbour's headline). Makes that article current."""
    if not raw[:1].islower():
        return None
    current = st.current
    last = current.blocks[-1] if current and current.blocks else None
    if isinstance(last, DraftParagraph) and ends_open(last.raw):
        return None
    for article in reversed(st.articles[-4:]):
        tail = article.blocks[-1] if article.blocks else None
        if article is not current and isinstance(tail, DraftParagraph) and ends_open(tail.raw):
            if article.jumps and article.jumps[-1].direction is JumpDirection.ON:
                continue  # cut by its jump line: goes on on another page
            st.current = article
            return article
    return None


def target(st: State, item: ClassifiedUnit) -> DraftArticle:
    """The article a unit of text belongs to, opening one (with a diagnostic) when none
    is open."""
    if st.current is None and st.pending:
        route(st, item.unit.text, new_paragraph=True)
    if st.current is not None:
        return st.current
    if (
        st.closed is not None
        and st.closed.jumps
        and item.unit.page == st.closed.jumps[-1].from_page
    ):
        # Text after a jump line without a new headline: still the same article's column.
        st.current = st.closed
        return st.closed
    waiting = waiting_headline(st, item.unit.page)
    if waiting is not None:
        st.current, st.closed = waiting, None  # a headline whose text had not come yet
        return waiting
    st.log.add(codes.NO_HEADLINE, "text with no headline before it", line=item.unit.first)
    return new_article(st, span(item))


def has_text(article: DraftArticle) -> bool:
    """The article holds a paragraph (a figure or subhead alone is no text)."""
    return any(isinstance(b, DraftParagraph) for b in article.blocks)


def waiting_headline(st: State, page: int, *, empty_only: bool = False) -> DraftArticle | None:
    """The first article opened on ``page`` with a headline and no text yet (none jumped
    here): its text was read after another story's (a box, a brief column, a picture).
    In an issue that closes stories with end bylines, else the first story opened on the
    page that no end byline or jump line has closed yet."""
    opened = [
        a for a in st.articles if a.headline and a.spans and a.spans[0].page == page and not a.jumps
    ]
    empty = [a for a in opened if not has_text(a)]
    if empty:
        return empty[0]
    if st.ended and not empty_only:
        return next((a for a in opened if a.id not in st.ended), None)
    return None


def continues(st: State, items: list[ClassifiedUnit], i: int) -> bool:
    """A title-like unit that is really a paragraph piece: the paragraph before it is
    open, or the unit after it starts in lower case."""
    last = st.current.blocks[-1] if st.current and st.current.blocks else None
    if isinstance(last, DraftParagraph) and open_before(st, last, items[i].unit.text):
        return True
    if i + 1 < len(items) and items[i + 1].kind is Kind.JUMP_ON:
        return True  # text cut by its jump line; a subhead never stands right above one
    following = items[i + 1].unit.text if i + 1 < len(items) else ""
    return following[:1].islower()


def subhead(st: State, item: ClassifiedUnit) -> None:
    """A title inside an article."""
    target(st, item).blocks.append(Subhead(text=plain(item.unit.text), spans=(span(item),)))


def paragraph(st: State, item: ClassifiedUnit) -> None:
    """A body unit: a new paragraph, or the rest of an open one."""
    raw = join_lines(item.unit.lines, st.dehyphenator)
    before = st.current.blocks[-1] if st.current and st.current.blocks else None
    joins = isinstance(before, DraftParagraph) and open_before(st, before, raw)
    if not joins and opens_with_dateline(raw) and st.current is not None and has_text(st.current):
        # A dateline opens a story's first paragraph: the current story has text already,
        # so this is the text of a headline read before it that has none yet.
        waiting = waiting_headline(st, item.unit.page, empty_only=True)
        if waiting is not None:
            st.current, st.closed = waiting, None
    route(st, raw, new_paragraph=not joins)
    article = dangling(st, raw) or target(st, item)
    for figure in st.pending_figures:
        add_figure(article, figure)
    st.pending_figures.clear()
    here = span(item)
    last = article.blocks[-1] if article.blocks else None
    if isinstance(last, DraftParagraph) and open_before(st, last, raw):
        # A paragraph never ends without final punctuation: the extraction cut it at a
        # column or block break, so the next body text goes on with it.
        last.raw = st.dehyphenator.repair_spaced(st.dehyphenator.join(last.raw, raw))
        last.spans.append(here)
        st.log.add(
            codes.PARAGRAPH_JOINED,
            f"joined to the paragraph before it (line {last.spans[0].line})",
            line=item.unit.first,
        )
        return
    article.blocks.append(DraftParagraph(raw=raw, spans=[here]))


def open_before(st: State, before: DraftParagraph, raw: str) -> bool:
    """The paragraph ``before`` stops mid-sentence, so ``raw`` goes on with it (unless, in
    unwrapped text, ``before`` only lost its full stop)."""
    if ends_with_signature(before.raw) and _letters(st.current):
        # A letter's signature ("— Oona Pryce, Quay Street") ends its paragraph; but
        # "— Oona Pryce, Quay" / "Street" is the place cut by a column end, and text going
        # on in lower case after a quote's attribution is the paragraph the quote stood in.
        return _place_word(raw) or raw[:1].islower()
    if not ends_open(before.raw):
        return False
    return not (st.ordered and missing_full_stop(before.raw, raw))


def _letters(article: DraftArticle | None) -> bool:
    """A letters column: its header says so, or its letters stand under titles (subheads).
    Elsewhere "— Name, Place" is a pull quote's attribution inside running text."""
    if article is None:
        return False
    header = f"{article.kicker or ''} {article.headline}".lower()
    return "letter" in header or any(isinstance(b, Subhead) for b in article.blocks)


def _place_word(text: str) -> bool:
    """One capitalised word alone: the rest of a signature's place, never a letter's title."""
    words = text.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].isalpha()


def list_item(st: State, item: ClassifiedUnit) -> None:
    """A bulleted line: an item of the list the article ends with, or a new list."""
    article = target(st, item)
    raw = _BULLET_MARK.sub("", join_lines(item.unit.lines, st.dehyphenator))
    last = article.blocks[-1] if article.blocks else None
    if isinstance(last, DraftList):
        last.items.append((raw, span(item)))
    else:
        article.blocks.append(DraftList(items=[(raw, span(item))]))


def pull_quote(st: State, item: ClassifiedUnit) -> None:
    """A block opening with a lone quote mark, or a quotation standing alone."""
    lines = item.unit.lines
    if len(lines) > 1 and lines[0].strip() in ("“", '"', "«"):
        lines = lines[1:]  # the lone mark set large above the quotation
    quote = join_lines(lines, st.dehyphenator) or item.unit.text
    runs = to_runs(quote.strip('“”"« »'))
    target(st, item).blocks.append(PullQuote(runs=runs, spans=(span(item),)))


def headline_in_text(st: State, item: ClassifiedUnit) -> bool:
    """While a kicker or byline waits for its headline, a body unit whose first lines
    form a title followed by a capitalised line holds that headline: split it off and
    open the article (pdftotext keeps such a headline in the block of its text)."""
    if not (st.kickers or st.orphan_bylines):
        return False
    lines = item.unit.lines
    for k in range(1, min(3, len(lines) - 1) + 1):
        head = " ".join(lines[:k])
        following = lines[k].lstrip("“\"'‘(")[:1]
        if ends_sentence(lines[k - 1]) or not following.isupper():
            continue
        if not is_title(head) or last_word_is_function_word(head):
            return False
        unit = item.unit
        head_unit = replace(unit, lines=lines[:k], last=unit.first + k - 1)
        rest = replace(unit, lines=lines[k:], first=unit.first + k)
        st.log.add(
            codes.HEADLINE_GUESS,
            f"{plain(head)!r} read as the headline of the text after it",
            line=unit.first,
        )
        open_header(
            st, [ClassifiedUnit(head_unit, Kind.TITLE)], Header(None, 0, None, [], 1), set()
        )
        paragraph(st, ClassifiedUnit(rest, Kind.BODY))
        return True
    return False
