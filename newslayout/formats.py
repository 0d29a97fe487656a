"""The one table of formats: name, file suffixes, and where the reader and writer live.

Readers and writers are imported lazily by dotted path, so that importing ``newslayout`` pulls
in neither pdfplumber nor ReportLab, and a format whose module is absent answers with a clear
"not available" error.

Reader signature: ``read_x(source: Path | bytes, *, options: ReadOptions, log: Log) -> Issue``.
Writer signature: ``write_x(issue, *, options: WriteOptions, log: Log) -> bytes``, or for a
multi-file format ``-> dict[str, bytes]`` (relative file name -> content).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, cast

from newslayout.diagnostics import Log
from newslayout.errors import UnsupportedFormatError
from newslayout.model import Issue
from newslayout.options import ReadOptions, WriteOptions


class Reader(Protocol):
    """A format's reader: ``read_x(source, *, options, log) -> Issue``."""

    def __call__(self, source: Path | bytes, /, *, options: ReadOptions, log: Log) -> Issue: ...


class Writer(Protocol):
    """A format's writer: the file's bytes, or for a multi-file format a mapping of relative
    file names to contents."""

    def __call__(
        self, issue: Issue, /, *, options: WriteOptions, log: Log
    ) -> bytes | Mapping[str, bytes]: ...


@dataclass(frozen=True, slots=True)
class Format:
    """One file format newslayout knows."""

    name: str
    description: str
    suffixes: tuple[str, ...]
    reader: str | None = None
    writer: str | None = None
    multi_file: bool = False


FORMATS: tuple[Format, ...] = (
    Format(
        "xml",
        "newslayout issue XML (JATS-like)",
        (".xml",),
        reader="newslayout.readers.issue_xml:read_xml",
        writer="newslayout.writers.issue_xml:write_xml",
    ),
    Format(
        "pdf",
        "newspaper PDF (born-digital in, print-style out)",
        (".pdf",),
        reader="newslayout.readers.pdf:read_pdf",
        writer="newslayout.writers.pdf:write_pdf",
    ),
    Format(
        "text",
        "plain-text extraction of an issue",
        (".txt", ".text"),
        reader="newslayout.readers.text:read_text",
    ),
    Format(
        "jats",
        "one strict JATS article file per article, in a folder",
        (),
        writer="newslayout.writers.jats:write_jats",
        multi_file=True,
    ),
    Format("json", "the inspect JSON outline", (".json",), writer="newslayout.inspect:write_json"),
)

_BY_NAME = {f.name: f for f in FORMATS}
_ALIASES = {"txt": "text", "jats-xml": "jats"}


def get_format(name: str) -> Format:
    """The format called ``name`` (case-insensitive), or a usage error listing the names."""
    key = _ALIASES.get(name.lower(), name.lower())
    try:
        return _BY_NAME[key]
    except KeyError:
        names = ", ".join(f.name for f in FORMATS)
        raise UnsupportedFormatError(
            f"unknown format {name!r}", hint=f"use one of: {names}"
        ) from None


def sniff(head: bytes) -> str | None:
    """Guess a format from the first bytes of a file, when its suffix says nothing."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF"):
        return "pdf"
    if stripped.startswith((b"<?xml", b"<issue")):
        return "xml"
    return None


def format_for_path(path: Path, explicit: str | None, *, reading: bool) -> Format:
    """The format for ``path``: the explicit one, else by suffix, else (reading) by content."""
    if explicit:
        return get_format(explicit)
    suffix = path.suffix.lower()
    for fmt in FORMATS:
        if suffix in fmt.suffixes and (fmt.reader if reading else fmt.writer):
            return fmt
    if reading and path.is_file():
        with path.open("rb") as handle:
            guessed = sniff(handle.read(1024))
        return get_format(guessed or "text")
    role = "--from" if reading else "--to"
    raise UnsupportedFormatError(
        f"{path}: cannot tell the format from the suffix {suffix or '(none)'!r}",
        hint=f"name it with {role} ({', '.join(f.name for f in FORMATS)})",
    )


def _load(target: str, what: str, fmt: Format) -> Callable[..., object]:
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise UnsupportedFormatError(
                f"{what} {fmt.name} is not available in this version of newslayout"
            ) from None
        raise
    return cast(Callable[..., object], getattr(module, attr))


def reader_for(fmt: Format) -> Reader:
    """The reader function of a format, or a clear error when it has none."""
    if fmt.reader is None:
        raise UnsupportedFormatError(f"newslayout cannot read {fmt.name} ({fmt.description})")
    return cast(Reader, _load(fmt.reader, "reading", fmt))


def writer_for(fmt: Format) -> Writer:
    """The writer function of a format, or a clear error when it has none."""
    if fmt.writer is None:
        raise UnsupportedFormatError(f"newslayout cannot write {fmt.name} ({fmt.description})")
    return cast(Writer, _load(fmt.writer, "writing", fmt))


def run_reader(fmt: Format, source: Path | bytes, options: ReadOptions, log: Log) -> Issue:
    """Call a format's reader with the common signature."""
    return reader_for(fmt)(source, options=options, log=log)


def run_writer(
    fmt: Format, issue: Issue, options: WriteOptions, log: Log
) -> bytes | Mapping[str, bytes]:
    """Call a format's writer with the common signature."""
    return writer_for(fmt)(issue, options=options, log=log)
