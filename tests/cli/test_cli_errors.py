"""User mistakes: one line ``newslayout: error: <file>: <what>: <what to do>``, exit 2.

One case per message: the file concerned is named, the advice is given, nothing is written
and the input is untouched. Command-line mistakes name the command and show its own usage.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pikepdf
import pytest
from sample_dir import JATS_DTDS, SAMPLES

from newslayout import __version__
from newslayout.cli import main

ERROR_LINE = re.compile(r"^newslayout: error: (?P<what>.+): (?P<todo>[^:]+)$")


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main([str(a) for a in argv], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the sample issue and a few wrong files, as the current folder."""
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SAMPLES / "harbor-ledger.xml", tmp_path / "issue.xml")
    shutil.copyfile(SAMPLES / "harbor-ledger.pdf", tmp_path / "issue.pdf")
    shutil.copyfile(SAMPLES / "harbor-ledger.pdf", tmp_path / "renamed.txt")
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "s.json").write_text('{"issue": {}}\n', encoding="utf-8")
    (tmp_path / "exists.xml").write_text("keep me\n", encoding="utf-8")
    with pikepdf.open(SAMPLES / "harbor-ledger.pdf") as pdf:
        pdf.save(tmp_path / "locked.pdf", encryption=pikepdf.Encryption(owner="o", user="u"))
    return tmp_path


# (argv, the file the message names, what it must say, the advice it must give)
CASES = [
    (("inspect", "empty.pdf"), "empty.pdf", "the file is empty, not a PDF", "born-digital PDF"),
    (("inspect", "empty.txt"), "empty.txt", "the text file is empty", "text extraction"),
    (("inspect", "renamed.txt"), "renamed.txt", "but the file is a PDF", "--from pdf"),
    (("inspect", "s.json"), "s.json", "cannot read json", "give a PDF, a text extraction"),
    (("inspect", "nosuch.xml"), "nosuch.xml", "no such file", "check the path"),
    (("validate", "nosuch.xml"), "nosuch.xml", "no such file", "check the path"),
    (("inspect", "."), ".", "is a folder", "name an issue file"),
    (("inspect", "locked.pdf"), "locked.pdf", "the PDF is encrypted", "--password"),
    (("inspect", "locked.pdf", "--password", "x"), "locked.pdf", "does not open", "--password"),
    (("render", "issue.xml", "-o", "out.png"), "out.png", "does not fit pdf", "out.pdf"),
    (("convert", "issue.xml", "--to", "jats", "-o", "x.xml"), "x.xml", "names a file", "folder"),
    (("convert", "issue.xml", "-o", "s.txt"), "s.txt", "cannot write text", "--to jats"),
    (("convert", "issue.xml", "-o", "out.docx"), "out.docx", "cannot tell the format", "--to"),
    (("convert", "issue.xml", "-o", "-"), "-", "standard output has no suffix", "--to xml"),
    (("convert", "issue.xml", "-o", "-", "--to", "jats"), "-", "folder of files", "-o"),
    (("convert", "issue.xml", "-o", "nowhere/out.xml"), "nowhere/out.xml", "does not exist", ""),
    (("convert", "issue.xml", "-o", "issue.xml"), "issue.xml", "is the input", "choose another"),
    (("convert", "issue.xml", "-o", "exists.xml", "--no-clobber"), "exists.xml", "exists", ""),
    (("convert", "issue.xml", "--to", "jats", "-o", "jats"), "jats", "requires an ISSN", "--issn"),
    (
        ("convert", "issue.xml", "--to", "jats", "-o", "jats", "--issn", "1234-5678"),
        "jats",
        "--issn '1234-5678' has a wrong check digit (expected 9)",
        "copy the ISSN",
    ),
    (("render", "issue.xml", "-o", "o.pdf", "--style", "no-such"), "", "no-such", "available"),
    (("validate", "issue.xml", "--dtd", "no.dtd"), "no.dtd", "no such DTD file", ".dtd file"),
]


