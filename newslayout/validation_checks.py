"""The checks of an issue file that a grammar cannot make.

Each check walks the parsed tree (never the model, so every problem keeps its element's
line:column) and is written defensively: it also runs on files the grammar rejected, reading
attributes with ``get`` and skipping what it cannot interpret.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Protocol

from lxml import etree

from newslayout.diagnostics import Code, Severity, define
from newslayout.schema import SpanSyntaxError, page_range, parse_spans


class Locating(Protocol):
    def position(self, element: etree._Element) -> tuple[int, int]: ...


class Reporter(Protocol):
    """Where the checks report (``validation.Reporter``; a protocol, so that this module
    need not import the module that calls it)."""

    @property
    def locator(self) -> Locating | None: ...

    def on(
        self,
        code: Code,
        element: etree._Element,
        message: str,
        severity: Severity | None = None,
    ) -> None: ...


DUPLICATE_ID = define("duplicate-id", Severity.ERROR, "Two elements have the same id.")
DANGLING_REFERENCE = define(
    "dangling-reference", Severity.ERROR, "An rid names no article of the file."
)
PAGE_SEQUENCE = define(
    "page-seq",
    Severity.ERROR,
    "Pages are not numbered seq 1..n in order, or a page id is not p<seq>.",
)
BAD_SPANS = define(
    "bad-spans",
    Severity.ERROR,
    "A spans attribute is not in the span notation, or a box or line range is reversed.",
)
PAGE_OUT_OF_RANGE = define(
    "page-out-of-range", Severity.ERROR, "Content is placed on a page the issue does not have."
)
PAGE_OUTSIDE_ISSUE = define(
    "page-outside-issue",
    Severity.WARNING,
    "A teaser or jump points to a page that is not in this file (a partial issue?).",
)
TARGET_NOT_IN_FILE = define(
    "target-page-missing",
    Severity.ERROR,
    "A teaser or jump gives a page number the file does not have (schema-version 2 names a "
    "page outside the file by its printed label alone).",
)
PAGE_RANGE_MISMATCH = define(
    "page-range-mismatch",
    Severity.ERROR,
    "fpage, lpage and page-range disagree with each other or with the pages the article is on.",
)
UNPAIRED_JUMP = define(
    "unpaired-jump",
    Severity.ERROR,
    "A resolved jump has no matching jump in the other direction in the same article.",
)
UNRESOLVED_JUMP = define(
    "unresolved-jump",
    Severity.WARNING,
    "A jump marked unresolved has no matching jump in the other direction.",
)
BAD_DATE = define(
    "bad-date", Severity.ERROR, "iso-8601-date is not a valid date (YYYY-MM-DD) or date range."
)
EMPTY_HEADLINE = define(
    "empty-headline",
    Severity.WARNING,
    "An article's headline is empty: every article needs one (the writers repair this, except "
    "for the only article of an issue).",
)
PAGE_LABEL_MISMATCH = define(
    "page-label-mismatch",
    Severity.ERROR,
    "A target's printed page label disagrees with the file: a label given alone names a page "
    "of this file, or a page and its label name different pages.",
)
BAD_SIDEBAR = define(
    "bad-sidebar",
    Severity.ERROR,
    "sidebar-of names no article, the article itself, or an article that is itself a sidebar.",
)
TEASER_TARGET = define(
    "teaser-target-page",
    Severity.WARNING,
    "A teaser's target article has no content on the page the teaser names.",
)

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Pages:
    """The page numbers (``seq``) a file declares, and their printed labels."""

    numbers: frozenset[int]
    labels: dict[str, int]
    #: Version 2 files name pages outside the file by label, so a page number must exist.
    strict: bool = False

    def has(self, page: int) -> bool:
        return page in self.numbers


def check_target(
    element: etree._Element,
    page: int | None,
    label: str,
    pages: _Pages,
    report: Reporter,
    what: str,
) -> None:
    """A target given by its printed label agrees with the file's pages.

    A label alone means a page outside the file, so it must not be the label of a page of
    the file; a page and a label together must be the same page when the page has a label.
    """
    if not label:
        return
    named = pages.labels.get(label)
    if page is None and named is not None:
        report.on(
            PAGE_LABEL_MISMATCH,
            element,
            f"{what} names page label {label!r} alone, but that is page {named} of this file: "
            f"give the page too",
        )
    elif page is not None and named is not None and named != page:
        report.on(
            PAGE_LABEL_MISMATCH,
            element,
            f"{what} names page {page} with label {label!r}, which is the label of page {named}",
        )
    elif page is not None and named is None and page in pages.numbers:
        printed = next((k for k, v in pages.labels.items() if v == page), None)
        if printed is not None:
            report.on(
                PAGE_LABEL_MISMATCH,
                element,
                f"{what} names page {page} with label {label!r}, but page {page} is "
                f"labelled {printed!r}",
            )


def check_ids(root: etree._Element, report: Reporter) -> dict[str, etree._Element]:
    """Every ``id`` unique; returns the elements by id (first occurrence)."""
    first: dict[str, etree._Element] = {}
    for element in root.iter(tag=etree.Element):
        value = element.get("id")
        if value is None:
            continue
        if value in first:
            line = report.locator.position(first[value])[0] if report.locator else "?"
            report.on(DUPLICATE_ID, element, f'id "{value}" is used twice (first at line {line})')
        else:
            first[value] = element
    return first


def check_pages(root: etree._Element, report: Reporter) -> _Pages:
    """Pages numbered ``seq`` 1..n in document order, each with id ``p<seq>``.

    A page whose ``seq`` is missing or not a number is the grammar's to report; it still
    counts as the page at its position, so that its content is not also "out of range". Pages
    out of order are one cause: reported once, at the first, with the count of the others.
    """
    numbers: set[int] = set()
    labels: dict[str, int] = {}
    misplaced: list[tuple[etree._Element, int, int]] = []
    for index, page in enumerate(root.iterfind("pages/page"), start=1):
        seq = _int(page.get("seq"))
        numbers.add(index if seq is None else seq)
        if seq is None:
            continue
        label = page.get("label")
        if label:
            labels.setdefault(label, seq)
        if seq != index:
            misplaced.append((page, index, seq))
        elif page.get("id") != f"p{seq}":
            report.on(PAGE_SEQUENCE, page, f"page seq={seq} has id {page.get('id')!r}, not p{seq}")
    if misplaced:
        page, index, seq = misplaced[0]
        more = f" (and {len(misplaced) - 1} more page(s) after it)" if len(misplaced) > 1 else ""
        report.on(
            PAGE_SEQUENCE,
            page,
            f"page {index} of the file has seq={seq}{more}: pages must be numbered 1..n in order",
        )
    return _Pages(frozenset(numbers), labels, strict=root.get("schema-version", "1") != "1")


def report_outside(element: etree._Element, pages: _Pages, report: Reporter, message: str) -> None:
    """A page number not in the file: a warning in version 1 files (their only way to name
    a page outside the file), an error in later ones (which have labels for that)."""
    if pages.strict:
        report.on(
            TARGET_NOT_IN_FILE, element, f"{message}: name a page outside the file by its label"
        )
    else:
        report.on(PAGE_OUTSIDE_ISSUE, element, message)


def span_pages(element: etree._Element, report: Reporter, pages: _Pages) -> set[int]:
    """The pages of the spans of ``element`` and its descendants, reporting bad spans."""
    found: set[int] = set()
    for node in element.iter(tag=etree.Element):
        value = node.get("spans")
        if value is None:
            continue
        try:
            spans = parse_spans(value)
        except SpanSyntaxError as exc:
            report.on(BAD_SPANS, node, str(exc))
            continue
        for span in spans:
            box = span.box
            if box is not None and (box.x0 > box.x1 or box.top > box.bottom):
                report.on(BAD_SPANS, node, f"box {value!r}: x0 > x1 or top > bottom")
            if span.line is not None and span.end_line is not None and span.line > span.end_line:
                report.on(BAD_SPANS, node, f"lines {span.line}..{span.end_line} run backwards")
            if span.page is None:
                continue
            found.add(span.page)
            if pages.numbers and not pages.has(span.page):
                report.on(PAGE_OUT_OF_RANGE, node, f"content on page {span.page}, not in the issue")
    return found


def _page_range_text(pages: list[int]) -> str:
    return page_range(tuple(pages))


def check_article_pages(
    article: etree._Element, on_pages: set[int], pages: _Pages, report: Reporter
) -> None:
    """``fpage <= lpage``, both in the issue, and all three derived from the content's pages."""
    meta = article.find("front/article-meta")
    if meta is None:
        return
    fpage_el, lpage_el, range_el = meta.find("fpage"), meta.find("lpage"), meta.find("page-range")
    if fpage_el is None or lpage_el is None:
        return
    fpage, lpage = _int(fpage_el.text), _int(lpage_el.text)
    if fpage is None or lpage is None:
        return
    for element, value in ((fpage_el, fpage), (lpage_el, lpage)):
        if pages.numbers and not pages.has(value):
            report.on(PAGE_OUT_OF_RANGE, element, f"page {value} is not in the issue")
    if fpage > lpage:
        report.on(PAGE_RANGE_MISMATCH, fpage_el, f"fpage {fpage} is after lpage {lpage}")
        return
    if not on_pages:
        return
    expected = sorted(on_pages)
    if fpage != expected[0] or lpage != expected[-1]:
        report.on(
            PAGE_RANGE_MISMATCH,
            fpage_el,
            f"fpage {fpage} / lpage {lpage}, but the article's content is on pages "
            f"{expected[0]}..{expected[-1]}",
        )
    want = _page_range_text(expected)
    if range_el is not None and (range_el.text or "") != want:
        report.on(
            PAGE_RANGE_MISMATCH,
            range_el,
            f"page-range {range_el.text!r}, but the article's content is on {want!r}",
        )


