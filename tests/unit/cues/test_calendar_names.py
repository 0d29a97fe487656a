"""newslayout/cues/calendar_names.py is what scripts/gen_calendar.py writes from Babel's CLDR
today (regenerate with ``python scripts/gen_calendar.py``), and the generator drops a name two
languages give different numbers."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "gen_calendar.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_calendar_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load()


def test_the_shipped_table_is_what_babel_gives() -> None:
    shipped = (ROOT / "newslayout" / "cues" / "calendar_names.py").read_text(encoding="utf-8")
    assert gen.render() == shipped, "stale table: run python scripts/gen_calendar.py"


def test_a_name_two_languages_give_different_months_is_dropped() -> None:
    czech, polish = {11: "listopad", 4: "duben"}, {11: "Listopad", 1: "styczeń", 4: "kwiecień"}
    slovene = {10: "listopad", 7: "jul"}
    names = gen.unambiguous([czech, polish, slovene], {"sept": 9})
    assert "listopad" not in names
    assert names == {"duben": 4, "styczeń": 1, "kwiecień": 4, "jul": 7, "sept": 9}


def test_short_names_are_no_cue_and_folding_matches_the_reader() -> None:
    assert gen.unambiguous([{0: "ma", 1: "Tii."}], {}) == {"tii": 1}


def test_reading_does_not_load_babel() -> None:
    code = "import sys, newslayout, newslayout.cues.masthead; print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
