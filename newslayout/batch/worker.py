"""One file's conversion as a batch worker runs it: :func:`convert_one` (a task in, a result out).

It never raises for a problem of the file: a file that cannot be read or written, runs past
its time limit or out of memory comes back as a :class:`FileResult` whose status says so, so
that the batch goes on. Crashes that take the whole process down (a segfault, the kernel's
OOM killer, the hard time limit) are recorded by the pool that ran it (``local.py``).
Tasks and results are plain frozen dataclasses, pickled to worker processes and Dask workers.
"""

from __future__ import annotations

import enum
import hashlib
import os
import resource
import socket
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from newslayout.api import read, write
from newslayout.diagnostics import Severity
from newslayout.errors import NewslayoutError, TimeLimitError
from newslayout.options import ReadOptions, WriteOptions


class Status(enum.StrEnum):
    """How a file of the batch ended. ``warning``: converted, with warnings to look at."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    TIMEOUT = "timeout"


#: Statuses of a file whose output was written.
DONE = frozenset({Status.OK, Status.WARNING})


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    """One input to convert. Paths are absolute and must mean the same file on every worker."""

    key: str  # the input's path relative to the batch root (the manifest key)
    source: str
    output: str
    to_format: str
    from_format: str | None = None
    read_options: ReadOptions = field(default_factory=ReadOptions)
    write_options: WriteOptions = field(default_factory=WriteOptions)


@dataclass(frozen=True, slots=True, kw_only=True)
class FileResult:
    """What became of one input. ``codes`` counts its diagnostics by code."""

    key: str
    status: Status
    error: str = ""
    size: int = 0
    sha256: str = ""
    pages: int = 0
    articles: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_mb: float = 0.0
    codes: tuple[tuple[str, int], ...] = ()
    worker: str = ""
    skipped: bool = False  # not converted by this run: done (or failed) before, unchanged

    @property
    def failed(self) -> bool:
        return self.status not in DONE


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's content, in hex."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def convert_one(task: Task) -> FileResult:
    """Convert one input to its output (atomically); every failure becomes a result."""
    started, cpu_started = time.perf_counter(), time.process_time()
    source = Path(task.source)
    output = Path(task.output)
    size, digest = 0, ""
    status, error, pages, articles = Status.ERROR, "", 0, 0
    codes: tuple[tuple[str, int], ...] = ()
    try:
        size = source.stat().st_size
        digest = file_sha256(source)
        issue, diagnostics = read(source, format=task.from_format, options=task.read_options)
        options = task.write_options
        if options.base_dir is None:  # as ``convert`` does: un-loaded images beside the input
            options = replace(options, base_dir=source.parent)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NewslayoutError(f"{output.parent}: cannot create folder: {exc.strerror}") from exc
        diagnostics += write(
            issue, output, format=task.to_format, options=options, inputs=(source,)
        )
        severities = {d.severity for d in diagnostics}
        status = Status.WARNING if severities & {Severity.WARNING, Severity.ERROR} else Status.OK
        pages, articles = len(issue.pages), len(issue.articles)
        codes = tuple(sorted(Counter(d.code for d in diagnostics).items()))
    except TimeLimitError as exc:
        status, error = Status.TIMEOUT, str(exc)
    except MemoryError:
        error = "out of memory"
    except NewslayoutError as exc:
        error = str(exc)
    except OSError as exc:
        error = f"{source}: {exc.strerror or exc}"
    except Exception as exc:  # a bug of ours on this file: recorded, the batch goes on
        error = f"internal error: {type(exc).__name__}: {exc}"
    return FileResult(
        key=task.key,
        status=status,
        error=error,
        size=size,
        sha256=digest,
        pages=pages,
        articles=articles,
        seconds=round(time.perf_counter() - started, 3),
        cpu_seconds=round(time.process_time() - cpu_started, 3),
        peak_mb=round(peak_memory_mb(), 1),
        codes=codes,
        worker=worker_name(),
    )
