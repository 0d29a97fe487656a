"""``newslayout batch``: the subcommand's arguments and its handler.

``newslayout/cli.py`` registers it (:func:`add_parser`) and dispatches to :func:`run`. The
reading and writing options are those of ``convert``: ``newslayout.cli`` passes in the function
that adds them and the options it parsed (this package sits below the CLI and never imports it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from newslayout.errors import UsageError
from newslayout.options import ReadOptions, WriteOptions

#: In a batch a file has this long (seconds) unless ``--file-timeout`` says otherwise.
DEFAULT_FILE_TIMEOUT = 900.0

EXIT_OK = 0
EXIT_FAILED = 1  # some input failed or timed out (the others were converted)
EXIT_INTERRUPTED = 130


def add_parser(
    subparsers: Any, add_options: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    """Add the ``batch`` subcommand to the ``newslayout`` subparsers."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="convert many issues at once: every core or a Dask cluster, resumable",
        description=(
            "Convert every issue of SRC (files, folders searched for .pdf/.txt/.xml, glob "
            "patterns) into OUTDIR, mirroring the input tree. A manifest in OUTDIR records "
            "each file; running the same command again skips what is done."
        ),
        epilog=(
            f"In a batch --file-timeout defaults to {DEFAULT_FILE_TIMEOUT:g} s; a file past it "
            "is stopped and recorded as timeout. Exit status: 0 every input converted, "
            "1 some failed, 2 usage error, 130 interrupted."
        ),
    )
    p.add_argument("sources", nargs="*", metavar="SRC", help="files, folders or glob patterns")
    p.add_argument("-o", "--output", type=Path, metavar="OUTDIR", help="the output folder")
    p.add_argument(
        "--to",
        dest="to_format",
        default="xml",
        choices=("xml", "pdf", "jats", "json"),
        help="output format (default xml)",
    )
    p.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    p.add_argument(
        "--retry-failed", action="store_true", help="convert again inputs that failed before"
    )
    p.add_argument(
        "--max-memory", type=int, metavar="MB", help="memory limit of each worker process"
    )
    p.add_argument(
        "--scheduler", metavar="ADDRESS", help="run on this Dask scheduler (tcp://host:8786)"
    )
    p.add_argument(
        "--progress-interval",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="seconds between progress lines when stderr is not a terminal (default 10)",
    )
    p.add_argument(
        "--report",
        type=Path,
        metavar="OUTDIR",
        help="print the summary of the batch in OUTDIR (finished or interrupted) and exit",
    )
    p.add_argument(
        "--format", choices=("text", "json"), default="text", help="--report format (default text)"
    )
    add_options(p)  # the reading and writing options of convert
    p.set_defaults(file_timeout=DEFAULT_FILE_TIMEOUT)
    return p


def _report(args: argparse.Namespace, stdout: TextIO) -> int:
    from newslayout.batch.report import read_summary, render

    if args.sources or args.output:
        raise UsageError("--report takes only OUTDIR", hint="newslayout batch --report OUTDIR")
    summary = read_summary(args.report)
    if args.format == "json":
        stdout.write(summary.to_json() + "\n")
    else:
        render(summary, stdout)
    return EXIT_FAILED if summary.by_status["error"] + summary.by_status["timeout"] else EXIT_OK


def run(
    args: argparse.Namespace,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    *,
    read_options: ReadOptions | None = None,
    write_options: WriteOptions | None = None,
) -> int:
    """Run ``newslayout batch`` with parsed ``args``; returns the exit status."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    if args.report is not None:
        return _report(args, out)
    if not args.sources:
        raise UsageError("batch: name the inputs", hint="newslayout batch SRC... -o OUTDIR")
    if args.output is None:
        raise UsageError("batch: name the output folder", hint="add -o OUTDIR")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(f"--jobs {args.jobs}: must be 1 or more")
    if args.max_memory is not None and args.max_memory < 1:
        raise UsageError(f"--max-memory {args.max_memory}: must be 1 MB or more")

    from newslayout.batch.progress import progress_for
    from newslayout.batch.report import read_summary, render
    from newslayout.batch.runner import run_batch

    result = run_batch(
        args.sources,
        args.output,
        to_format=args.to_format,
        from_format=args.from_format,
        read_options=read_options or ReadOptions(),
        write_options=write_options or WriteOptions(),
        jobs=args.jobs,
        scheduler=args.scheduler,
        retry_failed=args.retry_failed,
        max_memory_mb=args.max_memory,
        progress=progress_for(err, quiet=args.quiet, interval=args.progress_interval),
    )
    if not args.quiet:
        render(read_summary(result.outdir), out)
    converted = result.converted
    skipped = len(result.results) - len(converted)
    failed = sum(1 for r in converted if r.failed)
    line = f"this run: {len(converted)} converted ({failed} failed), {skipped} skipped"
    if result.interrupted:
        err.write(f"newslayout: interrupted; {line}; run the same command again to go on\n")
        return EXIT_INTERRUPTED
    if not args.quiet:
        out.write(f"{line} (done before, unchanged)\n" if skipped else f"{line}\n")
    return EXIT_FAILED if result.failed else EXIT_OK
