"""The issue model: what a newspaper issue is, independent of any file format.

Every reader builds these frozen dataclasses and every writer consumes them. Nodes are
immutable; change them with the ``replace``/``with_*`` methods, which return new objects
(``issue.replace_article(issue.article("a3").with_headline("New head"))``). Geometry is
provenance only: each node carries ``spans`` saying where it was found (PDF page and box, or
source text lines). An article that jumps from page 1 to page 3 is ONE :class:`Article`; its
later blocks simply have spans on page 3, and a paragraph cut by the jump is one
:class:`Paragraph` with two spans.

Empty text fields are ``""`` (never ``None``), so that every issue has exactly one XML form.
Derived views (the pages an article spans, its word count) are properties, not stored fields;
every block has one plain-text accessor, ``.text``. The module-level functions below the classes
(``article_pages``, ``word_count``, ``block_text``...) are the same views for existing callers.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Self

from newslayout.geometry import Box


class Role(enum.StrEnum):
    """What a contributor did for an article."""

    AUTHOR = "author"
    EDITOR = "editor"
    PHOTOGRAPHER = "photographer"
    CORRESPONDENT = "correspondent"


class JumpDirection(enum.StrEnum):
    """A jump-out ("See page 3") points ON; a jump-in ("Continued from page 1") points FROM."""

    ON = "continued-on"
    FROM = "continued-from"


class FurnitureKind(enum.StrEnum):
    """Page furniture: repeated page apparatus kept as data, never as article text."""

    MASTHEAD = "masthead"
    RUNNING_HEAD = "running-head"
    FOLIO = "folio"
    FOOTER = "footer"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """Where a node came from.

    ``page`` is the 1-based page sequence in the issue; ``box`` the region on that page (PDF
    input); ``line``/``end_line`` the 1-based source lines (text input).
    """

    page: int | None = None
    box: Box | None = None
    line: int | None = None
    end_line: int | None = None


Spans = tuple[Span, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    """A stretch of inline text with one formatting. Text never contains markup."""

    text: str
    italic: bool = False
    bold: bool = False


Runs = tuple[Run, ...]


def runs_text(runs: Iterable[Run]) -> str:
    """The plain text of inline runs."""
    return "".join(run.text for run in runs)


def normalize_runs(runs: Iterable[Run]) -> Runs:
    """Canonical runs: no empty run, neighbours with the same formatting merged.

    Readers call this so that one text has exactly one run form (needed for round trips).
    """
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and out[-1].italic == run.italic and out[-1].bold == run.bold:
            out[-1] = Run(text=out[-1].text + run.text, italic=run.italic, bold=run.bold)
        else:
            out.append(run)
    return tuple(out)


def plain_runs(text: str) -> Runs:
    """Runs for unformatted text (empty text gives no run)."""
    return (Run(text=text),) if text else ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph:
    """A body paragraph, with inline italic/bold runs."""

    runs: Runs
    spans: Spans = ()

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass(frozen=True, slots=True, kw_only=True)
class Subhead:
    """A heading inside an article's body ("Night checks", "II. The budget")."""

    text: str
    spans: Spans = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Graphic:
    """An image reference. ``href`` is relative to the issue file; size is as placed, in pt."""

    href: str
    media_type: str = ""
    width: float | None = None
    height: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """A photo or graphic with its caption and credit.

    ``credit`` is the credited name(s) without the printed prefix ("Sam Ito / Harbor Ledger");
    ``credit_printed`` keeps the credit exactly as printed ("(PHOTO: Sam Ito / Harbor Ledger)").
    """

    id: str
    caption: Runs = ()
    credit: str = ""
    credit_printed: str = ""
    graphic: Graphic | None = None
    spans: Spans = ()

    @property
    def text(self) -> str:
        """The plain text of the caption (a figure's text is its caption)."""
        return runs_text(self.caption)

    @property
    def caption_text(self) -> str:
        """The same as :attr:`text` (the older name)."""
        return self.text


