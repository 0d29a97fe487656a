"""The house filler: a digest of the issue's own stories set in a hole no story could fill.

After every other fill (movable briefs, joins, wider last stories, grown photos, row gaps
opened), a page before the issue's last may still hold an empty rectangle: a short source page
set in a bigger style, a main story ending above the rail beside it, a front lead held to its
share of the page with nothing left to go under it. A page designer fills such a hole from the
issue itself, never with invented text: an "In this issue" digest of stories on other pages,
each a refer (its headline, its deck or opening sentence, and the page it starts on).

Each entry is set as a refer is set on a printed front page (a head over one short summary
ending in its page pointer), so a reader of the republished issue, ours included
(``readers/pdf/s5_compose/refers.py``), reads it back as a teaser of its page, never as an
article. An entry is a unit: it never splits between columns (a refer cut in two reads as two).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from newslayout.errors import UsageError
from newslayout.model import Article, Paragraph
from newslayout.styles import Style
from newslayout.writers.pdf.columns import fill_balanced
from newslayout.writers.pdf.layout import Digest, Hole, Plan, enclosed_hole, page_boxes
from newslayout.writers.pdf.markup import escape_text, plain_text
from newslayout.writers.pdf.story import ArticleStory
from newslayout.writers.pdf.typeset import TypeSet

#: A hole gets a digest when it is at least this many body lines deep ...
MIN_HOLE_LINES = 6
#: ... and at least this share of the page's type area.
MIN_HOLE_SHARE = 0.05
#: At most this many digests a page (the largest hole, then the largest left).
MAX_DIGESTS = 2
#: A summary is the story's deck, else its opening sentence, when it has at most this many
#: words (a reader takes a head over a longer text for a story); else the entry is the head
#: and its page alone.
SUMMARY_WORDS = 35
#: A head of more words than this is no refer to a reader: the story is left out of the digest.
HEAD_WORDS = 14

#: A summary is left out when a line's word gaps, estimated from ReportLab's line records,
#: exceed this many ems: stricter than the line breaker's cap (``breaking.MAX_GAP_EM``, 0.6),
#: since the estimate runs under the printed gap (lines estimated at 0.6 printed 0.63-0.67).
LOOSE_CHECK_EM = 0.5

#: The digest is set as a tinted box (the tint of the writer's boxes) reaching this far
#: (points) past its text into the gutters and the row gap around it: an inset instead
#: narrowed the entries, fewer fit, and holes grew (harbor-ledger broadsheet page 1, 6 -> 11%).
TINT = colors.Color(0.93, 0.93, 0.91)
TINT_PAD = 4.0

#: The digest's title and the page word of its pointers, by the issue's language.
TITLES = {
    "en": "In this issue",
    "de": "In dieser Ausgabe",
    "fr": "Dans ce numéro",
    "it": "In questo numero",
    "es": "En este número",
}
PAGE_WORDS = {"en": "Page", "de": "Seite", "fr": "page", "it": "pagina", "es": "página"}
#: ``WriteOptions.digest``: fill holes with a digest, or leave them.
MODES = ("fill", "off")

#: A sentence ends at a full stop, question or exclamation mark (and a closing quote) before a
#: space and a capital, unless the word before it is an initial or a short abbreviation
#: ("J. Smith", "Dr. Ruddy", "St. Mary's").
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"'”’)]?)\s+(?=[\"'“‘(]?[A-ZÀ-Ý])")
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:[A-Z]|[A-Z][a-z]{1,2}|vs|etc|approx|cf|ca|no|nos|e\.g|i\.e)\.$"
)


def digest_wanted(mode: str) -> bool:
    """Whether ``WriteOptions.digest`` asks for digests; an unknown mode is the user's mistake."""
    if mode not in MODES:
        raise UsageError(
            f"WriteOptions.digest: unknown mode {mode!r}", hint=f"use one of {', '.join(MODES)}"
        )
    return mode == "fill"


def first_sentence(text: str) -> str:
    """The opening sentence of ``text`` (all of it when no sentence end is found)."""
    text = " ".join(text.split())
    for match in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[: match.start()]):
            return text[: match.start() + len(match.group("close"))]
    return text


