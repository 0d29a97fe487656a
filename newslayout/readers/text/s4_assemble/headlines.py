"""Which titles open articles, and how an article's header is taken apart.

A title followed by a byline (a kicker above and a deck between allowed) opens an article.
Without a byline a title opens one when it is followed by body text and no article is open,
or when it is in capitals; otherwise it is a subhead. Kickers and bylines printed before
their headline (side-by-side columns) are queued for the next article that opens without
one; a run of side-by-side headlines opens one article each (``headers.find_cluster``).
"""

from __future__ import annotations

import re

from newslayout.cues import split_kicker
from newslayout.readers.text import codes
from newslayout.readers.text.s2_units.barheads import BAR_HEAD
from newslayout.readers.text.s2_units.pages import WRAPPED_TITLE
from newslayout.readers.text.s2_units.units import ends_open, ends_sentence, is_kicker
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind
from newslayout.readers.text.s4_assemble import figures
from newslayout.readers.text.s4_assemble.draft import DraftArticle, DraftParagraph
from newslayout.readers.text.s4_assemble.headers import (
    Cluster,
    find_cluster,
    is_label,
    lone_name,
    tag_under_headline,
)
from newslayout.readers.text.s4_assemble.inline import join_lines, plain
from newslayout.readers.text.s4_assemble.state import (
    BODY_KINDS,
    Header,
    State,
    add_byline,
    is_short_caps,
    new_article,
    span,
    strong,
)

_NUMBERED = re.compile(r"^(?:[IVXLC]+|\d{1,2}|[A-H])[.)]\s+\S")
#: Without a byline, a front-page title opens a story only above this many words of text.
FRONT_BODY_WORDS = 12
#: Most words of a deck between a headline and its byline.
DECK_WORDS = 45
#: Fewest words of a deck under a kicker and headline with no byline below it.
BARE_DECK_WORDS = 8


def header_at(st: State, items: list[ClassifiedUnit], i: int, front: bool) -> Header | None:
    """The article header that starts at unit ``i``, or None when the title there does not
    open an article."""
    n = len(items)

    def kind(j: int) -> Kind:
        if j < n and j > i and items[j].unit.role == BAR_HEAD:
            return Kind.END  # a bar header starts a header of its own
        return items[j].kind if j < n else Kind.END

    if kind(i) is Kind.BYLINE:
        return None
    if kind(i + 1) is Kind.TITLE and is_label(items, i) and not is_short_caps(items[i].unit.text):
        below = header_at(st, items, i + 1, front)
        if below is not None and below.kicker is None and (below.bylines or below.deck):
            return Header(i, below.headline, below.deck, below.bylines, below.end)
    kicker = None
    j = i
    k = j + 1
    if is_short_caps(items[i].unit.text) and kind(i + 1) is Kind.TITLE and not _over_deck(items, i):
        kicker, j, k = i, i + 1, i + 2
    elif tag_under_headline(items, i):
        kicker, k = i + 1, i + 2  # a kicker printed as a tag under its headline

    def credit_then_byline(c: int) -> bool:
        # Unwrapped text prints a picture's credit in its caption, never up its side.
        return kind(c + 1) is Kind.BYLINE and lone_name(items, c) and not st.ordered

    deck = None
    deck_like = kind(k) in (Kind.TITLE, Kind.BODY) and (
        kind(k + 1) is Kind.BYLINE or credit_then_byline(k + 1)
    )
    if deck_like and not lone_name(items, k) and len(items[k].unit.text.split()) <= DECK_WORDS:
        deck, k = k, k + 1
    credit = None
    if credit_then_byline(k):
        credit, k = k, k + 1
    bylines: list[int] = []
    while kind(k) is Kind.BYLINE:
        bylines.append(k)
        k += 1
    if bylines:
        return Header(kicker, j, deck, bylines, k, credit)
    if kicker is not None and kind(k) in BODY_KINDS | {Kind.CAPTION}:
        return Header(kicker, j, None, [], k)
    if kicker is not None and kind(k) is Kind.TITLE and kind(k + 1) in BODY_KINDS:
        # kicker, headline and deck over text, no byline: the deck is a longer line in
        # sentence case (smaller type), a sentence's worth of words
        deck_text = items[k].unit.text
        longer = len(deck_text) >= DECK_SHARE * len(items[j].unit.text)
        if not strong(deck_text) and longer and len(deck_text.split()) >= BARE_DECK_WORDS:
            return Header(kicker, j, k, [], k + 1)
    nxt = kind(j + 1)
    if nxt is Kind.CAPTION:
        nxt = kind(j + 2)
    if nxt not in BODY_KINDS:
        # a picture's credit may stand between the deck and the text (the photo is set
        # under the header)
        credit = j + 2 if kind(j + 2) is Kind.CREDIT and kind(j + 3) in BODY_KINDS else None
        text_at = j + 3 if credit is not None else j + 2
        if nxt is Kind.TITLE and kind(text_at) in BODY_KINDS and not front:
            second = items[j + 1].unit.text
            deck = len(second.split()) >= 6 and not strong(second)
            pair = header_pair(items, j) or shaped_pair(items, j)
            if deck and (opens(st, items[j], front) or pair):
                return Header(None, j, j + 1, [], text_at, credit)
        return None
    if not opens(st, items[j], front, following=items[j + 1].unit.text):
        return None
    if front and nxt is Kind.BODY and len(items[j + 1].unit.text.split()) < FRONT_BODY_WORDS:
        return None  # a masthead word over a price or a motto, not a story
    return Header(None, j, None, [], j + 1)


