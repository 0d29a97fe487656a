"""Writing outputs safely: temporary file in the target folder, then an atomic rename.

An interrupted or failed run therefore leaves either the previous file or nothing, never a
partial file, and an input is never overwritten.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from newslayout.errors import OutputError


def same_file(a: Path, b: Path) -> bool:
    """True when both paths name the same file (through links, case, ``..``)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


class ExistsError(OutputError):
    """The output exists and overwriting was not allowed (``overwrite=False``)."""

    default_hint = "remove it, choose another output path, or pass overwrite=True"


def refuse_existing(paths: Iterable[Path]) -> None:
    """Raise :class:`ExistsError` for the first of ``paths`` that exists."""
    for path in paths:
        if path.exists() or path.is_symlink():
            raise ExistsError(f"{path}: exists, and overwriting was not allowed")


def check_output_path(output: Path, inputs: Iterable[Path] = (), *, overwrite: bool = True) -> None:
    """Refuse an output that would overwrite an input or that has no folder to go in."""
    for source in inputs:
        if output.resolve() == source.resolve() or same_file(output, source):
            raise OutputError(
                f"{output}: the output path is the input file",
                hint="choose another output path; inputs are never overwritten",
            )
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(
            f"{output}: the folder {folder} does not exist",
            hint="create it first or choose another output path",
        )
    if output.is_dir():
        raise OutputError(f"{output}: is a folder, not a file", hint="name a file inside it")
    if not overwrite:
        refuse_existing([output])


def _umask() -> int:
    # os.umask can only be read by setting it; set it straight back.
    current = os.umask(0o022)
    os.umask(current)
    return current


def atomic_write(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The file gets the mode an ordinary ``open(path, "w")`` would give (``0o666`` less the
    umask), not the private ``0o600`` of a temporary file. With ``overwrite=False`` the file is
    put in place by a hard link, which fails if ``path`` appeared meanwhile (no race).
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp_name, path)
        else:
            _link_new(tmp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
        raise


def _holds(path: Path, data: bytes) -> bool:
    """True when ``path`` is a file with exactly ``data`` in it."""
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _link_new(tmp_name: str, path: Path) -> None:
    """Put ``tmp_name`` at ``path`` only if nothing is there (a link cannot replace a file)."""
    try:
        os.link(tmp_name, path)
    except FileExistsError:
        raise ExistsError(f"{path}: exists, and overwriting was not allowed") from None
    except OSError:
        # A file system without hard links: check, then rename (a small race, not a refusal).
        refuse_existing([path])
        os.replace(tmp_name, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)


def atomic_write_many(
    folder: Path, files: Mapping[str, bytes], *, overwrite: bool = True
) -> list[Path]:
    """Write several files below ``folder`` (created if missing), each one atomically.

    Names are relative paths with ``/``; a name that would escape the folder is refused. With
    ``overwrite=False`` nothing is written when any of the files exists with other content; a
    file that exists with the same bytes (an image shared by two outputs) is left as it is.
    """
    written: list[Path] = []
    root = folder.resolve()
    targets = {name: (folder / name).resolve() for name in files}
    for name, target in targets.items():
        if root != target and root not in target.parents:
            raise OutputError(
                f"{name}: refusing to write outside {folder}", hint="use a relative name"
            )
    if not overwrite:
        same = {name for name, target in targets.items() if _holds(target, files[name])}
        refuse_existing(t for name, t in targets.items() if name not in same)
        targets = {name: t for name, t in targets.items() if name not in same}
    for name, target in targets.items():
        data = files[name]
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{target.parent}: cannot create folder: {exc.strerror}") from exc
        atomic_write(target, data, overwrite=overwrite)
        written.append(target)
    return written
