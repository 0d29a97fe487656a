"""The CLI's commands on the sample issue, run in-process as a user would run them."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

import newslayout
from newslayout.cli import main
from newslayout.inspect import issue_to_json

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "harbor-ledger.xml"
INVALID = ROOT / "tests" / "fixtures" / "xml" / "invalid"
LOCATED = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (error|warning): \[[a-z0-9-]+\] .+$"
)


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main([str(a) for a in argv], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_validate_sample_is_valid() -> None:
    status, out, err = run("validate", SAMPLE)
    assert (status, err) == (0, "")
    assert out == f"{SAMPLE}: valid\n"


def test_validate_invalid_files_report_located_errors_and_status_1() -> None:
    files = sorted(INVALID.glob("*.xml"))
    assert files, "the invalid fixtures are missing"
    status, out, _ = run("validate", *files)
    assert status == 1
    lines = out.splitlines()
    assert lines and all(LOCATED.match(line) for line in lines), out
    reported = {LOCATED.match(line).group("file") for line in lines}  # type: ignore[union-attr]
    assert reported == {str(f) for f in files}  # every invalid file says why


def test_validate_json_format_and_unreadable_file_status_2(tmp_path: Path) -> None:
    status, out, err = run("validate", "--format", "json", INVALID / "duplicate-id.xml")
    assert status == 1
    [problem] = [d for d in json.loads(out) if d["code"] == "duplicate-id"]
    assert problem["line"] > 0 and problem["column"] > 0 and problem["severity"] == "error"
    status, _, err = run("validate", SAMPLE, tmp_path / "missing.xml")
    assert status == 2 and "missing.xml: no such file" in err


def test_inspect_outline_and_json_agree_with_the_library() -> None:
    status, out, _ = run("inspect", SAMPLE)
    issue, _ = newslayout.read(SAMPLE)
    assert status == 0
    assert issue.meta.publication in out
    assert all(a.headline in out for a in issue.articles)
    status, out, _ = run("inspect", "--json", SAMPLE)
    assert status == 0 and json.loads(out) == issue_to_json(issue)


def test_convert_xml_to_json_and_back_to_xml(tmp_path: Path) -> None:
    status, out, _ = run("convert", SAMPLE, "-o", tmp_path / "issue.json")
    assert status == 0 and "wrote" in out
    issue, _ = newslayout.read(SAMPLE)
    assert json.loads((tmp_path / "issue.json").read_text("utf-8")) == issue_to_json(issue)
    status, _, _ = run("convert", SAMPLE, "-o", tmp_path / "copy.xml")
    assert status == 0
    # the images travel with the XML, into the folder named after the output (copy-images/)
    renamed = SAMPLE.read_bytes().replace(b'"harbor-ledger-images/', b'"copy-images/')
    assert renamed != SAMPLE.read_bytes()
    assert (tmp_path / "copy.xml").read_bytes() == renamed
    copy, _ = newslayout.read(tmp_path / "copy.xml")
    assert {a.href.replace("copy-", "harbor-ledger-"): a.data for a in copy.assets} == {
        a.href: a.data for a in issue.assets
    }
    assert {a.href for a in copy.assets} <= {
        str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()
    }


def test_convert_to_jats_folder(tmp_path: Path) -> None:
    target = tmp_path / "jats"
    status, _, err = run(
        "convert", SAMPLE, "--to", "jats", "-o", target, "--tag-set", "archiving-1.1"
    )
    assert status == 0, err
    issue, _ = newslayout.read(SAMPLE)
    assert sorted(p.stem for p in target.glob("*.xml")) == sorted(a.id for a in issue.articles)


def test_publishing_jats_without_issn_names_the_option(tmp_path: Path) -> None:
    status, _, err = run("convert", SAMPLE, "--to", "jats", "-o", tmp_path / "jats")
    assert status == 2 and "--issn" in err
    assert not any((tmp_path / "jats").glob("*.xml")) if (tmp_path / "jats").exists() else True


def test_convert_reports_diagnostics_as_json(tmp_path: Path) -> None:
    source = tmp_path / "issue.txt"
    source.write_text("Nothing here looks like a newspaper at all\n", encoding="utf-8")
    status, _, err = run("convert", source, "-o", tmp_path / "out.xml", "--diagnostics", "json")
    assert status == 0
    diagnostics = json.loads(err)
    assert isinstance(diagnostics, list)
    assert all({"code", "severity", "message", "line"} <= set(d) for d in diagnostics)
    assert newslayout.validate(tmp_path / "out.xml") == []


@pytest.mark.parametrize("style", ["tabloid", "broadsheet"])
def test_render_writes_a_pdf(tmp_path: Path, style: str) -> None:
    target = tmp_path / "out.pdf"
    status, _, err = run("render", SAMPLE, "-o", target, "--style", style)
    assert status == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_unknown_style_is_a_clear_error(tmp_path: Path) -> None:
    status, _, err = run("render", SAMPLE, "-o", tmp_path / "out.pdf", "--style", "no-such")
    assert status == 2 and "no-such" in err
    assert not (tmp_path / "out.pdf").exists()
