"""`make fuzz`: hypothesis campaigns on the text and XML readers and the validator, and
mutated PDFs through the PDF reader in killable workers.

Every crash (an exception that is not a ``NewslayoutError``, a hang past the limit, a dead
worker) is printed with its signature and its smallest input is written under
``tests/robustness/crashes/``, where ``tests/robustness/test_crash_regressions.py`` replays
it from then on. Slow inputs are listed too. Exit status 1 when anything crashed.

    python scripts/fuzz.py                      # 10,000 text, 10,000 XML, 1,000 PDFs
    python scripts/fuzz.py --pdf 200 --seed 7   # a quicker, different PDF run
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "robustness"))

from fuzzing import (  # noqa: E402  (the harness lives beside the tests that replay crashes)
    CRASH_DIR,
    CampaignReport,
    fuzz_pdf,
    fuzz_text,
    fuzz_xml,
    save_crashes,
)


def _print(report: CampaignReport, save: bool) -> None:
    print(report.summary(), flush=True)
    for seconds, label in report.slowest:
        print(f"    slow: {seconds:6.2f} s  {label[:110]}")
    for crash in report.crashes.values():
        print(f"    CRASH {crash.signature}: {crash.message[:160]}")
        if crash.how:
            print(f"          made by: {crash.how[:160]}")
    if save and report.crashes:
        for path in save_crashes(report):
            print(f"    saved {path.relative_to(REPO)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--text", type=int, default=10_000, help="text inputs (default 10000)")
    parser.add_argument("--xml", type=int, default=10_000, help="XML inputs (default 10000)")
    parser.add_argument("--pdf", type=int, default=1_000, help="mutated PDFs (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="campaign seed (default 0)")
    parser.add_argument("--workers", type=int, default=2, help="PDF worker processes")
    parser.add_argument("--no-save", action="store_true", help=f"do not write to {CRASH_DIR}")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    reports: list[CampaignReport] = []
    if args.text:
        reports.append(fuzz_text(args.text, args.seed))
        _print(reports[-1], not args.no_save)
    if args.xml:
        reports.append(fuzz_xml(args.xml, args.seed))
        _print(reports[-1], not args.no_save)
    if args.pdf:
        cache = REPO / "build" / "fuzz-seeds"
        reports.append(fuzz_pdf(args.pdf, args.seed, workers=args.workers, cache=cache))
        _print(reports[-1], not args.no_save)
    crashes = sum(len(r.crashes) for r in reports)
    inputs = sum(r.inputs for r in reports)
    print(
        f"fuzz: {inputs} target runs in {time.perf_counter() - start:.0f} s, "
        f"{crashes} distinct crash(es)"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