def summary(article: Article) -> str:
    """An entry's summary: the story's deck, else its opening sentence; "" when too long."""
    if article.decks:
        text = " ".join(" ".join(article.decks).split())
    else:
        opening = next((b.text for b in article.blocks if isinstance(b, Paragraph)), "")
        text = first_sentence(opening)
    return text if 0 < len(text.split()) <= SUMMARY_WORDS else ""


def _one_word_last_line(para: Any, width: float) -> bool:
    """Whether a display paragraph set at ``width`` ends in a one-word line (of two or more)."""
    para.wrap(width, 1e9)
    lines = getattr(para.blPara, "lines", [])
    if len(lines) < 2:
        return False
    last = lines[-1]
    words = getattr(last, "words", None)
    if words is None and isinstance(last, tuple):
        words = last[1]
    text = " ".join(str(getattr(w, "text", w)) for w in words or [])
    return len(text.split()) == 1


def _loose(para: Any, width: float) -> bool:
    """Whether a justified paragraph set at ``width`` has a line (but its last) whose word
    gaps may exceed the breaker's cap (``LOOSE_CHECK_EM``, estimated before letter-spacing)."""
    para.wrap(width, 1e9)
    size = float(para.style.fontSize)
    space = stringWidth(" ", para.style.fontName, size)
    lines = getattr(para.blPara, "lines", [])
    for line in lines[:-1]:
        count = getattr(line, "wordCount", 0)
        extra = float(getattr(line, "extraSpace", 0.0))
        if count > 1 and space + extra / (count - 1) > LOOSE_CHECK_EM * size:
            return True
    return False


class DigestEntry(Flowable):  # type: ignore[misc]
    """One refer of a digest: a head over a summary ending in the page pointer; never split."""

    keep_whole = True

    def __init__(self, head: Any, text: Any, story: int) -> None:
        super().__init__()
        self.head, self.text = head, text
        #: The story it points to (pass two links the entry to the story's start).
        self.story = story
        self._heights = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, head_h = self.head.wrap(avail_width, 1e9)
        _, text_h = self.text.wrap(avail_width, 1e9)
        self._heights = (head_h + self.head.getSpaceAfter(), text_h)
        self.width = avail_width
        self.height = sum(self._heights)
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        text_h = self._heights[1]
        self.text.drawOn(self.canv, 0, 0)
        self.head.drawOn(self.canv, 0, text_h + self.head.getSpaceAfter())


