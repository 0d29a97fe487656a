"""Measure newslayout's reading quality against the development corpus.

    python scripts/quality.py [--corpus tests/corpus] [--text [--raw | --text-dir DIR]]
                              [--json OUT|-] [--fail-under]

Each tests/corpus/<name>.pdf (or <name>.txt with --text, <name>.raw.txt with --text --raw: the
`pdftotext -raw` extraction the blind sets carry; DIR/<name>.txt with --text-dir, another
extraction kept in build/) is read with newslayout.read,
turned into the inspect JSON and compared with <name>.expected.json. A reader that fails
on a file scores zero for that file; the error is printed and the run goes on.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Run as a plain script from anywhere: newslayout from the root, the metrics from tests/support.
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from support.quality_metrics import (  # noqa: E402
    EMPTY,
    PRF,
    Count,
    Doc,
    Score,
    as_json,
    failures,
    headline_value,
    pool,
    score_issue,
)

COLUMNS = [
    ("metadata", "meta"),
    ("articles", "art F1"),
    ("headline_exact", "head="),
    ("deck", "deck"),
    ("byline", "byline"),
    ("caption", "capt"),
    ("credit", "credit"),
    ("body_similarity", "body"),
    ("reading_order", "order"),
    ("jumps", "jumps"),
    ("teasers", "teaser"),
    ("spurious_hyphens", "hyph!"),
    ("compounds_lost", "cmpd!"),
]


def read_json(
    path: Path, use_text: bool, suffix: str = ".txt", text_dir: Path | None = None
) -> Doc:
    """The reader's inspect JSON for one corpus file (imports newslayout late: may be absent)."""
    import newslayout
    from newslayout.inspect import issue_to_json

    source = path.with_suffix(suffix) if use_text else path
    if use_text and text_dir is not None:
        source = text_dir / source.name
    issue, _diagnostics = newslayout.read(source)
    return issue_to_json(issue)


def evaluate(
    pdf: Path, use_text: bool, suffix: str = ".txt", text_dir: Path | None = None
) -> tuple[dict[str, Score], str | None, float]:
    expected: Doc = json.loads(pdf.with_suffix(".expected.json").read_text(encoding="utf-8"))
    start = time.perf_counter()
    try:
        got = read_json(pdf, use_text, suffix, text_dir)
        error = None
    except Exception as exc:
        got, error = EMPTY, f"{type(exc).__name__}: {exc}"
        traceback.print_exc(limit=3, file=sys.stderr)
    return score_issue(expected, got), error, time.perf_counter() - start


def fmt(score: Score) -> str:
    if isinstance(score, Count):
        return str(score.n)
    return f"{headline_value(score):.3f}"


def table(rows: list[tuple[str, dict[str, Score]]]) -> str:
    width = max([len(n) for n, _ in rows] + [8])
    lines = [f"{'issue':<{width}} " + " ".join(f"{h:>7}" for _, h in COLUMNS)]
    for name, scores in rows:
        lines.append(f"{name:<{width}} " + " ".join(f"{fmt(scores[k]):>7}" for k, _ in COLUMNS))
    return "\n".join(lines)


def detail(scores: dict[str, Score]) -> str:
    """Precision and recall behind each F1, which the table hides."""
    parts = [
        f"{k}: P={s.precision:.3f} R={s.recall:.3f}"
        for k, s in scores.items()
        if isinstance(s, PRF)
    ]
    return "  " + "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Compare newslayout's reading of the corpus with the expected JSON."
    )
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    ap.add_argument(
        "--text", action="store_true", help="read the pdftotext .txt files instead of the PDFs"
    )
    ap.add_argument(
        "--raw",
        action="store_true",
        help="with --text: read the `pdftotext -raw` extractions <name>.raw.txt",
    )
    ap.add_argument(
        "--text-dir",
        type=Path,
        metavar="DIR",
        help="with --text, read DIR/<name>.txt (another extraction of the same issues)",
    )
    ap.add_argument(
        "--json", metavar="OUT", help="write the figures as JSON to OUT ('-' for stdout)"
    )
    ap.add_argument(
        "--fail-under", action="store_true", help="exit 1 when the overall figures miss the targets"
    )
    args = ap.parse_args(argv)

    # A text-only set (seed-form fixtures) has <name>.txt and no PDF.
    sources = {p.with_suffix("") for p in args.corpus.glob("*.pdf")}
    if args.text:
        # (not the -raw extractions <name>.raw.txt beside them: the same issue again)
        sources |= {
            p.with_suffix("") for p in args.corpus.glob("*.txt") if not p.name.endswith(".raw.txt")
        }
    pdfs = sorted(
        {p.with_suffix(".pdf") for p in sources if p.with_suffix(".expected.json").exists()}
    )
    if not pdfs:
        print(f"no corpus issues in {args.corpus}", file=sys.stderr)
        return 2
    rows: list[tuple[str, dict[str, Score]]] = []
    report: dict[str, Any] = {"issues": {}}
    for pdf in pdfs:
        suffix = ".raw.txt" if args.raw else ".txt"
        scores, error, seconds = evaluate(pdf, args.text, suffix, args.text_dir)
        rows.append((pdf.stem, scores))
        report["issues"][pdf.stem] = {
            "error": error,
            "seconds": round(seconds, 3),
            "scores": as_json(scores),
        }
        if error:
            print(f"{pdf.stem}: reader failed: {error}", file=sys.stderr)
    overall = pool(s for _, s in rows)
    report["overall"] = as_json(overall)
    missed = failures(overall)
    report["failures"] = missed

    if args.json != "-":
        print(table([*rows, ("OVERALL", overall)]))
        print(detail(overall))
        print("targets: " + ("all met" if not missed else "MISSED " + "; ".join(missed)))
    if args.json:
        text = json.dumps(report, indent=2, ensure_ascii=False)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 1 if args.fail_under and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
