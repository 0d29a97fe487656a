"""Files on a Dask distributed cluster (``pip install newslayout[dask]``).

The client (this process) keeps the manifest; each file is one Dask task running the very
same :func:`~newslayout.batch.worker.convert_one` as a local worker, so workers must see the
inputs and OUTDIR at the same absolute paths as the client (a shared file system; see
docs/batch.md). When a worker is lost with files in flight (its machine died, its nanny
restarted it), the scheduler hands those files to another worker; a file that has killed
``distributed.scheduler.allowed-failures`` workers (default 3) is recorded as an error.
On a cluster the time limit is the reader's own (``--file-timeout``): a task cannot be
killed alone inside a Dask worker.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newslayout.batch.worker import FileResult, Status, Task, convert_one, worker_name
from newslayout.errors import UsageError

Work = Callable[[Task], FileResult]

#: Files submitted ahead per worker thread: enough to keep every worker busy, few enough that
#: a million-file archive is not a million futures in the scheduler at once.
AHEAD_PER_THREAD = 4


def _client(scheduler: Any) -> tuple[Any, bool]:
    """A connected ``distributed.Client`` and whether this module made it (and closes it)."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(
            "a Dask scheduler needs Dask distributed, which is not installed",
            hint="pip install 'newslayout[dask]'",
        ) from None
    if isinstance(scheduler, Client):
        return scheduler, False
    if not isinstance(scheduler, str):
        address = getattr(scheduler, "scheduler_address", None)  # a LocalCluster and the like
        if not isinstance(address, str):
            raise UsageError(f"scheduler {scheduler!r}: give an address or a Dask Client")
        scheduler = address
    try:
        return Client(scheduler, timeout="30s", set_as_default=False), True  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise UsageError(
            f"scheduler={scheduler}: cannot reach the Dask scheduler ({exc})",
            hint="check the address (tcp://HOST:8786) and that `dask scheduler` runs",
        ) from None


def _key(task: Task) -> str:
    return "newslayout-" + hashlib.sha256(task.source.encode()).hexdigest()[:20]


class DaskRunner:
    """Runs tasks on the cluster at ``scheduler`` (an address, a Client or a LocalCluster)."""

    def __init__(self, scheduler: Any, *, work: Work = convert_one) -> None:
        self.client, self._owned = _client(scheduler)
        self.address = str(self.client.scheduler.address)
        self.work = work

    def _ahead(self) -> int:
        threads = sum(self.client.nthreads().values()) or 1
        return max(8, AHEAD_PER_THREAD * threads)

    def results(self, tasks: Iterable[Task]) -> Iterator[FileResult]:
        """Results as files finish; closing the iterator cancels what is still queued."""
        from distributed import as_completed

        pending = iter(tasks)
        by_key: dict[str, Task] = {}
        futures: list[Any] = []

        def submit(count: int) -> list[Any]:
            new = []
            for task in pending:
                key = _key(task)
                by_key[key] = task
                new.append(self.client.submit(self.work, task, key=key, pure=False))
                if len(new) >= count:
                    break
            futures.extend(new)
            return new

        first = submit(self._ahead())
        running = as_completed(first, loop=self.client.loop)  # type: ignore[no-untyped-call]
        try:
            for future in running:
                task = by_key.pop(future.key)
                yield self._result(future, task)
                futures.remove(future)
                for new in submit(1):
                    running.add(new)  # type: ignore[no-untyped-call]
        finally:
            with contextlib.suppress(Exception):
                self.client.cancel(futures)
            if self._owned:
                with contextlib.suppress(Exception):
                    self.client.close()

    def _result(self, future: Any, task: Task) -> FileResult:
        from distributed import KilledWorker

        try:
            result = future.result()
        except KilledWorker:
            error = "the file's task killed every Dask worker it ran on (crash or out of memory)"
        except Exception as exc:  # the task could not run or its result not come back
            error = f"Dask: {type(exc).__name__}: {exc}"
        else:
            if isinstance(result, FileResult):
                return result
            error = f"Dask returned {type(result).__name__}, not a result"
        return FileResult(key=task.key, status=Status.ERROR, error=error, worker=worker_name())
