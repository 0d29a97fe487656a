"""A batch from start to end: discover, skip what is done, convert the rest, record each file.

The runner owns the manifest; workers (local processes or Dask workers) only convert and
hand back results, which are recorded one by one as they arrive. Ctrl-C stops the workers,
marks the run interrupted and returns what was done: files in flight are simply not recorded
(their outputs are whole or absent, written atomically) and are converted by the next run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newslayout.batch.discover import Input, Source, discover
from newslayout.batch.manifest import Manifest, Row
from newslayout.batch.progress import NoProgress, Progress
from newslayout.batch.worker import DONE, FileResult, Task, convert_one, file_sha256
from newslayout.errors import OutputError, UsageError
from newslayout.options import ReadOptions, WriteOptions

Work = Callable[[Task], FileResult]


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchResult:
    """What a batch did: one result per input (``skipped`` ones were done before)."""

    outdir: Path
    results: tuple[FileResult, ...]
    interrupted: bool = False

    @property
    def failed(self) -> tuple[FileResult, ...]:
        return tuple(r for r in self.results if r.failed)

    @property
    def converted(self) -> tuple[FileResult, ...]:
        return tuple(r for r in self.results if not r.skipped)


def options_fingerprint(
    to_format: str, from_format: str | None, read: ReadOptions, write: WriteOptions
) -> str:
    """A hash of every option that shapes the output (time limits and progress do not)."""
    shape = {
        "to": to_format,
        "from": from_format,
        "password": read.password,
        "encoding": read.encoding,
        "rules_off": sorted(read.disabled_rules),
        "images": read.extract_images,
        "write": {k: str(v) for k, v in dataclasses.asdict(write).items() if k != "base_dir" or v},
    }
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]


def _unchanged(item: Input, row: Row | None, options: str) -> bool:
    """True when the input and the options are those the manifest recorded."""
    if row is None or row.options != options:
        return False
    try:
        if item.source.stat().st_size != row.size:
            return False
        return file_sha256(item.source) == row.sha256
    except OSError:
        return False


def plan(
    inputs: Sequence[Input], rows: dict[str, Row], options: str, *, retry_failed: bool
) -> tuple[list[Input], list[FileResult]]:
    """The inputs to convert, and the results of those to skip (done before, unchanged)."""
    todo: list[Input] = []
    skipped: list[FileResult] = []
    for item in inputs:
        row = rows.get(item.key)
        if row is not None and _unchanged(item, row, options):
            if row.status in DONE and item.output.exists():
                skipped.append(row.as_result(skipped=True))
                continue
            if row.status not in DONE and not retry_failed:
                skipped.append(row.as_result(skipped=True))
                continue
        todo.append(item)
    return todo, skipped


def _largest_first(todo: list[Input]) -> list[Input]:
    # Long files first, so the last minutes are not one worker on one big issue.
    def size(item: Input) -> int:
        try:
            return item.source.stat().st_size
        except OSError:
            return 0

    return sorted(todo, key=size, reverse=True)


def run_batch(
    sources: Sequence[Source],
    outdir: str | os.PathLike[str],
    *,
    to_format: str = "xml",
    from_format: str | None = None,
    read_options: ReadOptions | None = None,
    write_options: WriteOptions | None = None,
    jobs: int | None = None,
    scheduler: object = None,
    retry_failed: bool = False,
    max_memory_mb: int | None = None,
    progress: Progress | None = None,
    work: Work = convert_one,
) -> BatchResult:
    """Convert every input of ``sources`` into ``outdir``; see ``newslayout.batch``."""
    from newslayout import __version__

    read = dataclasses.replace(read_options or ReadOptions(), progress=None)
    write = write_options or WriteOptions()
    out = Path(os.path.abspath(outdir))  # "a/../b" is b, not a then b
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder", hint="name an output folder")
    inputs = discover(sources, out, to_format)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder: {exc.strerror}") from None
    fingerprint = options_fingerprint(to_format, from_format, read, write)
    show = progress or NoProgress()
    with Manifest(out) as manifest:
        _remove_leftovers(out)
        todo, skipped = plan(inputs, manifest.rows(), fingerprint, retry_failed=retry_failed)
        tasks = [
            Task(
                key=item.key,
                source=str(item.source),
                output=str(item.output),
                to_format=to_format,
                from_format=from_format,
                read_options=read,
                write_options=write,
            )
            for item in _largest_first(todo)
        ]
        by_key = {item.key: item for item in inputs}
        results = _runner(jobs, scheduler, read, max_memory_mb, work)
        run_id = manifest.start_run(
            to_format=to_format, workers=results.label, inputs=len(inputs), todo=len(tasks)
        )
        done: list[FileResult] = []
        interrupted = False
        show.start(len(tasks))
        stream = results.run(tasks)
        try:
            for result in stream:
                item = by_key[result.key]
                manifest.record(
                    result,
                    source=str(item.source),
                    output=item.output.relative_to(out).as_posix(),
                    options=fingerprint,
                    version=__version__,
                )
                done.append(result)
                show.update(result)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            _close(stream)
            show.close()
            manifest.end_run(run_id, interrupted=interrupted)
    order = {item.key: n for n, item in enumerate(inputs)}
    everything = sorted([*skipped, *done], key=lambda r: order[r.key])
    return BatchResult(outdir=out, results=tuple(everything), interrupted=interrupted)


def _remove_leftovers(out: Path) -> None:
    """Delete temporary files a killed run left (``.NAME.XXXX.part`` of ``atomic_write``).

    Safe: this batch holds OUTDIR's lock, and the workers of a killed one died with it.
    """
    for leftover in out.rglob(".*.part"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _close(stream: Iterator[FileResult]) -> None:
    close = getattr(stream, "close", None)
    if close is not None:
        close()


@dataclass(frozen=True, slots=True)
class _Results:
    label: str
    run: Callable[[Iterable[Task]], Iterator[FileResult]]


def _cores() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _runner(
    jobs: int | None,
    scheduler: object,
    read: ReadOptions,
    max_memory_mb: int | None,
    work: Work,
) -> _Results:
    if scheduler is not None:
        from newslayout.batch.dask import DaskRunner

        runner = DaskRunner(scheduler, work=work)
        return _Results(f"dask {runner.address}", runner.results)
    if jobs is not None and jobs < 1:
        raise UsageError(f"jobs={jobs}: must be 1 or more")
    from newslayout.batch.local import LocalPool

    count = jobs or _cores()
    pool = LocalPool(count, file_timeout=read.file_timeout, max_memory_mb=max_memory_mb, work=work)
    return _Results(f"{count} local process(es)", pool.results)
