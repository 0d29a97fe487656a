"""Measure ``newslayout batch``: throughput with 1 and 2 workers, scaling, memory, manifest cost,
and a seeded SIGKILL test on the whole set; then the cost of a 1,000,000-page archive.

    .venv/bin/python scripts/bench_batch.py [--copies 2] [--kills 5] [--seed 14]

The inputs are the development-corpus and held-out PDFs (tests/corpus*/, tests/holdout*/),
copied ``--copies`` times into a temporary folder (28 issues each time). Figures go to stdout
as plain text (docs/batch.md quotes them).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from newslayout.batch.manifest import Manifest
from newslayout.batch.runner import BatchResult, run_batch
from newslayout.batch.worker import FileResult, Status

REPO = Path(__file__).resolve().parents[1]
ARCHIVE_PAGES = 1_000_000


def build_inputs(folder: Path, copies: int) -> int:
    pdfs = sorted(REPO.glob("tests/corpus*/*.pdf")) + sorted(REPO.glob("tests/holdout*/*.pdf"))
    for n in range(copies):
        for pdf in pdfs:
            target = folder / f"copy{n}" / pdf.parent.name / pdf.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(pdf, target)
    return len(pdfs) * copies


def timed(src: Path, out: Path, jobs: int) -> tuple[BatchResult, float]:
    started = time.perf_counter()
    result = run_batch([src], out, jobs=jobs)
    return result, time.perf_counter() - started


def manifest_overhead(folder: Path, files: int = 2000) -> float:
    """Milliseconds to record one file in the manifest (a committed SQLite row)."""
    folder.mkdir()
    result = FileResult(key="", status=Status.OK, pages=40, articles=120, seconds=30.0)
    with Manifest(folder) as manifest:
        started = time.perf_counter()
        for n in range(files):
            manifest.record(
                replace(result, key=f"1990/{n:06d}.pdf"),
                source=f"/archive/1990/{n:06d}.pdf",
                output=f"1990/{n:06d}.xml",
                options="0123456789abcdef",
                version="0.1.0",
            )
        return (time.perf_counter() - started) / files * 1000


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith((".newslayout", "newslayout-batch"))
    }


def kill_test(src: Path, out: Path, expected: dict[str, bytes], kills: int, seed: int,
              span: float) -> str:  # fmt: skip
    rng = random.Random(seed)
    argv = [sys.executable, "-m", "newslayout", "batch", str(src), "-o", str(out), "--jobs", "2"]
    points = []
    for _ in range(kills):
        child = subprocess.Popen([*argv, "-q"])
        point = rng.uniform(1.0, span)
        points.append(f"{point:.1f}")
        time.sleep(point)
        child.send_signal(signal.SIGKILL)
        child.wait()
    subprocess.run([*argv, "-q"], check=False)
    same = tree(out) == expected
    leftovers = len(list(out.rglob("*.part")))
    return (
        f"kill test: {kills} SIGKILLs at {', '.join(points)} s (seed {seed}), then one full run: "
        f"outputs {'IDENTICAL' if same else 'DIFFERENT'} to the uninterrupted run "
        f"({len(expected)} files), {leftovers} leftover temporary files"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="runs of each worker count")
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = Path(tmp)
        issues = build_inputs(root / "src", args.copies)
        # Rounds alternate 1 and 2 workers, so that a change of load on a shared machine
        # hits both; the best (shortest) round of each is kept.
        best: dict[int, tuple[BatchResult, float]] = {}
        loads: list[float] = []
        for n in range(args.rounds):
            for jobs in (1, 2):
                out = root / f"out{jobs}-{n}"
                result, seconds = timed(root / "src", out, jobs)
                loads.append(os.getloadavg()[0])
                if jobs not in best or seconds < best[jobs][1]:
                    best[jobs] = (result, seconds)
        first = best[1][0]
        pages = sum(r.pages for r in first.results)
        failed = len(first.failed)
        pps = {jobs: pages / seconds for jobs, (_, seconds) in best.items()}
        efficiency = pps[2] / (2 * pps[1])
        cpu_per_page = sum(r.cpu_seconds for r in first.results) / pages
        wall_per_page = sum(r.seconds for r in first.results) / pages
        peak = max(r.peak_mb for result, _ in best.values() for r in result.results)
        keep = root / f"out2-{args.rounds - 1}"
        started = time.perf_counter()
        resumed = run_batch([root / "src"], keep, jobs=2)
        resume_ms = (time.perf_counter() - started) / issues * 1000
        assert not resumed.converted
        record_ms = manifest_overhead(root / "manifest")

        print(f"inputs: {issues} issues, {pages} pages ({failed} failed), {args.copies} copies")
        print(f"machine: {os.cpu_count()} cores, load average {min(loads):.1f}-{max(loads):.1f}")
        print(f"workers  wall s  pages/s  issues/s   (best of {args.rounds} rounds)")
        for jobs, (_, seconds) in sorted(best.items()):
            print(f"{jobs:>7}  {seconds:6.1f}  {pps[jobs]:7.2f}  {issues / seconds:8.2f}")
        print(f"scaling efficiency 1 -> 2 workers (wall): {efficiency:.0%}")
        cpu = {
            jobs: sum(r.cpu_seconds for r in result.results) / pages
            for jobs, (result, _) in best.items()
        }
        print(
            f"CPU per page: {cpu[1]:.3f} s with 1 worker, {cpu[2]:.3f} s with 2 "
            f"(CPU efficiency {cpu[1] / cpu[2]:.0%}: work does not grow with workers)"
        )
        print(
            f"per page in a worker: {cpu_per_page:.2f} s CPU, {wall_per_page:.2f} s wall "
            f"-> {1 / cpu_per_page:.2f} pages/s on a dedicated core"
        )
        print(f"peak resident memory per worker: {peak:.0f} MB")
        print(f"manifest: {record_ms:.2f} ms to record a file (committed row)")
        print(f"resume: {resume_ms:.1f} ms per already-done file (hash + check)")

        core = 1 / cpu_per_page
        assumed = 0.9  # a dedicated machine's scaling, assumed (this one is shared)
        rows = ARCHIVE_PAGES / (pages / issues)
        print(f"on paper, {ARCHIVE_PAGES:,} pages at {core:.2f} pages/s per dedicated core:")
        for label, cores in (("one 16-core machine", 16), ("10 nodes x 16 cores on Dask", 160)):
            hours = ARCHIVE_PAGES / (core * cores * assumed) / 3600
            print(
                f"  {label}: {hours:.1f} h at {assumed:.0%} efficiency "
                f"({ARCHIVE_PAGES * cpu_per_page / 3600:.0f} CPU-hours), "
                f"memory 16 workers x {peak:.0f} MB = {16 * peak / 1024:.1f} GB per machine"
            )
        print(f"  manifest: {rows:,.0f} rows at this issue size, {rows * record_ms / 1000:.0f} s")
        print(
            kill_test(root / "src", root / "killed", tree(keep), args.kills, args.seed, best[2][1])
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
