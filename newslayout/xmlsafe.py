"""Parsing XML we did not write, safely.

Every XML input (an issue file, a JATS file to validate) goes through :func:`parse_untrusted`:

* entity resolution, DTD loading and network access are off (no XXE, no fetching);
* a DOCTYPE that declares entities, general or parameter, is refused with
  :class:`~newslayout.errors.UnsafeInputError` before the parser sees it (a byte-level scan of
  the DOCTYPE), and again after parsing from the parsed DTD, for encodings the scan cannot read;
  so neither "billion laughs" nor an external entity is ever expanded;
* nesting depth, the size of any one text or attribute, and the file size are capped, with
  clear errors, so a hostile file cannot exhaust memory;
* malformed XML raises :class:`~newslayout.errors.XmlSyntaxError` carrying line and column.

A DOCTYPE without entity declarations (a JATS file's public identifier) is allowed and ignored.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from newslayout.errors import InputError, UnsafeInputError, XmlSyntaxError

#: Deepest element nesting accepted (the issue format needs about 15 plus nested sidebars).
MAX_DEPTH = 200
#: Longest text, tail or attribute value of one node, in characters.
MAX_TEXT_CHARS = 1_000_000
#: Largest file accepted, in bytes.
MAX_BYTES = 256 * 1024 * 1024

_DOCTYPE = re.compile(r"<!DOCTYPE\b")
_ENTITY_DECL = re.compile(r"<!ENTITY\s+(%\s*)?([^\s>]+)")
_LIBXML_POSITION = re.compile(r", line \d+, column \d+$")
_LIBXML_LIMITS = ("Excessive depth", "huge text", "amplification", "xmlSAX2Characters")


class UnsafeXmlError(UnsafeInputError):
    """An :class:`UnsafeInputError` that knows where in the file it was found.

    ``detail`` is the message without the ``file:line:`` prefix (for diagnostics, which carry
    the location separately).
    """

    def __init__(
        self, label: str, detail: str, *, line: int | None = None, hint: str | None = None
    ) -> None:
        super().__init__(f"{located(label, line)}{detail}", hint=hint)
        self.detail = detail
        self.line = line


def source_line(element: etree._Element) -> int | None:
    """The line an element starts on, when lxml knows it (typed for mypy: the stubs are vague)."""
    line: object = element.sourceline
    return line if isinstance(line, int) else None


def read_source(source: Path | bytes, *, name: str | None = None) -> bytes:
    """The bytes of ``source``; an unreadable file is an :class:`InputError`."""
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name or source}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{name or source}: is a folder, not a file") from None
        except OSError as exc:
            raise InputError(f"{name or source}: cannot read: {exc.strerror or exc}") from None
    return data


def _decodings(data: bytes) -> list[str]:
    """Readings of the prolog good enough to find a DOCTYPE (ASCII-compatible or UTF-16)."""
    head = data[: 1 << 20]
    texts = [head.decode("latin-1")]
    if b"\x00" in head[:4]:
        for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            texts.append(head.decode(codec, errors="ignore"))
    return texts


def declared_entities(data: bytes) -> list[str]:
    """Names of the entities a DOCTYPE in ``data`` declares (``%name`` for parameter ones)."""
    for text in _decodings(data):
        match = _DOCTYPE.search(text)
        if match is None:
            continue
        end = text.find("]>", match.end())
        subset = text[match.end() : end if end >= 0 else len(text)]
        return [("%" if m.group(1) else "") + m.group(2) for m in _ENTITY_DECL.finditer(subset)]
    return []


def _refuse_entities(names: list[str], label: str) -> None:
    shown = ", ".join(sorted(set(names))[:5])
    raise UnsafeXmlError(
        label,
        f"the DOCTYPE declares entities ({shown}); entity declarations are refused",
        hint="remove the DOCTYPE's internal subset; newslayout never expands entities",
    )


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        strip_cdata=True,
    )


def _check_limits(root: etree._Element, label: str) -> None:
    """Enforce :data:`MAX_DEPTH` and :data:`MAX_TEXT_CHARS` (iteratively: no recursion)."""
    stack: list[tuple[etree._Element, int]] = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise UnsafeXmlError(
                label, f"elements nested deeper than {MAX_DEPTH} levels", line=source_line(element)
            )
        for text in (element.text, element.tail, *element.attrib.values()):
            if text is not None and len(text) > MAX_TEXT_CHARS:
                raise UnsafeXmlError(
                    label,
                    f"a text of {len(text)} characters is longer than the {MAX_TEXT_CHARS} "
                    "accepted",
                    line=source_line(element),
                )
        if isinstance(element, etree._Entity):
            raise XmlSyntaxError(
                f"{label}: entity reference {element.text} cannot be resolved "
                "(DTDs are never loaded)",
                line=source_line(element) or 0,
                column=1,
            )
        stack.extend((child, depth + 1) for child in element)


def located(label: str, line: int | None, column: int | None = None) -> str:
    """The ``label:line:column: `` prefix every located exception message starts with."""
    where = (
        label
        if line is None
        else f"{label}:{line}"
        if column is None
        else f"{label}:{line}:{column}"
    )
    return f"{where}: "


def _end_tag_column(data: bytes, line: int, column: int) -> int:
    """libxml2 places a tag mismatch after the end tag; point at its ``</`` instead."""
    lines = data.split(b"\n")
    if not 0 < line <= len(lines):
        return column
    text = lines[line - 1].decode("utf-8", errors="replace")
    start = text.rfind("</", 0, max(column - 1, 0))
    return start + 1 if start >= 0 else column


def parse_untrusted(source: Path | bytes, *, name: str | None = None) -> etree._ElementTree:
    """Parse XML from a path or bytes with every unsafe feature off.

    ``name`` labels messages (default: the path, or ``<input>``). Raises
    :class:`InputError` for an unreadable file, :class:`UnsafeInputError` for entity
    declarations and exceeded limits, :class:`XmlSyntaxError` (with ``line``/``column``)
    for malformed XML. Comments and processing instructions are kept; CDATA becomes text.
    """
    label = name or (str(source) if isinstance(source, Path) else "<input>")
    data = read_source(source, name=label)
    if len(data) > MAX_BYTES:
        raise UnsafeXmlError(label, f"{len(data)} bytes is more than the {MAX_BYTES} accepted")
    entities = declared_entities(data)
    if entities:
        _refuse_entities(entities, label)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno or 0, 0)
        message = _LIBXML_POSITION.sub("", exc.msg or str(exc))
        if message.startswith("Opening and ending tag mismatch"):
            column = _end_tag_column(data, line, column)
        if any(marker in message for marker in _LIBXML_LIMITS):
            raise UnsafeXmlError(label, message, line=line) from None
        raise XmlSyntaxError(
            f"{located(label, line, column)}not well-formed XML: {message}",
            line=line,
            column=column,
        ) from None
    tree = root.getroottree()
    dtd = tree.docinfo.internalDTD
    if dtd is not None:
        names = [str(e.name) for e in dtd.iterentities()]  # type: ignore[union-attr]
        if names:
            _refuse_entities(names, label)
    _check_limits(root, label)
    return tree
