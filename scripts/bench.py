"""`make bench`: every benchmark, each against a baseline measured in the same run.

- ``scripts/bench_read.py``: reading a dense issue vs pdfplumber's bare character extraction,
  and peak memory at 12 and 48 pages.
- ``scripts/bench_write.py``: writing a 24-page issue vs ReportLab building the same
  paragraphs in plain frames.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("bench_read.py", "bench_write.py")


def main() -> int:
    status = 0
    for name in BENCHES:
        print(f"\n=== {name}", flush=True)
        status |= subprocess.call([sys.executable, str(HERE / name), *sys.argv[1:]])
    return status


if __name__ == "__main__":
    raise SystemExit(main())