#: Fewest words of a title standing alone that is read as a headline-only article (a
#: shorter one is a section label over the next header).
ALONE_WORDS = 3


def standalone_title(st: State, items: list[ClassifiedUnit], i: int, front: bool) -> bool:
    """A title alone in its block with nothing under it before the next story's header (a
    title that opens an article): the title of a graphic or a photo feature, an article
    with a headline only, never a subhead of the story above (which a header ended)."""
    unit = items[i].unit
    if (
        items[i].kind is not Kind.TITLE
        or i + 1 >= len(items)
        or items[i + 1].kind is not Kind.TITLE
    ):
        return False
    if len(unit.text.split()) < ALONE_WORDS or is_kicker(unit.text) or unit.role == BAR_HEAD:
        return False
    if items[i + 1].unit.block == unit.block or (i > 0 and items[i - 1].unit.block == unit.block):
        return False
    if st.current is not None and not st.current.has_body():
        return False  # a header still waiting for its text: this may be its deck
    second = items[i + 1].unit.text
    if not strong(second) and len(second) >= DECK_SHARE * len(unit.text):
        return False  # the title's deck (smaller type, sentence case) comes next
    nxt = header_at(st, items, i + 1, front)
    if nxt is None:
        return False
    # A header with a byline or a deck is sure; a bare title over text only where the
    # extraction keeps the page's order (in line-interleaved text it may be a neighbour's).
    return bool(nxt.bylines) or nxt.deck is not None or (st.ordered and _text_after(items, nxt))


def _text_after(items: list[ClassifiedUnit], header: Header) -> bool:
    """The header is followed by running text (it opens a story, not a list of titles)."""
    return header.end < len(items) and items[header.end].kind in BODY_KINDS


def open_photo(st: State, items: list[ClassifiedUnit], i: int, used: set[int]) -> bool:
    """Open the article of a photo with a headline of its own (``figures.photo_parts``):
    the headline and the figure, no text; the next header opens the next story."""
    parts = figures.photo_parts(items, i)
    if parts is None:
        return False
    caption, credit, printed, end = parts
    st.log.add(
        codes.HEADLINE_ONLY,
        f"{plain(items[i].unit.text)!r} stands over a photo's caption and credit; read as a"
        " photo with its own headline",
        line=items[i].unit.first,
    )
    open_header(st, items, Header(None, i, None, [], i + 1), used)
    figures.add_caption(st, items[end - 1], caption, credit, printed, own=True)
    used.update(range(i, end))
    st.current, st.closed = None, st.current
    return True


