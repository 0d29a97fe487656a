"""What the overlay, the PNGs and the review page draw: one region per located thing.

:func:`build_review` turns an issue (with its diagnostics and the source words) into plain
data: pages, articles with their colour, and regions (page, box, role, label, article, link).
Every drawing module reads this and nothing else, so the PDF overlay and the review page can
never disagree about where a block is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from newslayout.diagnostics import Diagnostic
from newslayout.geometry import Box
from newslayout.model import (
    Article,
    Block,
    Figure,
    Issue,
    JumpDirection,
    ListBlock,
    Paragraph,
    PullQuote,
    Sidebar,
    Span,
    Subhead,
    article_pages,
)
from newslayout.review.source import Word, centre_inside, find_phrase, line_boxes, tokens, words_in
from newslayout.review.style import article_colour

#: Diagnostic codes that mean a page was not read at all.
SKIPPED_CODES = frozenset({"pdf-page-timeout", "pdf-page-failed"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """One drawn box.

    ``block`` is the index of the block in the article's ``blocks`` of the ``inspect --json``
    shape (``None`` for header parts, bylines, jump lines, credits). ``located`` says where the
    box comes from: ``"span"`` (the model's provenance) or ``"text"`` (found by its words on the
    source page, for credits, datelines and header roles). ``link_page``/``link_box`` is where a
    jump line or teaser points.
    """

    page: int
    box: Box
    role: str
    label: str
    article: str = ""
    text: str = ""
    block: int | None = None
    group: str = ""
    located: str = "span"
    link_page: int | None = None
    link_box: Box | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PageView:
    """A source page: its size in pt (``None`` when the reader skipped it) and printed label."""

    number: int
    label: str
    width: float | None
    height: float | None
    skipped: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleView:
    """An article as drawn: its colour and the pages it covers."""

    id: str
    index: int
    headline: str
    kicker: str
    colour: tuple[float, float, float]
    pages: tuple[int, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Review:
    """Everything the drawing modules need, as plain data."""

    title: str
    facts: str
    pages: tuple[PageView, ...]
    articles: tuple[ArticleView, ...]
    regions: tuple[Region, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def on_page(self, page: int) -> list[Region]:
        return [r for r in self.regions if r.page == page]

    def colour_of(self, article_id: str) -> tuple[float, float, float] | None:
        return next((a.colour for a in self.articles if a.id == article_id), None)


def _located(spans: Sequence[Span]) -> Iterator[tuple[int, Box]]:
    for span in spans:
        if span.page is not None and span.box is not None:
            yield span.page, span.box


def _excerpt(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Builder:
    """Collects the regions of one issue."""

    def __init__(self, issue: Issue, words: Mapping[int, Sequence[Word]]) -> None:
        self.issue = issue
        self.words = words
        self.regions: list[Region] = []

    def add(
        self,
        page: int,
        box: Box,
        role: str,
        label: str,
        *,
        article: str = "",
        text: str = "",
        block: int | None = None,
        group: str = "",
        located: str = "span",
        link_page: int | None = None,
    ) -> None:
        self.regions.append(
            Region(
                page=page,
                box=box,
                role=role,
                label=label,
                article=article,
                text=text,
                block=block,
                group=group,
                located=located,
                link_page=link_page,
            )
        )

    # --- articles ---------------------------------------------------------------------

    def article(self, article: Article) -> None:
        aid = article.id
        for page, box in _located(article.spans):
            role = self._header_role(article, page, box)
            self.add(
                page, box, role, role, article=aid, text=_excerpt(self._header_text(article, role))
            )
        for byline in article.bylines:
            for page, box in _located(byline.spans):
                self.add(page, box, "byline", "byline", article=aid, text=_excerpt(byline.printed))
        counter = {"paragraph": 0, "json": 0, "figure": 0}
        self._blocks(article, article.blocks, counter)
        for jump in article.jumps:
            role = "jump-out" if jump.direction is JumpDirection.ON else "jump-in"
            other = jump.to_page if jump.direction is JumpDirection.ON else jump.from_page
            arrow = "→" if jump.direction is JumpDirection.ON else "←"
            state = "" if jump.resolved else " (unresolved)"
            for page, box in _located(jump.spans):
                self.add(
                    page,
                    box,
                    role,
                    f"{role} {arrow} p.{other}{state}",
                    article=aid,
                    text=_excerpt(jump.text),
                    link_page=other,
                )

    def _header_text(self, article: Article, role: str) -> str:
        return {"kicker": article.kicker, "deck": article.deck}.get(role, article.headline)

    def _header_role(self, article: Article, page: int, box: Box) -> str:
        """Kicker, headline or deck: the part of the header whose words the box prints."""
        got = set(tokens(" ".join(w.text for w in words_in(self.words.get(page, ()), box))))
        best, score = "headline", 0.0
        for role, text in (
            ("headline", article.headline),
            ("kicker", article.kicker),
            ("deck", article.deck),
        ):
            want = set(tokens(text))
            if not want or not got:
                continue
            share = len(got & want) / len(got)
            if share > score + 1e-9:
                best, score = role, share
        return best

    def _blocks(self, article: Article, blocks: Sequence[Block], counter: dict[str, int]) -> None:
        # Walks the blocks in the order and with the flattening of ``inspect._blocks_json`` so
        # that ``block`` indexes the inspect JSON's list.
        aid = article.id
        for block in blocks:
            match block:
                case Paragraph():
                    counter["paragraph"] += 1
                    number = counter["paragraph"]
                    index = self._next(counter)
                    for part, (page, box) in enumerate(_located(block.spans)):
                        label = f"¶{number}" + (" cont." if part else "")
                        self.add(
                            page,
                            box,
                            "paragraph",
                            label,
                            article=aid,
                            text=_excerpt(block.text),
                            block=index,
                        )
                    if number == 1 and article.dateline:
                        self._dateline(article, block)
                case Subhead():
                    index = self._next(counter)
                    for page, box in _located(block.spans):
                        self.add(
                            page,
                            box,
                            "subhead",
                            "subhead",
                            article=aid,
                            text=_excerpt(block.text),
                            block=index,
                        )
                case PullQuote():
                    index = self._next(counter)
                    for page, box in _located(block.spans):
                        self.add(
                            page,
                            box,
                            "quote",
                            "pull quote",
                            article=aid,
                            text=_excerpt(block.text),
                            block=index,
                        )
                case Figure():
                    self._figure(article, block, self._next(counter))
                case ListBlock():
                    for item in block.items:
                        index = self._next(counter)
                        for page, box in _located(item.spans or block.spans):
                            self.add(
                                page,
                                box,
                                "list",
                                "list item",
                                article=aid,
                                text=_excerpt(item.text),
                                block=index,
                            )
                case Sidebar():
                    title_index = self._next(counter) if block.title else None
                    for page, box in _located(block.spans):
                        self.add(
                            page,
                            box,
                            "sidebar",
                            "sidebar",
                            article=aid,
                            text=_excerpt(block.title),
                            block=title_index,
                        )
                    self._blocks(article, block.blocks, counter)

    @staticmethod
    def _next(counter: dict[str, int]) -> int:
        counter["json"] += 1
        return counter["json"] - 1

    def _dateline(self, article: Article, first: Paragraph) -> None:
        for page, box in _located(first.spans[:1]):
            found = find_phrase(words_in(self.words.get(page, ()), box), article.dateline)
            if found is not None:
                self.add(
                    page,
                    found,
                    "dateline",
                    "dateline",
                    article=article.id,
                    text=_excerpt(article.dateline),
                    located="text",
                )

    def _figure(self, article: Article, figure: Figure, index: int) -> None:
        located = list(_located(figure.spans))
        frame: tuple[int, Box] | None = None
        # The reader puts the picture's box first when the figure has a picture.
        if figure.graphic is not None and located:
            frame, located = located[0], located[1:]
            self.add(
                frame[0],
                frame[1],
                "figure",
                figure.id,
                article=article.id,
                text=_excerpt(figure.caption_text),
                block=index,
                group=figure.id,
            )
        for page, box in located:
            self.add(
                page,
                box,
                "caption",
                "caption",
                article=article.id,
                text=_excerpt(figure.caption_text),
                block=index,
                group=figure.id,
            )
        credit = figure.credit_printed or figure.credit
        anchor = frame or (located[0] if located else None)
        if credit and anchor is not None:
            found = find_phrase(self.words.get(anchor[0], ()), credit, near=anchor[1])
            if found is not None:
                self.add(
                    anchor[0],
                    found,
                    "credit",
                    "credit",
                    article=article.id,
                    text=_excerpt(credit),
                    group=figure.id,
                    located="text",
                )

    # --- page apparatus ---------------------------------------------------------------

    def page_parts(self) -> None:
        for page in self.issue.pages:
            for teaser in page.teasers:
                target = f" → p.{teaser.target_page}" if teaser.target_page else ""
                for number, box in _located(teaser.spans):
                    self.add(
                        number,
                        box,
                        "teaser",
                        f"teaser{target}",
                        text=_excerpt(teaser.text),
                        link_page=teaser.target_page,
                        group=teaser.target_article,
                    )
            for item in page.furniture:
                for number, box in _located(item.spans):
                    self.add(number, box, "furniture", item.kind.value, text=_excerpt(item.text))

    def unassigned(self) -> None:
        boxes: dict[int, list[Box]] = {}
        for region in self.regions:
            boxes.setdefault(region.page, []).append(region.box)
        for page, words in sorted(self.words.items()):
            loose = [w for w in words if not any(centre_inside(w, b) for b in boxes.get(page, ()))]
            for box in line_boxes(loose):
                text = " ".join(w.text for w in loose if centre_inside(w, box, 0.0))
                self.add(page, box, "unassigned", "unassigned", text=_excerpt(text), located="text")

    # --- links ------------------------------------------------------------------------

    def resolve_links(self) -> None:
        """Point each jump line at the matching jump line (or first block) of the other page,
        and each teaser at its article's first block on the target page."""
        out: list[Region] = []
        for region in self.regions:
            if region.link_page is None:
                out.append(region)
                continue
            article = region.article or region.group
            want = {"jump-out": "jump-in", "jump-in": "jump-out"}.get(region.role)
            on_target = [
                r
                for r in self.regions
                if r.page == region.link_page and r.article == article and article
            ]
            match = next((r for r in on_target if r.role == want), None)
            if match is None and on_target:
                match = on_target[0] if region.role != "jump-in" else on_target[-1]
            out.append(_with_link(region, match.box if match else None))
        self.regions = out


