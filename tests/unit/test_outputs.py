"""Atomic output: a failed write leaves the previous file, never a partial one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newslayout.errors import OutputError
from newslayout.outputs import atomic_write, atomic_write_many, check_output_path


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xml"
    target.write_bytes(b"old")
    atomic_write(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]


def test_output_equal_to_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "issue.xml"
    source.write_text("x")
    with pytest.raises(OutputError, match="is the input"):
        check_output_path(tmp_path / "." / "issue.xml", (source,))


def test_output_in_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        check_output_path(tmp_path / "missing" / "out.xml")


def test_write_many_refuses_to_escape_the_folder(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="outside"):
        atomic_write_many(tmp_path / "out", {"../evil.txt": b"x"})
    assert not (tmp_path / "evil.txt").exists()


def test_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xml"
    target.write_bytes(b"previous")
    with pytest.raises(TypeError):
        atomic_write(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xml"]


def test_written_outputs_follow_the_umask(tmp_path: Path) -> None:
    # A temporary file is created 0600; the output must be readable like any other file.
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "out.xml"
    atomic_write(target, b"<issue/>")
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