@dataclass(frozen=True, slots=True, kw_only=True)
class PullQuote:
    """A quotation set large inside an article, with an optional attribution."""

    runs: Runs
    attribution: str = ""
    spans: Spans = ()

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass(frozen=True, slots=True, kw_only=True)
class ListItem:
    """One item of a list."""

    runs: Runs
    spans: Spans = ()

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass(frozen=True, slots=True, kw_only=True)
class ListBlock:
    """A bulleted or numbered list."""

    items: tuple[ListItem, ...]
    ordered: bool = False
    spans: Spans = ()

    @property
    def text(self) -> str:
        """The items' text, one item a line."""
        return "\n".join(item.text for item in self.items)


@dataclass(frozen=True, slots=True, kw_only=True)
class Sidebar:
    """A box or sidebar set apart inside an article, with its own title and blocks."""

    title: str = ""
    blocks: tuple[Block, ...] = ()
    spans: Spans = ()

    @property
    def text(self) -> str:
        """The title, then the text of each inner block, one a line."""
        inner = [self.title] + [block.text for block in self.blocks]
        return "\n".join(t for t in inner if t)


Block = Paragraph | Subhead | Figure | PullQuote | ListBlock | Sidebar


@dataclass(frozen=True, slots=True, kw_only=True)
class Contributor:
    """One person of a byline or credit.

    ``name`` is exactly as printed ("WANG Xiaoxia", "Maria Okafor"); ``surname`` and
    ``given_names`` split it, respecting surname-first order when the print uses it.
    """

    name: str
    role: Role = Role.AUTHOR
    surname: str = ""
    given_names: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Byline:
    """A printed byline ("By A, B & C", "Edited by X") and the people it names."""

    printed: str
    contributors: tuple[Contributor, ...] = ()
    spans: Spans = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Jump:
    """A jump line of a continued article.

    Both directions record the same transition: ``from_page`` is where the text breaks off and
    ``to_page`` where it continues. ``text`` is the line as printed ("See page 3", "Continued
    from page 1"); ``resolved`` is True when the other part was found and threaded in.

    Each end is the page's sequence in this file, its printed label, or both (never neither).
    An end outside the file ("Continued on Page A13" on a single front page) has no page
    (``None``) and keeps the label as printed (``to_label="A13"``); see
    :func:`jump_leaves_file`. Files written before labels existed give an end outside the file
    as a page number past the last page.
    """

    direction: JumpDirection
    text: str
    from_page: int | None
    to_page: int | None
    from_label: str = ""
    to_label: str = ""
    resolved: bool = False
    spans: Spans = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One story, however many pages it spans.

    ``spans`` locate the article's header (kicker, headline, decks); blocks carry their own.
    ``decks`` are the lines of smaller type under the headline, in reading order (a multi-bank
    headline has several); ``deck`` reads them as one text.
    ``dateline`` records the dateline ("HARBOR CITY —") as data; where it is printed at the
    start of the first paragraph, the paragraph keeps it too (the text stays as printed), so a
    writer prints the dateline only when the first paragraph does not already begin with it
    (see :func:`dateline_in_text`).

    ``boxed`` marks a story set in a box (a fact box, "At a glance", "The X in numbers");
    ``sidebar_of`` is the id of the story a box or sidebar belongs to (``""`` for none). A
    photo with only a title (no text) is an article whose one block is its figure
    (:func:`is_standalone_photo`).
    """

    id: str
    headline: str
    article_type: str = "news"
    section: str = ""
    kicker: str = ""
    decks: tuple[str, ...] = ()
    bylines: tuple[Byline, ...] = ()
    dateline: str = ""
    blocks: tuple[Block, ...] = ()
    jumps: tuple[Jump, ...] = ()
    boxed: bool = False
    sidebar_of: str = ""
    spans: Spans = ()

    @property
    def deck(self) -> str:
        """The decks as one text, one deck a line (``""`` when there is none)."""
        return "\n".join(self.decks)

    # --- conveniences (derived, never stored) ---

    def replace(self, **changes: Any) -> Self:
        """A copy with some fields changed (:func:`dataclasses.replace`)."""
        return dataclasses.replace(self, **changes)

    def with_headline(self, headline: str) -> Self:
        """A copy with another headline."""
        return dataclasses.replace(self, headline=headline)

    def iter_blocks(self) -> Iterator[Block]:
        """Every block in reading order, a sidebar's inner blocks right after the sidebar."""
        return iter_blocks(self.blocks)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The body paragraphs in reading order (those inside sidebars too)."""
        return tuple(b for b in self.iter_blocks() if isinstance(b, Paragraph))

    @property
    def figures(self) -> tuple[Figure, ...]:
        """The figures in reading order."""
        return tuple(b for b in self.iter_blocks() if isinstance(b, Figure))

    @property
    def contributors(self) -> tuple[Contributor, ...]:
        """Every person of every byline, in order."""
        return tuple(c for byline in self.bylines for c in byline.contributors)

    @property
    def text(self) -> str:
        """The plain text of the body: each top-level block's ``.text``, a blank line apart."""
        return "\n\n".join(t for t in (block.text for block in self.blocks) if t)

    @property
    def pages(self) -> tuple[int, ...]:
        """The sorted pages the article has content on."""
        return article_pages(self)

    @property
    def word_count(self) -> int:
        """Words of the body text (paragraphs, subheads, quotes, lists, sidebars)."""
        return word_count(self)

    @property
    def jumps_out(self) -> tuple[Jump, ...]:
        """The jump-out lines ("See page 3"), in order."""
        return jumps_out(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Teaser:
    """A front-page pointer to a story inside ("Tidal power plan clears vote  PAGE 2").

    ``label`` is the printed pointer ("PAGE 2"); ``target_article`` the article id when found.
    The target page is ``target_page``, its sequence in this file, and/or ``target_label``,
    its printed label ("A4", "8"). A target outside the file has only the label
    (:func:`teaser_leaves_file`).
    """

    text: str
    target_page: int | None = None
    target_article: str = ""
    label: str = ""
    target_label: str = ""
    spans: Spans = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Furniture:
    """A running head, folio, masthead line or footer: kept, but never article text."""

    kind: FurnitureKind
    text: str
    spans: Spans = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One page of the issue. ``number`` is the 1-based sequence; ``label`` the printed folio."""

    number: int
    label: str = ""
    width: float | None = None
    height: float | None = None
    section: str = ""
    teasers: tuple[Teaser, ...] = ()
    furniture: tuple[Furniture, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class IssueMeta:
    """Issue-level metadata as printed on the masthead.

    ``volume``/``number`` are the numerals as printed ("VOL.5-NO.195" -> "5", "195");
    ``date_text`` the date line as printed; ``date_iso`` an ISO 8601 date ("2026-03-03") or
    range ("2025-06-14/2025-06-15").
    """

    publication: str = ""
    volume: str = ""
    number: str = ""
    edition: str = ""
    date_text: str = ""
    date_iso: str = ""
    language: str = "en"
    source: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Asset:
    """The bytes of an image that a :class:`Graphic` refers to by ``href``."""

    href: str
    data: bytes
    media_type: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Issue:
    """A whole newspaper issue.

    ``assets`` (image bytes) are carried along for writers but are not part of the issue's
    identity: two issues that differ only in loaded image bytes compare equal.
    """

    meta: IssueMeta = field(default_factory=IssueMeta)
    pages: tuple[Page, ...] = ()
    articles: tuple[Article, ...] = ()
    assets: tuple[Asset, ...] = field(default=(), compare=False)

    # --- conveniences (derived, never stored) ---

    def replace(self, **changes: Any) -> Self:
        """A copy with some fields changed (:func:`dataclasses.replace`)."""
        return dataclasses.replace(self, **changes)

    def article(self, article_id: str) -> Article:
        """The article with that id; a :class:`KeyError` naming the known ids if none."""
        found = find_article(self, article_id)
        if found is None:
            known = ", ".join(a.id for a in self.articles[:12]) or "none"
            raise KeyError(f"no article {article_id!r} in the issue (ids: {known})")
        return found

    def replace_article(self, article: Article) -> Self:
        """A copy with ``article`` in place of the article that has its id (same position)."""
        self.article(article.id)  # a KeyError if there is none
        articles = tuple(article if a.id == article.id else a for a in self.articles)
        return dataclasses.replace(self, articles=articles)

    def page(self, number: int) -> Page:
        """The page with that 1-based sequence number; an :class:`IndexError` if none."""
        if not 1 <= number <= len(self.pages):
            raise IndexError(f"no page {number}: the issue has {len(self.pages)} page(s)")
        return self.pages[number - 1]

    def articles_on(self, page: int) -> tuple[Article, ...]:
        """Articles that have content on ``page`` (1-based)."""
        return articles_on_page(self, page)

    def iter_blocks(self) -> Iterator[tuple[Article, Block]]:
        """Every block of every article, with its article, in reading order."""
        for article in self.articles:
            for block in article.iter_blocks():
                yield article, block


# --- Derived views -------------------------------------------------------------------------


def iter_blocks(blocks: Iterable[Block]) -> Iterator[Block]:
    """Every block, depth first, sidebars' inner blocks after the sidebar itself."""
    for block in blocks:
        yield block
        if isinstance(block, Sidebar):
            yield from iter_blocks(block.blocks)


def _block_spans(block: Block) -> Spans:
    if isinstance(block, ListBlock):
        return block.spans + tuple(s for item in block.items for s in item.spans)
    return block.spans


def article_spans(article: Article) -> Iterator[Span]:
    """All provenance spans of an article: header, bylines, blocks, jump lines."""
    yield from article.spans
    for byline in article.bylines:
        yield from byline.spans
    for block in iter_blocks(article.blocks):
        yield from _block_spans(block)
    for jump in article.jumps:
        yield from jump.spans


def article_pages(article: Article) -> tuple[int, ...]:
    """The sorted pages an article has content on (from its spans)."""
    return tuple(sorted({s.page for s in article_spans(article) if s.page is not None}))


def block_text(block: Block) -> str:
    """The plain text of a block: ``block.text`` (kept for existing callers)."""
    return block.text


def word_count(article: Article) -> int:
    """Words of an article's body text (paragraphs, subheads, quotes, lists, sidebars)."""
    total = 0
    for block in iter_blocks(article.blocks):
        if isinstance(block, Paragraph | Subhead | PullQuote | ListBlock):
            total += len(block_text(block).split())
    return total


def dateline_in_text(article: Article) -> bool:
    """True when the article's first paragraph already begins with its dateline."""
    first = next((b for b in article.blocks if isinstance(b, Paragraph)), None)
    return bool(article.dateline) and first is not None and first.text.startswith(article.dateline)


def is_standalone_photo(article: Article) -> bool:
    """True for a photo printed with only a title: the article's one block is a figure."""
    return len(article.blocks) == 1 and isinstance(article.blocks[0], Figure)


def jump_leaves_file(jump: Jump) -> bool:
    """True when the other end of the jump is only a printed label (a page not in the file)."""
    if jump.direction is JumpDirection.ON:
        return jump.to_page is None and bool(jump.to_label)
    return jump.from_page is None and bool(jump.from_label)


def teaser_leaves_file(teaser: Teaser) -> bool:
    """True when the teaser's target is only a printed label (a page not in the file)."""
    return teaser.target_page is None and bool(teaser.target_label)


def jumps_out(article: Article) -> tuple[Jump, ...]:
    """The article's jump-out lines ("See page 3"), in order."""
    return tuple(j for j in article.jumps if j.direction is JumpDirection.ON)


def articles_on_page(issue: Issue, page: int) -> tuple[Article, ...]:
    """Articles that have content on ``page``."""
    return tuple(a for a in issue.articles if page in article_pages(a))


def find_article(issue: Issue, article_id: str) -> Article | None:
    """The article with that id, if any."""
    return next((a for a in issue.articles if a.id == article_id), None)
