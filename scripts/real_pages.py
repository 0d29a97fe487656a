"""Score the PDF reader on the real newspaper pages of ``../shared/real-newspapers``.

    python scripts/real_pages.py [--dir DIR] [--json OUT|-]

The pages, their ``truth.json`` and the scorer ``score.py`` live in the shared folder (the page
content belongs to its publishers and is never copied into this repository). The folder is
``../shared/real-newspapers`` relative to the repository root, or ``$NEWSLAYOUT_REAL_DIR``.
Each ``<set>/issue.pdf`` is read with ``newslayout.read`` into the ``inspect --json`` shape and
scored by the set's own ``score.score(truth, prediction)``, imported from the shared folder, so
the per-set figures are exactly the scorer's. The pooled row adds up the scorer's counts
(matched articles, byline/caption/teaser counts); see ``pool`` for how each column is pooled.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "real-newspapers"
ENV = "NEWSLAYOUT_REAL_DIR"

Doc = dict[str, Any]
Scorer = Callable[[Doc, Doc], Doc]


class MissingSet(Exception):
    """The real-newspaper folder (or its scorer) is not where it should be."""


def real_dir(override: Path | None = None) -> Path:
    """The folder to read: an explicit path, else $NEWSLAYOUT_REAL_DIR, else ../shared/..."""
    if override is not None:
        return override
    env = os.environ.get(ENV)
    return Path(env) if env else DEFAULT_DIR


def load_scorer(folder: Path) -> Scorer:
    """``score`` from the set's own score.py (imported in place, never copied)."""
    path = folder / "score.py"
    if not path.is_file():
        raise MissingSet(f"no scorer {path}")
    spec = importlib.util.spec_from_file_location("real_newspapers_score", path)
    if spec is None or spec.loader is None:
        raise MissingSet(f"cannot import {path}")
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return cast(Scorer, module.score)


def page_sets(folder: Path) -> list[Path]:
    """Every sub-folder holding ``issue.pdf`` and ``truth.json``, sorted by name."""
    if not folder.is_dir():
        raise MissingSet(f"no folder {folder}")
    sets = sorted(
        d for d in folder.iterdir() if (d / "issue.pdf").is_file() and (d / "truth.json").is_file()
    )
    if not sets:
        raise MissingSet(f"no <set>/issue.pdf with truth.json in {folder}")
    return sets


def predict(pdf: Path) -> Doc:
    """The reader's ``inspect --json`` document for one PDF."""
    import newslayout
    from newslayout.inspect import issue_to_json

    issue, _diagnostics = newslayout.read(pdf)
    return issue_to_json(issue)


# ---------------------------------------------------------------- pooling the scorer's output


@dataclass
class Tally:
    """Sums of the scorer's per-set counts; ``row`` turns them into the table's figures."""

    art_tp: float = 0.0
    art_pred: float = 0.0
    art_true: float = 0.0
    head_exact: float = 0.0  # matched articles whose headline is exact (mean x matches)
    deck_ok: float = 0.0
    by_tp: float = 0.0
    by_pred: float = 0.0
    by_true: float = 0.0
    cap_tp: float = 0.0
    cap_pred: float = 0.0
    cap_true: float = 0.0
    credit_ok: float = 0.0  # matched captions with the right credit
    body_sum: float = 0.0  # char similarity summed over matched articles (all-true denominator)
    order_sum: float = 0.0
    tease_tp: float = 0.0
    tease_true: float = 0.0
    tease_pred: float = 0.0
    meta_sum: float = 0.0
    sets: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, m: Doc) -> None:
        art = m["articles"]
        matched = art["tp"]
        self.art_tp += matched
        self.art_pred += art["n_pred"]
        self.art_true += art["n_true"]
        self.head_exact += m["headline_exact"] * matched
        self.deck_ok += m["deck_accuracy"] * matched
        self.order_sum += m["reading_order"]["kendall_concordance"] * matched
        self.body_sum += m["body"]["char_similarity_all_true"] * art["n_true"]
        by = m["bylines"]
        self.by_tp, self.by_pred, self.by_true = (
            self.by_tp + by["tp"],
            self.by_pred + by["n_pred"],
            self.by_true + by["n_true"],
        )
        cap = m["captions"]
        self.cap_tp += cap["tp"]
        self.cap_pred += cap["n_pred"]
        self.cap_true += cap["n_true"]
        self.credit_ok += cap["credit_accuracy"] * cap["tp"]
        tease = m["teasers"]
        self.tease_tp += tease["tp"]
        self.tease_pred += tease["n_pred"]
        self.tease_true += tease["n_true"]
        self.meta_sum += m["metadata"]["accuracy"]
        self.sets += 1

    def row(self) -> dict[str, float]:
        """The pooled figures, with the scorer's conventions for empty denominators."""
        p, r, f = _prf(self.art_tp, self.art_pred, self.art_true)
        return {
            "articles_f1": f,
            "articles_p": p,
            "articles_r": r,
            "headline_exact": _mean(self.head_exact, self.art_tp, 0.0),
            "deck": _mean(self.deck_ok, self.art_tp, 0.0),
            "bylines": _prf(self.by_tp, self.by_pred, self.by_true)[2],
            "captions": _prf(self.cap_tp, self.cap_pred, self.cap_true)[2],
            "credits": _mean(self.credit_ok, self.cap_tp, 0.0),
            "body_all": _mean(self.body_sum, self.art_true, 1.0),
            "order": _mean(self.order_sum, self.art_tp, 0.0),
            "teasers": _prf(self.tease_tp, self.tease_pred, self.tease_true)[1],
            "metadata": _mean(self.meta_sum, self.sets, 0.0),
        }


