"""The inputs of a batch and the output each one gets.

Sources are files (taken whatever their suffix), folders (searched recursively for ``.pdf``,
``.txt`` and ``.xml``, hidden entries skipped) or glob patterns (``**`` allowed). Every input
is placed by its path relative to the *batch root*: the deepest folder holding all sources
(a folder source counts as itself, a file as its folder, a pattern as its fixed prefix). The
output mirrors that path under OUTDIR, so two inputs never share an output name; two inputs
of one folder that differ only by suffix (``a.pdf``, ``a.txt``) keep it (``a.pdf.xml``,
``a.txt.xml``). Anything under OUTDIR itself is never an input.
"""

from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newslayout.errors import InputError, UsageError

#: Suffixes a folder is searched for.
SUFFIXES = (".pdf", ".txt", ".xml")
#: Suffix (or folder suffix, for the multi-file ``jats``) of the output by format.
OUTPUT_SUFFIX = {"xml": ".xml", "pdf": ".pdf", "json": ".json", "jats": "-jats"}
_MAGIC = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Input:
    """One input of the batch: its key (path relative to the root) and both absolute paths."""

    key: str
    source: Path
    output: Path


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _wanted(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(SUFFIXES)


def _search(folder: Path, outdir: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _inside(here / d, outdir))
        found += [here / f for f in sorted(files) if _wanted(f)]
    return found


def _expand(source: str, outdir: Path) -> tuple[Path, list[Path]]:
    """The root a source counts from and the input files it names."""
    if _MAGIC & set(source):
        parts = Path(source).parts
        fixed = next((i for i, p in enumerate(parts) if _MAGIC & set(p)), len(parts))
        root = Path(*parts[:fixed]) if fixed else Path(".")
        files: list[Path] = []
        for match in sorted(glob.glob(source, recursive=True)):
            path = Path(match)
            files += _search(path, outdir) if path.is_dir() else [path]
        if not files:
            raise InputError(f"{source}: the pattern matches no file")
        return Path(os.path.abspath(root)), files
    path = Path(source)
    if path.is_dir():
        return Path(os.path.abspath(path)), _search(path, outdir)
    if path.is_file():
        return Path(os.path.abspath(path.parent)), [path]
    raise InputError(f"{source}: no such file or folder")


def output_name(stem: str, to_format: str) -> str:
    return stem + OUTPUT_SUFFIX[to_format]


Source = str | os.PathLike[str]


def discover(sources: Sequence[Source], outdir: Path, to_format: str) -> list[Input]:
    """Every input the sources name, once each, with its output under ``outdir``."""
    if to_format not in OUTPUT_SUFFIX:
        raise UsageError(f"batch cannot write {to_format!r}", hint="use xml, pdf, jats or json")
    out = Path(os.path.abspath(outdir))
    roots: list[Path] = []
    files: dict[Path, None] = {}  # ordered set of absolute paths
    for source in sources:
        root, found = _expand(os.fspath(source), out)
        roots.append(root)
        for path in found:
            absolute = Path(os.path.abspath(path))
            if not _inside(absolute, out):
                files[absolute] = None
    if any(root == out for root in roots):
        raise UsageError(
            f"{outdir}: the output folder is also a source folder",
            hint="choose an output folder outside the inputs (or below them)",
        )
    if not files:
        raise InputError(
            "no input found: no .pdf, .txt or .xml file in "
            + ", ".join(os.fspath(s) for s in sources)
        )
    base = Path(os.path.commonpath(roots)) if roots else Path.cwd()
    keys = {path: PurePosixPath(path.relative_to(base).as_posix()) for path in files}
    shared = Counter((key.parent, key.stem.lower()) for key in keys.values())
    inputs: list[Input] = []
    for path, key in keys.items():
        stem = key.name if shared[(key.parent, key.stem.lower())] > 1 else key.stem
        output = out.joinpath(*key.parent.parts, output_name(stem, to_format))
        inputs.append(Input(key=str(key), source=path, output=output))
    clashes = [k for k, n in Counter(i.output for i in inputs).items() if n > 1]
    if clashes:
        raise UsageError(f"{clashes[0]}: two inputs would write this output; rename one")
    return inputs
