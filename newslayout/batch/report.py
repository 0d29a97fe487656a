"""The summary of a batch, read from its manifest: counts by status, slowest files, most
frequent diagnostics, failures. Printed at the end of a run and by ``batch --report OUTDIR``
(text through rich's tables, or ``--format json`` for machines).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from newslayout.batch.manifest import Manifest, Row, open_existing
from newslayout.batch.worker import Status

TOP = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class FileLine:
    path: str
    status: str
    seconds: float
    pages: int
    error: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Summary:
    """What a batch's manifest says (the JSON shape of ``--report --format json``)."""

    outdir: str
    state: str  # finished | interrupted | running (or killed) | never run
    runs: int
    files: int
    by_status: dict[str, int]
    pages: int
    articles: int
    seconds: float  # summed over files (worker time, not wall time)
    peak_mb: float  # largest peak resident memory of a worker
    slowest: list[FileLine]
    failures: list[FileLine]
    diagnostics: list[tuple[str, int]]  # (code, count), most frequent first

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)


def _line(row: Row) -> FileLine:
    return FileLine(
        path=row.path, status=str(row.status), seconds=row.seconds, pages=row.pages, error=row.error
    )


def summarize(manifest: Manifest, outdir: Path) -> Summary:
    rows = list(manifest.rows().values())
    runs = manifest.runs()
    codes: Counter[str] = Counter()
    for row in rows:
        codes.update(row.diagnostics)
    failed = [r for r in rows if r.status in (Status.ERROR, Status.TIMEOUT)]
    return Summary(
        outdir=str(outdir),
        state=runs[-1].state if runs else "never run",
        runs=len(runs),
        files=len(rows),
        by_status={s.value: sum(1 for r in rows if r.status is s) for s in Status},
        pages=sum(r.pages for r in rows),
        articles=sum(r.articles for r in rows),
        seconds=round(sum(r.seconds for r in rows), 1),
        peak_mb=max((r.peak_mb for r in rows), default=0.0),
        slowest=[_line(r) for r in sorted(rows, key=lambda r: -r.seconds)[:TOP]],
        failures=[_line(r) for r in failed[:TOP]],
        diagnostics=codes.most_common(TOP),
    )


def read_summary(outdir: Path) -> Summary:
    """The summary of the batch whose OUTDIR is ``outdir`` (finished, interrupted or running)."""
    with open_existing(outdir) as manifest:
        return summarize(manifest, outdir)


def render(summary: Summary, stream: TextIO) -> None:
    """Print the summary as tables (plain text when ``stream`` is not a terminal)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, width=None if stream.isatty() else 100)
    state = "still running, or killed" if summary.state == "running" else summary.state
    console.print(
        f"batch {summary.outdir}: {summary.files} files, {summary.pages} pages, "
        f"{summary.articles} articles ({state}, {summary.runs} run(s)); "
        f"{summary.seconds:g} s of worker time, peak {summary.peak_mb:g} MB per worker",
        highlight=False,
    )
    counts = Table("status", "files", title="By status", title_justify="left")
    for status, count in summary.by_status.items():
        counts.add_row(status, str(count))
    console.print(counts)
    if summary.slowest:
        slow = Table("file", "seconds", "pages", title="Slowest files", title_justify="left")
        for line in summary.slowest:
            slow.add_row(line.path, f"{line.seconds:.2f}", str(line.pages))
        console.print(slow)
    if summary.diagnostics:
        diags = Table("diagnostic", "count", title="Frequent diagnostics", title_justify="left")
        for code, count in summary.diagnostics:
            diags.add_row(code, str(count))
        console.print(diags)
    if summary.failures:
        fails = Table("file", "status", "error", title="Failures", title_justify="left")
        for line in summary.failures:
            fails.add_row(line.path, line.status, line.error)
        console.print(fails)
