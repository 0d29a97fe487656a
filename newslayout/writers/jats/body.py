"""An article's blocks as JATS ``body``: one function per block kind.

Paragraphs before the first subhead go straight into ``body``; each subhead opens a ``sec``
whose ``title`` is the subhead (Publishing 1.3 requires a title in every ``sec``), and the
blocks after it go into that section until the next subhead. Sidebars become ``boxed-text``
with the same rule inside. A block with nothing JATS could hold (an empty list, a blank
subhead) is reported as a diagnostic, never dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import assert_never

from lxml import etree

from newslayout.model import (
    Block,
    Figure,
    ListBlock,
    Paragraph,
    PullQuote,
    Runs,
    Sidebar,
    Span,
    Subhead,
)
from newslayout.writers.jats.codes import DROPPED_BLOCK
from newslayout.writers.jats.context import XLINK_HREF, ArticleContext


def _first_page(spans: Iterable[Span]) -> int | None:
    return next((s.page for s in spans if s.page is not None), None)


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def append_runs(ctx: ArticleContext, parent: etree._Element, runs: Runs) -> None:
    """Inline runs as mixed content: ``bold`` outside ``italic`` when a run is both."""
    for run in runs:
        text = ctx.text(run.text)
        if not text:
            continue
        if not (run.italic or run.bold):
            _append_text(parent, text)
            continue
        outer = etree.SubElement(parent, "bold" if run.bold else "italic")
        inner = etree.SubElement(outer, "italic") if run.bold and run.italic else outer
        inner.text = text


def _paragraph(ctx: ArticleContext, parent: etree._Element, runs: Runs) -> etree._Element:
    p = etree.SubElement(parent, "p")
    append_runs(ctx, p, runs)
    return p


def _has_text(runs: Runs) -> bool:
    return any(run.text.strip() for run in runs)


def _graphic(ctx: ArticleContext, fig: etree._Element, figure: Figure) -> None:
    graphic = figure.graphic
    if graphic is None or not graphic.href:
        return
    element = etree.SubElement(fig, "graphic")
    element.set(XLINK_HREF, ctx.text(graphic.href))
    kind, _, subtype = graphic.media_type.partition("/")
    if kind and subtype:
        element.set("mimetype", kind)
        element.set("mime-subtype", subtype)


def _figure(ctx: ArticleContext, parent: etree._Element, figure: Figure, number: int) -> None:
    page = _first_page(figure.spans)
    fig_id = ctx.new_id(figure.id, f"{ctx.article.id}-f{number}", page=page)
    fig = etree.SubElement(parent, "fig", id=fig_id)
    if _has_text(figure.caption):
        caption = etree.SubElement(fig, "caption")
        _paragraph(ctx, caption, figure.caption)
    _graphic(ctx, fig, figure)
    credit = figure.credit.strip() or figure.credit_printed.strip()
    if credit:
        ctx.sub(fig, "attrib", credit)


def _pull_quote(ctx: ArticleContext, parent: etree._Element, quote: PullQuote) -> None:
    element = etree.SubElement(parent, "disp-quote", {"content-type": "pull-quote"})
    _paragraph(ctx, element, quote.runs)
    if quote.attribution.strip():
        ctx.sub(element, "attrib", quote.attribution.strip())


def _list(ctx: ArticleContext, parent: etree._Element, block: ListBlock) -> None:
    items = [item for item in block.items if _has_text(item.runs)]
    if not items:
        ctx.log.add(
            DROPPED_BLOCK,
            f"article {ctx.article.id}: a list without items was left out",
            page=_first_page(block.spans),
        )
        return
    element = etree.SubElement(
        parent, "list", {"list-type": "order" if block.ordered else "bullet"}
    )
    for item in items:
        _paragraph(ctx, etree.SubElement(element, "list-item"), item.runs)


class _Counter:
    """Numbers figures across the whole article, for ids of figures that have none."""

    def __init__(self) -> None:
        self.figures = 0


def _sidebar(
    ctx: ArticleContext, parent: etree._Element, sidebar: Sidebar, count: _Counter
) -> None:
    box = etree.SubElement(parent, "boxed-text", {"content-type": "sidebar"})
    if sidebar.title.strip():
        caption = etree.SubElement(box, "caption")
        ctx.sub(caption, "title", sidebar.title.strip())
    fill(ctx, box, sidebar.blocks, count)


def _block(ctx: ArticleContext, parent: etree._Element, block: Block, count: _Counter) -> None:
    match block:
        case Paragraph():
            if _has_text(block.runs):
                _paragraph(ctx, parent, block.runs)
        case Figure():
            count.figures += 1
            _figure(ctx, parent, block, count.figures)
        case PullQuote():
            if _has_text(block.runs):
                _pull_quote(ctx, parent, block)
            else:
                ctx.log.add(
                    DROPPED_BLOCK,
                    f"article {ctx.article.id}: an empty pull quote was left out",
                    page=_first_page(block.spans),
                )
        case ListBlock():
            _list(ctx, parent, block)
        case Sidebar():
            _sidebar(ctx, parent, block, count)
        case Subhead():  # handled by fill(); a subhead here is a programming error
            raise AssertionError("subheads open sections in fill()")
        case _:
            assert_never(block)


def fill(
    ctx: ArticleContext,
    container: etree._Element,
    blocks: Iterable[Block],
    count: _Counter | None = None,
) -> None:
    """Put ``blocks`` into ``container`` (body or boxed-text), opening a sec per subhead."""
    count = count or _Counter()
    target = container
    for block in blocks:
        if isinstance(block, Subhead):
            title = " ".join(block.text.split())
            if not title:
                ctx.log.add(
                    DROPPED_BLOCK,
                    f"article {ctx.article.id}: a blank subhead was left out; "
                    "its text stays in the section before it",
                    page=_first_page(block.spans),
                )
                continue
            target = etree.SubElement(container, "sec")
            ctx.sub(target, "title", title)
        else:
            _block(ctx, target, block, count)


def body_element(ctx: ArticleContext) -> etree._Element | None:
    """The article's ``body``, or ``None`` when it has no block JATS could hold."""
    body = etree.Element("body")
    fill(ctx, body, ctx.article.blocks)
    return body if len(body) else None
