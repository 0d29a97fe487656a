"""Validating any XML file against a DTD the user names (``newslayout validate --dtd``).

The DTD is trusted: the user chose it, and lxml loads its modules (``.ent``, ``.mod``) from
the folder beside it, so the official JATS DTDs work offline as distributed. The document is
not trusted: it is parsed by :func:`newslayout.xmlsafe.parse_untrusted` (no entity expansion,
no DTD loading, no network), and only then checked against the loaded DTD. The DOCTYPE the
document itself declares is ignored; the DTD you name is the one that counts.

Validity errors come back as :class:`~newslayout.diagnostics.Diagnostic` with the code
``dtd-invalid``, located ``FILE:LINE:COLUMN`` like our own validator's. libxml2 reports the
line of a validity error but not its column, so the column is left unknown (rendered as 1).
A DTD that cannot be read or parsed is an :class:`~newslayout.errors.InputError`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from lxml import etree

from newslayout.diagnostics import Diagnostic, Location
from newslayout.errors import InputError
from newslayout.writers.jats.codes import DTD_INVALID
from newslayout.xmlsafe import parse_untrusted


@dataclass(frozen=True, slots=True)
class _Entry:
    """One libxml2 log entry, typed (lxml-stubs leave ``error_log`` opaque)."""

    file: str
    line: int
    column: int
    message: str


def _entries(error_log: object) -> list[_Entry]:
    return [
        _Entry(str(e.filename or ""), int(e.line or 0), int(e.column or 0), str(e.message))
        for e in cast(Iterable[Any], error_log)
        if e.level_name in ("ERROR", "FATAL")
    ]


@lru_cache(maxsize=8)
def _load(path: str, mtime_ns: int, size: int) -> etree.DTD:
    """Parse a DTD once per (path, modification time, size): a batch validates fast."""
    del mtime_ns, size  # part of the cache key only
    try:
        return etree.DTD(path)
    except etree.DTDParseError as exc:
        entries = _entries(exc.error_log) if exc.error_log else []
        first = entries[0] if entries else None
        where = f"{first.file or path}:{first.line}: " if first else ""
        detail = first.message if first else str(exc)
        raise InputError(
            f"{path}: not a usable DTD: {where}{detail}",
            hint="name the main .dtd file of the tag set, with its modules beside it",
        ) from None


def load_dtd(path: Path) -> etree.DTD:
    """The DTD at ``path`` (cached); an :class:`InputError` when it cannot be used."""
    if not path.exists():
        raise InputError(f"{path}: no such DTD file", hint="give the path of a .dtd file")
    if path.is_dir():
        raise InputError(
            f"{path}: is a folder, not a DTD file",
            hint="name the main .dtd file inside it, e.g. JATS-archivearticle1.dtd",
        )
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: permission denied")
    stat = path.stat()
    return _load(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def validate_with_dtd(source: Path | bytes, dtd: Path) -> list[Diagnostic]:
    """Validate ``source`` against the DTD at ``dtd``; one diagnostic per validity error.

    The file is valid when the list is empty. Raises :class:`InputError` for an unusable DTD
    or an unreadable document, :class:`~newslayout.errors.XmlSyntaxError` for malformed XML
    and :class:`~newslayout.errors.UnsafeInputError` for entity declarations in the document.
    """
    grammar = load_dtd(dtd)
    name = str(source) if isinstance(source, Path) else "<bytes>"
    tree = parse_untrusted(source, name=name)
    if grammar.validate(tree):
        return []
    return [
        Diagnostic(
            code=DTD_INVALID.id,
            severity=DTD_INVALID.severity,
            message=entry.message,
            location=Location(file=name, line=entry.line or None, column=entry.column or None),
        )
        for entry in _entries(grammar.error_log)
    ]