@pytest.mark.parametrize(("argv", "file", "what", "advice"), CASES, ids=lambda v: str(v))
def test_each_mistake_is_one_line_naming_the_file_and_the_fix(
    work: Path, argv: tuple[str, ...], file: str, what: str, advice: str
) -> None:
    before = {p: p.read_bytes() for p in work.iterdir() if p.is_file()}
    status, out, err = run(*argv)
    assert status == 2, err
    [line] = err.splitlines()
    match = ERROR_LINE.match(line)
    assert match, line
    if file:
        assert line.startswith(f"newslayout: error: {file}: "), line
    assert what in match.group("what"), line
    assert advice in match.group("todo") or advice in line, line
    assert "Traceback" not in err and out == ""
    after = {p: p.read_bytes() for p in work.iterdir() if p.is_file()}
    assert after == before  # nothing written, no input changed
    assert not (work / "jats").exists() or not any((work / "jats").iterdir())


@pytest.mark.parametrize(
    ("argv", "command", "message"),
    [
        (("convert",), "convert", "the following arguments are required: input, -o/--output"),
        (("validate",), "validate", "the following arguments are required: FILE"),
        (("render", "issue.xml", "-o", "o.pdf", "--issn", "1234-5679"), "render", "--issn"),
        (("convert", "issue.xml", "-o", "o.xml", "--from", "docx"), "convert", "'docx'"),
        (("convert", "issue.xml", "-o", "o.xml", "--to", "text"), "convert", "choose from"),
        (("inspect", "issue.pdf", "--page-timeout", "-1"), "inspect", "give 0 or more seconds"),
        (("inspect", "issue.xml", "-q", "-v"), "inspect", "not allowed with argument -q"),
    ],
)
def test_command_line_mistakes_show_that_commands_usage(
    work: Path, argv: tuple[str, ...], command: str, message: str
) -> None:
    status, _out, err = run(*argv)
    first, *usage = err.splitlines()
    assert status == 2
    assert first.startswith(f"newslayout: error: {command}: ") and message in first, first
    assert first.endswith(f"see 'newslayout {command} --help'")
    assert usage and usage[0].startswith(f"usage: newslayout {command} ")


def test_no_command_names_the_commands() -> None:
    status, _out, err = run()
    assert status == 2
    assert err.startswith("newslayout: error: name a command: convert, render, validate,")
    assert "usage: newslayout [-h]" in err


def test_a_missing_dtd_is_reported_once_for_many_files(work: Path) -> None:
    status, out, err = run("validate", "--dtd", "no.dtd", "issue.xml", "exists.xml", "s.json")
    assert status == 2 and out == ""
    assert err == "newslayout: error: no.dtd: no such DTD file: give the path of a .dtd file\n"


def test_an_unreadable_file_among_others_is_one_error_line(work: Path) -> None:
    status, out, err = run("validate", "issue.xml", "nosuch.xml")
    assert status == 2
    assert out == "issue.xml: valid\n"
    assert err == "newslayout: error: nosuch.xml: no such file: check the path and the file name\n"


def test_jats_validated_without_dtd_is_told_to_use_one(work: Path) -> None:
    assert run("convert", "issue.xml", "-o", "arts", "--to", "jats", "--issn", "1234-5679")[0] == 0
    status, out, _ = run("validate", "arts/a1.xml")
    assert status == 1
    assert "not a newslayout issue file" in out and "--dtd" in out
    if JATS_DTDS.is_dir():  # the advice works
        dtd = JATS_DTDS / "publishing-1.3" / "JATS-journalpublishing1-3-mathml3.dtd"
        assert run("validate", "--dtd", dtd, "arts/a1.xml") == (0, "arts/a1.xml: valid\n", "")


def test_the_advice_for_a_text_output_works(work: Path) -> None:
    _, _, err = run("convert", "issue.xml", "-o", "s.txt")
    assert "--to jats" in err
    status, _, err = run("convert", "issue.xml", "-o", "s", "--to", "jats", "--issn", "1234-5679")
    assert status == 0, err


def test_internal_errors_are_one_line_unless_debug(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr("newslayout.cli.outline", broken)
    status, _, err = run("inspect", "issue.xml")
    assert status == 2
    last = err.splitlines()[-1]
    assert last.startswith("newslayout: error: internal error on issue.xml: RuntimeError: boom")
    assert last.endswith("run with --debug for details and report it")
    with pytest.raises(RuntimeError):
        run("--debug", "inspect", "issue.xml")


def test_version_and_help_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run("--help")
    assert status == 0 and "convert" in out and "styles" in out
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
