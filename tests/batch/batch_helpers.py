"""Inputs and fault-injecting work functions for the batch tests.

The work functions run in worker processes (local pool or Dask), so they live in a module the
workers can import by name; each one misbehaves only for inputs whose name says so and hands
every other input to the real ``convert_one``.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path
from unittest import mock

from newslayout.batch import worker
from newslayout.batch.worker import FileResult, Task, convert_one

REPO = Path(__file__).resolve().parents[2]
TEXTS = [*sorted((REPO / "tests" / "text").glob("*.txt")), REPO / "samples" / "harbor-ledger.txt"]
SMALL_PDF = REPO / "tests" / "holdout3" / "kellerby-chronicle-2026-02-26.pdf"
#: Folder where ``lose_worker_once`` leaves its marks (set by the Dask test).
MARKS_ENV = "NEWSLAYOUT_BATCH_TEST_MARKS"


def make_tree(root: Path, *, copies: int = 1, pdf: bool = True) -> Path:
    """An archive folder: text issues in two subfolders (and one PDF), ``copies`` of each."""
    for n in range(copies):
        for i, text in enumerate(TEXTS):
            folder = root / ("2025" if i % 2 else "2026") / f"set{n}"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(text, folder / text.name)
    if pdf:
        shutil.copy(SMALL_PDF, root / "2026" / SMALL_PDF.name)
    return root


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every output file under ``folder`` (the manifest and lock aside), by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith((".newslayout", "newslayout-batch"))
    }


def _huge(*args: object, **kwargs: object) -> object:
    return bytearray(64 * 1024**3)  # 64 GiB: beyond any --max-memory the tests set


def faulty(task: Task) -> FileResult:
    """Hangs on ``hang*``, segfaults on ``crash*``, is SIGKILLed on ``killed*``, runs out of
    memory while reading ``hog*``; converts everything else."""
    stem = Path(task.source).stem
    if stem.startswith("hang"):
        time.sleep(3600)
    if stem.startswith("crash"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if stem.startswith("killed"):
        os.kill(os.getpid(), signal.SIGKILL)
    if stem.startswith("hog"):
        with mock.patch.object(worker, "read", _huge):
            return convert_one(task)
    return convert_one(task)


def slow(task: Task) -> FileResult:
    """Every file takes half a second more (for interrupting a batch in the middle)."""
    time.sleep(0.5)
    return convert_one(task)


def lose_worker_once(task: Task) -> FileResult:
    """The first attempt at a ``lose*`` input kills its whole (Dask) worker process."""
    marks = Path(os.environ[MARKS_ENV])
    if Path(task.source).stem.startswith("lose"):
        try:
            fd = os.open(marks / Path(task.source).name, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            pass  # the retry, on another (or a restarted) worker
        else:
            os.close(fd)
            os._exit(1)
    return convert_one(task)


def run_on_dask(src: str, out: str) -> None:
    """A batch on a LocalCluster of two single-threaded worker processes started here.

    Run in a process of its own (``python -c``) by the Dask test: Dask leaves threads behind
    in the process that used it, and other tests (the PDF page pool) need a process with one.
    """
    from distributed import LocalCluster

    from newslayout.batch.runner import run_batch

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, scheduler_port=0, dashboard_address=None
    ) as cluster:
        first = run_batch([src], out, scheduler=cluster, work=lose_worker_once)
        again = run_batch([src], out, scheduler=cluster.scheduler_address)
    assert not first.failed and again.converted == () and len(again.results) == 6
    print("dask ok")


#: Python code that runs ``python -m newslayout ARGS`` with Ctrl-C raising KeyboardInterrupt,
#: even when the test itself runs where SIGINT is ignored (a background job of a shell passes
#: that on to every child, and Python then leaves it ignored).
CLI_WITH_CTRL_C = (
    "import signal, sys\n"
    "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
    "from newslayout.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)
