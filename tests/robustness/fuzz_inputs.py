"""Hypothesis strategies for hostile text extractions and issue XML.

Purely random input mostly tests the first line of a parser, so both strategies mix three
kinds: random bytes/text, documents assembled from lines a newspaper really has (mastheads,
bylines, jump lines, credits) in broken orders and with extreme numbers, and mutations of the
project's own real inputs (the corpus text extractions, the sample and fixture XML), edited
as trees (elements deleted, duplicated, moved, renamed; attributes set to hostile values) so
the input gets past the parser into the code that interprets it.
"""

from __future__ import annotations

import copy
import importlib
from functools import cache
from pathlib import Path

from hypothesis import strategies as st
from lxml import etree
from payloads import kitchen_sink_issue

from newslayout.diagnostics import Log
from newslayout.options import ReadOptions, WriteOptions

REPO = Path(__file__).resolve().parents[2]

NEWS_LINES: tuple[str, ...] = (
    "The Harbor Ledger",
    "THE HARBOR LEDGER",
    "Serving Harbor City since 1919",
    "Volume 7 Number 41",
    "VOL.5-NO.195",
    "Vol. XII NO. 8",
    "MARCH 3-4, 2026",
    "FEBRUARY 30, 2026",
    "June 30 - July 1, 2025",
    "MIDWEEK EDITION",
    "PAGE 2",
    "P3",
    "PAGE 0",
    "PAGE 99999999999999999999999",
    "Students map the harbor floor PAGE 2",
    "See page 3",
    "See page -1",
    "Continued on page 2",
    "Continued on Page A3",
    "Continued from page 1",
    "Continued from page 1000000",
    "From page 1",
    "BUDGET from Page 1",
    "See BUDGET, Page 3",
    "By Maria Okafor and LU Zijian",
    "By A, B & C",
    "By",
    "By ,",
    "BY AND",
    "Edited by",
    "Staff reporter Dana Whitfield",
    "Story and photos by Sam Ito",
    "(PHOTO: Sam Ito / The Harbor Ledger)",
    "PHOTO:",
    "(Photo courtesy of",
    "HARBOR CITY — The city council voted 7-2 on Tuesday night to rebuild the",
    "east seawall, ending two years of argu-",
    "ment over who should pay.",
    "-",
    "—",
    "CITY HALL",
    "TRANSPORT",
    "$2.50",
    "",
    " ",
    "\t",
    "\u00ad",
    "\u200b",
    "\ufeff",
    "زيارة رسمية إلى الميناء",
    "港口地图 第3版",
    "<b>bold</b> &amp; <font color='[[['>",
)

SEPARATORS = ("\n", "\r\n", "\r", "\n\n", "\f", "\n\f\n", "\u2028", "\x0b")


