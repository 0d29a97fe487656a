"""Progress of a batch: a live bar on a terminal (rich), plain periodic lines otherwise.

rich draws the bar (files and pages done, pages/s, ETA, failures so far) and the end summary
table (``report.py``), so one well-kept library covers both; when stderr is not a terminal
(a log file, a job queue), a plain line every ``interval`` seconds says the same.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from newslayout.batch.worker import FileResult


@dataclass(slots=True)
class Tally:
    """Counts of the files this run converted so far."""

    total: int = 0
    done: int = 0
    pages: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, result: FileResult) -> None:
        self.done += 1
        self.pages += result.pages
        self.failed += result.failed

    @property
    def pages_per_second(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.pages / elapsed if elapsed > 0 else 0.0

    @property
    def eta(self) -> str:
        elapsed = time.monotonic() - self.started
        if not self.done or self.done >= self.total:
            return "-"
        seconds = int(elapsed / self.done * (self.total - self.done))
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress(Protocol):
    """What the runner tells about progress."""

    def start(self, total: int) -> None: ...

    def update(self, result: FileResult) -> None: ...

    def close(self) -> None: ...


class NoProgress:
    """Nothing shown (``--quiet``, the library API)."""

    def start(self, total: int) -> None:
        pass

    def update(self, result: FileResult) -> None:
        pass

    def close(self) -> None:
        pass


class PlainProgress:
    """One line every ``interval`` seconds (when a file finishes), and one at the end."""

    def __init__(self, stream: TextIO, interval: float = 10.0) -> None:
        self.stream = stream
        self.interval = interval
        self.tally = Tally()
        self._last = 0.0

    def start(self, total: int) -> None:
        self.tally = Tally(total=total)
        self._last = time.monotonic()

    def _line(self) -> None:
        t = self.tally
        self.stream.write(
            f"batch: {t.done}/{t.total} files, {t.pages} pages, "
            f"{t.pages_per_second:.2f} pages/s, {t.failed} failed, ETA {t.eta}\n"
        )
        self.stream.flush()

    def update(self, result: FileResult) -> None:
        self.tally.add(result)
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._line()

    def close(self) -> None:
        self._line()


class RichProgress:
    """A live bar on the terminal ``stream``."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self.tally = Tally()
        self.bar = Bar(
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files, {task.fields[pages]} pages, {task.fields[rate]:.2f} pages/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=stream),
        )
        self.task = self.bar.add_task("batch", total=0, pages=0, rate=0.0, failed=0)

    def start(self, total: int) -> None:
        self.tally = Tally(total=total)
        self.bar.update(self.task, total=total)
        self.bar.start()

    def update(self, result: FileResult) -> None:
        t = self.tally
        t.add(result)
        self.bar.update(
            self.task, advance=1, pages=t.pages, rate=t.pages_per_second, failed=t.failed
        )

    def close(self) -> None:
        self.bar.stop()


def progress_for(stream: TextIO, *, quiet: bool, interval: float) -> Progress:
    """The progress display for ``stream``: none, a bar (terminal) or plain lines."""
    if quiet:
        return NoProgress()
    if stream.isatty():
        return RichProgress(stream)
    return PlainProgress(stream, interval)
