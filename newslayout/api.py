"""The public API: ``read``, ``write``, ``convert``, ``validate``.

Thin layers over the format table; they return diagnostics as data and raise
:class:`~newslayout.errors.NewslayoutError` subclasses only when they cannot continue.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from newslayout.diagnostics import Diagnostic, Log
from newslayout.errors import InputError, OutputError
from newslayout.formats import format_for_path, get_format, run_reader, run_writer, sniff
from newslayout.model import Issue
from newslayout.options import ReadOptions, WriteOptions
from newslayout.outputs import (
    atomic_write,
    atomic_write_many,
    check_image_folder,
    check_output_path,
    with_image_folder,
)

PathLike = str | os.PathLike[str]


def _input_path(source: PathLike) -> Path:
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: permission denied")
    return path


def read(
    source: PathLike | bytes,
    *,
    format: str | None = None,
    options: ReadOptions | None = None,
) -> tuple[Issue, list[Diagnostic]]:
    """Read an issue from a file path (or raw bytes) into the model.

    The format comes from ``format`` ("pdf", "text", "xml"), else the file suffix, else the
    content. Returns the issue and the diagnostics of everything guessed or skipped.
    """
    options = options or ReadOptions()
    if isinstance(source, bytes):
        fmt = get_format(format or sniff(source[:1024]) or "text")
        log = Log(file=options.source_name or "<bytes>")
        return run_reader(fmt, source, options, log), log.items
    path = _input_path(source)
    fmt = format_for_path(path, format, reading=True)
    log = Log(file=options.source_name or str(path))
    issue = run_reader(fmt, path, options, log)
    return issue, log.items


def _asset_files(issue: Issue) -> dict[str, bytes]:
    return {asset.href: asset.data for asset in issue.assets}


def write(
    issue: Issue,
    target: PathLike,
    *,
    format: str | None = None,
    options: WriteOptions | None = None,
    inputs: tuple[PathLike, ...] = (),
) -> list[Diagnostic]:
    """Write an issue to ``target`` atomically; multi-file formats write into a folder.

    Images the issue carries (``issue.assets``) are written beside an XML file, and into the
    folder of a JATS export, at their relative ``href``. ``inputs`` are paths that must never
    be overwritten (``convert`` passes its source).
    """
    path = Path(target)
    fmt = format_for_path(path, format, reading=False)
    log = Log(file=str(path))
    input_paths = tuple(Path(p) for p in inputs)
    if fmt.multi_file:
        if path.exists() and not path.is_dir():
            raise OutputError(f"{path}: exists and is not a folder (the {fmt.name} output is one)")
        if not path.parent.is_dir():
            raise OutputError(f"{path}: the folder {path.parent} does not exist")
        if any(p.resolve().parent == path.resolve() for p in input_paths if path.exists()):
            raise OutputError(f"{path}: the output folder holds the input; choose another")
    else:
        check_output_path(path, input_paths)
    if fmt.name == "xml" and issue.assets:
        # Images go to OUT-images/ beside OUT.xml, named after the output (never shared).
        issue = with_image_folder(issue, path)
        check_image_folder(path, _asset_files(issue), input_paths)
    out = run_writer(fmt, issue, options or WriteOptions(), log)
    if isinstance(out, Mapping):
        files = dict(_asset_files(issue))
        files.update(out)
        atomic_write_many(path, files)
    else:
        if fmt.name == "xml" and issue.assets:
            atomic_write_many(path.parent, _asset_files(issue))
        atomic_write(path, out)
    return log.items


def convert(
    source: PathLike,
    target: PathLike,
    *,
    from_format: str | None = None,
    to_format: str | None = None,
    read_options: ReadOptions | None = None,
    write_options: WriteOptions | None = None,
) -> list[Diagnostic]:
    """Read ``source`` and write it to ``target``; returns the diagnostics of both steps."""
    src = _input_path(source)
    dst = Path(target)
    fmt = format_for_path(dst, to_format, reading=False)
    if not fmt.multi_file:
        check_output_path(dst, (src,))  # fail before a long read, not after it
    issue, diagnostics = read(src, format=from_format, options=read_options)
    wopts = write_options or WriteOptions()
    if wopts.base_dir is None:
        wopts = WriteOptions(
            style=wopts.style,
            tag_set=wopts.tag_set,
            issn=wopts.issn,
            publisher=wopts.publisher,
            journal_id=wopts.journal_id,
            base_dir=src.parent,
        )
    diagnostics += write(issue, dst, format=fmt.name, options=wopts, inputs=(src,))
    return diagnostics


def validate(source: PathLike | bytes, *, dtd: PathLike | None = None) -> list[Diagnostic]:
    """Validate issue XML (schema, then cross-checks), or any XML against a DTD you name.

    Problems are returned as diagnostics located by line and column; the XML is valid when none
    has severity ``error``. Unreadable input raises an :class:`InputError`.
    """
    data: Path | bytes = source if isinstance(source, bytes) else _input_path(source)
    if dtd is not None:
        from newslayout.dtd import validate_with_dtd

        return validate_with_dtd(data, Path(dtd))
    from newslayout.validation import validate_xml

    return validate_xml(data)
