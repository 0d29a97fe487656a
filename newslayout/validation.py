"""Validating issue XML: safe parse, version, grammar, then what a grammar cannot check.

:func:`validate_xml` never raises for a problem inside the file: malformed XML, refused
entities, a wrong root, an unsupported ``schema-version``, grammar errors and cross-check
failures all come back as diagnostics located by line and column. Only a file that cannot be
read at all raises :class:`~newslayout.errors.InputError`.

The cross-checks (see ``docs/xml-format.md``) live in ``validation_checks.py``: unique ids,
resolving references, agreeing jump pairs, pages in range, consistent ``fpage``/``lpage``/
``page-range``, valid ISO dates, page ``seq`` 1..n, well-formed spans.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from lxml import etree

from newslayout.diagnostics import Code, Diagnostic, Location, Severity, define
from newslayout.errors import XmlSyntaxError
from newslayout.schema import ROOT, SUPPORTED_VERSIONS, XLINK, XML_NS, relaxng
from newslayout.validation_checks import cross_check
from newslayout.xmlsafe import UnsafeXmlError, located, parse_untrusted, read_source, source_line

XML_SYNTAX = define("xml-syntax", Severity.ERROR, "The file is not well-formed XML.")
UNSAFE_XML = define(
    "unsafe-xml",
    Severity.ERROR,
    "The XML declares entities or exceeds a size limit; it was refused unread.",
)
WRONG_ROOT = define("wrong-root", Severity.ERROR, "The root element is not <issue>.")
VERSION_CODE = define(
    "schema-version",
    Severity.ERROR,
    "The schema-version attribute is missing or names a version this release does not read.",
)
SCHEMA = define("schema", Severity.ERROR, "The XML does not follow the issue grammar (RELAX NG).")


class Locator:
    """Line and column of each element's start tag, found in the source text.

    lxml knows an element's line but not its column, so the start tags are searched for in
    the text in document order, from the element's line on; comments and CDATA that look like
    tags on the same line can fool it, in which case the column is that of the look-alike.
    The search runs on the first question only: a valid file (most files) never pays for it.
    """

    def __init__(self, data: bytes, tree: etree._ElementTree) -> None:
        self._data, self._tree = data, tree
        self._line_starts: list[int] = []
        self._where: dict[etree._Element, tuple[int, int]] | None = None

    def _index(self) -> dict[etree._Element, tuple[int, int]]:
        if self._where is None:
            self._where = self._search(self._data, self._tree)
        return self._where

    def _search(
        self, data: bytes, tree: etree._ElementTree
    ) -> dict[etree._Element, tuple[int, int]]:
        encoding = tree.docinfo.encoding or "utf-8"
        try:
            text = data.decode(encoding, errors="replace")
        except LookupError:
            text = data.decode("utf-8", errors="replace")
        text = text.removeprefix("\ufeff")
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        where: dict[etree._Element, tuple[int, int]] = {}
        cursor = 0
        for element in tree.getroot().iter(tag=etree.Element):
            line = source_line(element) or 1
            start = max(cursor, self._line_starts[min(line, len(self._line_starts)) - 1])
            qname = etree.QName(element).localname
            if element.prefix:
                qname = f"{element.prefix}:{qname}"
            match = re.compile(f"<{re.escape(qname)}(?=[\\s/>])").search(text, start)
            if match is None:
                where[element] = (line, 1)
                continue
            cursor = match.end()
            found_line = bisect_right(self._line_starts, match.start())
            where[element] = (
                found_line,
                match.start() - self._line_starts[found_line - 1] + 1,
            )
        return where

    def position(self, element: etree._Element) -> tuple[int, int]:
        """``(line, column)`` of the element's start tag (1-based)."""
        return self._index().get(element, (source_line(element) or 1, 1))

    def first_on_line(self, line: int) -> tuple[int, int]:
        """The position of the first element starting on ``line`` (column 1 if none)."""
        columns = [col for (ln, col) in self._index().values() if ln == line]
        return (line, min(columns)) if columns else (line, 1)


class Reporter:
    """Collects diagnostics for one file, locating elements through a :class:`Locator`."""

    def __init__(self, file: str | None, locator: Locator | None = None) -> None:
        self.file = file
        self.locator = locator
        self.items: list[Diagnostic] = []

    def at(
        self,
        code: Code,
        message: str,
        line: int | None = None,
        column: int | None = None,
        severity: Severity | None = None,
    ) -> None:
        self.items.append(
            Diagnostic(
                code=code.id,
                severity=severity or code.severity,
                message=message,
                location=Location(file=self.file, line=line, column=column),
            )
        )

    def on(
        self,
        code: Code,
        element: etree._Element,
        message: str,
        severity: Severity | None = None,
    ) -> None:
        """Report a problem at ``element``'s start tag."""
        if self.locator is not None:
            line, column = self.locator.position(element)
        else:
            line, column = source_line(element) or 1, 1
        self.at(code, message, line, column, severity)


