"""Options: choices in help, options that do nothing, stdin/stdout, --no-clobber, styles,
progress on a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sample_dir import fill_sample_dir

import newslayout
from newslayout.cli import main
from newslayout.outputs import with_image_folder
from newslayout.styles import available_styles, load_style


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run(*argv: str | Path, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    source = io.BytesIO(stdin) if stdin is not None else None
    status = main([str(a) for a in argv], stdout=out, stderr=err, stdin=source)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(fill_sample_dir(tmp_path))
    return tmp_path


def test_help_lists_the_choices_and_the_style_names_and_default() -> None:
    _, out, _ = run("convert", "--help")
    flat = " ".join(out.split())
    assert "output format: xml, pdf, jats, json" in flat
    assert "input format: xml, pdf, text" in flat
    assert f"print style: {', '.join(available_styles())} or a .toml file" in flat
    assert "(default: default;" in flat and "newslayout styles" in flat
    assert "publishing-1.3 (default; requires --issn) or archiving-1.1" in flat


def test_render_help_has_no_jats_options() -> None:
    _, out, _ = run("render", "--help")
    assert "--style" in out
    assert not any(flag in out for flag in ("--issn", "--tag-set", "--publisher", "--journal-id"))


def test_styles_lists_every_style_with_page_and_columns() -> None:
    status, out, _ = run("styles")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["NAME", "PAGE", "(points)", "COLUMNS", "DESCRIPTION"]
    for name in available_styles():
        style = load_style(name)
        width, height = style.page.dimensions
        [row] = [line for line in lines if line.split()[0] == name]
        assert f"{width:g} x {height:g}" in row and style.description in row
        assert f" {style.columns.count} " in row
    assert any(line.startswith("default (default)") for line in lines)


@pytest.mark.parametrize(
    ("argv", "warning"),
    [
        (("convert", "issue.xml", "-o", "y.xml", "--style", "tabloid"), "--style"),
        (("convert", "issue.xml", "-o", "y.pdf", "--issn", "1234-5679"), "--issn"),
        (("convert", "issue.xml", "-o", "y.json", "--tag-set", "archiving-1.1"), "--tag-set"),
        (("inspect", "issue.xml", "--password", "secret"), "--password"),
        (("inspect", "issue.pdf", "--encoding", "cp1252"), "--encoding"),
        (("inspect", "issue.txt", "--no-images"), "--no-images"),
        (("inspect", "issue.xml", "--page-timeout", "5"), "--page-timeout"),
    ],
)
def test_options_that_do_nothing_are_warned_about(
    work: Path, argv: tuple[str, ...], warning: str
) -> None:
    status, _, err = run(*argv, "-q")
    assert status == 0, err
    [line] = [x for x in err.splitlines() if x.startswith("newslayout: warning:")]
    assert line.startswith(f"newslayout: warning: {warning} does nothing for ")
    assert line.endswith(": drop it")


def test_options_that_apply_are_not_warned_about(work: Path) -> None:
    status, _, err = run("convert", "issue.pdf", "-o", "y.pdf", "--style", "a4", "--no-images")
    assert status == 0 and "newslayout: warning" not in err


def test_standard_input_and_output(work: Path) -> None:
    xml = (work / "issue.xml").read_bytes()
    status, out, err = run("convert", "-", "-o", "-", "--to", "json", stdin=xml)
    assert status == 0, err
    issue, _ = newslayout.read(xml, format="xml")
    assert json.loads(out)["issue"]["publication"] == issue.meta.publication
    assert not any(line.startswith("wrote ") for line in out.splitlines())
    status, out, _ = run("validate", "-", stdin=xml)
    assert (status, out) == (0, "<stdin>: valid\n")
    status, out, _ = run("inspect", "-", "--json", stdin=(work / "issue.txt").read_bytes())
    assert status == 0 and json.loads(out)["articles"]
    assert sorted(p.name for p in work.iterdir() if p.name.startswith("-")) == []


def test_xml_on_standard_output_says_its_images_are_not_written(work: Path) -> None:
    status, out, err = run("convert", "issue.xml", "-o", "-", "--to", "xml")
    assert status == 0
    assert newslayout.read(out.encode("utf-8"), format="xml")[0].articles
    assert "image(s) are not written to standard output" in err


def test_pdf_goes_to_a_pipe_but_not_to_a_terminal(work: Path) -> None:
    status, out, _ = run("render", "issue.xml", "-o", "-")
    assert status == 0 and out.startswith("%PDF-")
    err = io.StringIO()
    assert main(["render", "issue.xml", "-o", "-"], stdout=Terminal(), stderr=err) == 2
    assert err.getvalue().startswith("newslayout: error: -: standard output is a terminal")


def test_no_clobber_writes_new_files_and_refuses_existing_ones(work: Path) -> None:
    assert run("convert", "issue.xml", "-o", "new.xml", "--no-clobber")[0] == 0
    # the same issue, its images in new-images/ (named after the output)
    original = with_image_folder(newslayout.read("issue.xml")[0], Path("new.xml"))
    assert newslayout.read("new.xml")[0] == original
    before = (work / "new.xml").read_bytes()
    (work / "new.xml").write_text("mine", encoding="utf-8")
    assert run("convert", "issue.xml", "-o", "new.xml", "--no-clobber")[0] == 2
    assert (work / "new.xml").read_text(encoding="utf-8") == "mine"
    assert before  # without the flag the file is replaced, as before
    assert run("convert", "issue.xml", "-o", "new.xml")[0] == 0
    assert (work / "new.xml").read_bytes() == before


def test_no_clobber_refuses_a_jats_folder_with_any_existing_file(work: Path) -> None:
    (work / "arts").mkdir()
    (work / "arts" / "a2.xml").write_text("mine", encoding="utf-8")
    args = ("convert", "issue.xml", "-o", "arts", "--to", "jats", "--issn", "1234-5679")
    status, _, err = run(*args, "--no-clobber")
    assert status == 2 and "arts/a2.xml: exists" in err
    assert sorted(p.name for p in (work / "arts").iterdir()) == ["a2.xml"]


def test_no_clobber_counts_the_images_beside_an_xml(work: Path) -> None:
    # the images go to OUT-images/; a different picture already there is a clobber
    other = work / "sub" / "copy-images" / "p2-1.jpg"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"another picture")
    status, _, err = run("convert", "issue.xml", "-o", "sub/copy.xml", "--no-clobber")
    assert status == 2 and "p2-1.jpg: exists" in err
    assert sorted(p.name for p in other.parent.iterdir()) == ["p2-1.jpg"]
    assert not (work / "sub" / "copy.xml").exists()
    # the same bytes already there are no clobber: a second identical run goes through
    assert run("convert", "issue.xml", "-o", "copy.xml", "--no-clobber")[0] == 0
    (work / "copy.xml").unlink()
    assert run("convert", "issue.xml", "-o", "copy.xml", "--no-clobber")[0] == 0


def test_progress_is_shown_for_reading_and_for_rendering(work: Path) -> None:
    err = Terminal()
    argv = ["convert", "issue.pdf", "-o", "out.pdf", "--no-images"]
    status = main(argv, stdout=io.StringIO(), stderr=err)
    shown = err.getvalue()
    assert status == 0
    assert "issue.pdf: reading page 1/4" in shown and "issue.pdf: reading page 4/4" in shown
    assert "out.pdf: typesetting 6 article(s)" in shown
    assert "\r\033[K" in shown[shown.index("typesetting") :]  # the line is cleared after


def test_no_progress_when_piped_or_quiet(work: Path) -> None:
    status, _, err = run("render", "issue.xml", "-o", "out.pdf")
    assert status == 0 and "\r" not in err
    err2 = Terminal()
    argv = ["render", "issue.xml", "-o", "o2.pdf", "-q"]
    assert main(argv, stdout=io.StringIO(), stderr=err2) == 0
    assert err2.getvalue() == ""


def test_format_names_are_case_insensitive_and_take_aliases(work: Path) -> None:
    assert run("inspect", "issue.txt", "--from", "TXT", "-q")[0] == 0
    assert run("convert", "issue.xml", "-o", "o.json", "--to", "JSON")[0] == 0


def test_standard_input_on_a_terminal_is_refused(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())
    status, _, err = run("inspect", "-")
    assert status == 2
    assert err == (
        "newslayout: error: -: standard input is a terminal, not a file: "
        "pipe an issue in (... | newslayout ... -), or name a file\n"
    )


def test_diagnostics_name_flags_on_the_command_line(work: Path) -> None:
    args = ("convert", "issue.xml", "-o", "arts", "--to", "jats", "--issn", "1234-5679", "-v")
    status, _, err = run(*args)
    assert status == 0
    [note] = [line for line in err.splitlines() if "[jats-missing-publisher]" in line]
    assert note.endswith("give one with --publisher")


def test_pagination_reaches_the_writer_and_is_checked(work: Path) -> None:
    source = run("render", "issue.pdf", "-o", "source.pdf", "--pagination", "source")
    reflow = run("render", "issue.pdf", "-o", "reflow.pdf", "--pagination", "reflow")
    assert source[0] == 0 and reflow[0] == 0
    assert (work / "source.pdf").read_bytes() != (work / "reflow.pdf").read_bytes()
    status, _, err = run("render", "issue.pdf", "-o", "x.pdf", "--pagination", "sideways")
    assert status == 2 and "--pagination" in err
    status, _, err = run("convert", "issue.xml", "-o", "x.json", "--pagination", "source")
    assert status == 0 and "--pagination does nothing" in err


def test_adverts_mode_is_a_checked_pdf_option(work: Path) -> None:
    status, _, err = run("render", "issue.xml", "-o", "x.pdf", "--adverts", "sometimes")
    assert status == 2 and "--adverts" in err
    status, _, err = run("render", "issue.xml", "-o", "kept.pdf", "--adverts", "keep")
    assert status == 0 and (work / "kept.pdf").exists()
    status, _, err = run("convert", "issue.xml", "-o", "x.json", "--adverts", "keep")
    assert status == 0 and "--adverts does nothing" in err