def open_headline_only(st: State, items: list[ClassifiedUnit], i: int, used: set[int]) -> None:
    """Open the headline-only article of a title standing alone (see ``standalone_title``)."""
    st.log.add(
        codes.HEADLINE_ONLY,
        f"{plain(items[i].unit.text)!r} has no text under it; read as a headline-only article",
        line=items[i].unit.first,
    )
    open_header(st, items, Header(None, i, None, [], i + 1), used)
    st.current, st.closed = None, st.current  # its text is none: the next header opens


#: A deck's line holds this many times the characters of its headline's (smaller type).
DECK_SHARE = 1.3


def header_pair(items: list[ClassifiedUnit], j: int) -> bool:
    """A headline and its deck in a block of their own, over text: the first line is a
    title, the second a longer line in smaller type with no final stop, the block set off
    from the text above it and the text below it by blank lines. A subhead has no deck
    under it, so the pair opens a story even without a byline."""
    head, deck = items[j].unit, items[j + 1].unit
    if len(head.lines) != 1 or len(deck.lines) != 1 or head.block != deck.block:
        return False
    if j > 0 and items[j - 1].unit.block == head.block:
        return False
    if j + 2 < len(items) and items[j + 2].unit.block == head.block:
        return False
    return len(deck.text) >= DECK_SHARE * len(head.text) and not ends_sentence(deck.text)


def shaped_pair(items: list[ClassifiedUnit], j: int) -> bool:
    """On a page with no blank lines (every unit in one block), a headline and its deck cut
    by their shape (``units._title_and_deck``): the title after finished text, the deck a
    longer line or two in sentence case with no final stop, text under it."""
    head, deck = items[j].unit, items[j + 1].unit
    if any(item.unit.block != head.block for item in items):
        return False
    if j > 0 and items[j - 1].kind in BODY_KINDS and not ends_sentence(items[j - 1].unit.text):
        return False
    text = deck.text
    if ends_sentence(text) or strong(text) or len(text) < DECK_SHARE * len(head.text):
        return False
    return len(text.split()) >= BARE_DECK_WORDS


def opens(st: State, item: ClassifiedUnit, front: bool, *, following: str = "") -> bool:
    """Without a byline, does this title open an article (rather than be a subhead)?
    ``following`` is the text right under it."""
    text = item.unit.text
    if _NUMBERED.match(text):
        return st.current is None and st.closed is None
    if front or st.current is None:
        return True
    if st.current.has_body():
        last = st.current.blocks[-1]
        if isinstance(last, DraftParagraph) and ends_open(last.raw):
            return False
        # a headline wraps where a subhead, set at text size, fits one line
        wrapped = item.unit.role == WRAPPED_TITLE
        if ((strong(text) or wrapped) and len(text.split()) >= 3) or briefs_label(text, following):
            st.log.add(
                codes.HEADLINE_GUESS,
                f"{text!r} has no byline; read as a headline",
                line=item.unit.first,
            )
            return True
        return False
    return False


#: A run-in head opening a brief: a short capitalised sentence of its own ("Larger tunnel
#: rejected. Work on the library stopped ..."), or alone on its line when the extraction
#: cut the paragraph after it.
_RUN_IN = re.compile(r"[A-Z][^\W\d_][^.,;:!?“”\"]{2,48}\.(?:\s+[“\"‘]?[A-Z0-9]|\s*$)")
#: Most words of a run-in head.
RUN_IN_WORDS = 6


def run_in_head(text: str) -> bool:
    """``text`` opens with a run-in head: a sentence of two to :data:`RUN_IN_WORDS` words
    with no comma, followed by another sentence or by nothing."""
    match = _RUN_IN.match(text)
    if match is None:
        return False
    head = text[: match.end()].rsplit(".", 1)[0]
    return 2 <= len(head.split()) <= RUN_IN_WORDS


def briefs_label(text: str, following: str) -> bool:
    """A label in capitals ("IN BRIEF", "EN BREF", "KURZ NOTIERT") between a finished
    paragraph and a paragraph opening with a run-in head: the head of a column of briefs,
    an article of its own. A subhead is set in the text's case and a kicker stands over a
    headline; text opening with a run-in head is a brief's, not a story's going on."""
    letters = sum(c.isalpha() for c in text)
    return is_kicker(text) and letters > 1 and run_in_head(following)


