"""The same batch on a Dask cluster (a LocalCluster of two worker processes, started by the
test): the same outputs as on local processes, the manifest kept by the client, resuming, and
the file of a worker lost in the middle converted on another one.

The cluster runs in a child process (``batch_helpers.run_on_dask``): Dask leaves threads in
the process that used it, and later tests need a single-threaded process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from batch_helpers import MARKS_ENV, TEXTS, make_tree, tree_bytes

from newslayout.batch.manifest import Manifest
from newslayout.batch.runner import run_batch


def test_dask_writes_what_local_processes_write(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src")
    shutil.copy(TEXTS[1], src / "lose-this-worker.txt")
    marks = tmp_path / "marks"
    marks.mkdir()
    code = "import sys; from batch_helpers import run_on_dask; run_on_dask(*sys.argv[1:])"
    done = subprocess.run(
        [sys.executable, "-c", code, str(src), str(tmp_path / "dask")],
        cwd=Path(__file__).parent,
        env={**os.environ, MARKS_ENV: str(marks)},
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0 and done.stdout.strip() == "dask ok", done.stderr[-3000:]
    assert (marks / "lose-this-worker.txt").exists()  # the first attempt did kill its worker

    local = run_batch([src], tmp_path / "local", jobs=2)
    assert tree_bytes(tmp_path / "dask") == tree_bytes(tmp_path / "local")
    with Manifest(tmp_path / "dask", lock=False) as manifest:
        runs = manifest.runs()
        rows = manifest.rows()
    assert sorted((r.key, r.status, r.pages) for r in local.results) == [
        (k, rows[k].status, rows[k].pages) for k in sorted(rows)
    ]
    assert [(r.workers.startswith("dask tcp://"), r.state, r.todo) for r in runs] == [
        (True, "finished", 6),
        (True, "finished", 0),
    ]
    assert rows["lose-this-worker.txt"].status in ("ok", "warning")
