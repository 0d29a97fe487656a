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


def readable() -> tuple[Format, ...]:
    """The formats newslayout reads."""
    return tuple(f for f in FORMATS if f.reader)


def writable() -> tuple[Format, ...]:
    """The formats newslayout writes."""
    return tuple(f for f in FORMATS if f.writer)


def _names(formats: tuple[Format, ...]) -> str:
    return ", ".join(f.name for f in formats)


def _by_suffix(suffix: str) -> Format | None:
    return next((f for f in FORMATS if suffix and suffix in f.suffixes), None)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(1024)
    except OSError:
        return b""


def input_format(path: Path | None, explicit: str | None, head: bytes, *, parameter: str) -> Format:
    """The format to read: ``explicit``, else the suffix of ``path``, else the content.

    ``head`` is the first bytes of the input. A suffix of a format newslayout only writes
    (``.json``) is refused rather than misread as text, and a text suffix on a file that is
    plainly a PDF or XML is refused rather than read as gibberish. ``parameter`` is how the
    caller's API names the explicit format, for the advice.
    """
    where = f"{path}: " if path is not None else ""
    if explicit:
        fmt = get_format(explicit)
        if fmt.reader is None:
            raise UnsupportedFormatError(
                f"newslayout cannot read {fmt.name} ({fmt.description})",
                hint=f"read one of: {_names(readable())}",
            )
        return fmt
    content = sniff(head)
    suffix = path.suffix.lower() if path is not None else ""
    known = _by_suffix(suffix)
    if known is not None and known.reader is None:
        raise UnsupportedFormatError(
            f"{where}newslayout cannot read {known.name} files ({known.description})",
            hint=f"give a PDF, a text extraction or an issue XML ({_suffix_list(readable())})",
        )
    if known is not None and known.name == "text" and content is not None:
        shown = {"pdf": "a PDF (it starts with %PDF)", "xml": "XML (it starts with <?xml)"}
        raise UnsupportedFormatError(
            f"{where}the suffix {suffix} says text, but the file is {shown[content]}",
            hint=f"rename it with the right suffix, or name the format with {parameter}{content}",
            parameters=(parameter,),
        )
    return known or get_format(content or "text")


def _suffix_list(formats: tuple[Format, ...]) -> str:
    return ", ".join(s for f in formats for s in f.suffixes)


def output_format(path: Path, explicit: str | None, *, parameter: str) -> Format:
    """The format to write to ``path``: ``explicit``, else its suffix.

    A suffix that contradicts an explicit format is refused (``out.png`` for PDF output, a
    ``.xml`` name for a folder of JATS files): the file would otherwise lie about its content.
    ``-`` (standard output) has no suffix to check.
    """
    suffix = path.suffix.lower() if path.name != "-" else ""
    if explicit:
        fmt = get_format(explicit)
        if fmt.writer is None:
            raise UnsupportedFormatError(
                f"newslayout cannot write {fmt.name} ({fmt.description})",
                hint=f"write one of: {_names(writable())}",
            )
        if fmt.multi_file and _by_suffix(suffix) is not None:
            raise UnsupportedFormatError(
                f"{path}: {fmt.name} output is a folder of files, but {path.name} names a file",
                hint=f"name a folder without a suffix, e.g. {path.with_suffix('')}",
            )
        if not fmt.multi_file and suffix and suffix not in fmt.suffixes:
            raise UnsupportedFormatError(
                f"{path}: the suffix {suffix} does not fit {fmt.name} output",
                hint=f"name the file {path.with_suffix(fmt.suffixes[0]).name}",
            )
        return fmt
    known = _by_suffix(suffix)
    if known is not None and known.writer is not None:
        return known
    if known is not None:
        raise UnsupportedFormatError(
            f"{path}: newslayout cannot write {known.name} files ({known.description})",
            hint=f"choose a suffix it writes ({_suffix_list(writable())}), "
            f"or a folder with {parameter}jats",
            parameters=(parameter,),
        )
    raise UnsupportedFormatError(
        f"{path}: cannot tell the format from the suffix {suffix or '(none)'!r}",
        hint=f"use a suffix ({_suffix_list(writable())}) or name the format with {parameter}FMT "
        f"(one of: {_names(writable())})",
        parameters=(parameter,),
    )


def format_for_path(path: Path, explicit: str | None, *, reading: bool) -> Format:
    """The format for ``path``: the explicit one, else by suffix, else (reading) by content."""
    if reading:
        head = _head(path) if path.is_file() else b""
        return input_format(path, explicit, head, parameter="format=")
    return output_format(path, explicit, parameter="format=")


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
        raise UnsupportedFormatError(
            f"newslayout cannot read {fmt.name} ({fmt.description})",
            hint=f"read one of: {_names(readable())}",
        )
    return cast(Reader, _load(fmt.reader, "reading", fmt))


def writer_for(fmt: Format) -> Writer:
    """The writer function of a format, or a clear error when it has none."""
    if fmt.writer is None:
        raise UnsupportedFormatError(
            f"newslayout cannot write {fmt.name} ({fmt.description})",
            hint=f"write one of: {_names(writable())}",
        )
    return cast(Writer, _load(fmt.writer, "writing", fmt))


def run_reader(fmt: Format, source: Path | bytes, options: ReadOptions, log: Log) -> Issue:
    """Call a format's reader with the common signature."""
    return reader_for(fmt)(source, options=options, log=log)


def run_writer(
    fmt: Format, issue: Issue, options: WriteOptions, log: Log
) -> bytes | Mapping[str, bytes]:
    """Call a format's writer with the common signature."""
    return writer_for(fmt)(issue, options=options, log=log)
