"""Which files a batch takes, and the output each one gets (mirrored, never colliding)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newslayout.batch.discover import Input, Source, discover
from newslayout.errors import InputError, UsageError


def _touch(*paths: Path) -> None:
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def _layout(inputs: list[Input], out: Path) -> dict[str, str]:
    return {i.key: i.output.relative_to(out).as_posix() for i in inputs}


def test_folders_are_searched_recursively_and_mirrored(tmp_path: Path) -> None:
    src, out = tmp_path / "archive", tmp_path / "out"
    _touch(
        src / "1990" / "01" / "issue.pdf",
        src / "1990" / "02" / "issue.PDF",
        src / "notes.txt",
        src / "meta.xml",
        src / "cover.jpg",
        src / ".hidden" / "x.pdf",
        src / ".DS_Store.pdf",
    )
    found = discover([src], out, "xml")
    assert _layout(found, out.absolute()) == {
        "1990/01/issue.pdf": "1990/01/issue.xml",
        "1990/02/issue.PDF": "1990/02/issue.xml",
        "meta.xml": "meta.xml",
        "notes.txt": "notes.xml",
    }
    assert all(i.source.is_absolute() and i.source.is_file() for i in found)


def test_inputs_of_one_stem_keep_their_suffix(tmp_path: Path) -> None:
    _touch(tmp_path / "a.pdf", tmp_path / "a.txt", tmp_path / "b.pdf")
    out = tmp_path / "out"
    assert _layout(discover([tmp_path], out, "pdf"), out.absolute()) == {
        "a.pdf": "a.pdf.pdf",
        "a.txt": "a.txt.pdf",
        "b.pdf": "b.pdf",
    }


def test_several_sources_count_from_their_common_folder(tmp_path: Path) -> None:
    _touch(tmp_path / "2020" / "issue.pdf", tmp_path / "2021" / "issue.pdf", tmp_path / "x.txt")
    out = tmp_path / "out"
    found = discover([tmp_path / "2020", tmp_path / "2021", tmp_path / "x.txt"], out, "jats")
    assert _layout(found, out.absolute()) == {
        "2020/issue.pdf": "2020/issue-jats",
        "2021/issue.pdf": "2021/issue-jats",
        "x.txt": "x-jats",
    }


def test_glob_patterns_and_the_output_folder_inside_the_inputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _touch(tmp_path / "a" / "1.pdf", tmp_path / "b" / "2.pdf", tmp_path / "b" / "3.txt")
    _touch(out / "a" / "1.xml")  # outputs of an earlier run are never inputs
    found = discover([str(tmp_path / "*" / "*.pdf")], out, "xml")
    assert _layout(found, out.absolute()) == {"a/1.pdf": "a/1.xml", "b/2.pdf": "b/2.xml"}
    assert [i.key for i in discover([tmp_path], out, "xml")] == ["a/1.pdf", "b/2.pdf", "b/3.txt"]


def test_a_file_named_twice_is_one_input(tmp_path: Path) -> None:
    _touch(tmp_path / "a.pdf")
    found = discover([tmp_path / "a.pdf", tmp_path, str(tmp_path / "*.pdf")], tmp_path / "o", "xml")
    assert [i.key for i in found] == ["a.pdf"]


@pytest.mark.parametrize(
    ("make", "error", "match"),
    [
        (lambda t: [t / "missing"], InputError, "no such file or folder"),
        (lambda t: [str(t / "*.nope")], InputError, "matches no file"),
        (lambda t: [t / "empty"], InputError, "no input found"),
        (lambda t: [t / "out"], UsageError, "also a source folder"),
    ],
)
def test_user_mistakes(
    tmp_path: Path, make: Callable[[Path], list[Source]], error: type[Exception], match: str
) -> None:
    (tmp_path / "empty").mkdir()
    _touch(tmp_path / "out" / "a.pdf")
    with pytest.raises(error, match=match):
        discover(make(tmp_path), tmp_path / "out", "xml")
