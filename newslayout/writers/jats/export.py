"""``write_jats``: one complete JATS ``<article>`` file per article of an issue.

The export is a projection of the model (see ``docs/jats-export.md`` for the element-by-element
mapping). It checks the journal facts the tag set requires before it builds anything, builds
each article with a fresh :class:`ArticleContext` (XML ids are unique per file), and returns
file name -> bytes: ``<article-id>.xml`` for each article, plus the bytes of images that the
issue refers to but does not carry, found under ``WriteOptions.base_dir``. The API writes the
issue's loaded images itself, at their hrefs beside the articles.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path, PurePosixPath

from lxml import etree

from newslayout.diagnostics import Log
from newslayout.headless import attach_headless
from newslayout.model import Article, Figure, Issue, article_pages, iter_blocks
from newslayout.options import WriteOptions
from newslayout.writers.jats.body import body_element
from newslayout.writers.jats.codes import (
    BAD_LANGUAGE,
    DATE_RANGE,
    INVALID_CHARACTER,
    MISSING_DATE,
    MISSING_IMAGE,
    NO_ARTICLES,
    RENAMED_ID,
    UNSAFE_HREF,
)
from newslayout.writers.jats.context import XLINK_NS, ArticleContext
from newslayout.writers.jats.dates import PubDate, parse_issue_date
from newslayout.writers.jats.front import article_meta, journal_meta
from newslayout.writers.jats.indent import indent
from newslayout.writers.jats.journal import Journal, resolve_journal
from newslayout.writers.jats.tagsets import TagSet, resolve_tag_set

_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_FILE_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _issue_date(issue: Issue, log: Log) -> PubDate | None:
    date = parse_issue_date(issue.meta.date_iso)
    if date is None:
        shown = issue.meta.date_iso or issue.meta.date_text or "none"
        log.add(MISSING_DATE, f"no pub-date written: the issue date ({shown}) is not an ISO date")
    elif date.was_range:
        log.add(DATE_RANGE, f"issue dated {issue.meta.date_iso}: pub-date is {date.iso}")
    return date


def _language(issue: Issue, log: Log) -> str:
    language = issue.meta.language.strip()
    if language and not _LANGUAGE.match(language):
        log.add(BAD_LANGUAGE, f"issue language {language!r} is not a language tag")
        return ""
    return language


def _fpage_sequences(issue: Issue) -> dict[str, str]:
    """``fpage/@seq`` letters for articles that start on the same page as another one."""
    starts = {a.id: pages[0] for a in issue.articles if (pages := article_pages(a))}
    per_page = Counter(starts.values())
    seen: Counter[int] = Counter()
    out: dict[str, str] = {}
    for article in issue.articles:
        page = starts.get(article.id)
        if page is None or per_page[page] < 2 or seen[page] >= 26:
            continue
        out[article.id] = "abcdefghijklmnopqrstuvwxyz"[seen[page]]
        seen[page] += 1
    return out


def _section(issue: Issue, article: Article) -> str:
    if article.section.strip():
        return " ".join(article.section.split())
    pages = article_pages(article)
    page = next((p for p in issue.pages if pages and p.number == pages[0]), None)
    return " ".join(page.section.split()) if page else ""


def _file_name(article: Article, index: int, taken: set[str], log: Log) -> str:
    stem = article.id if _FILE_STEM.match(article.id) else f"article-{index}"
    name, n = f"{stem}.xml", 1
    while name.casefold() in taken:  # case-insensitive file systems would merge them
        n += 1
        name = f"{stem}-{n}.xml"
    taken.add(name.casefold())
    if name != f"{article.id}.xml":
        log.add(RENAMED_ID, f"article {article.id!r} written as {name}")
    return name


def _article_root(ctx: ArticleContext, language: str) -> etree._Element:
    root = etree.Element("article", nsmap={"xlink": XLINK_NS})
    if ctx.article.article_type.strip():
        root.set("article-type", ctx.text(ctx.article.article_type.strip()))
    root.set("dtd-version", ctx.tag_set.dtd_version)
    if language:
        root.set(XML_LANG, language)
    return root


def article_to_jats(
    ctx: ArticleContext,
    journal: Journal,
    *,
    date: PubDate | None,
    language: str,
    fpage_seq: str = "",
) -> bytes:
    """One article as a complete JATS document (XML declaration and DOCTYPE included)."""
    root = _article_root(ctx, language)
    front = etree.SubElement(root, "front")
    journal_meta(ctx, front, journal)
    section = _section(ctx.issue, ctx.article)
    article_meta(ctx, front, section=section, date=date, fpage_seq=fpage_seq)
    body = body_element(ctx)
    if body is not None:
        root.append(body)
    indent(root)
    return (
        etree.tostring(root, xml_declaration=True, encoding="UTF-8", doctype=ctx.tag_set.doctype)
        + b"\n"
    )


def _is_local(href: str) -> bool:
    path = PurePosixPath(href)
    return not (_URL.match(href) or path.is_absolute() or "\\" in href or ".." in path.parts)


def _image_files(issue: Issue, options: WriteOptions, log: Log) -> dict[str, bytes]:
    """Images referred to but not carried, read from ``base_dir`` when they are there."""
    carried = {asset.href for asset in issue.assets}
    out: dict[str, bytes] = {}
    for article in issue.articles:
        for block in iter_blocks(article.blocks):
            if not isinstance(block, Figure) or block.graphic is None:
                continue
            href = block.graphic.href
            page = next((s.page for s in block.spans if s.page is not None), None)
            if not href or href in carried or href in out or re.match(r"^https?://", href):
                continue
            if not _is_local(href):
                log.add(UNSAFE_HREF, f"article {article.id}: image {href!r} not copied", page=page)
                continue
            source = Path(options.base_dir) / href if options.base_dir else None
            try:
                if source is None:
                    raise FileNotFoundError(href)
                out[href] = source.read_bytes()
            except OSError:
                log.add(
                    MISSING_IMAGE,
                    f"article {article.id}: image {href!r} is not loaded and not found "
                    f"{'in ' + str(options.base_dir) if options.base_dir else 'anywhere'}",
                    page=page,
                )
    return out


def _build_all(
    issue: Issue, options: WriteOptions, log: Log, tag_set: TagSet, journal: Journal
) -> dict[str, bytes]:
    date = _issue_date(issue, log)
    language = _language(issue, log)
    sequences = _fpage_sequences(issue)
    files: dict[str, bytes] = {}
    taken: set[str] = set()
    for index, article in enumerate(issue.articles, start=1):
        ctx = ArticleContext(issue=issue, article=article, tag_set=tag_set, log=log)
        data = article_to_jats(
            ctx, journal, date=date, language=language, fpage_seq=sequences.get(article.id, "")
        )
        if ctx.removed_characters:
            log.add(
                INVALID_CHARACTER,
                f"article {article.id}: removed {ctx.removed_characters} character(s) "
                "that XML does not allow",
            )
        files[_file_name(article, index, taken, log)] = data
    files.update(_image_files(issue, options, log))
    return files


def write_jats(issue: Issue, *, options: WriteOptions, log: Log) -> dict[str, bytes]:
    """Export every article of ``issue`` as a strict JATS file; file name -> bytes.

    Raises :class:`~newslayout.errors.UsageError` for an unknown tag set, an invalid ISSN, or
    a value the tag set requires that neither the issue nor the options supply.
    """
    tag_set = resolve_tag_set(options.tag_set)
    issue = attach_headless(issue, log)
    journal = resolve_journal(issue, options, tag_set, log)
    if not issue.articles:
        log.add(NO_ARTICLES, "the issue has no articles; no JATS file was written")
        return {}
    return _build_all(issue, options, log, tag_set, journal)
