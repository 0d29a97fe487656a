"""The public API: ``read``, ``write``, ``convert``, ``validate``.

Thin layers over the format table; they return diagnostics as data and raise
:class:`~newslayout.errors.NewslayoutError` subclasses only when they cannot continue. Every
such error names the file concerned and says what to do; its text speaks of these functions'
parameters (``to_format=``, ``WriteOptions.issn``), never of command-line flags.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

from newslayout.diagnostics import Diagnostic, Log
from newslayout.errors import InputError, NewslayoutError, OutputError, UsageError
from newslayout.formats import Format, input_format, output_format, run_reader, run_writer
from newslayout.model import Issue, IssueMeta
from newslayout.options import ReadOptions, WriteOptions
from newslayout.outputs import (
    atomic_write,
    atomic_write_many,
    check_image_folder,
    check_output_path,
    refuse_existing,
    with_image_folder,
)
from newslayout.validation_result import ValidationResult
from newslayout.validation_write import check_xml_output, prepare

PathLike = str | os.PathLike[str]


def _input_path(source: PathLike) -> Path:
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file", hint="check the path and the file name")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file", hint="name an issue file inside it")
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: permission denied", hint="make the file readable")
    return path


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(1024)


def _read(
    source: PathLike | bytes, fmt_name: str | None, options: ReadOptions, parameter: str
) -> tuple[Issue, list[Diagnostic]]:
    if isinstance(source, bytes):
        name = options.source_name or "<bytes>"
        fmt = input_format(None, fmt_name, source[:1024], parameter=parameter)
        data: Path | bytes = source
    else:
        path = _input_path(source)
        name = options.source_name or str(path)
        fmt = input_format(path, fmt_name, _head(path), parameter=parameter)
        data = path
    log = Log(file=name)
    try:
        issue = run_reader(fmt, data, options, log)
    except NewslayoutError as exc:
        exc.path = exc.path or name  # readers say what is wrong; the file is named here
        raise
    return issue, log.items


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
    return _read(source, format, options or ReadOptions(), "format=")


def _asset_files(issue: Issue) -> dict[str, bytes]:
    return {asset.href: asset.data for asset in issue.assets}


def _check_folder_output(path: Path, fmt: Format, inputs: tuple[Path, ...]) -> None:
    if path.exists() and not path.is_dir():
        raise OutputError(
            f"{path}: exists and is not a folder (the {fmt.name} output is one)",
            hint="name a folder (it is created if missing)",
        )
    if not path.parent.is_dir():
        raise OutputError(
            f"{path}: the folder {path.parent} does not exist", hint="create it first"
        )
    if path.exists() and any(p.resolve().parent == path.resolve() for p in inputs):
        raise OutputError(f"{path}: the output folder holds the input", hint="choose another")


def _encode(
    issue: Issue, fmt: Format, options: WriteOptions, log: Log, label: str
) -> bytes | Mapping[str, bytes]:
    issue = prepare(issue, log)
    try:
        out = run_writer(fmt, issue, options, log)
    except NewslayoutError as exc:
        exc.path = exc.path or label  # writers say what is wrong; the output is named here
        raise
    if fmt.name == "xml" and isinstance(out, bytes):
        check_xml_output(out, label)
    return out


def _check_options_early(fmt: Format, options: WriteOptions, label: str) -> None:
    """Refuse JATS options that cannot work before a (possibly long) read, not after it.

    The writer's own checks run on a stand-in issue with a title, so the messages are the
    writer's; what depends on the issue itself is checked when it is written.
    """
    if fmt.name != "jats":
        return
    from newslayout.writers.jats.journal import resolve_journal
    from newslayout.writers.jats.tagsets import resolve_tag_set

    try:
        stand_in = Issue(meta=IssueMeta(publication="stand-in"))
        resolve_journal(stand_in, options, resolve_tag_set(options.tag_set), Log())
    except NewslayoutError as exc:
        exc.path = exc.path or label
        raise


def write(
    issue: Issue,
    target: PathLike | BinaryIO,
    *,
    format: str | None = None,
    options: WriteOptions | None = None,
    inputs: tuple[PathLike, ...] = (),
    overwrite: bool = True,
) -> list[Diagnostic]:
    """Write an issue to ``target`` atomically; multi-file formats write into a folder.

    ``target`` is a path, or a binary stream (then ``format`` is required, the format must be
    one file, and only that file is written: no images). Images the issue carries
    (``issue.assets``) are written beside an XML file, and into the folder of a JATS export, at
    their relative ``href``. ``inputs`` are paths that must never be overwritten (``convert``
    passes its source). With ``overwrite=False`` nothing is written if any output file exists.
    """
    options = options or WriteOptions()
    if not isinstance(target, str | os.PathLike):
        return _write_stream(issue, target, format, options)
    path = Path(target)
    fmt = output_format(path, format, parameter="format=")
    return _write_path(issue, path, fmt, options, tuple(Path(p) for p in inputs), overwrite)


def _write_stream(
    issue: Issue, stream: BinaryIO, format: str | None, options: WriteOptions
) -> list[Diagnostic]:
    name = getattr(stream, "name", None)
    label = name if isinstance(name, str) else "<stream>"
    if format is None:
        raise UsageError(
            f"{label}: a stream has no suffix to tell the format by",
            hint="name the format with format=FMT",
            parameters=("format=",),
        )
    fmt = output_format(Path("-"), format, parameter="format=")
    log = Log(file=label)
    out = _encode(issue, fmt, options, log, label)
    if not isinstance(out, bytes):
        raise UsageError(
            f"{label}: {fmt.name} output is a folder of files and cannot go to a stream",
            hint="write it to a folder path",
        )
    stream.write(out)
    stream.flush()
    return log.items


def _write_path(
    issue: Issue,
    path: Path,
    fmt: Format,
    options: WriteOptions,
    inputs: tuple[Path, ...],
    overwrite: bool,
) -> list[Diagnostic]:
    log = Log(file=str(path))
    if fmt.multi_file:
        _check_folder_output(path, fmt, inputs)
    else:
        check_output_path(path, inputs, overwrite=overwrite)
    if fmt.name == "xml" and issue.assets:
        # Images go to OUT-images/ beside OUT.xml, named after the output (never shared).
        issue = with_image_folder(issue, path)
        check_image_folder(path, _asset_files(issue), inputs)
    out = _encode(issue, fmt, options, log, str(path))
    if isinstance(out, Mapping):
        files = dict(_asset_files(issue))
        files.update(out)
        atomic_write_many(path, files, overwrite=overwrite)
    else:
        if fmt.name == "xml" and issue.assets:
            if not overwrite:
                refuse_existing([path])  # before any image is written
            atomic_write_many(path.parent, _asset_files(issue), overwrite=overwrite)
        atomic_write(path, out, overwrite=overwrite)
    return log.items


def convert(
    source: PathLike | bytes,
    target: PathLike | BinaryIO,
    *,
    from_format: str | None = None,
    to_format: str | None = None,
    read_options: ReadOptions | None = None,
    write_options: WriteOptions | None = None,
    overwrite: bool = True,
    before_write: Callable[[Issue], None] | None = None,
) -> list[Diagnostic]:
    """Read ``source`` and write it to ``target``; returns the diagnostics of both steps.

    ``source`` is a path or the bytes of a file; ``target`` a path or a binary stream (see
    :func:`write`). The output is checked before the (possibly long) read: a wrong suffix, a
    missing folder, the input itself or (``overwrite=False``) an existing file fail at once.
    ``before_write``, if given, is called with the issue between reading and writing (the
    CLI shows progress with it).
    """
    src = source if isinstance(source, bytes) else _input_path(source)
    inputs = () if isinstance(src, bytes) else (src,)
    wopts = write_options or WriteOptions()
    if wopts.base_dir is None and isinstance(src, Path):
        # replace, not a copy by hand: a copy dropped every field added later (pagination)
        wopts = dataclasses.replace(wopts, base_dir=src.parent)
    if not isinstance(target, str | os.PathLike):
        if to_format is None:
            raise UsageError(
                "a stream has no suffix to tell the format by",
                hint="name the format with to_format=FMT",
                parameters=("to_format=",),
            )
        fmt = output_format(Path("-"), to_format, parameter="to_format=")
        issue, diagnostics = _read(src, from_format, read_options or ReadOptions(), "from_format=")
        if before_write is not None:
            before_write(issue)
        return diagnostics + _write_stream(issue, target, fmt.name, wopts)
    dst = Path(target)
    fmt = output_format(dst, to_format, parameter="to_format=")
    if fmt.multi_file:
        _check_folder_output(dst, fmt, inputs)
    else:
        check_output_path(dst, inputs, overwrite=overwrite)  # fail before a long read
    _check_options_early(fmt, wopts, str(dst))
    issue, diagnostics = _read(src, from_format, read_options or ReadOptions(), "from_format=")
    if before_write is not None:
        before_write(issue)
    return diagnostics + _write_path(issue, dst, fmt, wopts, inputs, overwrite)


def validate(source: PathLike | bytes, *, dtd: PathLike | None = None) -> ValidationResult:
    """Validate issue XML (schema, then cross-checks), or any XML against a DTD you name.

    Returns a :class:`~newslayout.validation_result.ValidationResult`: the list of every
    problem, located by line and column, with ``.ok`` (no errors; warnings allowed),
    ``.errors`` and ``.warnings``. Unreadable input raises an :class:`InputError`.
    """
    data: Path | bytes = source if isinstance(source, bytes) else _input_path(source)
    if dtd is not None:
        from newslayout.dtd import validate_with_dtd

        return ValidationResult(validate_with_dtd(data, Path(dtd)))
    from newslayout.validation import validate_xml

    return ValidationResult(validate_xml(data))
