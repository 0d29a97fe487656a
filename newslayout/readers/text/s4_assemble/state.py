"""The assembler's state while it walks the classified units, and its primitive moves.

The walk (``assemble``) and its helpers (``front``, ``headlines``, ``body``, ``figures``,
``jumplines``) are functions over one :class:`State`: which article is current, which
articles wait for their text, what the masthead said. The moves every helper needs (open an
article, give it a figure or a byline) live here so that the helpers need not import each
other for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newslayout.cues import Dehyphenator, parse_byline
from newslayout.diagnostics import Log
from newslayout.model import Byline, Figure, Furniture, Span, Teaser
from newslayout.readers.builder.ids import article_id, figure_id
from newslayout.readers.text.s2_units.units import is_anonymous_byline
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind
from newslayout.readers.text.s4_assemble.draft import DraftArticle, DraftBlock, DraftParagraph
from newslayout.readers.text.s4_assemble.headers import content_words

#: Kinds that are running text (a headline over them opens an article).
BODY_KINDS = frozenset({Kind.BODY, Kind.LIST, Kind.QUOTE})


@dataclass(slots=True)
class Header:
    """The units of one article header: indexes into the page's units; ``end`` is the index
    after the header."""

    kicker: int | None
    headline: int
    deck: int | None
    bylines: list[int]
    end: int
    #: A photo credit printed on its own between the header's parts (a name set up the side
    #: of a picture that stands beside the header).
    credit: int | None = None


@dataclass(slots=True)
class State:
    """Everything the walk over an issue's pages knows so far."""

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
    orphan_bylines: list[ClassifiedUnit] = field(default_factory=list)
    #: Indexes of the current page's units already consumed.
    used: set[int] = field(default_factory=set)
    #: (page, line) of figures from captions printed without their credit (the credit is
    #: set inside the picture and read later): the next lone credit line on the page.
    awaiting_credit: list[tuple[int, int]] = field(default_factory=list)
    #: Ids of articles closed by an end byline ("— Reporting by X"): in an issue that
    #: prints them, a story stays open for its text until its end byline.
    ended: set[str] = field(default_factory=set)
    #: Ids of articles opened by a bar header ("TOWN | Flax mill ...", ``barheads``).
    barred: set[str] = field(default_factory=set)
    #: The current page is unwrapped text (``units.is_unwrapped``): its order is the reading
    #: order, so text is never moved back to an earlier story by shared words.
    ordered: bool = False
    #: The current page has no blank line (``pdftotext -raw``): its text comes in the order
    #: it was set, a column's lines together, so no neighbour's column is read between a
    #: story's paragraphs and text is not moved back to an earlier story by shared words
    #: either (measured: moving it loses a fifth of the body on such pages).
    set_order: bool = False


def span(item: ClassifiedUnit) -> Span:
    """The provenance of a unit."""
    return Span(page=item.unit.page, line=item.unit.first, end_line=item.unit.last)


def header_text(article: DraftArticle) -> str:
    """Headline and deck: the words a lead paragraph repeats."""
    return f"{article.headline} {article.deck}"


def article_words(article: DraftArticle) -> set[str]:
    """Content words of an article's headline, deck and paragraphs so far."""
    parts = [header_text(article)]
    parts += [b.raw for b in article.blocks if isinstance(b, DraftParagraph)]
    return content_words(" ".join(parts))


def is_short_caps(text: str) -> bool:
    """One to four words in capitals: a kicker over the title after it."""
    words = text.split()
    return 1 <= len(words) <= 4 and text.isupper()


def strong(text: str) -> bool:
    """Capitals say "headline": all caps, or most longer words capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    if len(text.split()) < 2 or not words:
        return False
    if text.isupper():
        return True
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words) and len(words) >= 2


def last_block(article: DraftArticle | None) -> DraftBlock | None:
    """The article's last block, or None."""
    return article.blocks[-1] if article is not None and article.blocks else None


def add_figure(article: DraftArticle, figure: Figure) -> None:
    """Append a figure, numbering it within the article."""
    article.figures += 1
    fig = Figure(
        id=figure_id(article.id, article.figures),
        caption=figure.caption,
        credit=figure.credit,
        credit_printed=figure.credit_printed,
        spans=figure.spans,
    )
    article.blocks.append(fig)


def new_article(st: State, first: Span) -> DraftArticle:
    """Open a new article (current from now on); figures waiting for text go to it."""
    article = DraftArticle(id=article_id(len(st.articles) + 1), spans=[first])
    st.articles.append(article)
    st.current, st.closed = article, None
    for figure in st.pending_figures:
        add_figure(article, figure)
    st.pending_figures.clear()
    return article


def add_byline(article: DraftArticle, item: ClassifiedUnit) -> None:
    """Parse a byline unit and give it to the article."""
    byline = parse_byline(item.unit.text)
    if byline is None and is_anonymous_byline(item.unit.text):
        # "Harbor Ledger staff": kept as printed, naming no contributor.
        byline = Byline(printed=" ".join(item.unit.text.split()), contributors=())
    if byline is not None:
        article.bylines.append(
            Byline(printed=byline.printed, contributors=byline.contributors, spans=(span(item),))
        )
