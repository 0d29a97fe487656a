"""SIGKILL a batch at seeded random points, run it again: the outputs are byte for byte those
of an uninterrupted run (a larger run of the same check is in scripts/bench_batch.py)."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from batch_helpers import make_tree, tree_bytes

from newslayout.batch.manifest import MANIFEST_NAME

SEED = 14


def _batch(src: Path, out: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "newslayout", "batch", str(src), "-o", str(out), "--jobs", "2"]
    return subprocess.Popen([*argv, "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _recorded(out: Path) -> int:
    """Files the manifest holds (0 when the kill came before it had its tables)."""
    if not (out / MANIFEST_NAME).exists():
        return 0
    db = sqlite3.connect(out / MANIFEST_NAME)
    try:
        return int(db.execute("SELECT count(*) FROM files").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def test_killed_batches_end_with_the_outputs_of_an_uninterrupted_one(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src", copies=2)  # 9 inputs
    started = time.monotonic()
    reference = _batch(src, tmp_path / "reference")
    assert reference.wait(timeout=300) == 0
    duration = time.monotonic() - started
    expected = tree_bytes(tmp_path / "reference")
    assert len([k for k in expected if k.endswith(".xml")]) == 9

    rng = random.Random(SEED)
    out = tmp_path / "out"
    recorded = []
    for _ in range(3):
        child = _batch(src, out)
        time.sleep(rng.uniform(0.2, duration))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        recorded.append(_recorded(out))
        if out.exists():
            # Every output on disk is whole: one the manifest knows, or a file in flight
            # whose atomic rename landed just before the kill. A worker may still be writing
            # its temporary ``.NAME.XXXX.part`` when the parent dies (the next run deletes
            # it, checked at the end): that is no output.
            for path, data in tree_bytes(out).items():
                if Path(path).name.startswith(".") and path.endswith(".part"):
                    continue
                assert data == expected[path], path
    assert recorded == sorted(recorded)  # each killed run kept what the previous ones did
    final = _batch(src, out)
    assert final.wait(timeout=300) == 0
    assert tree_bytes(out) == expected
    assert not list(out.rglob("*.part"))