@cache
def corpus_texts() -> tuple[str, ...]:
    """The corpus text extractions, as strings (seed documents)."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted(REPO.glob("tests/corpus/*.txt")))


_line = st.one_of(
    st.sampled_from(NEWS_LINES),
    st.sampled_from(NEWS_LINES).map(str.upper),
    st.text(max_size=60),
    st.from_regex(r"(See|Continued on|Turn to|From) [Pp]age [A-Z]?-?[0-9]{1,25}", fullmatch=True),
)


@st.composite
def _assembled(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_line, max_size=80))
    return draw(st.sampled_from(SEPARATORS)).join(lines)


@st.composite
def _mutated_corpus(draw: st.DrawFn) -> str:
    texts = corpus_texts()
    if not texts:
        return draw(_assembled())
    lines = draw(st.sampled_from(texts)).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(("delete", "duplicate", "insert", "swap", "cut")))
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "delete" and lines:
            del lines[at]
        elif op == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif op == "insert":
            lines.insert(at, draw(_line))
        elif op == "swap" and lines:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "cut":
            lines = lines[:at]
    return "\n".join(lines)


def _encode(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="surrogatepass" if codec.startswith("utf") else "replace")


def text_inputs() -> st.SearchStrategy[bytes]:
    """Bytes a text reader may be handed: random, assembled, mutated; several encodings."""
    texts = st.one_of(st.text(max_size=400), _assembled(), _mutated_corpus())
    codecs = st.sampled_from(
        ("utf-8", "utf-8", "utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1")
    )
    return st.one_of(
        st.binary(max_size=600),
        st.builds(_encode, texts, codecs),
    )


# --------------------------------------------------------------------------------- XML

TAGS = (
    "issue", "issue-meta", "pages", "page", "teaser", "article", "front", "article-meta",
    "title-group", "article-title", "subtitle", "alt-title", "contrib-group", "contrib", "name",
    "surname", "given-names", "string-name", "related-article", "body", "p", "sec", "title",
    "fig", "caption", "attrib", "graphic", "disp-quote", "list", "list-item", "boxed-text",
    "italic", "bold", "pub-date", "volume", "running-head", "folio", "region",
)  # fmt: skip
ATTRIBUTES = (
    "id", "rid", "page", "spans", "lines", "seq", "label", "width", "height", "schema-version",
    "iso-8601-date", "article-type", "related-article-type", "content-type", "contrib-type",
    "{http://www.w3.org/1999/xlink}href", "{http://www.w3.org/XML/1998/namespace}lang", "bbox",
)  # fmt: skip
HOSTILE_VALUES = (
    "", " ", "0", "-1", "1e309", "nan", "inf", "99999999999999999999999", "p0", "p1:1,2,3",
    "p1:nan,nan,nan,nan", "p1:0,0,0,0 p1:0,0,0,0", "p-1:1,2,3,4", "1-", "5-2", "a1 a1",
    "../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "javascript:alert(1)",
    "http://127.0.0.1:1/x.jpg", "2026-02-30", "2026-03-03/2025-01-01", "\u202e", "x" * 300,
)  # fmt: skip
XML_TOKENS = (
    b"<", b">", b"</p>", b"<p>", b"<sec>", b"&", b"&amp;", b"&#0;", b"&#xD800;", b"&bogus;",
    b"<![CDATA[", b"]]>", b"<!-- ", b"-->", b"<?pi x?>", b'"', b"'", b"\x00", b"\xff\xfe",
    b'<!DOCTYPE issue [<!ENTITY e "x">]>', b'xmlns="urn:x"', b"xml:lang=''",
)  # fmt: skip


@cache
def xml_seeds() -> tuple[bytes, ...]:
    """The sample and fixture XML files, plus issue XML written from the corpus texts."""
    files = sorted(REPO.glob("samples/*.xml")) + sorted(REPO.glob("tests/fixtures/xml/**/*.xml"))
    seeds = [data for data in (p.read_bytes() for p in files) if _well_formed(data)]
    try:
        read_text = importlib.import_module("newslayout.readers.text").read_text
        write_xml = importlib.import_module("newslayout.writers.issue_xml").write_xml
    except (ImportError, AttributeError):  # a reader or writer not there yet
        read_text = write_xml = None
    if write_xml is not None:
        seeds.append(write_xml(kitchen_sink_issue(), options=WriteOptions(), log=Log()))
    if read_text is not None and write_xml is not None:
        for path in sorted(REPO.glob("tests/corpus/*.txt")):
            issue = read_text(path, options=ReadOptions(), log=Log())
            seeds.append(write_xml(issue, options=WriteOptions(), log=Log()))
    return tuple(seeds) or (b'<?xml version="1.0"?>\n<issue schema-version="1"/>\n',)


def _well_formed(data: bytes) -> bool:
    """Seeds are mutated as trees; the malformed fixtures are left to the byte edits."""
    try:
        etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return False
    return True


def _tree_edit(root: etree._Element, draw: st.DrawFn) -> None:
    elements = [e for e in root.iter() if isinstance(e.tag, str)]  # not comments or PIs
    element = elements[draw(st.integers(0, len(elements) - 1))]
    op = draw(st.sampled_from(("delete", "duplicate", "move", "attr", "text", "rename")))
    parent = element.getparent()
    if op == "delete" and parent is not None:
        parent.remove(element)
    elif op == "duplicate" and parent is not None:
        parent.append(copy.deepcopy(element))
    elif op == "move" and parent is not None:
        target = elements[draw(st.integers(0, len(elements) - 1))]
        if element not in target.iterancestors() and target is not element:
            target.append(element)
    elif op == "attr":
        name = draw(st.sampled_from((*element.attrib.keys(), *ATTRIBUTES)))
        value = draw(st.one_of(st.sampled_from(HOSTILE_VALUES), st.text(max_size=20)))
        element.set(name, _xml_safe(value))
    elif op == "text":
        element.text = _xml_safe(draw(st.one_of(st.sampled_from(NEWS_LINES), st.text(max_size=40))))
    elif op == "rename" and isinstance(element.tag, str):
        element.tag = draw(st.sampled_from(TAGS))


def _xml_safe(text: str) -> str:
    """lxml refuses to *set* characters XML cannot hold; byte edits add those instead."""
    return "".join(
        c for c in text if c in "\t\n\r" or " " <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd"
    )


def _byte_edit(data: bytes, draw: st.DrawFn) -> bytes:
    at = draw(st.integers(0, len(data)))
    op = draw(st.sampled_from(("insert", "delete", "truncate")))
    if op == "insert":
        return data[:at] + draw(st.sampled_from(XML_TOKENS)) + data[at:]
    if op == "delete":
        return data[:at] + data[at + draw(st.integers(1, 64)) :]
    return data[:at]


@st.composite
def _mutated_xml(draw: st.DrawFn) -> bytes:
    seed = draw(st.sampled_from(xml_seeds()))
    root = etree.fromstring(seed, etree.XMLParser(resolve_entities=False, no_network=True))
    for _ in range(draw(st.integers(0, 6))):
        _tree_edit(root, draw)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    for _ in range(draw(st.integers(0, 2))):
        data = _byte_edit(data, draw)
    return data


def xml_inputs() -> st.SearchStrategy[bytes]:
    """Bytes an XML reader may be handed: mostly tree-mutated real issues, some noise."""
    return st.one_of(
        _mutated_xml(),
        _mutated_xml(),
        _mutated_xml(),
        st.binary(max_size=300),
        st.builds(lambda t: t.encode("utf-8", "surrogatepass"), st.text(max_size=300)),
    )
