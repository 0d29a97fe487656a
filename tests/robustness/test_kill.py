"""SIGKILL a running conversion: the output path holds the previous file, nothing, or the
complete new file, never a partial one; the input is untouched.

The kill points are seeded random times over a measured run. Random points rarely land in
the short write itself, so one more run slows ``os.fsync`` down in the child (a slow disk)
and kills it exactly while the temporary file is being written. A ``.<name>.*.part`` file
left behind by a SIGKILL is accepted (nothing can clean up after SIGKILL); it never has the
output's name.
"""

from __future__ import annotations

import hashlib
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIG = REPO / "tests" / "corpus" / "harbor-ledger-2026-03-03.pdf"
PREVIOUS = b"previous output, must survive a killed run\n"
SLOW_FSYNC = (
    "import os, sys, time\n"
    "real = os.fsync\n"
    "def slow(fd):\n"
    "    sys.stderr.write('FSYNC\\n'); sys.stderr.flush(); time.sleep(30); real(fd)\n"
    "os.fsync = slow\n"
    "from newslayout.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _argv(command: str, src: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "newslayout", command, str(src), "-o", str(out), "-q"]


def _reference(tmp: Path, command: str, suffix: str) -> tuple[bytes, float, dict[str, bytes]]:
    """One complete run: its output bytes, its duration, and the image files beside it."""
    folder = tmp / f"reference-{command}"
    folder.mkdir()
    out = folder / f"out{suffix}"
    start = time.monotonic()
    subprocess.run(_argv(command, BIG, out), check=True, timeout=120, cwd=folder)
    images = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*.jp*g")}
    return out.read_bytes(), time.monotonic() - start, images


def _check_folder(folder: Path, out: Path, previous: bytes | None, complete: bytes,
                  images: dict[str, bytes]) -> None:  # fmt: skip
    if out.exists():
        assert out.read_bytes() in ((previous,) if previous else ()) + (complete,), (
            f"{out.name} is neither the previous file nor the complete output"
        )
    else:
        assert previous is None, "the previous output was removed"
    # A SIGKILLed temporary file of the output or of an image: hidden, never a real name.
    part = re.compile(r"^\..+\.[^.]+\.part$")
    for path in folder.rglob("*"):
        if path.is_dir() or path == out:
            continue
        name = str(path.relative_to(folder))
        if part.match(path.name):
            continue  # a SIGKILLed temporary file: never under the output's name
        assert name in images, f"unexpected file left: {name}"
        assert path.read_bytes() == images[name], f"partial image file {name}"


@pytest.mark.skipif(not BIG.is_file(), reason="tests/corpus PDF missing")
@pytest.mark.parametrize(
    ("command", "suffix", "kills"), [("convert", ".xml", 10), ("render", ".pdf", 5)]
)
def test_sigkill_at_random_points_leaves_no_partial_output(
    tmp_path: Path, command: str, suffix: str, kills: int
) -> None:
    input_sha = _sha(BIG)
    complete, duration, images = _reference(tmp_path, command, suffix)
    rng = random.Random(f"kill-{command}")
    for round_ in range(kills):
        folder = tmp_path / f"kill-{round_}"
        folder.mkdir()
        out = folder / f"out{suffix}"
        previous = PREVIOUS if round_ % 2 == 0 else None
        if previous:
            out.write_bytes(previous)
        child = subprocess.Popen(_argv(command, BIG, out), cwd=folder,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            child.wait(timeout=rng.uniform(0.3, duration * 1.05))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        _check_folder(folder, out, previous, complete, images)
    assert _sha(BIG) == input_sha


@pytest.mark.skipif(not BIG.is_file(), reason="tests/corpus PDF missing")
def test_sigkill_during_the_write_itself(tmp_path: Path) -> None:
    input_sha = _sha(BIG)
    out = tmp_path / "out.xml"
    out.write_bytes(PREVIOUS)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            SLOW_FSYNC,
            "convert",
            str(BIG),
            "-o",
            str(out),
            "-q",
            "--no-images",
        ],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    assert child.stderr.readline().strip() == "FSYNC"  # the temporary file is being written
    parts = list(tmp_path.glob(".out.xml.*.part"))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert len(parts) == 1 and parts[0].stat().st_size > 0
    assert out.read_bytes() == PREVIOUS
    assert _sha(BIG) == input_sha