def _check_root(tree: etree._ElementTree, report: Reporter) -> bool:
    root = tree.getroot()
    if root.tag != ROOT:
        report.on(
            WRONG_ROOT,
            root,
            f"the root element is <{etree.QName(root).localname}>"
            + (
                f" in namespace {etree.QName(root).namespace}"
                if etree.QName(root).namespace
                else ""
            )
            + f", not <{ROOT}>: this is not a newslayout issue file"
            + (
                "; to check a JATS article, validate it against the JATS DTD with "
                "validate(dtd=PATH)"
                if etree.QName(root).localname == "article"
                else ""
            ),
        )
        return False
    version = root.get("schema-version")
    if version is None:
        report.on(VERSION_CODE, root, "the <issue> element has no schema-version attribute")
        return False
    if version not in SUPPORTED_VERSIONS:
        supported = ", ".join(sorted(SUPPORTED_VERSIONS))
        report.on(
            VERSION_CODE,
            root,
            f"schema-version {version!r} is not supported; this release reads version {supported}",
        )
        return False
    return True


#: What a grammar error "Expecting an element , got nothing" means, by the element it is in.
_REQUIRED_CHILD = {
    "issue": "<issue-meta> and <pages>",
    "title-group": "<article-title> (the headline)",
    "article": "<front> and <body>",
    "front": "<article-meta>",
    "article-meta": "<title-group>",
    "sec": "<title> (the subhead)",
    "name": "<surname>",
    "disp-quote": "<p>",
    "list-item": "<p>",
    "caption": "<p> or <title>",
}
#: Required attributes, to name the one missing when libxml2 only says the element failed.
_REQUIRED_ATTRIBUTES = {
    "issue": ("schema-version",),
    "page": ("id", "seq"),
    "article": ("id", "article-type"),
    "fig": ("id",),
    "graphic": (f"{{{XLINK}}}href",),
    "related-article": ("related-article-type",),
    "contrib-group": ("content-type",),
    "contrib": ("contrib-type",),
    "list": ("list-type",),
}
_SUMMARY = re.compile(r"^Element \S+ failed to validate (attributes|content)$")


def _grammar_message(message: str, element: etree._Element | None) -> str:
    """libxml2's message, made specific where it is vague (it never names a missing child)."""
    if element is None:
        return message
    tag = etree.QName(element).localname
    missing = [a for a in _REQUIRED_ATTRIBUTES.get(tag, ()) if element.get(a) is None]
    if missing and ("got nothing" in message or "failed to validate attributes" in message):
        name = missing[0].replace(f"{{{XML_NS}}}", "xml:").replace(f"{{{XLINK}}}", "xlink:")
        return f"<{tag}> lacks the required attribute {name}"
    if message.startswith("Expecting an element , got nothing"):
        wanted = _REQUIRED_CHILD.get(tag, "a required child element")
        return f"<{tag}> lacks {wanted}"
    if tag not in message:
        return f"<{tag}>: {message}"
    return message


_BAD_ATTRIBUTE = re.compile(r"^Invalid attribute (\S+) for element \S+$")
_BAD_VALUE = re.compile(r"^Type (\S+) doesn't allow value '(.*)'$", re.DOTALL)
_MISSING_CHILD = re.compile(r"^Expecting an element .*got nothing$")


def _attribute_message(element: etree._Element, messages: list[str]) -> str | None:
    """One message for a bad attribute value, which libxml2 reports two or three ways.

    libxml2 says the value's type is wrong, then that the attribute is invalid, then (its
    content model having failed with the attribute) that a child element is missing. The last
    is not true and the first two are one cause.
    """
    names = [m.group(1) for m in map(_BAD_ATTRIBUTE.match, messages) if m]
    values = [m for m in map(_BAD_VALUE.match, messages) if m]
    if not names and not values:
        return None
    tag = etree.QName(element).localname
    if values:
        kind, value = values[0].group(1), values[0].group(2)
        holders = [str(a) for a, v in element.attrib.items() if v == value]
        attribute = next(
            (n for n in names if n in holders), holders[0] if holders else (names or ["?"])[0]
        )
        wanted = {"integer": "a whole number", "decimal": "a number"}.get(kind, f"a valid {kind}")
        return f"<{tag}> attribute {attribute}={value!r} is not {wanted}"
    if len(names) == 1 and names[0] in element.attrib:
        return f"<{tag}> attribute {names[0]}={element.get(names[0])!r} is not allowed here"
    return None


