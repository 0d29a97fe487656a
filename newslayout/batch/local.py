"""Files on every core of one machine, each in a worker process that can be killed alone.

``concurrent.futures.ProcessPoolExecutor`` cannot end one task: a hung file would hold its
worker for ever, and one worker that dies (segfault, OOM killer) breaks the whole pool and
every file queued in it. So the pool is kept here, small: ``jobs`` long-lived worker
processes, one file at a time each over a pipe. A worker past its file's deadline is killed
and replaced, and the file recorded as ``timeout``; a worker that dies is replaced and its
file recorded as ``error`` with the signal or exit status. Workers are started by a fork
server that has imported the readers and writers once (cheap to start, and safe while the
parent runs a progress thread), ignore Ctrl-C (the parent decides), and die with the batch
(they watch its pidfd), so a SIGKILLed batch leaves no worker running on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from typing import Any

from newslayout.batch.worker import FileResult, Status, Task, convert_one, worker_name
from newslayout.errors import NewslayoutError

Work = Callable[[Task], FileResult]

#: A worker is replaced after this many files, so that a slow leak cannot grow for ever.
MAX_FILES_PER_WORKER = 200
#: Seconds a new worker process has to say it is ready (the first one starts the fork server).
START_TIMEOUT = 300.0
_READY = "ready"


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # The fork server imports the heavy modules once; each worker is a fork of it.
        ctx.set_forkserver_preload(["newslayout.batch.worker", "newslayout.readers.pdf"])
        return ctx
    return multiprocessing.get_context("spawn")


def _die_with_batch(batch: int) -> None:
    """Kill this worker the moment the batch process ``batch`` ends, however it ends.

    A worker's parent is the fork server, which lives as long as any worker does, so the
    parent-death signal cannot serve; a thread waits on a pidfd of the batch instead (polls
    where there is none). A SIGKILLed batch thus leaves no worker finishing files nobody
    records.
    """
    try:
        pidfd: int | None = os.pidfd_open(batch)
    except ProcessLookupError:
        os._exit(1)  # the batch is gone already
    except (AttributeError, OSError):
        pidfd = None

    def watch() -> None:
        if pidfd is not None:
            select.select([pidfd], [], [])
        else:
            while _alive(batch):
                time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="newslayout-batch-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _worker_main(conn: Connection, work: Work, max_memory_mb: int | None, batch: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: parent decides
    _die_with_batch(batch)
    # Parallelism is across files here; a file's pages are read in this process.
    os.environ["NEWSLAYOUT_PDF_WORKERS"] = "1"
    if max_memory_mb:
        limit = max_memory_mb * 1024 * 1024
        # A file that needs more gets a MemoryError (recorded), not the machine's OOM killer.
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn.send(_READY)  # a file's time starts now, not while the fork server starts up
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = work(task)
        try:
            conn.send(result)
        except OSError:  # the batch is gone (killed): nobody to tell
            return


@dataclass(slots=True)
class _Worker:
    process: Any  # multiprocessing.Process of the chosen context
    conn: Connection
    task: Task | None = None
    deadline: float = float("inf")
    files: int = 0


def _death_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        why = "; out of memory?" if -exitcode == signal.SIGKILL else ""
        return f"the worker process was killed by {name}{why}"
    return f"the worker process exited with status {exitcode}"


class LocalPool:
    """``jobs`` worker processes converting files; iterate :meth:`results` to run tasks."""

    def __init__(
        self,
        jobs: int,
        *,
        file_timeout: float | None = None,
        max_memory_mb: int | None = None,
        work: Work = convert_one,
    ) -> None:
        self.jobs = max(1, jobs)
        self.file_timeout = file_timeout
        self.max_memory_mb = max_memory_mb
        self.work = work
        self._ctx = _context()
        self._workers: list[_Worker] = []

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main,
            args=(child, self.work, self.max_memory_mb, os.getpid()),
            name="newslayout-batch-worker",
            daemon=True,
        )
        process.start()
        child.close()
        try:
            ready = parent.recv() if parent.poll(START_TIMEOUT) else None
        except (EOFError, OSError):
            ready = None
        if ready != _READY:
            process.kill()
            process.join()
            raise NewslayoutError(
                f"a batch worker process did not start (exit status {process.exitcode})",
                hint="run again with one job (jobs=1) and report it",
            )
        return _Worker(process=process, conn=parent)

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        if kill:
            worker.process.kill()
        else:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        worker.process.join(timeout=None if kill else 5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def _failed(self, worker: _Worker, status: Status, error: str) -> FileResult:
        assert worker.task is not None
        return FileResult(key=worker.task.key, status=status, error=error, worker=worker_name())

    def results(self, tasks: Iterable[Task]) -> Iterator[FileResult]:
        """Run ``tasks``, yielding each result as its file finishes (in no fixed order).

        Closing the iterator (or an exception such as KeyboardInterrupt inside it) kills the
        workers at once; files in flight are then not reported.
        """
        queue = deque(tasks)
        try:
            while queue or any(w.task for w in self._workers):
                self._assign(queue)
                yield from self._collect()
        finally:
            for worker in self._workers:
                self._stop(worker, kill=worker.task is not None)
            self._workers.clear()

    def _assign(self, queue: deque[Task]) -> None:
        while len(self._workers) < min(self.jobs, len(queue) + self._busy()):
            self._workers.append(self._start())
        for worker in self._workers:
            if worker.task is None and queue:
                worker.task = queue.popleft()
                worker.deadline = time.monotonic() + self._hard_limit()
                try:
                    worker.conn.send(worker.task)
                except OSError:
                    worker.deadline = 0.0  # dead already: reaped as a timeout/crash below

    def _hard_limit(self) -> float:
        # A little past the reader's own limit (the same --file-timeout), which ends a slow
        # file more gently; the kill is for a file stuck where that limit is not checked.
        if not self.file_timeout:
            return float("inf")
        return self.file_timeout * 1.1 + 1.0

    def _busy(self) -> int:
        return sum(1 for w in self._workers if w.task is not None)

    def _collect(self) -> Iterator[FileResult]:
        busy = [w for w in self._workers if w.task is not None]
        if not busy:
            return
        timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        ready = set(wait([w.conn for w in busy], timeout=min(timeout, 3600.0)))
        now = time.monotonic()
        for worker in busy:
            result: FileResult | None = None
            replace = False
            if worker.conn in ready:
                try:
                    result = worker.conn.recv()
                except (EOFError, OSError):
                    worker.process.join(timeout=5)
                    result = self._failed(
                        worker, Status.ERROR, _death_message(worker.process.exitcode)
                    )
                    self._stop(worker, kill=True)
                    replace = True
            elif now >= worker.deadline:
                result = self._failed(
                    worker,
                    Status.TIMEOUT,
                    f"took longer than {self.file_timeout:g} s; the worker process was killed",
                )
                self._stop(worker, kill=True)
                replace = True
            if result is None:
                continue
            worker.task = None
            worker.files += 1
            if not replace and worker.files >= MAX_FILES_PER_WORKER:
                self._stop(worker, kill=False)
                replace = True
            if replace:
                self._workers.remove(worker)
            yield result
