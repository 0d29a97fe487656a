"""Fit the weighed pass's model on generated issues and report how it does on others.

    python scripts/train.py [--seeds 2101 2102 ...] [--count 12] [--no-build]   (make train)
    python scripts/train.py --evaluate-only [--eval build/blind/2001 ...]

Builds the training seeds with the blind generator (``build/blind/<seed>``, as
``scripts/blind.py`` does; never the lead's blind seeds 1001-1999), reads every issue with the
rule table, labels the blocks from the drawn issues (``tools/train/labels.py``), fits the
logistic regression (``tools/train/fit.py``, scikit-learn from the ``train`` extra) and writes
``newslayout/data/weighed-roles.json``. The same seeds give the same file byte for byte.
Then it scores the rule roles and the weighed roles, block by block, on the evaluation sets
(sets the model was not trained on: by default the development seeds 2001-2004 that exist).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from newslayout.readers.pdf.s3_classify.weighed import (  # noqa: E402
    MAY_BECOME,
    RoleModel,
    decide,
)
from newslayout.readers.pdf.types import BlockRole  # noqa: E402
from tools.train.dataset import Row, folder_rows  # noqa: E402
from tools.train.fit import dumps, fit, model_class  # noqa: E402

MODEL = ROOT / "newslayout" / "data" / "weighed-roles.json"
#: The seeds the shipped model is fitted on (drawn by tools/corpus/blind, 12 issues each).
TRAIN_SEEDS = (2101, 2102, 2103)
TRAIN_COUNT = 12
#: The development seeds it is scored on (never trained on).
EVAL_SEEDS = (2001, 2002, 2003, 2004)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def build_seed(seed: int, count: int) -> None:
    """Draw and typeset a training seed as ``scripts/blind.py`` does, unless already built."""
    import blind  # scripts/blind.py: the tools venv and the generator's command line

    if not 2100 <= seed <= 2999:
        raise SystemExit(f"newslayout: error: seed {seed}: train only on seeds 2100-2999")
    folder = ROOT / "build" / "blind" / str(seed)
    if len(list(folder.glob("*.expected.json"))) >= count:
        return
    if folder.exists():
        shutil.rmtree(folder)
    blind.build(seed, count, folder)


def rows_of(folder: Path) -> list[Row]:
    return list(folder_rows(folder))


def weighed_role(r: Row, model: RoleModel, threshold: float) -> str:
    """The role the weighed pass gives the block of ``r`` (as a model class)."""
    role = BlockRole(r.rule_role)
    if role not in {old for old, _ in MAY_BECOME}:
        return model_class(r.rule_role)
    return model_class(decide(model, r.features, role, threshold).value)


def score(rows: Sequence[Row], model: RoleModel, threshold: float) -> tuple[int, int, int]:
    """(blocks, right by the rules, right after the weighed pass) over labelled blocks."""
    right_rules = sum(model_class(r.rule_role) == r.truth for r in rows)
    right_weighed = sum(weighed_role(r, model, threshold) == r.truth for r in rows)
    return len(rows), right_rules, right_weighed


def changes(rows: Sequence[Row], model: RoleModel, threshold: float) -> collections.Counter[str]:
    """How many blocks each change of role fixes, breaks or leaves wrong."""
    out: collections.Counter[str] = collections.Counter()
    for r in rows:
        rule, new = model_class(r.rule_role), weighed_role(r, model, threshold)
        if new != rule:
            verdict = "fixed" if new == r.truth else ("broke" if rule == r.truth else "still wrong")
            out[f"{rule}->{new} {verdict}"] += 1
    return out


def report(name: str, rows: Sequence[Row], model: RoleModel) -> None:
    print(f"== {name}: {len(rows)} labelled blocks")
    print("threshold  blocks  rules  weighed")
    for t in THRESHOLDS:
        n, a, b = score(rows, model, t)
        print(f"{t:9.2f}  {n:6d}  {a / max(1, n):.4f} {b / max(1, n):.4f}  ({b - a:+d} blocks)")
    for change, n in sorted(changes(rows, model, 0.8).items()):
        print(f"   at 0.80: {change}: {n}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Fit and score the weighed pass's model.")
    ap.add_argument("--seeds", type=int, nargs="*", default=list(TRAIN_SEEDS))
    ap.add_argument("--count", type=int, default=TRAIN_COUNT, help="issues per training seed")
    ap.add_argument("--no-build", action="store_true", help="use the seeds already built")
    ap.add_argument("--evaluate-only", action="store_true", help="score the shipped model")
    ap.add_argument(
        "--eval", type=Path, nargs="*", help="sets to score (default: the dev seeds; none: skip)"
    )
    ap.add_argument("--out", type=Path, default=MODEL)
    args = ap.parse_args(argv)
    if not args.evaluate_only:
        rows: list[Row] = []
        for seed in args.seeds:
            if not args.no_build:
                build_seed(seed, args.count)
            rows += rows_of(ROOT / "build" / "blind" / str(seed))
        if not rows:
            print("newslayout: error: no labelled blocks: build the seeds first", file=sys.stderr)
            return 2
        model_data = fit(rows, {"seeds": args.seeds, "issues_per_seed": args.count})
        args.out.write_text(dumps(model_data), encoding="utf-8")
        print(f"wrote {args.out} ({model_data['rows']} rows)")
        print(collections.Counter(r.truth for r in rows))
        report("training seeds", rows, RoleModel.from_json(model_data))
    model = RoleModel.from_json(json.loads(args.out.read_text(encoding="utf-8")))
    folders = args.eval
    if folders is None:
        folders = [ROOT / "build" / "blind" / str(s) for s in EVAL_SEEDS]
    for folder in folders:
        if any(folder.glob("*.expected.json")):
            report(str(folder), rows_of(folder), model)
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main())
