"""scripts/real_pages.py: where the real pages are looked for, and how the scorer's output pools."""

from __future__ import annotations

import importlib.util
import io
import sys
from contextlib import redirect_stderr
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "real_pages.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_pages_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


rp = _load()


def scorer_output(
    tp: int, n_pred: int, n_true: int, *, head: float, by: tuple[int, int, int]
) -> dict[str, Any]:
    """The parts of score.py's output that the table reads."""

    def prf(t: int, p: int, n: int) -> dict[str, Any]:
        return {"tp": t, "n_pred": p, "n_true": n, "precision": 0.0, "recall": 0.0, "f1": 0.0}

    return {
        "articles": {**prf(tp, n_pred, n_true), "f1": 0.5, "precision": 0.4, "recall": 0.6},
        "headline_exact": head,
        "deck_accuracy": 1.0,
        "bylines": {**prf(*by), "f1": 0.25},
        "captions": {**prf(0, 2, 1), "credit_accuracy": 0.0},
        "body": {"char_similarity_all_true": 0.5},
        "reading_order": {"kendall_concordance": 1.0},
        "teasers": {**prf(0, 0, 0), "recall": 1.0},
        "metadata": {"accuracy": 0.6},
    }


def test_one_set_row_is_the_scorers_own_figures() -> None:
    row = rp.row_from_scorer(scorer_output(2, 5, 3, head=0.5, by=(1, 2, 4)))
    assert (row["articles_f1"], row["articles_p"], row["articles_r"]) == (0.5, 0.4, 0.6)
    assert row["bylines"] == 0.25 and row["headline_exact"] == 0.5 and row["metadata"] == 0.6


def test_pooled_row_adds_up_counts() -> None:
    tally = rp.Tally()
    tally.add(scorer_output(2, 5, 3, head=0.5, by=(1, 2, 4)))
    tally.add(scorer_output(4, 4, 5, head=1.0, by=(3, 3, 4)))
    row = tally.row()
    assert row["articles_p"] == pytest.approx(6 / 9)
    assert row["articles_r"] == pytest.approx(6 / 8)
    assert row["headline_exact"] == pytest.approx((0.5 * 2 + 1.0 * 4) / 6)
    p, r = 4 / 5, 4 / 8
    assert row["bylines"] == pytest.approx(2 * p * r / (p + r))
    assert row["body_all"] == pytest.approx((0.5 * 3 + 0.5 * 5) / 8)
    assert row["teasers"] == 1.0  # nothing expected, nothing produced: perfect, as score.py says
    assert row["metadata"] == pytest.approx(0.6)


def test_folder_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(rp.ENV, str(tmp_path))
    assert rp.real_dir() == tmp_path
    assert rp.real_dir(tmp_path / "x") == tmp_path / "x"
    monkeypatch.delenv(rp.ENV)
    assert rp.real_dir() == rp.DEFAULT_DIR


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    err = io.StringIO()
    with redirect_stderr(err):
        status = rp.run(tmp_path / "nowhere")
    assert status == 2
    assert err.getvalue().startswith("newslayout: error: real newspapers not found")
    assert rp.ENV in err.getvalue()
