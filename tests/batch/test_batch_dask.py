"""The same batch on a Dask cluster (a LocalCluster of two worker processes started here):
the same outputs as on local processes, the manifest kept by the client, and the files of a
worker lost in the middle converted on another one."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import MARKS_ENV, TEXTS, lose_worker_once, make_tree, tree_bytes
from distributed import LocalCluster

from newslayout.batch.manifest import Manifest
from newslayout.batch.runner import run_batch


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    marks = tmp_path_factory.mktemp("marks")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(MARKS_ENV, str(marks))  # the worker processes inherit it
        with LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            scheduler_port=0,
            dashboard_address=None,
        ) as local:
            yield local


def test_dask_writes_what_local_processes_write(cluster: LocalCluster, tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src")
    shutil.copy(TEXTS[1], src / "lose-this-worker.txt")
    on_dask = run_batch([src], tmp_path / "dask", scheduler=cluster, work=lose_worker_once)
    local = run_batch([src], tmp_path / "local", jobs=2)

    assert [(r.key, r.status, r.pages) for r in on_dask.results] == [
        (r.key, r.status, r.pages) for r in local.results
    ]
    assert not on_dask.failed and len(on_dask.results) == 6
    assert tree_bytes(tmp_path / "dask") == tree_bytes(tmp_path / "local")
    marks = Path(os.environ[MARKS_ENV])  # set by the fixture while the cluster runs
    assert (marks / "lose-this-worker.txt").exists()  # the first attempt did kill its worker
    with Manifest(tmp_path / "dask", lock=False) as manifest:
        runs = manifest.runs()
        rows = manifest.rows()
    assert runs[0].workers.startswith("dask tcp://") and runs[0].state == "finished"
    assert rows["lose-this-worker.txt"].status in ("ok", "warning")

    again = run_batch([src], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert again.converted == () and len(again.results) == 6  # resumes like a local batch
