"""Classified units -> issue parts: masthead, teasers, articles, figures, jumps.

The walk keeps one current article. A title with a byline after it (possibly via a kicker
above and a deck between) always opens an article; a title followed by body text opens one
when no article is open or it looks like a headline (capitals), else it is a subhead. Jump
lines close the current part and thread continuations ("Continued from page 1") back into
the article that jumped, so an article is one Article whatever pages it covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newslayout.cues import (
    Dehyphenator,
    parse_byline,
    parse_date,
    parse_edition,
    parse_issue_number,
    parse_volume_number,
    split_credit,
    split_teaser,
)
from newslayout.cues.credits import parse_credit_line
from newslayout.cues.names import looks_like_name
from newslayout.diagnostics import Log
from newslayout.model import (
    Byline,
    Figure,
    Furniture,
    FurnitureKind,
    IssueMeta,
    Jump,
    JumpDirection,
    PullQuote,
    Span,
    Subhead,
    Teaser,
)
from newslayout.readers.text import codes
from newslayout.readers.text.classify import Classified, Kind
from newslayout.readers.text.draft import DraftArticle, DraftList, DraftParagraph
from newslayout.readers.text.headers import Cluster, content_words, find_cluster, overlap
from newslayout.readers.text.inline import join_lines, plain, to_runs
from newslayout.readers.text.units import (
    ends_open,
    ends_sentence,
    is_kicker,
    is_title,
    last_word_is_function_word,
)

_NUMBERED = re.compile(r"^(?:[IVXLC]+|\d{1,2}|[A-H])[.)]\s+\S")
_BULLET_MARK = re.compile(r"^(?:[•▪◦●‣–—*-])\s+")
_FOLIO = re.compile(r"(?:page\s+)?(?P<label>[A-Z]?\d{1,4})", re.IGNORECASE)
#: A cover price: "$1.75", "£1.20", "90p", "€2", "Free".
_PRICE = re.compile(
    r"(?:[$€£¥]\s?\d{1,3}(?:[.,]\d{2})?|\d{1,3}(?:[.,]\d{2})?\s?(?:p|c|€|¢)|Free|FREE)"
)
#: Content words a paragraph must share with an earlier headline to go back to it.
RESUME_WORDS = 4
#: Without a byline, a front-page title opens a story only above this many words of text.
FRONT_BODY_WORDS = 12
_BODY_KINDS = frozenset({Kind.BODY, Kind.LIST, Kind.QUOTE})


def _span(item: Classified) -> Span:
    return Span(page=item.unit.page, line=item.unit.first, end_line=item.unit.last)


def _header_text(article: DraftArticle) -> str:
    return f"{article.headline} {article.deck}"


def _article_words(article: DraftArticle) -> set[str]:
    """Content words of an article's headline, deck and paragraphs so far."""
    parts = [_header_text(article)]
    parts += [b.raw for b in article.blocks if isinstance(b, DraftParagraph)]
    return content_words(" ".join(parts))


