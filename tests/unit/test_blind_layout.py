"""scripts/blind.py --layout: where the pdftotext -layout extractions of a set go.

``quality.py --text-dir DIR`` reads ``DIR/<name>.txt`` for each ``<name>.pdf`` of the set, so
the extraction of every PDF (and of nothing else) must land under that name.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "blind.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("blind_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


blind = _load()


def test_every_pdf_gets_a_text_of_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "2001"
    folder.mkdir()
    for name in ("02-b.pdf", "01-a.pdf", "01-a.txt", "01-a.raw.txt", "01-a.expected.json"):
        (folder / name).write_bytes(b"")
    out = tmp_path / "layout"
    pairs = blind.layout_pairs(folder, out)
    assert [(p.name, t) for p, t in pairs] == [
        ("01-a.pdf", out / "01-a.txt"),
        ("02-b.pdf", out / "02-b.txt"),
    ]


def test_layout_folder_is_outside_the_set() -> None:
    # A set linked read-only from another worktree must not be written into.
    assert blind.LAYOUT_ROOT.name == "blind-layout"
    assert blind.LAYOUT_ROOT.parent == blind.ROOT / "build"