def check_jumps(article: etree._Element, pages: _Pages, report: Reporter) -> None:
    """Each jump within the issue has its partner (other direction, same pages) in the article;
    an end given by its printed label agrees with the file; a jump leaving the file (an end
    with a label only) cannot be resolved."""
    jumps = list(article.iterfind("front/article-meta/related-article"))
    keys = {
        (j.get("related-article-type"), _int(j.get("from-page")), _int(j.get("to-page")))
        for j in jumps
    }
    for jump in jumps:
        kind, start, end = (
            jump.get("related-article-type"),
            _int(jump.get("from-page")),
            _int(jump.get("to-page")),
        )
        if kind not in ("continued-on", "continued-from"):
            continue
        labels = jump.get("from-label", ""), jump.get("to-label", "")
        check_target(jump, start, labels[0], pages, report, "jump start")
        check_target(jump, end, labels[1], pages, report, "jump end")
        if start is None or end is None:
            outside = labels[0] if start is None else labels[1]
            if outside and jump.get("resolved") == "true":
                report.on(
                    UNPAIRED_JUMP,
                    jump,
                    f"{kind} jump to page {outside!r}, outside this file, is marked resolved",
                )
            continue
        missing = [p for p in (start, end) if not pages.has(p)]
        if missing:
            report_outside(
                jump, pages, report, f"jump {start} -> {end}: page {missing[0]} is not in this file"
            )
            continue
        partner = "continued-from" if kind == "continued-on" else "continued-on"
        if (partner, start, end) in keys:
            continue
        message = f"{kind} jump {start} -> {end} has no {partner} jump in article"
        message += f" {article.get('id')!r}"
        if jump.get("resolved") == "true":
            report.on(UNPAIRED_JUMP, jump, message)
        else:
            report.on(UNRESOLVED_JUMP, jump, message)