def _check_grammar(tree: etree._ElementTree, report: Reporter) -> bool:
    grammar = relaxng()
    if grammar.validate(tree):
        return True
    entries = list(grammar.error_log)
    specific = [e for e in entries if not _SUMMARY.match(e.message)]
    located: list[tuple[int, int, etree._Element | None, str]] = []
    for entry in specific or entries:
        line, column = entry.line or 1, 1
        found = tree.xpath(entry.path) if entry.path else []
        element = None
        if isinstance(found, list) and found and isinstance(found[0], etree._Element):
            element = found[0]
            if report.locator is not None:
                line, column = report.locator.position(element)
        elif report.locator is not None:
            line, column = report.locator.first_on_line(line)
        located.append((line, column, element, entry.message))
    by_element: dict[etree._Element, list[str]] = {}
    for _, _, element, message in located:
        if element is not None:
            by_element.setdefault(element, []).append(message)
    merged = {
        element: text
        for element, messages in by_element.items()
        if (text := _attribute_message(element, messages)) is not None
    }
    seen: set[tuple[int, int, str]] = set()
    for line, column, element, raw in located:
        if element is not None and element in merged:
            message = merged[element]
            if _MISSING_CHILD.match(raw):
                continue
        else:
            message = _grammar_message(raw, element)
        key = (line, column, message)
        if key not in seen:
            seen.add(key)
            report.at(SCHEMA, message, line, column)
    return False


#: What version 2 added, as (XPath, what to say); a version 1 file must have none of it.
_VERSION_2_ONLY = (
    ("//teaser[@page-label]", "<teaser> page-label"),
    ("//article[@boxed or @sidebar-of]", "<article> boxed or sidebar-of"),
    ("//title-group[count(subtitle) > 1]", "a second deck (<subtitle>)"),
    (
        "//related-article[@from-label or @to-label or not(@from-page) or not(@to-page)]",
        "<related-article> page labels",
    ),
)


def _check_version_1(tree: etree._ElementTree, report: Reporter) -> None:
    """A file that says version 1 uses nothing version 2 added (one grammar reads both, but
    a release that reads only version 1 would reject it)."""
    if tree.getroot().get("schema-version") != "1":
        return
    for path, what in _VERSION_2_ONLY:
        found = tree.xpath(path)
        if isinstance(found, list) and found and isinstance(found[0], etree._Element):
            report.on(SCHEMA, found[0], f"{what} needs schema-version 2; this file says 1")


def check_tree(
    tree: etree._ElementTree, data: bytes | Path, *, file: str | None = None
) -> list[Diagnostic]:
    """Every problem of a parsed issue file: root and version, grammar, cross-checks.

    ``data`` is the file's bytes (or path), used to find the columns of elements. The grammar
    and cross-checks run only when root and version are right; cross-checks run even when the
    grammar fails (they are written not to assume a valid structure).
    """
    raw = data if isinstance(data, bytes) else read_source(data, name=file)
    report = Reporter(file, Locator(raw, tree))
    if _check_root(tree, report):
        if _check_grammar(tree, report):
            _check_version_1(tree, report)
        cross_check(tree.getroot(), report)
    return report.items


def validate_xml(source: Path | str | bytes) -> list[Diagnostic]:
    """Validate an issue file (a path, or the bytes of one); every problem inside it is a
    diagnostic located at ``path:line:column`` (``<input>`` for bytes).

    Raises :class:`~newslayout.errors.InputError` only when the file cannot be read.
    """
    if isinstance(source, str):
        source = Path(source)
    file = str(source) if isinstance(source, Path) else None
    data = read_source(source, name=file)
    label = file or "<input>"
    report = Reporter(file)
    try:
        tree = parse_untrusted(data, name=label)
    except XmlSyntaxError as exc:
        prefix = located(label, exc.line, exc.column)
        message = exc.message.removeprefix(prefix)
        report.at(XML_SYNTAX, message, exc.line or 1, exc.column or 1)
        return report.items
    except UnsafeXmlError as exc:
        line = exc.line or 1
        report.at(UNSAFE_XML, exc.detail, line, 1)
        return report.items
    return check_tree(tree, data, file=file)
