"""scripts/typo.py's ``colend``: a hyphen ending a column counts; one ending a piece of a
printed line that a false gutter (spaces lined up in justified text) cut off does not."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "typo.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("typo_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


typo = _load()
SIZE, PITCH = 9.0, 11.0


def _line(x0: float, x1: float, row: int, text: str) -> object:
    bottom = 100.0 + row * PITCH
    return typo.Line(x0, x1, bottom - SIZE, bottom, SIZE, [(x0, x1, text)])


def _colend(per_column: dict[int, list[object]]) -> int:
    fig = typo.PageFigures()
    columns = [(0.0, 0.0)] * (max(per_column) + 1)
    typo._measure_lines(fig, per_column, columns, SIZE, PITCH)
    return int(fig.colend)


def test_a_column_ending_in_a_hyphen_counts_beside_a_deeper_one() -> None:
    # two real columns a gutter (10 pt) apart: the first a line deeper than the second
    left = [_line(30, 168, r, "words") for r in range(3)]
    right = [_line(178, 317, 0, "blood"), _line(178, 317, 1, "the ser\u2010")]
    assert _colend({0: left, 1: right}) == 1


def test_a_hyphen_ending_a_piece_of_a_line_that_goes_on_does_not() -> None:
    # one column cut after "ten" by a false gutter: the line goes on below ("utes left.")
    left = [_line(327, 400, r, "ten") for r in range(3)] + [_line(327, 360, 3, "utes left.")]
    right = [_line(403, 420, r, "min\u2010") for r in range(3)]
    assert _colend({0: left, 1: right}) == 0