class DigestSetter:
    """Sets digests into the holes of a planned issue (every page but its last)."""

    def __init__(
        self, style: Style, ts: TypeSet, stories: list[ArticleStory], language: str
    ) -> None:
        self.style, self.ts, self.stories = style, ts, stories
        base = language.split("-")[0].lower()
        self.title = TITLES.get(base, TITLES["en"])
        self.page_word = PAGE_WORDS.get(base, PAGE_WORDS["en"])
        self.col_w = style.column_width
        self.gutter = style.columns.gutter
        self.count = style.columns.count
        self.line = ts.font_of("body").line_height

    def fill(self, plan: Plan) -> None:
        for page in plan.pages[:-1]:
            # a story with a part on the page (a continuation) is no refer of another page
            used = {module.story for module in page.modules}
            for _ in range(MAX_DIGESTS):
                boxes = page_boxes(page, self.style)
                hole = enclosed_hole(self.count, boxes, page.top, page.bottom)
                if hole is None or not self._worth(hole, page.bottom - page.top):
                    break
                digest = self._digest(
                    hole, page.number, plan.first_page, used, level=bool(page.digests)
                )
                if digest is None:
                    break
                page.digests.append(digest)

    def _worth(self, hole: Hole, depth: float) -> bool:
        deep = hole.bottom - hole.top >= MIN_HOLE_LINES * self.line
        return deep and hole.area() >= MIN_HOLE_SHARE * self.count * depth

    def _candidates(self, number: int, first_page: dict[int, int], used: set[int]) -> list[int]:
        """Stories starting on other pages: the later pages first (nearest first), then the
        earlier ones; never a box or sidebar of another story, nor one listed or set (a
        continuation) on this page."""
        others = [
            (page, story)
            for story, page in first_page.items()
            if page != number and story not in used and self._listable(story)
        ]
        later = sorted(p for p in others if p[0] > number)
        earlier = sorted(p for p in others if p[0] < number)
        return [story for _, story in [*later, *earlier]]

    def _listable(self, story: int) -> bool:
        article = self.stories[story].article
        head = plain_text(article.headline)
        return (
            bool(head)
            and len(head.split()) <= HEAD_WORDS
            and not article.boxed
            and not article.sidebar_of
        )

    def _entry(self, story: int, page: int, measure: float) -> DigestEntry | None:
        article = self.stories[story].article
        head = self.ts.paragraph("headline_minor", article.headline)
        if _one_word_last_line(head, measure):
            return None  # display type never ends in a one-word line: not listed
        text = summary(article)
        # the pointer is tied to the summary's last word: on a line of its own it would be
        # read as a paragraph of its own, and the entry as a story
        label = escape_text(f"{self.page_word}\u00a0{page}", self.ts.face_of("body"))
        pointer = f"<b>{label}</b>"
        markup = f"{self.ts.markup('body', text)}\u00a0{pointer}" if text else pointer
        # justified like the body (a ragged line stopping short reads as a paragraph's end)
        text_para = self.ts.own("body", markup, firstLineIndent=0)
        if not text or _loose(text_para, measure):
            # no summary, or one that cannot be set without wide gaps (filler must not set
            # worse than the stories): not listed, since a head over a bare page pointer
            # reads back as a story of its own
            return None
        return DigestEntry(head, text_para, story)

    def _digest(
        self,
        hole: Hole,
        number: int,
        first_page: dict[int, int],
        used: set[int],
        *,
        level: bool = False,
    ) -> Digest | None:
        """A digest for ``hole``, or None when no entry fits (or, with ``level``, a second
        digest on the page, when its entries cannot be set level)."""
        width = hole.span * self.col_w + (hole.span - 1) * self.gutter
        inner = self._inner(hole.span)
        measure = _column_width(inner, hole.span, self.gutter)
        title = self.ts.paragraph("kicker", self.title)
        _, title_h = title.wrap(inner, 1e9)
        body_top = title_h + title.getSpaceAfter()
        room = hole.bottom - hole.top - body_top
        chosen: list[DigestEntry] = []
        listed: list[int] = []
        for story in self._candidates(number, first_page, used):
            entry = self._entry(story, first_page[story], measure)
            if entry is None:
                continue
            trial = fill_balanced([*chosen, entry], measure, hole.span, room, self.line)
            if not trial.leftover:
                chosen.append(entry)
                listed.append(story)
        if not chosen:
            return None
        kept = self._balanced(chosen, hole.span, room)
        if kept is None and level:
            return None
        if kept is not None:
            chosen, listed = chosen[:kept], listed[:kept]
        fill = fill_balanced(chosen, measure, hole.span, room, self.line)
        used.update(listed)
        x = self.style.page.margin_left + hole.column * (self.col_w + self.gutter)
        return Digest(
            x=x,
            top=hole.top,
            span=hole.span,
            width=width,
            header=[(title, 0.0, title_h)],
            body_top=body_top,
            fill=fill,
            height=body_top + fill.depth,
            stories=tuple(listed),
            column_width=measure,
        )

    def _balanced(self, entries: list[DigestEntry], span: int, room: float) -> int | None:
        """How many of the entries (the first ones) set the digest's columns level: the most
        that fill every column and end within a line of each other; None when no number
        does. Entries are units, so six of one depth in five columns end 2/1/1/1/1 deep; a
        designer sets a digest's columns level with a refer less. (Fewer, wider columns were
        tried: they left more of the hole empty under a shallower digest, and a summary set
        wide can run loose.)"""
        measure = _column_width(self._inner(span), span, self.gutter)
        for kept in range(len(entries), span - 1, -1):
            fill = fill_balanced(entries[:kept], measure, span, room, self.line)
            level = fill.depth - min(fill.depths, default=0.0) <= self.line + 0.01
            if level and not fill.leftover and all(fill.columns):
                return kept
        return None

    def _inner(self, span: int) -> float:
        """The width of a digest's text over ``span`` columns."""
        return span * self.col_w + (span - 1) * self.gutter


def _column_width(width: float, count: int, gutter: float) -> float:
    return (width - (count - 1) * gutter) / count