def _with_link(region: Region, box: Box | None) -> Region:
    return Region(
        page=region.page,
        box=region.box,
        role=region.role,
        label=region.label,
        article=region.article,
        text=region.text,
        block=region.block,
        group=region.group,
        located=region.located,
        link_page=region.link_page,
        link_box=box,
    )


def skipped_pages(issue: Issue, diagnostics: Sequence[Diagnostic]) -> set[int]:
    """Pages the reader did not read (time limit, parse failure): they have no size."""
    skipped = {p.number for p in issue.pages if not p.width or not p.height}
    skipped |= {
        d.location.page
        for d in diagnostics
        if d.code in SKIPPED_CODES and d.location.page is not None
    }
    return skipped


def build_review(
    issue: Issue,
    diagnostics: Sequence[Diagnostic],
    words: Mapping[int, Sequence[Word]],
) -> Review:
    """The regions of an issue read from a PDF, with the source ``words`` of its read pages."""
    builder = _Builder(issue, words)
    for article in issue.articles:
        builder.article(article)
    builder.page_parts()
    builder.resolve_links()
    builder.unassigned()
    skipped = skipped_pages(issue, diagnostics)
    meta = issue.meta
    facts = " · ".join(
        f
        for f in (
            f"volume {meta.volume}" if meta.volume else "",
            f"number {meta.number}" if meta.number else "",
            meta.edition,
            meta.date_text,
        )
        if f
    )
    return Review(
        title=meta.publication or meta.source or "(no publication name)",
        facts=facts,
        pages=tuple(
            PageView(
                number=p.number,
                label=p.label or str(p.number),
                width=p.width,
                height=p.height,
                skipped=p.number in skipped,
            )
            for p in issue.pages
        ),
        articles=tuple(
            ArticleView(
                id=a.id,
                index=i,
                headline=a.headline,
                kicker=a.kicker,
                colour=article_colour(i),
                pages=article_pages(a),
            )
            for i, a in enumerate(issue.articles)
        ),
        regions=tuple(builder.regions),
        diagnostics=tuple(diagnostics),
    )
