"""Writing outputs safely: temporary file in the target folder, then an atomic rename.

An interrupted or failed run therefore leaves either the previous file or nothing, never a
partial file, and an input is never overwritten.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path, PurePosixPath

from newslayout.errors import OutputError
from newslayout.model import Block, Figure, Issue, Sidebar


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


# --- The image folder of an XML output ---------------------------------------------------------


def image_folder(output: Path) -> Path:
    """The folder that holds the images of the XML file ``output``: ``OUT-images/`` beside it.

    It is named after the output, never after the input, so two outputs in one folder never
    share it (nine inputs all called ``issue.pdf`` converted to ``a.xml``, ``b.xml``... get
    ``a-images/``, ``b-images/``...).
    """
    return output.with_name(f"{output.stem}-images")


def _rehomed(href: str, folder: str, taken: set[str]) -> str:
    parts = PurePosixPath(href).parts
    # "issue-images/p1-1.jpg" keeps "p1-1.jpg"; any other relative path is kept whole.
    tail = parts[1:] if len(parts) > 1 and parts[0].endswith("-images") else parts
    candidate = PurePosixPath(folder, *tail)
    n = 1
    while str(candidate) in taken:  # two source folders holding the same file name
        n += 1
        candidate = PurePosixPath(folder, *tail[:-1], f"{PurePosixPath(tail[-1]).stem}-{n}")
        candidate = candidate.with_suffix(PurePosixPath(tail[-1]).suffix)
    taken.add(str(candidate))
    return str(candidate)


def _rehome_blocks(blocks: tuple[Block, ...], hrefs: Mapping[str, str]) -> tuple[Block, ...]:
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Figure) and block.graphic and block.graphic.href in hrefs:
            graphic = replace(block.graphic, href=hrefs[block.graphic.href])
            block = replace(block, graphic=graphic)
        elif isinstance(block, Sidebar):
            block = replace(block, blocks=_rehome_blocks(block.blocks, hrefs))
        out.append(block)
    return tuple(out)


def with_image_folder(issue: Issue, output: Path) -> Issue:
    """The issue with its loaded images (``issue.assets``) moved into ``image_folder(output)``.

    Figures that point at a loaded image point at its new href; hrefs of images that were not
    loaded are left as they are.
    """
    folder = image_folder(output).name
    taken: set[str] = set()
    hrefs = {asset.href: _rehomed(asset.href, folder, taken) for asset in issue.assets}
    articles = tuple(
        replace(article, blocks=_rehome_blocks(article.blocks, hrefs)) for article in issue.articles
    )
    assets = tuple(replace(asset, href=hrefs[asset.href]) for asset in issue.assets)
    return replace(issue, articles=articles, assets=assets)


def check_image_folder(output: Path, files: Iterable[str], inputs: Iterable[Path] = ()) -> None:
    """Refuse image files that would land on something that is not ours to replace.

    The image folder must be a folder (or absent), and no image may overwrite an input.
    """
    folder = image_folder(output)
    if folder.exists() and not folder.is_dir():
        raise OutputError(
            f"{folder}: exists and is not a folder; the images of {output.name} go there",
            hint="move that file away or choose another output name",
        )
    sources = tuple(inputs)
    for name in files:
        target = output.parent / name
        if any(same_file(target, source) for source in sources):
            raise OutputError(
                f"{target}: the image would overwrite an input",
                hint="choose another output name or folder; inputs are never overwritten",
            )