def check_teasers(
    root: etree._Element,
    ids: dict[str, etree._Element],
    article_pages: dict[str, set[int]],
    pages: _Pages,
    report: Reporter,
) -> None:
    """Teaser ``rid`` names an article; ``page`` is in the issue and holds that article."""
    for teaser in root.iterfind("pages/page/teaser"):
        rid, page = teaser.get("rid"), _int(teaser.get("page"))
        check_target(teaser, page, teaser.get("page-label", ""), pages, report, "teaser")
        if rid is not None:
            target = ids.get(rid)
            if target is None or target.tag != "article":
                what = "nothing" if target is None else f"a <{target.tag}>, not an article"
                report.on(DANGLING_REFERENCE, teaser, f'teaser rid "{rid}" names {what}')
                continue
        if page is None:
            continue
        if not pages.has(page):
            report_outside(teaser, pages, report, f"teaser points to page {page}, not in this file")
        elif rid is not None and article_pages.get(rid) and page not in article_pages[rid]:
            report.on(
                TEASER_TARGET,
                teaser,
                f'teaser points to page {page}, but article "{rid}" is on pages '
                f"{_page_range_text(sorted(article_pages[rid]))}",
            )


def check_sidebars(root: etree._Element, ids: dict[str, etree._Element], report: Reporter) -> None:
    """``sidebar-of`` names another article, one that is not itself a sidebar (no chains)."""
    for article in root.iterfind("article"):
        owner = article.get("sidebar-of")
        if owner is None:
            continue
        target = ids.get(owner)
        if target is None or target.tag != "article":
            what = "nothing" if target is None else f"a <{target.tag}>, not an article"
            report.on(BAD_SIDEBAR, article, f'sidebar-of "{owner}" names {what}')
        elif target is article:
            report.on(BAD_SIDEBAR, article, f'article "{owner}" is a sidebar of itself')
        elif target.get("sidebar-of") is not None:
            report.on(
                BAD_SIDEBAR,
                article,
                f'sidebar-of "{owner}" names a sidebar of "{target.get("sidebar-of")}": '
                "name the main story",
            )


