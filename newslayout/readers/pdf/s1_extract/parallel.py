"""Stage 1 on several cores: a forked process pool extracts pages; results come back in order.

Pages are independent until threading (DESIGN.md), and parsing them is most of the reading
time, so a long issue is shared out among worker processes. Each worker opens the PDF once and
runs the very same per-page function as the sequential path (``extract._guarded_page``, whose
SIGALRM watchdog works in the worker's main thread), then sends back the compact
:class:`PageContent` and the page's diagnostics. The caller adds those to its log in page order
and reports progress page by page, so a pooled read gives the same issue and the same
diagnostics as a sequential one.

The pool is used only where that is safe and pays (:func:`worker_count`): a file path (bytes
stay in-process), Linux with the ``fork`` start method (workers inherit the reader without
re-importing the caller's ``__main__`` or pickling the open document), a process running one
thread and not itself a daemon worker, no ``file_timeout`` (its deadline is kept by the
sequential loop), and at least :data:`MIN_PAGES_PER_WORKER` pages per worker. The environment
variable ``NEWSLAYOUT_PDF_WORKERS`` sets the number of workers instead (``1`` reads
sequentially; ``N`` uses up to N workers, one page each at least).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from newslayout.diagnostics import Diagnostic, Log
from newslayout.readers.pdf.types import PageContent

#: A worker gets at least this many pages; fewer pages are not worth a process.
MIN_PAGES_PER_WORKER = 4
#: Environment variable capping the workers (``1``: always sequential).
WORKERS_ENV = "NEWSLAYOUT_PDF_WORKERS"

_PR_SET_PDEATHSIG = 1  # linux/prctl.h

#: Opens the PDF (in the worker), reads one page of it into a log, closes it.
OpenPdf = Callable[[], Any]
ReadPage = Callable[[Any, int, Log], PageContent]


@dataclass(frozen=True, slots=True, kw_only=True)
class PageResult:
    """What a worker sends back for one page: its content and the diagnostics it raised."""

    content: PageContent
    diagnostics: tuple[Diagnostic, ...]


class PoolFailed(Exception):
    """The pool itself broke (a worker died, a result could not be sent); read on in-process."""


def requested_workers() -> int | None:
    """The ``NEWSLAYOUT_PDF_WORKERS`` cap, or ``None`` when unset or not a number."""
    value = os.environ.get(WORKERS_ENV, "").strip()
    try:
        return int(value) if value else None
    except ValueError:
        return None


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def pool_possible() -> bool:
    """Whether this process can fork a worker pool safely right now."""
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and not multiprocessing.current_process().daemon
    )


def worker_count(
    *, pages: int, path_source: bool, file_timeout: float | None, cpus: int | None = None
) -> int:
    """How many workers to read ``pages`` pages with (1: read them in this process)."""
    requested = requested_workers()
    if requested is not None and requested <= 1:
        return 1
    if not path_source or file_timeout is not None or not pool_possible():
        return 1
    if requested is not None:  # asked for explicitly: up to one worker per page
        return max(1, min(requested, pages))
    return max(1, min(cpus or available_cpus(), pages // MIN_PAGES_PER_WORKER))


# Worker-process state, set once per worker by _start_worker (the pool forks, so the
# callables arrive by inheritance, never pickled).
_state: dict[str, Any] = {}


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when the reading process dies (SIGKILL, OOM killer).

    A worker otherwise waits for its next page forever once the reader is gone: it holds a
    copy of the task pipe's write end itself, so no end-of-file ever reaches it.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not glibc/Linux: nothing more to do
        return
    if os.getppid() != parent:  # the reader died before the request took effect
        os._exit(1)


def _start_worker(
    open_pdf: OpenPdf, read_page: ReadPage, log_file: str | None, parent: int
) -> None:
    _die_with_parent(parent)
    _state["pdf"] = open_pdf()
    _state["read_page"] = read_page
    _state["log_file"] = log_file


def _page_task(index: int) -> PageResult:
    log = Log(file=_state["log_file"])
    content = _state["read_page"](_state["pdf"], index, log)
    return PageResult(content=content, diagnostics=tuple(log))


def pooled_pages(
    *,
    open_pdf: OpenPdf,
    read_page: ReadPage,
    pages: int,
    workers: int,
    log_file: str | None,
) -> Iterator[PageResult]:
    """Each page's result, in page order, read by ``workers`` forked processes.

    Raises :class:`PoolFailed` when the pool breaks; the pages yielded so far are good, the
    caller reads the rest itself.
    """
    context = multiprocessing.get_context("fork")
    try:
        executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(open_pdf, read_page, log_file, os.getpid()),
        )
    except (OSError, ValueError) as exc:
        raise PoolFailed(str(exc)) from exc
    try:
        # chunksize 1: pages vary a lot in cost, and results must stream back in order.
        yield from executor.map(_page_task, range(pages))
    except GeneratorExit:
        raise
    except Exception as exc:  # BrokenProcessPool, a pickling error: the pool, not a page
        raise PoolFailed(f"{type(exc).__name__}: {exc}") from exc
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
