"""Writing an issue as newslayout issue XML (the JATS-like format of ``docs/xml-format.md``).

The writer is the exact inverse of ``readers/issue_xml.py``: for every issue ``i``,
``read_xml(write_xml(i)) == canonical_issue(i)`` -- the issue with characters XML cannot hold
removed (reported as diagnostics), runs normalized and coordinates rounded to 0.01 pt.

Text is written verbatim (lxml escapes ``&``, ``<`` and CR as character references), so
leading, trailing and inner whitespace survive. Pretty-printing indents only element-only
content; elements that hold text (``p``, ``title``, ``teaser``...) are never re-indented, so
indentation cannot leak into text. The same issue always gives the same bytes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, TypeVar, assert_never

from lxml import etree

from newslayout.diagnostics import Log
from newslayout.geometry import round_coord
from newslayout.headless import attach_headless
from newslayout.model import (
    Article,
    Block,
    Byline,
    Contributor,
    Figure,
    Furniture,
    Issue,
    IssueMeta,
    Jump,
    ListBlock,
    Page,
    Paragraph,
    PullQuote,
    Runs,
    Sidebar,
    Spans,
    Subhead,
    Teaser,
    article_pages,
)
from newslayout.options import WriteOptions
from newslayout.sanitize import sanitize_issue
from newslayout.schema import (
    FURNITURE_ELEMENTS,
    ROOT,
    XLINK,
    XML_NS,
    format_number,
    format_spans,
    page_range,
    version_for,
)

#: Elements whose content is text (or inline runs): never indented inside.
TEXT_ELEMENTS = frozenset(
    {
        "journal-title", "volume", "issue", "edition", "string-date", "source", "teaser",
        *FURNITURE_ELEMENTS.values(), "subject", "article-title", "subtitle", "alt-title",
        "string-name", "surname", "given-names", "dateline", "fpage", "lpage", "page-range",
        "related-article", "p", "title", "attrib", "italic", "bold",
    }
)  # fmt: skip

_INDENT = "  "
T = TypeVar("T")


def _rounded(value: T) -> T:
    """``value`` with every float inside rounded to 0.01 pt (dataclasses rebuilt as needed)."""
    if isinstance(value, float):
        return round_coord(value)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_rounded(v) for v in value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if f.compare:
                old = getattr(value, f.name)
                new = _rounded(old)
                if new is not old:
                    changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def canonical_issue(issue: Issue, log: Log | None = None) -> Issue:
    """The issue exactly as its XML holds it: sanitized, runs normalized, numbers rounded, and
    no article without a headline (:func:`~newslayout.headless.attach_headless`)."""
    return _rounded(attach_headless(sanitize_issue(issue, log), log))


# --- Building elements -----------------------------------------------------------------------


def _sub(parent: etree._Element, tag: str, text: str = "", **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag)
    for name, value in attrs.items():
        element.set(name.replace("_", "-"), value)
    if text:
        element.text = text
    return element


def _opt(parent: etree._Element, tag: str, text: str, **attrs: str) -> None:
    """A text element, written only when there is text."""
    if text:
        _sub(parent, tag, text, **attrs)


def _set_spans(element: etree._Element, spans: Spans) -> None:
    if spans:
        element.set("spans", format_spans(spans))


def _append_text(element: etree._Element, text: str) -> None:
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def _runs(element: etree._Element, runs: Runs) -> etree._Element:
    """Inline runs as text with ``bold``/``italic`` children (bold outside italic)."""
    for run in runs:
        if not (run.bold or run.italic):
            _append_text(element, run.text)
            continue
        holder = element
        if run.bold:
            holder = _sub(holder, "bold")
        if run.italic:
            holder = _sub(holder, "italic")
        holder.text = run.text
    return element


def _graphic(parent: etree._Element, figure: Figure) -> None:
    graphic = figure.graphic
    if graphic is None:
        return
    element = _sub(parent, "graphic")
    element.set(f"{{{XLINK}}}href", graphic.href)
    if graphic.media_type:
        kind, slash, subtype = graphic.media_type.partition("/")
        element.set("mimetype", kind)
        if slash:
            element.set("mime-subtype", subtype)
    if graphic.width is not None:
        element.set("width", format_number(graphic.width))
    if graphic.height is not None:
        element.set("height", format_number(graphic.height))


def _block(parent: etree._Element, block: Block) -> None:
    match block:
        case Paragraph():
            _set_spans(_runs(_sub(parent, "p"), block.runs), block.spans)
        case Subhead():
            raise AssertionError("subheads are written as sections by _blocks")
        case Figure():
            fig = _sub(parent, "fig", id=block.id)
            _set_spans(fig, block.spans)
            if block.caption:
                _runs(_sub(_sub(fig, "caption"), "p"), block.caption)
            _graphic(fig, block)
            _opt(fig, "attrib", block.credit_printed, specific_use="printed")
            _opt(fig, "attrib", block.credit, specific_use="credit")
        case PullQuote():
            quote = _sub(parent, "disp-quote")
            _set_spans(quote, block.spans)
            _runs(_sub(quote, "p"), block.runs)
            _opt(quote, "attrib", block.attribution)
        case ListBlock():
            lst = _sub(parent, "list", list_type="order" if block.ordered else "bullet")
            _set_spans(lst, block.spans)
            for item in block.items:
                element = _sub(lst, "list-item")
                _set_spans(element, item.spans)
                _runs(_sub(element, "p"), item.runs)
        case Sidebar():
            box = _sub(parent, "boxed-text")
            _set_spans(box, block.spans)
            if block.title:
                _sub(_sub(box, "caption"), "title", block.title)
            _blocks(box, block.blocks)
        case _:
            assert_never(block)


def _blocks(parent: etree._Element, blocks: Iterable[Block]) -> None:
    """Flat blocks as JATS body content: each subhead opens a ``sec`` holding what follows.

    Blocks before the first subhead go directly into ``parent``; consecutive subheads give a
    ``sec`` with only a ``title``. The reader flattens this back exactly.
    """
    target = parent
    for block in blocks:
        if isinstance(block, Subhead):
            target = _sub(parent, "sec")
            _set_spans(_sub(target, "title", block.text), block.spans)
        else:
            _block(target, block)


def _contributor(parent: etree._Element, person: Contributor) -> None:
    contrib = _sub(parent, "contrib", contrib_type=person.role.value)
    if person.surname or person.given_names:
        name = _sub(contrib, "name")
        _sub(name, "surname", person.surname)
        _opt(name, "given-names", person.given_names)
    _opt(contrib, "string-name", person.name)


def _byline(parent: etree._Element, byline: Byline) -> None:
    group = _sub(parent, "contrib-group", content_type="byline")
    _set_spans(group, byline.spans)
    _opt(group, "string-name", byline.printed)
    for person in byline.contributors:
        _contributor(group, person)


def _jump(parent: etree._Element, jump: Jump) -> None:
    element = _sub(parent, "related-article", jump.text, related_article_type=jump.direction.value)
    for name, page, label in (
        ("from", jump.from_page, jump.from_label),
        ("to", jump.to_page, jump.to_label),
    ):
        if page is not None:
            element.set(f"{name}-page", str(page))
        if label:
            element.set(f"{name}-label", label)
    if jump.resolved:
        element.set("resolved", "true")
    _set_spans(element, jump.spans)


def _article(parent: etree._Element, article: Article) -> None:
    element = _sub(parent, "article", id=article.id, article_type=article.article_type)
    if article.boxed:
        element.set("boxed", "true")
    if article.sidebar_of:
        element.set("sidebar-of", article.sidebar_of)
    _set_spans(element, article.spans)
    meta = _sub(_sub(element, "front"), "article-meta")
    if article.section:
        group = _sub(_sub(meta, "article-categories"), "subj-group", subj_group_type="section")
        _sub(group, "subject", article.section)
    titles = _sub(meta, "title-group")
    _sub(titles, "article-title", article.headline)
    for deck in article.decks:
        _sub(titles, "subtitle", deck, content_type="deck")
    _opt(titles, "alt-title", article.kicker, alt_title_type="kicker")
    for byline in article.bylines:
        _byline(meta, byline)
    _opt(meta, "dateline", article.dateline)
    pages = article_pages(article)
    if pages:
        _sub(meta, "fpage", str(pages[0]))
        _sub(meta, "lpage", str(pages[-1]))
        _sub(meta, "page-range", page_range(pages))
    for jump in article.jumps:
        _jump(meta, jump)
    _blocks(_sub(element, "body"), article.blocks)


def _teaser(parent: etree._Element, teaser: Teaser) -> None:
    element = _sub(parent, "teaser", teaser.text)
    if teaser.target_article:
        element.set("rid", teaser.target_article)
    if teaser.target_page is not None:
        element.set("page", str(teaser.target_page))
    if teaser.target_label:
        element.set("page-label", teaser.target_label)
    if teaser.label:
        element.set("label", teaser.label)
    _set_spans(element, teaser.spans)


def _furniture(parent: etree._Element, item: Furniture) -> None:
    _set_spans(_sub(parent, FURNITURE_ELEMENTS[item.kind], item.text), item.spans)


def _page(parent: etree._Element, page: Page) -> None:
    element = _sub(parent, "page", id=f"p{page.number}", seq=str(page.number))
    if page.label:
        element.set("label", page.label)
    if page.width is not None:
        element.set("width", format_number(page.width))
    if page.height is not None:
        element.set("height", format_number(page.height))
    if page.section:
        element.set("section", page.section)
    for teaser in page.teasers:
        _teaser(element, teaser)
    for item in page.furniture:
        _furniture(element, item)


def _meta(parent: etree._Element, meta: IssueMeta) -> None:
    element = _sub(parent, "issue-meta")
    if meta.publication:
        _sub(_sub(element, "journal-title-group"), "journal-title", meta.publication)
    _opt(element, "volume", meta.volume)
    _opt(element, "issue", meta.number)
    _opt(element, "edition", meta.edition)
    if meta.date_iso or meta.date_text:
        date = _sub(element, "pub-date")
        if meta.date_iso:
            date.set("iso-8601-date", meta.date_iso)
        _opt(date, "string-date", meta.date_text)
    _opt(element, "source", meta.source)


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent element-only content; leave text-holding elements exactly as they are."""
    if (level and element.tag in TEXT_ELEMENTS) or not len(element):
        return  # level 0 is the root <issue>, not the <issue> number of issue-meta
    inner = "\n" + _INDENT * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + _INDENT * level


def issue_to_tree(issue: Issue) -> etree._Element:
    """The ``issue`` root element of an already canonical issue (see :func:`canonical_issue`)."""
    root = etree.Element(ROOT, nsmap={"xlink": XLINK})
    root.set("schema-version", version_for(issue))
    root.set(f"{{{XML_NS}}}lang", issue.meta.language)
    _meta(root, issue.meta)
    pages = _sub(root, "pages")
    for page in issue.pages:
        _page(pages, page)
    for article in issue.articles:
        _article(root, article)
    _indent(root)
    return root


def write_xml(
    issue: Issue, *, options: WriteOptions | None = None, log: Log | None = None
) -> bytes:
    """The issue as issue XML: UTF-8 with an XML declaration, pretty-printed where safe.

    Characters XML cannot hold are removed and reported on ``log``; ``options`` are accepted
    for the common writer signature (nothing in them changes the XML).
    """
    del options
    root = issue_to_tree(canonical_issue(issue, log))
    body = etree.tostring(root, encoding="UTF-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"