def valid_iso_date(value: str) -> bool:
    """A date ``YYYY-MM-DD`` or a range ``YYYY-MM-DD/YYYY-MM-DD`` (start <= end)."""
    parts = value.split("/")
    if len(parts) > 2 or not all(_DATE.fullmatch(p) for p in parts):
        return False
    try:
        dates = [datetime.date.fromisoformat(p) for p in parts]
    except ValueError:
        return False
    return dates[0] <= dates[-1]


def check_dates(root: etree._Element, report: Reporter) -> None:
    for date in root.iterfind("issue-meta/pub-date"):
        value = date.get("iso-8601-date")
        if value is not None and not valid_iso_date(value):
            report.on(
                BAD_DATE,
                date,
                f"iso-8601-date {value!r} is not a date (YYYY-MM-DD) or a range of two "
                "(YYYY-MM-DD/YYYY-MM-DD, start first)",
            )


def cross_check(root: etree._Element, report: Reporter) -> None:
    """Run every cross-check on a parsed ``issue`` element."""
    ids = check_ids(root, report)
    pages = check_pages(root, report)
    check_dates(root, report)
    for furniture_page in root.iterfind("pages/page"):
        span_pages(furniture_page, report, pages)
    on_pages: dict[str, set[int]] = {}
    for article in root.iterfind("article"):
        found = span_pages(article, report, pages)
        on_pages.setdefault(article.get("id", ""), found)
        check_article_pages(article, found, pages, report)
        check_jumps(article, pages, report)
        title = article.find("front/article-meta/title-group/article-title")
        if title is not None and not (title.text or "").strip():
            report.on(EMPTY_HEADLINE, title, f"article {article.get('id')!r} has an empty headline")
    check_teasers(root, ids, on_pages, pages, report)
    check_sidebars(root, ids, report)
