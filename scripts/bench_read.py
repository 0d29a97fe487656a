"""Benchmark the PDF reader against pdfplumber's bare character extraction (``make bench``).

    python scripts/bench_read.py [--pages 24] [--repeat 3]

Builds (or reuses, under build/) a dense issue, times pdfplumber's ``page.chars`` over every
page (closing each page, best of N) and ``newslayout.read`` of the same file in the same run,
prints the ratio, then the peak memory of a full read at 12 and 48 pages (each measured in a
fresh subprocess with ``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.dense_issue import build  # noqa: E402

BUILD = ROOT / "build" / "bench"


def dense(pages: int) -> Path:
    """The cached dense issue of ``pages`` pages."""
    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / f"dense-{pages}.pdf"
    if not path.exists():
        build(path, pages)
    return path


def bare_chars(path: Path) -> float:
    import pdfplumber

    started = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            _ = page.chars
            page.close()
    return time.perf_counter() - started


def full_read(path: Path) -> float:
    from newslayout import read

    started = time.perf_counter()
    read(path)
    return time.perf_counter() - started


def peak_memory_mb(path: Path) -> float:
    code = (
        "import resource, sys; from newslayout import read; read(sys.argv[1]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    path = dense(args.pages)
    floor = min(bare_chars(path) for _ in range(args.repeat))
    ours = min(full_read(path) for _ in range(args.repeat))
    print(f"dense issue: {path.name}, {args.pages} pages")
    print(
        f"pdfplumber page.chars (best of {args.repeat}): {floor:.2f} s "
        f"({floor / args.pages:.3f} s/page)"
    )
    print(
        f"newslayout.read        (best of {args.repeat}): {ours:.2f} s "
        f"({ours / args.pages:.3f} s/page)"
    )
    print(f"ratio: {ours / floor:.2f}x (target <= 1.30x)")
    for pages in (12, 48):
        print(f"peak memory, {pages} pages: {peak_memory_mb(dense(pages)):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
