"""The issue XML format's contract: its version, its compact notations, and its grammar.

Writer, reader and validator share this module so that they cannot disagree:

* :data:`SCHEMA_VERSION` / :data:`SUPPORTED_VERSIONS` (the ``schema-version`` policy);
* the provenance notation of the ``spans`` attribute (:func:`format_spans`/:func:`parse_spans`);
* the canonical number form of coordinates and sizes (:func:`format_number`) and of
  ``page-range`` (:func:`page_range`);
* the element names of page furniture (:data:`FURNITURE_ELEMENTS`);
* the RELAX NG grammar, loaded once from package data (:func:`relaxng`).

Span notation (documented in ``docs/xml-format.md``): spans are separated by one space; a span
is ``-`` when it knows nothing, else ``p<page>`` then ``@x0,top,x1,bottom`` then
``L<line>..<end_line>`` (each part optional, either line optional), e.g.
``p1@36,120,560,170 p3@36,80,290,400`` or ``L12..14``.
"""

from __future__ import annotations

import functools
import importlib.resources
import re

from lxml import etree

from newslayout.geometry import Box, round_coord
from newslayout.model import FurnitureKind, Issue, Span, Spans

#: The newest version this release writes (see :func:`version_for`).
SCHEMA_VERSION = "2"
#: The version of a file that uses nothing version 2 added: what older releases read.
BASE_VERSION = "1"
#: The versions this release reads and validates.
SUPPORTED_VERSIONS = frozenset({"1", "2"})
#: The root element's name.
ROOT = "issue"
XLINK = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

#: Element name of each kind of page furniture (the reader maps them back).
FURNITURE_ELEMENTS: dict[FurnitureKind, str] = {
    FurnitureKind.MASTHEAD: "masthead-line",
    FurnitureKind.RUNNING_HEAD: "running-head",
    FurnitureKind.FOLIO: "folio",
    FurnitureKind.FOOTER: "page-footer",
    FurnitureKind.OTHER: "furniture",
}


_INT = r"-?\d+"
_NUM = r"-?\d+(?:\.\d+)?"
_SPAN = re.compile(
    rf"(?:p(?P<page>{_INT}))?"
    rf"(?:@(?P<x0>{_NUM}),(?P<top>{_NUM}),(?P<x1>{_NUM}),(?P<bottom>{_NUM}))?"
    rf"(?:L(?P<line>{_INT})?(?:\.\.(?P<end>{_INT}))?)?"
)


class SpanSyntaxError(ValueError):
    """A ``spans`` attribute value that does not follow the notation (internal; the schema
    pattern rejects such values first, so readers report it as a schema problem)."""


def format_number(value: float) -> str:
    """A coordinate or size in canonical form: rounded to 0.01 pt, no trailing zeros.

    ``36.0`` -> ``"36"``, ``36.504`` -> ``"36.5"``, ``-0.0`` -> ``"0"``. Parsing the result
    with ``float`` gives back exactly ``round_coord(value)``.
    """
    text = f"{round_coord(value):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_span(span: Span) -> str:
    """One span in the notation (``-`` for a span that knows nothing)."""
    out = ""
    if span.page is not None:
        out += f"p{span.page}"
    if span.box is not None:
        b = span.box
        out += "@" + ",".join(format_number(v) for v in (b.x0, b.top, b.x1, b.bottom))
    if span.line is not None or span.end_line is not None:
        out += "L"
        if span.line is not None:
            out += str(span.line)
        if span.end_line is not None:
            out += f"..{span.end_line}"
    return out or "-"


def format_spans(spans: Spans) -> str:
    """The ``spans`` attribute value for a node's spans ("" when it has none)."""
    return " ".join(format_span(s) for s in spans)


def parse_span(token: str) -> Span:
    """The inverse of :func:`format_span`."""
    if token == "-":
        return Span()
    match = _SPAN.fullmatch(token)
    if match is None or not token:
        raise SpanSyntaxError(f"not a span: {token!r}")
    g = match.groupdict()
    box = None
    if g["x0"] is not None:
        box = Box.rounded(float(g["x0"]), float(g["top"]), float(g["x1"]), float(g["bottom"]))
    return Span(
        page=None if g["page"] is None else int(g["page"]),
        box=box,
        line=None if g["line"] is None else int(g["line"]),
        end_line=None if g["end"] is None else int(g["end"]),
    )


def parse_spans(value: str | None) -> Spans:
    """The spans of a ``spans`` attribute value (absent or empty: no spans)."""
    if not value:
        return ()
    return tuple(parse_span(token) for token in value.split(" "))


def page_range(pages: tuple[int, ...]) -> str:
    """Sorted pages in JATS ``page-range`` form: runs of consecutive pages joined ("1-2, 5")."""
    parts: list[str] = []
    start = prev = None
    for page in [*pages, None]:
        if page is not None and prev is not None and page == prev + 1:
            prev = page
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = page
    return ", ".join(parts)


@functools.cache
def relaxng() -> etree.RelaxNG:
    """The packaged RELAX NG grammar of the issue format, compiled once per process."""
    resource = importlib.resources.files("newslayout") / "data" / "newslayout.rng"
    grammar = etree.fromstring(resource.read_bytes())
    return etree.RelaxNG(grammar)


def version_for(issue: Issue) -> str:
    """The lowest schema-version that holds ``issue``.

    Version 2 added several decks per article, boxes and the story they belong to
    (``boxed``, ``sidebar-of``) and page labels as targets (``page-label``, ``from-label``,
    ``to-label``, jump ends with no page). An issue that uses none of them is written as
    version 1, byte for byte as before, so older releases keep reading it.
    """
    for article in issue.articles:
        if len(article.decks) > 1 or article.boxed or article.sidebar_of:
            return SCHEMA_VERSION
        for jump in article.jumps:
            if jump.from_label or jump.to_label or jump.from_page is None or jump.to_page is None:
                return SCHEMA_VERSION
    if any(t.target_label for page in issue.pages for t in page.teasers):
        return SCHEMA_VERSION
    return BASE_VERSION