def open_header(st: State, items: list[ClassifiedUnit], header: Header, used: set[int]) -> None:
    """Open the article of ``header``; a current article with no text yet (a headline whose
    column comes later) waits in ``st.pending``."""
    head = items[header.headline]
    previous = st.current
    if (
        previous is not None
        and not previous.has_body()
        and not previous.jumps
        and previous.spans
        and previous.spans[0].page == head.unit.page
    ):
        st.pending.append(previous)  # a headline whose text comes later (columns)
    article = new_article(st, span(head))
    article.headline = plain(join_lines(head.unit.lines, st.dehyphenator))
    bar = split_kicker(article.headline) if head.unit.role == BAR_HEAD else None
    if bar is not None:
        article.kicker, article.headline = bar  # "TOWN | Flax mill ...": kicker on the line
    elif header.kicker is not None:
        article.kicker = plain(items[header.kicker].unit.text)
        article.spans.insert(0, span(items[header.kicker]))
    elif st.kickers:
        article.kicker = st.kickers.pop(0)
    if header.deck is not None:
        article.deck = plain(join_lines(items[header.deck].unit.lines, st.dehyphenator))
        article.spans.append(span(items[header.deck]))
    for b in header.bylines:
        add_byline(article, items[b])
    if header.credit is not None:
        _header_credit(st, items, header, used)
    if not header.bylines and st.orphan_bylines:
        add_byline(article, st.orphan_bylines.pop(0))
    start = header.kicker if header.kicker is not None else header.headline
    used.update(range(start, header.end))
    st.headlines_seen += 1


def _header_credit(st: State, items: list[ClassifiedUnit], header: Header, used: set[int]) -> None:
    """The credit among a header's parts goes to the caption right under the header
    (``figures.header_caption``); with no such caption it is dropped, as a credit with no
    picture says nothing about the story."""
    assert header.credit is not None
    name = plain(items[header.credit].unit.text)
    if figures.header_caption(st, items, header.end - 1, name):
        st.log.add(
            codes.CAPTION_GUESS,
            f"{name!r} inside the header read as the photo credit of the caption under it",
            line=items[header.credit].unit.first,
        )


def open_cluster(
    st: State, items: list[ClassifiedUnit], cluster: Cluster, used: set[int], start: int
) -> None:
    """Open one article per headline of a side-by-side cluster; the first is current,
    the others wait for their body (see ``body.route``)."""
    opened: list[DraftArticle] = []
    for part in cluster.parts:
        header = Header(part.kicker, part.headline, part.deck, part.bylines, part.headline)
        open_header(st, items, header, used)
        assert st.current is not None
        opened.append(st.current)
    used.update(range(start, cluster.end))
    st.current, st.closed = opened[0], None
    st.pending = [a for a in st.pending if a not in opened] + opened[1:]


def kicker_for_later(items: list[ClassifiedUnit], i: int) -> bool:
    """A kicker-shaped title that is not right above its headline: skipping other
    kickers, jump and pointer lines, the next unit is a headline or a byline (or text
    continued from another page, which a kicker never stands above)."""
    if items[i].kind is not Kind.TITLE or not is_kicker(items[i].unit.text):
        return False
    nxt = items[i + 1] if i + 1 < len(items) else None
    if nxt is not None and nxt.kind is Kind.POINTER and items[i].unit.page == 1:
        return False  # "MARKET HALL REOPENS" / "PAGE 3": a front-page teaser
    if nxt is not None and nxt.kind is Kind.TITLE and not is_kicker(nxt.unit.text):
        return False  # right above a title: header_at's kicker
    if nxt is not None and _caps_headline(items, i + 1):
        return False  # right above a headline in capitals: header_at's kicker
    if nxt is not None and nxt.kind is Kind.BYLINE and _caps_headline(items, i):
        return False  # a headline in capitals right over its byline ("OLD MILL FOR X" / "By")
    passed_jump = passed_other = False
    for item in items[i + 1 :]:
        if item.kind is Kind.TITLE and is_kicker(item.unit.text):
            continue
        if item.kind in (Kind.JUMP_ON, Kind.JUMP_FROM, Kind.POINTER):
            passed_jump = passed_jump or item.kind is Kind.JUMP_FROM
            passed_other = True
            continue
        if item.kind is Kind.TITLE and not passed_other:
            return find_cluster(items, i) is None  # the kickers of a cluster
        return item.kind in (Kind.TITLE, Kind.BYLINE) or (passed_jump and item.kind is Kind.BODY)
    return False


