"""User mistakes on the command line: one clear line, exit status 2, never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newslayout import __version__
from newslayout.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_version_and_help_exit_zero() -> None:
    status, out, _ = run("--version")
    assert status == 0
    status, out, _ = run("--help")
    assert status == 0 and "convert" in out and "inspect" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ((), "name a command"),
        (("bogus",), "invalid choice"),
        (("convert", "in.xml"), "required: -o/--output"),
        (("inspect", "missing.xml"), "missing.xml: no such file"),
        (("validate", "missing.xml"), "missing.xml: no such file"),
        (("convert", "{src}", "-o", "out.xyz"), "cannot tell the format"),
        (("convert", "{src}", "-o", "out.xml", "--from", "docx"), "unknown format 'docx'"),
        (("convert", "{src}", "-o", "nowhere/out.xml"), "does not exist"),
        (("convert", "{src}", "-o", "{src}", "--to", "xml", "--from", "text"), "is the input"),
        (("inspect", "{folder}"), "is a folder"),
    ],
)
def test_user_mistakes_get_one_line_and_status_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "issue.txt"
    src.write_text("HARBOR LEDGER\n", encoding="utf-8")
    filled = [a.format(src=src, folder=tmp_path) for a in argv]
    status, _out, err = run(*filled)
    assert status == 2
    assert message in err
    assert "Traceback" not in err
    assert src.read_text(encoding="utf-8") == "HARBOR LEDGER\n"  # input untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["issue.txt"]  # nothing written


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
