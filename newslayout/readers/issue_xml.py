"""Reading newslayout issue XML back into the issue model.

The exact inverse of ``writers/issue_xml.py``. The file is parsed safely
(:mod:`newslayout.xmlsafe`) and checked by the validator first: a wrong root, an unsupported
``schema-version`` or a grammar error stops the read (the conversion below relies on the
grammar); problems only the cross-checks find (a dangling teaser, an unpaired jump) are logged
and the read goes on. Text is taken verbatim; whitespace between elements of element-only
content is indentation and ignored. ``fpage``/``lpage``/``page-range`` are derived data and
not read (the validator checks them against the spans).

Reading from a path also loads the images that ``graphic`` hrefs name, relative to the file,
into ``issue.assets``; a missing image is an info diagnostic, an href that leaves the folder is
refused with a warning.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from lxml import etree

from newslayout.diagnostics import Log, Severity, define
from newslayout.errors import InputError, SchemaVersionError
from newslayout.geometry import round_coord
from newslayout.model import (
    Article,
    Asset,
    Block,
    Byline,
    Contributor,
    Figure,
    Furniture,
    Graphic,
    Issue,
    IssueMeta,
    Jump,
    JumpDirection,
    ListBlock,
    ListItem,
    Page,
    Paragraph,
    PullQuote,
    Role,
    Run,
    Runs,
    Sidebar,
    Subhead,
    Teaser,
    iter_blocks,
    normalize_runs,
)
from newslayout.options import ReadOptions
from newslayout.schema import FURNITURE_ELEMENTS, XLINK, XML_NS, parse_spans
from newslayout.validation import VERSION_CODE, check_tree
from newslayout.xmlsafe import parse_untrusted, read_source

MISSING_IMAGE = define(
    "missing-image",
    Severity.INFO,
    "A graphic's href names no file beside the XML; the image is not loaded.",
)
UNSAFE_HREF = define(
    "unsafe-href",
    Severity.WARNING,
    "A graphic's href is absolute or leaves the XML's folder; it is not loaded.",
)

_FURNITURE_KINDS = {name: kind for kind, name in FURNITURE_ELEMENTS.items()}


def _text(element: etree._Element | None) -> str:
    return "" if element is None else element.text or ""


def _child_text(parent: etree._Element, tag: str) -> str:
    return _text(parent.find(tag))


def _runs(element: etree._Element | None) -> Runs:
    if element is None:
        return ()
    return normalize_runs(_inline(element, italic=False, bold=False))


def _inline(element: etree._Element, *, italic: bool, bold: bool) -> Iterator[Run]:
    yield Run(text=element.text or "", italic=italic, bold=bold)
    for child in element:
        if child.tag == "italic":
            yield from _inline(child, italic=True, bold=bold)
        elif child.tag == "bold":
            yield from _inline(child, italic=italic, bold=True)
        yield Run(text=child.tail or "", italic=italic, bold=bold)


def _number(value: str | None) -> float | None:
    return None if value is None else round_coord(float(value))


def _graphic(element: etree._Element | None) -> Graphic | None:
    if element is None:
        return None
    media = element.get("mimetype", "")
    subtype = element.get("mime-subtype")
    if subtype is not None:
        media += "/" + subtype
    return Graphic(
        href=element.get(f"{{{XLINK}}}href", ""),
        media_type=media,
        width=_number(element.get("width")),
        height=_number(element.get("height")),
    )


def _figure(element: etree._Element) -> Figure:
    printed = credit = ""
    for attrib in element.findall("attrib"):
        if attrib.get("specific-use") == "printed":
            printed = _text(attrib)
        else:
            credit = _text(attrib)
    return Figure(
        id=element.get("id", ""),
        caption=_runs(element.find("caption/p")),
        credit=credit,
        credit_printed=printed,
        graphic=_graphic(element.find("graphic")),
        spans=parse_spans(element.get("spans")),
    )


def _block(element: etree._Element) -> Block:
    spans = parse_spans(element.get("spans"))
    match element.tag:
        case "p":
            return Paragraph(runs=_runs(element), spans=spans)
        case "fig":
            return _figure(element)
        case "disp-quote":
            return PullQuote(
                runs=_runs(element.find("p")),
                attribution=_child_text(element, "attrib"),
                spans=spans,
            )
        case "list":
            items = tuple(
                ListItem(runs=_runs(item.find("p")), spans=parse_spans(item.get("spans")))
                for item in element.findall("list-item")
            )
            return ListBlock(items=items, ordered=element.get("list-type") == "order", spans=spans)
        case "boxed-text":
            return Sidebar(
                title=_text(element.find("caption/title")), blocks=_blocks(element), spans=spans
            )
    raise AssertionError(f"unexpected block element {element.tag!r} in a schema-valid file")


def _blocks(parent: etree._Element) -> tuple[Block, ...]:
    """Flatten body content: each ``sec`` gives its subhead, then its blocks."""
    out: list[Block] = []
    for child in parent:
        if not isinstance(child.tag, str) or child.tag == "caption":
            continue  # comments, processing instructions; a boxed-text's title
        if child.tag == "sec":
            title = child.find("title")
            out.append(Subhead(text=_text(title), spans=parse_spans(_attr(title, "spans"))))
            out.extend(_block(b) for b in child if isinstance(b.tag, str) and b.tag != "title")
        else:
            out.append(_block(child))
    return tuple(out)


def _attr(element: etree._Element | None, name: str) -> str | None:
    return None if element is None else element.get(name)


def _contributor(element: etree._Element) -> Contributor:
    return Contributor(
        name=_child_text(element, "string-name"),
        role=Role(element.get("contrib-type", "author")),
        surname=_child_text(element, "name/surname"),
        given_names=_child_text(element, "name/given-names"),
    )


def _byline(element: etree._Element) -> Byline:
    return Byline(
        printed=_child_text(element, "string-name"),
        contributors=tuple(_contributor(c) for c in element.findall("contrib")),
        spans=parse_spans(element.get("spans")),
    )


def _page_number(value: str | None) -> int | None:
    return None if value is None else int(value)


def _jump(element: etree._Element) -> Jump:
    return Jump(
        direction=JumpDirection(element.get("related-article-type", "")),
        text=_text(element),
        from_page=_page_number(element.get("from-page")),
        to_page=_page_number(element.get("to-page")),
        from_label=element.get("from-label", ""),
        to_label=element.get("to-label", ""),
        resolved=element.get("resolved") == "true",
        spans=parse_spans(element.get("spans")),
    )


def _article(element: etree._Element) -> Article:
    meta = element.find("front/article-meta")
    assert meta is not None  # guaranteed by the grammar
    body = element.find("body")
    return Article(
        id=element.get("id", ""),
        headline=_child_text(meta, "title-group/article-title"),
        article_type=element.get("article-type", ""),
        section=_child_text(meta, "article-categories/subj-group/subject"),
        kicker=_child_text(meta, "title-group/alt-title"),
        decks=tuple(_text(d) for d in meta.findall("title-group/subtitle")),
        bylines=tuple(_byline(b) for b in meta.findall("contrib-group")),
        dateline=_child_text(meta, "dateline"),
        blocks=() if body is None else _blocks(body),
        jumps=tuple(_jump(j) for j in meta.findall("related-article")),
        boxed=element.get("boxed") == "true",
        sidebar_of=element.get("sidebar-of", ""),
        spans=parse_spans(element.get("spans")),
    )


def _page(element: etree._Element) -> Page:
    teasers: list[Teaser] = []
    furniture: list[Furniture] = []
    for child in element:
        if child.tag == "teaser":
            page = child.get("page")
            teasers.append(
                Teaser(
                    text=_text(child),
                    target_page=_page_number(page),
                    target_article=child.get("rid", ""),
                    label=child.get("label", ""),
                    target_label=child.get("page-label", ""),
                    spans=parse_spans(child.get("spans")),
                )
            )
        elif isinstance(child.tag, str) and child.tag in _FURNITURE_KINDS:
            furniture.append(
                Furniture(
                    kind=_FURNITURE_KINDS[child.tag],
                    text=_text(child),
                    spans=parse_spans(child.get("spans")),
                )
            )
    return Page(
        number=int(element.get("seq", "0")),
        label=element.get("label", ""),
        width=_number(element.get("width")),
        height=_number(element.get("height")),
        section=element.get("section", ""),
        teasers=tuple(teasers),
        furniture=tuple(furniture),
    )


def _meta(root: etree._Element) -> IssueMeta:
    meta = root.find("issue-meta")
    assert meta is not None  # guaranteed by the grammar
    date = meta.find("pub-date")
    return IssueMeta(
        publication=_child_text(meta, "journal-title-group/journal-title"),
        volume=_child_text(meta, "volume"),
        number=_child_text(meta, "issue"),
        edition=_child_text(meta, "edition"),
        date_text=_child_text(meta, "pub-date/string-date"),
        date_iso="" if date is None else date.get("iso-8601-date", ""),
        language=root.get(f"{{{XML_NS}}}lang", ""),
        source=_child_text(meta, "source"),
    )


def tree_to_issue(root: etree._Element) -> Issue:
    """The issue of a schema-valid ``issue`` element (assets are not loaded here)."""
    return Issue(
        meta=_meta(root),
        pages=tuple(_page(p) for p in root.iterfind("pages/page")),
        articles=tuple(_article(a) for a in root.iterfind("article")),
    )


def _load_assets(issue: Issue, folder: Path, log: Log) -> tuple[Asset, ...]:
    assets: list[Asset] = []
    seen: set[str] = set()
    root = folder.resolve()
    for article in issue.articles:
        for block in iter_blocks(article.blocks):
            if not isinstance(block, Figure) or block.graphic is None:
                continue
            href = block.graphic.href
            if not href or href in seen:
                continue
            seen.add(href)
            relative = PurePosixPath(href)
            target = (folder / relative).resolve()
            if relative.is_absolute() or ":" in href or root not in target.parents:
                log.add(UNSAFE_HREF, f"figure {block.id!r}: image {href!r} is outside the folder")
                continue
            if not target.is_file():
                log.add(MISSING_IMAGE, f"figure {block.id!r}: image {href!r} not found")
                continue
            media = block.graphic.media_type or mimetypes.guess_type(href)[0] or ""
            assets.append(Asset(href=href, data=target.read_bytes(), media_type=media))
    return tuple(assets)


def read_xml(
    source: Path | bytes, *, options: ReadOptions | None = None, log: Log | None = None
) -> Issue:
    """Read issue XML from a path or bytes.

    Raises :class:`~newslayout.errors.InputError` (or a subclass: unsafe, malformed,
    unsupported version) when the file cannot be read as an issue; every problem found is
    also on ``log``.
    """
    options = options or ReadOptions()
    log = log if log is not None else Log()
    label = options.source_name or log.file or (str(source) if isinstance(source, Path) else None)
    data = read_source(source, name=label)
    tree = parse_untrusted(data, name=label or "<input>")
    problems = check_tree(tree, data, file=log.file)
    log.extend(problems)
    fatal = [d for d in problems if d.severity is Severity.ERROR and d.code in _FATAL_CODES]
    if fatal:
        first = fatal[0]
        error = SchemaVersionError if first.code == VERSION_CODE.id else InputError
        raise error(
            f"{first.location.render()}: {first.message}",
            hint="validate the file for the list of every problem",
        )
    issue = tree_to_issue(tree.getroot())
    if isinstance(source, Path):
        issue = Issue(
            meta=issue.meta,
            pages=issue.pages,
            articles=issue.articles,
            assets=_load_assets(issue, source.parent, log),
        )
    return issue


#: Problems that leave the tree unreadable (grammar-level); the others are only logged.
_FATAL_CODES = frozenset({"wrong-root", VERSION_CODE.id, "schema", "bad-spans"})