def _is_kicker(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and text.isupper()


def _strong(text: str) -> bool:
    """Capitals say "headline": all caps, or most longer words capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    if len(text.split()) < 2 or not words:
        return False
    if text.isupper():
        return True
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words) and len(words) >= 2


@dataclass(slots=True)
class _Header:
    kicker: int | None
    headline: int
    deck: int | None
    bylines: list[int]
    end: int


@dataclass(slots=True)
class Assembler:
    """Walks the classified units of every page and builds the issue parts."""

    log: Log
    dehyphenator: Dehyphenator
    page_count: int
    articles: list[DraftArticle] = field(default_factory=list)
    teasers: dict[int, list[Teaser]] = field(default_factory=dict)
    furniture: dict[int, list[Furniture]] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    current: DraftArticle | None = None
    closed: DraftArticle | None = None
    pending_figures: list[Figure] = field(default_factory=list)
    front_titles: list[tuple[int, str]] = field(default_factory=list)
    headlines_seen: int = 0
    #: Articles of a side-by-side cluster that have no body yet (see ``headers``).
    pending: list[DraftArticle] = field(default_factory=list)
    #: Kickers read before their headline (side-by-side columns), oldest first.
    kickers: list[str] = field(default_factory=list)
    #: Bylines read before their headline (side-by-side columns), oldest first.
    orphan_bylines: list[Classified] = field(default_factory=list)
    #: Indexes of the current page's units already consumed.
    used: set[int] = field(default_factory=set)

    # --- the walk ------------------------------------------------------------------------

    def page(self, page: int, items: list[Classified]) -> None:
        """Assemble one page's units."""
        self.teasers.setdefault(page, [])
        self.furniture.setdefault(page, [])
        used: set[int] = set()
        self.used = used
        front = page == 1
        self._folios(page, items, used)
        for i, item in enumerate(items):
            if i in used:
                continue
            kind = item.kind
            if front and self._front_item(page, items, i, used):
                continue
            if kind is Kind.TITLE and self._running_head(item):
                self.furniture[page].append(
                    Furniture(
                        kind=FurnitureKind.RUNNING_HEAD, text=item.unit.text, spans=(_span(item),)
                    )
                )
                continue
            if kind is Kind.TITLE and self._jump_keyword_head(items, i):
                continue  # "BUDGET" over "Continued from page 1": the jump-in uses it
            if kind is Kind.TITLE and self._kicker_for_later(items, i):
                self.kickers.append(plain(item.unit.text))
                continue
            if kind is Kind.TITLE and self._credit_above_caption(items, i, used):
                continue
            cluster = find_cluster(items, i) if kind is Kind.TITLE else None
            if cluster is not None:
                if front:
                    self._end_front(items)
                    front = False
                self._open_cluster(items, cluster, used, i)
                continue
            if kind is Kind.TITLE or kind is Kind.BYLINE:
                header = self._header_at(items, i, front)
                if header is not None:
                    if front:
                        self._end_front(items)
                        front = False
                    self._open(items, header, used)
                    continue
            if kind is Kind.TITLE and self._jump_head(items, i) is not None:
                continue  # a jump head: the jump-in line after it uses it
            self._content(page, items, i, used)
        if front:
            self._end_front(items)
        self.pending.clear()
        self.kickers.clear()
        self.orphan_bylines.clear()
        if self.pending_figures:
            target = self.current or self.closed or (self.articles[-1] if self.articles else None)
            if target is None:
                target = self._new_article(Span(page=page))
            for figure in self.pending_figures:
                self._add_figure(target, figure)
            self.pending_figures.clear()

    # --- the front page: masthead and teasers ---------------------------------------------

    def _front_item(self, page: int, items: list[Classified], i: int, used: set[int]) -> bool:
        """Masthead lines and teasers before the first headline of page 1."""
        item = items[i]
        text = item.unit.text
        kind = item.kind
        if kind in (Kind.VOLUME, Kind.DATE, Kind.EDITION):
            self._masthead_line(page, item)
            self.front_titles.append((i, ""))
            return True
        if kind in (Kind.BODY, Kind.TITLE) and _PRICE.fullmatch(text):
            self.furniture[page].append(
                Furniture(kind=FurnitureKind.MASTHEAD, text=text, spans=(_span(item),))
            )
            return True
        if kind is Kind.TEASER and item.page is not None:
            found = split_teaser(text)
            label = text.replace(found[0], "").strip(" |·•—–:,") if found else ""
            self._teaser(page, item, plain(found[0]) if found else text, item.page, label)
            return True
        if kind in (Kind.POINTER, Kind.JUMP_ON):
            partner = self._teaser_partner(items, i, used)
            if partner is not None:
                used.add(partner)
                target = (
                    item.page if item.page is not None else (item.jump.page if item.jump else None)
                )
                self._teaser(page, items[partner], plain(items[partner].unit.text), target, text)
                return True
            return kind is Kind.POINTER
        if (
            kind is Kind.TITLE
            and self._header_at(items, i, True) is None
            and find_cluster(items, i) is None
            and not self._kicker_for_later(items, i)
        ):
            self.front_titles.append((i, plain(text)))
            return True
        return False

    def _teaser_partner(self, items: list[Classified], i: int, used: set[int]) -> int | None:
        item = items[i]
        candidates: list[int] = []
        for j in (i - 1, i + 1):
            if 0 <= j < len(items) and j not in used and items[j].kind is Kind.TITLE:
                candidates.append(j)
        same_block = [j for j in candidates if items[j].unit.block == item.unit.block]
        if item.kind is Kind.JUMP_ON:
            return next((j for j in same_block if j < i), None)
        front_before = {j for j, _ in self.front_titles}
        before = [j for j in candidates if j < i and j in front_before]
        after = [j for j in candidates if j > i]
        for j in same_block + before + after:
            if j in front_before:
                self.front_titles = [(k, t) for k, t in self.front_titles if k != j]
            return j
        return None

    def _teaser(
        self, page: int, item: Classified, text: str, target: int | None, label: str
    ) -> None:
        self.teasers[page].append(
            Teaser(text=text, target_page=target, label=label, spans=(_span(item),))
        )

    def _masthead_line(self, page: int, item: Classified) -> None:
        text = item.unit.text
        volume = parse_volume_number(text)
        number = parse_issue_number(text)
        if volume and "volume" not in self.meta:
            self.meta["volume"], self.meta["number"] = volume
        elif number and "number" not in self.meta:
            self.meta["number"] = number
        date = parse_date(text)
        if date and "date_iso" not in self.meta:
            self.meta["date_text"], self.meta["date_iso"] = date.text, date.iso
        edition = parse_edition(text)
        if edition and "edition" not in self.meta:
            self.meta["edition"] = edition
        kind = FurnitureKind.MASTHEAD if page == 1 else FurnitureKind.RUNNING_HEAD
        self.furniture[page].append(Furniture(kind=kind, text=text, spans=(_span(item),)))

    def _end_front(self, items: list[Classified]) -> None:
        """Choose the publication name among the front titles: the one nearest above the
        first volume/date/edition line, else the first."""
        titles = [(i, t) for i, t in self.front_titles if t]
        anchors = [i for i, t in self.front_titles if not t]
        if titles and "publication" not in self.meta:
            # The name is printed first; a tagline may follow it before the volume line.
            chosen = titles[0]
            if anchors:
                above = [x for x in titles if x[0] < anchors[0]]
                chosen = above[0] if above else titles[0]
            self.meta["publication"] = plain(items[chosen[0]].unit.lines[0])
        for i, text in titles:
            item = items[i]
            kind = (
                FurnitureKind.MASTHEAD
                if text.startswith(self.meta.get("publication") or "\0")
                else FurnitureKind.OTHER
            )
            self.furniture[item.unit.page].append(
                Furniture(kind=kind, text=text, spans=(_span(item),))
            )
        self.front_titles = []

    def _folios(self, page: int, items: list[Classified], used: set[int]) -> None:
        """Bare page numbers at the top or bottom of a page are folios; running heads too."""
        for i in {0, len(items) - 1} if items else set():
            item = items[i]
            text = item.unit.text
            match = _FOLIO.fullmatch(text)
            if match and (item.kind in (Kind.POINTER, Kind.BODY, Kind.TITLE)):
                if page == 1 and item.kind is Kind.POINTER:
                    continue  # page 1 pointers are teasers
                self.labels.setdefault(page, match.group("label").upper())
                self.furniture[page].append(
                    Furniture(kind=FurnitureKind.FOLIO, text=text, spans=(_span(item),))
                )
                used.add(i)
            elif page > 1 and i == 0 and item.kind in (Kind.DATE, Kind.VOLUME, Kind.EDITION):
                self._masthead_line(page, item)
                used.add(i)
        if page > 1:
            self._running_heads(page, items, used)

    def _running_heads(self, page: int, items: list[Classified], used: set[int]) -> None:
        """The head of a later page: date, volume and edition lines, the publication's name,
        and the section label in capitals first on the page, among the first units; kickers
        and jump heads printed among them are left alone."""
        furniture = (Kind.DATE, Kind.VOLUME, Kind.EDITION)
        zone = range(min(len(items), 6))
        marked = [
            i
            for i in zone
            if items[i].kind in furniture
            or self._running_head(items[i])
            or self._head_line(items[i], i)
        ]
        if not marked:
            return
        first = next((i for i in zone if i not in used), None)
        for i in zone:
            item = items[i]
            if i in used:
                continue
            section = i == first and item.kind is Kind.TITLE and is_kicker(item.unit.text)
            if item.kind in furniture:
                self._masthead_line(page, item)
            elif i in marked or section:
                self.furniture[page].append(
                    Furniture(
                        kind=FurnitureKind.RUNNING_HEAD, text=item.unit.text, spans=(_span(item),)
                    )
                )
            elif item.kind is Kind.TITLE and is_kicker(item.unit.text):
                continue
            else:
                break
            used.add(i)

    # --- headers ---------------------------------------------------------------------------

    def _header_at(self, items: list[Classified], i: int, front: bool) -> _Header | None:
        n = len(items)

        def kind(j: int) -> Kind:
            return items[j].kind if j < n else Kind.END

        if kind(i) is Kind.BYLINE:
            return None
        kicker = None
        j = i
        if _is_kicker(items[i].unit.text) and kind(i + 1) is Kind.TITLE:
            kicker, j = i, i + 1
        k = j + 1
        deck = None
        deck_like = kind(k) in (Kind.TITLE, Kind.BODY) and kind(k + 1) is Kind.BYLINE
        if deck_like and len(items[k].unit.text.split()) <= 45:
            deck, k = k, k + 1
        bylines: list[int] = []
        while kind(k) is Kind.BYLINE:
            bylines.append(k)
            k += 1
        if bylines:
            return _Header(kicker, j, deck, bylines, k)
        if kicker is not None and kind(k) in _BODY_KINDS | {Kind.CAPTION}:
            return _Header(kicker, j, None, [], k)
        nxt = kind(j + 1)
        if nxt is Kind.CAPTION:
            nxt = kind(j + 2)
        if nxt not in _BODY_KINDS:
            if nxt is Kind.TITLE and kind(j + 2) in _BODY_KINDS and not front:
                second = items[j + 1].unit.text
                if (
                    len(second.split()) >= 6
                    and not _strong(second)
                    and self._opens(items[j], front)
                ):
                    return _Header(None, j, j + 1, [], j + 2)
            return None
        if not self._opens(items[j], front):
            return None
        if front and nxt is Kind.BODY and len(items[j + 1].unit.text.split()) < FRONT_BODY_WORDS:
            return None  # a masthead word over a price or a motto, not a story
        return _Header(None, j, None, [], j + 1)

    def _opens(self, item: Classified, front: bool) -> bool:
        """Without a byline, does this title open an article (rather than be a subhead)?"""
        text = item.unit.text
        if _NUMBERED.match(text):
            return self.current is None and self.closed is None
        if front or self.current is None:
            return True
        if self.current.has_body():
            last = self.current.blocks[-1]
            if isinstance(last, DraftParagraph) and ends_open(last.raw):
                return False
            if _strong(text) and len(text.split()) >= 3:
                self.log.add(
                    codes.HEADLINE_GUESS,
                    f"{text!r} has no byline; read as a headline",
                    line=item.unit.first,
                )
                return True
            return False
        return False

    def _open(self, items: list[Classified], header: _Header, used: set[int]) -> None:
        head = items[header.headline]
        previous = self.current
        if (
            previous is not None
            and not previous.has_body()
            and not previous.jumps
            and previous.spans
            and previous.spans[0].page == head.unit.page
        ):
            self.pending.append(previous)  # a headline whose text comes later (columns)
        article = self._new_article(_span(head))
        article.headline = plain(join_lines(head.unit.lines, self.dehyphenator))
        if header.kicker is not None:
            article.kicker = plain(items[header.kicker].unit.text)
            article.spans.insert(0, _span(items[header.kicker]))
        elif self.kickers:
            article.kicker = self.kickers.pop(0)
        if header.deck is not None:
            article.deck = plain(join_lines(items[header.deck].unit.lines, self.dehyphenator))
            article.spans.append(_span(items[header.deck]))
        for b in header.bylines:
            self._byline(article, items[b])
        if not header.bylines and self.orphan_bylines:
            self._byline(article, self.orphan_bylines.pop(0))
        start = header.kicker if header.kicker is not None else header.headline
        used.update(range(start, header.end))
        self.headlines_seen += 1

    def _open_cluster(
        self, items: list[Classified], cluster: Cluster, used: set[int], start: int
    ) -> None:
        """Open one article per headline of a side-by-side cluster; the first is current,
        the others wait for their body (see :meth:`_route`)."""
        opened: list[DraftArticle] = []
        for part in cluster.parts:
            header = _Header(part.kicker, part.headline, part.deck, part.bylines, part.headline)
            self._open(items, header, used)
            assert self.current is not None
            opened.append(self.current)
        used.update(range(start, cluster.end))
        self.current, self.closed = opened[0], None
        self.pending = [a for a in self.pending if a not in opened] + opened[1:]

    def _kicker_for_later(self, items: list[Classified], i: int) -> bool:
        """A kicker-shaped title that is not right above its headline: skipping other
        kickers, jump and pointer lines, the next unit is a headline or a byline (or text
        continued from another page, which a kicker never stands above)."""
        if items[i].kind is not Kind.TITLE or not is_kicker(items[i].unit.text):
            return False
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is not None and nxt.kind is Kind.TITLE and not is_kicker(nxt.unit.text):
            return False  # right above a title: _header_at's kicker
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
            return item.kind in (Kind.TITLE, Kind.BYLINE) or (
                passed_jump and item.kind is Kind.BODY
            )
        return False

    def _jump_keyword_head(self, items: list[Classified], i: int) -> bool:
        """A title heading a jump-in that repeats the keyword of an open jump-out."""
        if self._jump_head(items, i) is None:
            return False
        word = items[i].unit.text.strip().lower()
        return any(word == k for a in self.articles for k in a.on_keywords if k)

    def _jump_head(self, items: list[Classified], i: int) -> int | None:
        """The index of the jump-in line that the title at ``i`` heads (kicker-shaped titles
        may stand between them), else None."""
        for j in range(i + 1, min(len(items), i + 5)):
            if j in self.used:
                continue  # furniture printed between
            kind = items[j].kind
            if kind is Kind.JUMP_FROM:
                return j
            if not (kind is Kind.TITLE and is_kicker(items[j].unit.text)):
                return None
        return None

    def _head_line(self, item: Classified, index: int) -> bool:
        """The first line of a later page when it repeats the issue date or the paper's
        name among a few other words ("2 ISLAND LIFE Friday 9 January 2026 The Island
        Gazette", as pdftotext -raw gives a running head)."""
        text = item.unit.text
        if index != 0 or len(item.unit.lines) != 1 or len(text.split()) > 14:
            return False
        marks = [self.meta.get("date_text", ""), self.meta.get("publication", "")]
        return any(mark and mark in text for mark in marks)

    def _running_head(self, item: Classified) -> bool:
        """The publication's name printed again inside a later page."""
        name = self.meta.get("publication", "")
        return bool(name) and item.unit.page > 1 and plain(item.unit.text) == name

    def _caption_below(self, items: list[Classified], i: int) -> bool:
        """The unit after a credit line, a short sentence in a block of its own, is the
        caption (a credit printed between the picture and its caption)."""
        item = items[i]
        if i + 1 >= len(items) or sum(x.unit.block == item.unit.block for x in items) != 1:
            return False
        nxt = items[i + 1]
        caption = nxt.unit.text
        if nxt.kind is not Kind.BODY or len(caption.split()) > 40 or not ends_sentence(caption):
            return False
        return not any(x.unit.block == nxt.unit.block for x in items[i + 2 : i + 3])

    def _credit_above_caption(self, items: list[Classified], i: int, used: set[int]) -> bool:
        """A lone name line ("Calum Reid") in its own block right above a short one-block
        caption sentence: the photo credit printed between picture and caption."""
        item = items[i]
        text = item.unit.text
        if len(text.split()) > 4 or not looks_like_name(text) or i + 1 >= len(items):
            return False
        if not self._caption_below(items, i):
            return False
        nxt = items[i + 1]
        self.log.add(
            codes.CAPTION_GUESS,
            f"{text!r} read as the photo credit of the caption below it",
            line=item.unit.first,
        )
        used.add(i + 1)
        self._figure(nxt, join_lines(nxt.unit.lines, self.dehyphenator), text, text)
        return True

    def _new_article(self, span: Span) -> DraftArticle:
        article = DraftArticle(id=f"a{len(self.articles) + 1}", spans=[span])
        self.articles.append(article)
        self.current, self.closed = article, None
        for figure in self.pending_figures:
            self._add_figure(article, figure)
        self.pending_figures.clear()
        return article

    def _orphan_byline(self, item: Classified) -> bool:
        """Queue a byline printed before its headline: kickers are waiting for a headline
        and the current article already has text (so the byline is not its own)."""
        if not self.kickers or self.pending:
            return False
        if self.current is not None and not self.current.has_body():
            return False
        self.orphan_bylines.append(item)
        return True

    def _headline_in_text(self, item: Classified) -> bool:
        """While a kicker or byline waits for its headline, a body unit whose first lines
        form a title followed by a capitalised line holds that headline: split it off and
        open the article (pdftotext keeps such a headline in the block of its text)."""
        if not (self.kickers or self.orphan_bylines):
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
            self.log.add(
                codes.HEADLINE_GUESS,
                f"{plain(head)!r} read as the headline of the text after it",
                line=unit.first,
            )
            self._open([Classified(head_unit, Kind.TITLE)], _Header(None, 0, None, [], 1), set())
            self._paragraph(Classified(rest, Kind.BODY))
            return True
        return False

    def _byline(self, article: DraftArticle, item: Classified) -> None:
        byline = parse_byline(item.unit.text)
        if byline is not None:
            article.bylines.append(
                Byline(
                    printed=byline.printed, contributors=byline.contributors, spans=(_span(item),)
                )
            )

    # --- content ---------------------------------------------------------------------------

    def _route(self, text: str, *, new_paragraph: bool) -> None:
        """Give body text to the right article of a side-by-side cluster.

        With no current article (a jump line closed it) the waiting article that shares
        most words with the text takes over; a current article with no body yet swaps with
        a waiting one that shares more words; and a new paragraph that shares clearly more
        words with a waiting headline than with the current one starts that article.
        """
        if not self.pending:
            self._resume(text, new_paragraph=new_paragraph)
            return
        scores = [overlap(_header_text(a), text) for a in self.pending]
        best = max(range(len(scores)), key=lambda k: (scores[k], -k))
        current = self.current
        if current is None:
            self.current = self.pending.pop(best)
            return
        mine = overlap(_header_text(current), text)
        if not current.has_body():
            if scores[best] > mine:
                self.pending[best], self.current = current, self.pending[best]
            return
        if new_paragraph and scores[best] >= 3 and scores[best] >= mine + 2:
            self.current = self.pending.pop(best)

    def _resume(self, text: str, *, new_paragraph: bool) -> None:
        """A new paragraph that shares no word with the current headline and clearly more
        words with the text of an earlier article on the page (not closed by a jump line)
        than with the current article's goes back to that article: pdftotext put a
        neighbour's column between. A subhead just read moves along with it."""
        current = self.current
        if not new_paragraph or current is None or not current.has_body() or not current.spans:
            return
        if overlap(_header_text(current), text):
            return
        words = content_words(text)
        mine = len(words & _article_words(current))
        page = current.spans[0].page
        best: tuple[int, DraftArticle] | None = None
        for article in self.articles[-8:]:
            if article is current or not article.has_body() or not article.spans:
                continue
            if article.spans[0].page != page or (
                article.jumps and article.jumps[-1].direction is JumpDirection.ON
            ):
                continue
            score = len(words & _article_words(article))
            strong = score >= RESUME_WORDS and score >= 2 * mine + 2
            if strong and (best is None or score > best[0]):
                best = (score, article)
        if best is None:
            return
        target = best[1]
        if isinstance(current.blocks[-1], Subhead):
            target.blocks.append(current.blocks.pop())
        self.current = target

    def _dangling(self, raw: str) -> DraftArticle | None:
        """Text that starts in lower case while the current article's last paragraph is
        closed goes on with the latest article on the page whose last paragraph is open
        (its column was cut by a neighbour's headline). Makes that article current."""
        if not raw[:1].islower():
            return None
        current = self.current
        last = current.blocks[-1] if current and current.blocks else None
        if isinstance(last, DraftParagraph) and ends_open(last.raw):
            return None
        for article in reversed(self.articles[-4:]):
            tail = article.blocks[-1] if article.blocks else None
            if article is not current and isinstance(tail, DraftParagraph) and ends_open(tail.raw):
                if article.jumps and article.jumps[-1].direction is JumpDirection.ON:
                    continue  # cut by its jump line: goes on on another page
                self.current = article
                return article
        return None

    def _target(self, item: Classified) -> DraftArticle:
        if self.current is None and self.pending:
            self._route(item.unit.text, new_paragraph=True)
        if self.current is not None:
            return self.current
        if (
            self.closed is not None
            and self.closed.jumps
            and item.unit.page == self.closed.jumps[-1].from_page
        ):
            # Text after a jump line without a new headline: still the same article's column.
            self.current = self.closed
            return self.closed
        self.log.add(codes.NO_HEADLINE, "text with no headline before it", line=item.unit.first)
        return self._new_article(_span(item))

    def _content(self, page: int, items: list[Classified], i: int, used: set[int]) -> None:
        item = items[i]
        kind = item.kind
        text = item.unit.text
        if kind is Kind.JUMP_ON and item.jump is not None:
            self._jump_on(item)
        elif kind is Kind.JUMP_FROM and item.jump is not None:
            heads = [j for j in range(max(0, i - 3), i) if self._jump_head(items, j) == i]
            keyword_heads = [j for j in heads if items[j].unit.text.isupper()]
            chosen = (keyword_heads or heads)[:1]
            self._jump_from(item, items[chosen[0]] if chosen else None)
        elif kind in (Kind.VOLUME, Kind.DATE, Kind.EDITION) and self.current is None:
            self._masthead_line(page, item)
        elif kind is Kind.CAPTION:
            found = split_credit(text)
            assert found is not None
            caption, credit, printed = found
            self._figure(item, caption, credit, printed)
        elif kind is Kind.CREDIT:
            self._credit(items, i)
        elif (kind is Kind.BYLINE and self._orphan_byline(item)) or (
            kind is Kind.BODY and self._headline_in_text(item)
        ):
            pass  # queued, or opened an article
        elif kind is Kind.BYLINE:
            if self.pending and (self.current is None or self.current.has_body()):
                self.current = self.pending.pop(0)  # the next article of a cluster
            self._byline(self._target(item), item)
        elif kind is Kind.TITLE and not self._continues(items, i):
            self._target(item).blocks.append(Subhead(text=plain(text), spans=(_span(item),)))
        elif kind is Kind.LIST:
            self._list_item(item)
        elif kind is Kind.QUOTE:
            quote = join_lines(item.unit.lines[1:], self.dehyphenator) or text
            runs = to_runs(quote.strip('“”"« »'))
            self._target(item).blocks.append(PullQuote(runs=runs, spans=(_span(item),)))
        else:
            self._paragraph(item)

    def _continues(self, items: list[Classified], i: int) -> bool:
        """A title-like unit that is really a paragraph piece: the paragraph before it is
        open, or the unit after it starts in lower case."""
        last = self.current.blocks[-1] if self.current and self.current.blocks else None
        if isinstance(last, DraftParagraph) and ends_open(last.raw):
            return True
        if i + 1 < len(items) and items[i + 1].kind is Kind.JUMP_ON:
            return True  # text cut by its jump line; a subhead never stands right above one
        following = items[i + 1].unit.text if i + 1 < len(items) else ""
        return following[:1].islower()

    def _paragraph(self, item: Classified) -> None:
        raw = join_lines(item.unit.lines, self.dehyphenator)
        before = self.current.blocks[-1] if self.current and self.current.blocks else None
        joins = isinstance(before, DraftParagraph) and ends_open(before.raw)
        self._route(raw, new_paragraph=not joins)
        article = self._dangling(raw) or self._target(item)
        for figure in self.pending_figures:
            self._add_figure(article, figure)
        self.pending_figures.clear()
        span = _span(item)
        last = article.blocks[-1] if article.blocks else None
        if isinstance(last, DraftParagraph) and ends_open(last.raw):
            # A paragraph never ends without final punctuation: the extraction cut it at a
            # column or block break, so the next body text goes on with it.
            last.raw = self.dehyphenator.repair_spaced(self.dehyphenator.join(last.raw, raw))
            last.spans.append(span)
            self.log.add(
                codes.PARAGRAPH_JOINED,
                f"joined to the paragraph before it (line {last.spans[0].line})",
                line=item.unit.first,
            )
            return
        article.blocks.append(DraftParagraph(raw=raw, spans=[span]))

    def _list_item(self, item: Classified) -> None:
        article = self._target(item)
        raw = _BULLET_MARK.sub("", join_lines(item.unit.lines, self.dehyphenator))
        last = article.blocks[-1] if article.blocks else None
        if isinstance(last, DraftList):
            last.items.append((raw, _span(item)))
        else:
            article.blocks.append(DraftList(items=[(raw, _span(item))]))

    def _figure(self, item: Classified, caption: str, credit: str, printed: str) -> None:
        figure = Figure(
            id="",
            caption=to_runs(join_lines([caption], self.dehyphenator)),
            credit=credit,
            credit_printed=printed,
            spans=(_span(item),),
        )
        if self.current is None or (self.pending and not self.current.has_body()):
            self.pending_figures.append(figure)  # goes with the text that follows it
        else:
            self._add_figure(self.current, figure)

    def _add_figure(self, article: DraftArticle, figure: Figure) -> None:
        article.figures += 1
        fig = Figure(
            id=f"{article.id}-f{article.figures}",
            caption=figure.caption,
            credit=figure.credit,
            credit_printed=figure.credit_printed,
            spans=figure.spans,
        )
        article.blocks.append(fig)

    def _credit(self, items: list[Classified], i: int) -> None:
        item = items[i]
        found = parse_credit_line(item.unit.text)
        assert found is not None
        credit, printed = found
        if self._caption_below(items, i):
            caption = items[i + 1]
            self.used.add(i + 1)
            self.log.add(
                codes.CAPTION_GUESS,
                "the block after this credit line was taken as its caption",
                line=item.unit.first,
            )
            text = join_lines(caption.unit.lines, self.dehyphenator)
            self._figure(caption, text, credit, printed)
            return
        article = self.current
        last = article.blocks[-1] if article and article.blocks else None
        if article and isinstance(last, DraftParagraph) and len(last.raw.split()) <= 60:
            article.blocks.pop()
            self.log.add(
                codes.CAPTION_GUESS,
                "the block before this credit line was taken as its caption",
                line=item.unit.first,
            )
            spans = (*last.spans, _span(item))
            figure = Figure(
                id="", caption=to_runs(last.raw), credit=credit, credit_printed=printed, spans=spans
            )
            self._add_figure(article, figure)
            return
        self._figure(item, "", credit, printed)

    # --- jumps -----------------------------------------------------------------------------

    def _jump_on(self, item: Classified) -> None:
        cue = item.jump
        assert cue is not None
        article = self._target(item)
        article.jumps.append(
            Jump(
                direction=JumpDirection.ON,
                text=cue.text,
                from_page=item.unit.page,
                to_page=cue.page,
                spans=(_span(item),),
            )
        )
        article.on_keywords.append(cue.keyword.lower())
        self.current, self.closed = None, article

    def _jump_from(self, item: Classified, head: Classified | None) -> None:
        cue = item.jump
        assert cue is not None
        page = item.unit.page
        words = {
            w.lower()
            for w in re.findall(r"\w{3,}", (head.unit.text if head else "") + " " + cue.keyword)
        }
        best: tuple[int, DraftArticle, int] | None = None
        for article in self.articles:
            for index, jump in enumerate(article.jumps):
                if jump.direction is not JumpDirection.ON or jump.resolved:
                    continue
                if jump.to_page != page or jump.from_page != cue.page:
                    continue
                keyword = article.on_keywords[
                    len([j for j in article.jumps[:index] if j.direction is JumpDirection.ON])
                ]
                head_words = set(re.findall(r"\w{3,}", (keyword + " " + article.headline).lower()))
                score = len(words & head_words) + (5 if keyword and keyword in words else 0)
                if best is None or score > best[0]:
                    best = (score, article, index)
        if best is not None:  # the best keyword match, else the first open jump here
            _, article, index = best
            article.resolve(index)
            resolved = True
            self.current, self.closed = article, None
        else:
            article = self._new_article(_span(head or item))
            article.headline = plain(head.unit.text) if head else cue.keyword
            resolved = False
            self.log.add(
                codes.UNMATCHED_JUMP,
                f"{cue.text!r}: no jump line on page {cue.page} points to page {page}",
                line=item.unit.first,
            )
        article.jumps.append(
            Jump(
                direction=JumpDirection.FROM,
                text=cue.text,
                from_page=cue.page,
                to_page=page,
                resolved=resolved,
                spans=(_span(item),),
            )
        )

    def finish_jumps(self) -> None:
        """Report jump-outs that found no continuation."""
        for article in self.articles:
            for jump in article.jumps:
                if jump.direction is not JumpDirection.ON or jump.resolved:
                    continue
                line = jump.spans[0].line if jump.spans else None
                if jump.to_page > self.page_count:
                    self.log.add(
                        codes.JUMP_TARGET_MISSING,
                        f"{jump.text!r} points to page {jump.to_page}, which is not in the file",
                        line=line,
                    )
                else:
                    self.log.add(
                        codes.UNMATCHED_JUMP,
                        f"{jump.text!r}: no continuation found on page {jump.to_page}",
                        line=line,
                    )

    def issue_meta(self, source: str) -> IssueMeta:
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