def _mean(total: float, n: float, empty: float) -> float:
    return total / n if n else empty


def _prf(tp: float, npred: float, ntrue: float) -> tuple[float, float, float]:
    # score.py's conventions: nothing expected and nothing produced is perfect.
    p = tp / npred if npred else (1.0 if ntrue == 0 else 0.0)
    r = tp / ntrue if ntrue else (1.0 if npred == 0 else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def row_from_scorer(m: Doc) -> dict[str, float]:
    """One set's figures exactly as score.py reports them."""
    tally = Tally()
    tally.add(m)
    row = tally.row()
    # Straight from the scorer (the pooled formulas agree for one set; this makes it explicit).
    row.update(
        articles_f1=m["articles"]["f1"],
        articles_p=m["articles"]["precision"],
        articles_r=m["articles"]["recall"],
        headline_exact=m["headline_exact"],
        deck=m["deck_accuracy"],
        bylines=m["bylines"]["f1"],
        captions=m["captions"]["f1"],
        credits=m["captions"]["credit_accuracy"],
        body_all=m["body"]["char_similarity_all_true"],
        order=m["reading_order"]["kendall_concordance"],
        teasers=m["teasers"]["recall"],
        metadata=m["metadata"]["accuracy"],
    )
    return row


COLUMNS = [
    ("headline_exact", "head="),
    ("deck", "deck"),
    ("bylines", "byline"),
    ("captions", "capt"),
    ("credits", "credit"),
    ("body_all", "body"),
    ("order", "order"),
    ("teasers", "teaser"),
    ("metadata", "meta"),
]


def table(rows: Sequence[tuple[str, dict[str, float]]]) -> str:
    width = max([len(n) for n, _ in rows] + [8])
    head = f"{'page set':<{width}} {'art F1 (P/R)':>19} " + " ".join(f"{h:>6}" for _, h in COLUMNS)
    lines = [head]
    for name, r in rows:
        art = f"{r['articles_f1']:.3f} ({r['articles_p']:.2f}/{r['articles_r']:.2f})"
        rest = " ".join(f"{r[k]:>6.3f}" for k, _ in COLUMNS)
        lines.append(f"{name:<{width}} {art:>19} {rest}")
    return "\n".join(lines)


def run(folder: Path, out_json: str | None = None) -> int:
    try:
        sets = page_sets(folder)
        scorer = load_scorer(folder)
    except MissingSet as exc:
        print(
            f"newslayout: error: real newspapers not found ({exc}): put the set at "
            f"../shared/real-newspapers beside the repository or set {ENV}=DIR",
            file=sys.stderr,
        )
        return 2
    rows: list[tuple[str, dict[str, float]]] = []
    pooled = Tally()
    report: dict[str, Any] = {"dir": str(folder), "sets": {}}
    for d in sets:
        truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        start = time.perf_counter()
        try:
            pred, error = predict(d / "issue.pdf"), None
        except Exception as exc:  # a reader failure scores the set as empty, the run goes on
            pred, error = {}, f"{type(exc).__name__}: {exc}"
            traceback.print_exc(limit=3, file=sys.stderr)
            print(f"{d.name}: reader failed: {error}", file=sys.stderr)
        seconds = time.perf_counter() - start
        m = scorer(truth, pred)
        pooled.add(m)
        rows.append((d.name, row_from_scorer(m)))
        report["sets"][d.name] = {
            "error": error,
            "seconds": round(seconds, 3),
            "row": rows[-1][1],
            "scorer": {k: v for k, v in m.items() if k != "per_article"},
        }
    report["pooled"] = pooled.row()
    if out_json != "-":
        print(f"== real newspapers ({folder}), scored by its score.py")
        print(table([*rows, ("POOLED", pooled.row())]))
        print("  body = char similarity over all true articles; teaser = recall; pooled rows")
        print("  sum the scorer's counts (articles, bylines, captions, teasers) over the sets")
    if out_json:
        text = json.dumps(report, indent=2, ensure_ascii=False)
        if out_json == "-":
            print(text)
        else:
            Path(out_json).write_text(text + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the PDF reader on the real newspaper pages.")
    ap.add_argument("--dir", type=Path, help=f"the set's folder (default ${ENV} or {DEFAULT_DIR})")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT ('-': stdout)")
    args = ap.parse_args(argv)
    return run(real_dir(args.dir), args.json)


if __name__ == "__main__":
    if str(ROOT) not in sys.path:  # run as a plain script from anywhere
        sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