#: Most words of a jump head printed away from its jump-in line.
JUMP_HEAD_WORDS = 4


#: Fewest words of a kicker-shaped title read as a headline in capitals (a section label
#: has one or two).
CAPS_HEADLINE_WORDS = 3


def _over_deck(items: list[ClassifiedUnit], i: int) -> bool:
    """A kicker-shaped title of three or four words in capitals over a deck (a sentence's
    worth of words in sentence case, 1.3 times its length: "MODEST MILL FOR SHENGMOOR" /
    "Planners in Shengmoor say the theatre was opened ..."): a headline set in capitals,
    not a kicker, whose headline would be a sentence."""
    text, below = items[i].unit.text, items[i + 1].unit.text
    if len(text.split()) < CAPS_HEADLINE_WORDS or strong(below):
        return False
    return len(below.split()) >= BARE_DECK_WORDS and len(below) >= DECK_SHARE * len(text)


def _caps_headline(items: list[ClassifiedUnit], i: int) -> bool:
    """A kicker-shaped title that is a headline set in capitals: a title in sentence case
    (its deck) or a byline comes right under it, which never follows a kicker alone."""
    text = items[i].unit.text
    if items[i].kind is not Kind.TITLE or not is_kicker(text):
        return False
    if len(text.split()) < CAPS_HEADLINE_WORDS:
        return False  # "COMMUNITY" / "WEATHER" / byline: the kickers of side-by-side columns
    nxt = items[i + 1] if i + 1 < len(items) else None
    if nxt is None or nxt.unit.role == BAR_HEAD:
        return False
    return nxt.kind is Kind.BYLINE or (nxt.kind is Kind.TITLE and not nxt.unit.text.isupper())


def distant_jump_head(st: State, item: ClassifiedUnit) -> bool:
    """A short title on a later page whose words all come from the headline of a story
    jumping to this page ("Covered market" for "Flax mill will reopen as a covered
    market"): the continuation's jump head, even with its jump-in line read far below it
    (pdftotext interleaves the columns under it)."""
    words = re.findall(r"[^\W\d_]{3,}", item.unit.text.lower())
    if not words or len(item.unit.text.split()) > JUMP_HEAD_WORDS:
        return False
    page = item.unit.page
    for article in st.articles:
        targets = {j.to_page for j in article.jumps if not j.resolved}
        if page in targets and set(words) <= set(re.findall(r"\w+", article.headline.lower())):
            return True
    return False


def jump_keyword_head(st: State, items: list[ClassifiedUnit], i: int) -> bool:
    """A title heading a jump-in that repeats the keyword of an open jump-out."""
    if jump_head(st, items, i) is None:
        return False
    word = items[i].unit.text.strip().lower()
    return any(word == k for a in st.articles for k in a.on_keywords if k)


def jump_head(st: State, items: list[ClassifiedUnit], i: int) -> int | None:
    """The index of the jump-in line that the title at ``i`` heads (kicker-shaped titles
    may stand between them), else None."""
    for j in range(i + 1, min(len(items), i + 5)):
        if j in st.used:
            continue  # furniture printed between
        kind = items[j].kind
        if kind is Kind.JUMP_FROM:
            return j
        if not (kind is Kind.TITLE and is_kicker(items[j].unit.text)):
            return None
    return None


def orphan_byline(st: State, item: ClassifiedUnit) -> bool:
    """Queue a byline printed before its headline: kickers are waiting for a headline
    and the current article already has text (so the byline is not its own)."""
    if not st.kickers or st.pending:
        return False
    if st.current is not None and not st.current.has_body():
        return False
    st.orphan_bylines.append(item)
    return True
