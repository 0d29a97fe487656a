"""Run ``newslayout convert`` (and ``inspect``) over every file of the hostile PDF corpus and
print the outcome table by category: read / read with pages skipped / clear error / FAILED.

The corpus is ``$NEWSLAYOUT_PDF_CORPUS`` or ``<repo>/../shared/pdfs``. Each file runs in a
hard-limited child (see ``tests/robustness/corpus_probe.py``). ``--details`` lists every file
with its outcome and the message or diagnostics; ``--markdown`` prints the table in the form
``docs/robustness.md`` uses. Exit status 1 when a file FAILED (a crash, a hang, a traceback,
a broken promise).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "robustness"))

from corpus_probe import (  # noqa: E402  (the harness is shared with the manifest test)
    ProbeResult,
    corpus_root,
    diagnostics_of,
    outcome,
    outcome_table,
    probe_all,
    problems,
    read_manifest,
    skipped_pages,
)

COLUMNS = ("read", "read, pages skipped", "clear error", "FAILED")


def _table(results: list[ProbeResult], markdown: bool) -> str:
    table = outcome_table(results)
    totals = {c: sum(row.get(c, 0) for row in table.values()) for c in COLUMNS}
    rows = [(cat, [table[cat].get(c, 0) for c in COLUMNS]) for cat in sorted(table)]
    rows.append(("all", [totals[c] for c in COLUMNS]))
    if markdown:
        lines = ["| category | files | " + " | ".join(COLUMNS) + " |"]
        lines.append("|---|---:|" + "---:|" * len(COLUMNS))
        for name, counts in rows:
            lines.append(f"| {name} | {sum(counts)} | " + " | ".join(map(str, counts)) + " |")
        return "\n".join(lines)
    head = f"{'category':<14}{'files':>6}" + "".join(f"{c:>22}" for c in COLUMNS)
    body = [
        f"{name:<14}{sum(counts):>6}" + "".join(f"{n:>22}" for n in counts) for name, counts in rows
    ]
    return "\n".join([head, *body])


def _detail(result: ProbeResult) -> str:
    convert = result.get("convert")
    verdict = outcome(result)
    if verdict == "FAILED":
        said = "; ".join(problems(result))
    elif convert is not None and convert.status == 2:
        said = convert.message
    else:
        codes = sorted({str(d.get("code")) for d in diagnostics_of(convert)} if convert else set())
        skipped = skipped_pages(convert) if convert else []
        said = f"diagnostics: {', '.join(codes) or '-'}" + (
            f"; skipped pages {skipped}" if skipped else ""
        )
    seconds = max((r.seconds for r in result.results), default=result.seconds)
    return f"{verdict:<20} {seconds:6.2f}s  {result.row.path}\n    {said[:300]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="one line per file")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--workers", type=int, default=None, help="parallel children")
    args = parser.parse_args(argv)
    root = corpus_root()
    if root is None:
        print("no corpus: set NEWSLAYOUT_PDF_CORPUS or put it at <repo>/../shared/pdfs")
        return 2
    rows = read_manifest(root)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pdf-outcomes-") as work:
        found = probe_all(rows, root, Path(work), workers=args.workers)
    results = [found[r.path] for r in rows]
    if args.details:
        for result in sorted(results, key=lambda r: (r.row.category, outcome(r), r.row.path)):
            print(_detail(result))
        print()
    print(_table(results, args.markdown))
    ours = sum(1 for r in results if (c := r.get("convert")) and c.status == 0)
    theirs = sum(1 for r in rows if r.pdfplumber == "ok")
    print(f"\nread: {ours} files (pdfplumber alone: {theirs}); {len(rows)} files in all, ", end="")
    print(f"{time.perf_counter() - start:.0f} s")
    return 1 if any(outcome(r) == "FAILED" for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
