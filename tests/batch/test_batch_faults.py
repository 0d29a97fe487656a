"""A file that hangs, crashes, is killed or runs out of memory is recorded; the batch goes on.
Ctrl-C stops a batch cleanly, with a summary, and the next run goes on from there."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from batch_helpers import CLI_WITH_CTRL_C, TEXTS, faulty, make_tree

from newslayout.batch.manifest import MANIFEST_NAME
from newslayout.batch.runner import run_batch
from newslayout.options import ReadOptions


def test_faults_are_recorded_and_the_others_converted(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src", pdf=False)
    for name in ("hang", "crash", "killed", "hog"):
        shutil.copy(TEXTS[0], src / f"{name}.txt")
    started = time.monotonic()
    result = run_batch(
        [src],
        tmp_path / "out",
        jobs=2,
        read_options=ReadOptions(file_timeout=5.0),  # generous: a busy machine is slow
        max_memory_mb=2048,
        work=faulty,
    )
    assert time.monotonic() - started < 60
    by_key = {r.key: r for r in result.results}
    assert by_key["hang.txt"].status == "timeout"
    assert "took longer than 5 s; the worker process was killed" in by_key["hang.txt"].error
    assert by_key["crash.txt"].status == "error"
    assert by_key["crash.txt"].error == "the worker process was killed by SIGSEGV"
    assert by_key["killed.txt"].error == "the worker process was killed by SIGKILL; out of memory?"
    assert (by_key["hog.txt"].status, by_key["hog.txt"].error) == ("error", "out of memory")
    good = [r for k, r in by_key.items() if k.startswith("20")]
    assert len(good) == 4 and all(r.status in ("ok", "warning") for r in good)
    assert all((tmp_path / "out" / r.key).with_suffix(".xml").is_file() for r in good)
    assert not list((tmp_path / "out").glob("hang*")) and not list(
        (tmp_path / "out").glob("*.part")
    )


SLOW_BATCH = (
    "import signal, sys\n"
    "signal.signal(signal.SIGINT, signal.default_int_handler)\n"  # see CLI_WITH_CTRL_C
    "from batch_helpers import slow\n"
    "from newslayout.batch.progress import PlainProgress\n"
    "from newslayout.batch.runner import run_batch\n"
    "r = run_batch([sys.argv[1]], sys.argv[2], jobs=1, work=slow,\n"
    "              progress=PlainProgress(sys.stderr, interval=0))\n"
    "print('interrupted' if r.interrupted else 'finished', len(r.converted))\n"
)


def test_ctrl_c_stops_cleanly_and_the_next_run_goes_on(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src", copies=3, pdf=False)  # 12 files, 0.5 s each at least
    out = tmp_path / "out"
    here = Path(__file__).parent
    argv = [sys.executable, "-c", SLOW_BATCH, str(src), str(out)]
    child = subprocess.Popen(
        argv, cwd=here, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stderr is not None
    first = child.stderr.readline()  # the progress line of the first finished file
    assert first.startswith("batch: 1/12 files"), first
    child.send_signal(signal.SIGINT)
    stdout, stderr = child.communicate(timeout=60)
    assert child.returncode == 0, stderr
    state, converted = stdout.split()
    assert state == "interrupted" and 1 <= int(converted) < 12
    db = sqlite3.connect(out / MANIFEST_NAME)
    assert db.execute("SELECT state FROM runs").fetchall() == [("interrupted",)]
    assert db.execute("SELECT count(*) FROM files").fetchone() == (int(converted),)
    db.close()
    assert len(list(out.rglob("*.xml"))) == int(converted)  # whole outputs only
    rest = run_batch([src], out, jobs=2)
    assert len(rest.converted) == 12 - int(converted) and not rest.failed


def test_ctrl_c_in_the_cli_prints_the_summary_and_exits_130(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src", copies=3)
    argv = [sys.executable, "-c", CLI_WITH_CTRL_C, "batch", str(src), "-o", str(tmp_path / "o")]
    child = subprocess.Popen(
        [*argv, "--jobs", "1", "--progress-interval", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    assert child.stderr.readline().startswith("batch: 1/13 files")
    child.send_signal(signal.SIGINT)
    stdout, stderr = child.communicate(timeout=60)
    assert child.returncode == 130
    assert "newslayout: interrupted; this run: " in stderr and "Traceback" not in stderr
    assert "By status" in stdout and "(interrupted, 1 run(s))" in stdout
