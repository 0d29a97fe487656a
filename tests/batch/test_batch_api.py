"""``newslayout.batch`` is the library entry point, and importing newslayout stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from batch_helpers import make_tree

import newslayout
from newslayout.batch import BatchOptions


def test_importing_newslayout_loads_no_pool_dask_rich_or_pdf_library() -> None:
    code = (
        "import sys, newslayout\n"
        "assert callable(newslayout.batch)\n"
        "heavy = {'rich', 'distributed', 'dask', 'pdfplumber', 'reportlab', 'sqlite3'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"


def test_batch_from_a_notebook(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src", pdf=False)
    result = newslayout.batch(
        str(src / "2025"), tmp_path / "out", options=BatchOptions(to_format="json"), jobs=1
    )
    assert [(r.key, r.skipped) for r in result.results] == [
        ("set0/harbor-evening.txt", False),
        ("set0/harbor-ledger.txt", False),
    ]
    assert all(r.pages >= 1 and r.articles >= 1 for r in result.results)
    assert sorted(p.name for p in (tmp_path / "out" / "set0").iterdir()) == [
        "harbor-evening.json",
        "harbor-ledger.json",
    ]
    assert result.outdir == tmp_path / "out" and not result.interrupted
