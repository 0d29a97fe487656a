"""Benchmark the PDF reader against pdfplumber's bare character extraction (``make bench``).

    python scripts/bench_read.py [--pages 24] [--repeat 3]

Builds (or reuses, under build/) a dense issue, times pdfplumber's ``page.chars`` over every
page (closing each page, best of N) and ``newslayout.read`` of the same file in the same run,
twice: on one core (``NEWSLAYOUT_PDF_WORKERS=1``) and with the page pool (the default, one
worker per CPU), and prints both ratios. Wall time is what the target is about; CPU time
(this process, plus the pool's workers) is printed too, being steadier on a busy machine.
Then the peak memory of a full read at 12 and 48 pages, each in a fresh subprocess
(``resource.getrusage``: the reading process, and the largest pool worker).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.dense_issue import build  # noqa: E402

BUILD = ROOT / "build" / "bench"
WORKERS_ENV = "NEWSLAYOUT_PDF_WORKERS"


@dataclass(frozen=True, slots=True)
class Timing:
    """Best wall time of N runs, and the CPU time (self + children) of that run."""

    wall: float
    cpu: float


def dense(pages: int) -> Path:
    """The cached dense issue of ``pages`` pages."""
    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / f"dense-{pages}.pdf"
    if not path.exists():
        build(path, pages)
    return path


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def best_of(repeat: int, run: Callable[[], None]) -> Timing:
    best: Timing | None = None
    for _ in range(repeat):
        cpu, wall = _cpu(), time.perf_counter()
        run()
        timing = Timing(wall=time.perf_counter() - wall, cpu=_cpu() - cpu)
        if best is None or timing.wall < best.wall:
            best = timing
    assert best is not None
    return best


def bare_chars(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            _ = page.chars
            page.close()


def full_read(path: Path, workers: str | None) -> None:
    from newslayout import read

    if workers is None:
        os.environ.pop(WORKERS_ENV, None)
    else:
        os.environ[WORKERS_ENV] = workers
    read(path)


def peak_memory_mb(path: Path, workers: str | None) -> tuple[float, float]:
    """Peak RSS (MB) of a full read in a fresh process, and of its largest pool worker."""
    code = (
        "import resource, sys; from newslayout import read; read(sys.argv[1]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    env = {k: v for k, v in os.environ.items() if k != WORKERS_ENV}
    if workers is not None:
        env[WORKERS_ENV] = workers
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    own, child = out.stdout.strip().splitlines()[-1].split()
    return int(own) / 1024, int(child) / 1024


def _line(label: str, timing: Timing, pages: int, floor: Timing | None = None) -> str:
    text = (
        f"{label:34s} {timing.wall:7.2f} s wall ({timing.wall / pages:.3f} s/page), "
        f"{timing.cpu:7.2f} s CPU"
    )
    if floor is not None:
        text += f"  ratio {timing.wall / floor.wall:.2f}x wall, {timing.cpu / floor.cpu:.2f}x CPU"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    path = dense(args.pages)
    floor = best_of(args.repeat, lambda: bare_chars(path))
    single = best_of(args.repeat, lambda: full_read(path, "1"))
    pooled = best_of(args.repeat, lambda: full_read(path, None))
    print(f"dense issue: {path.name}, {args.pages} pages, best of {args.repeat}")
    print(_line("pdfplumber page.chars (floor)", floor, args.pages))
    print(_line("newslayout.read, one core", single, args.pages, floor))
    print(_line("newslayout.read, page pool", pooled, args.pages, floor))
    print(f"target: ratio <= 1.30x (one core {single.wall / floor.wall:.2f}x, ", end="")
    print(f"pooled {pooled.wall / floor.wall:.2f}x)")
    for pages in (12, 48):
        own, _ = peak_memory_mb(dense(pages), "1")
        parent, worker = peak_memory_mb(dense(pages), None)
        print(
            f"peak memory, {pages} pages: {own:.0f} MB one core; "
            f"pooled {parent:.0f} MB reader + {worker:.0f} MB largest worker"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
