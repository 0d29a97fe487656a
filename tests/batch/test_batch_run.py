"""A batch end to end: manifest rows, resuming, --retry-failed, the report, the CLI."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from batch_helpers import make_tree, tree_bytes

import newslayout
from newslayout.batch import BatchOptions
from newslayout.batch.manifest import MANIFEST_NAME, Manifest
from newslayout.batch.runner import run_batch
from newslayout.cli import main
from newslayout.errors import OutputError
from newslayout.options import WriteOptions


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def done(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An archive (4 text issues, 1 PDF, 1 broken PDF) converted once by the CLI."""
    root = tmp_path_factory.mktemp("run")
    src = make_tree(root / "src")
    (src / "2025" / "broken.pdf").write_bytes(b"not a pdf at all")
    status, out, err = _cli("batch", str(src), "-o", str(root / "out"), "--jobs", "2")
    assert status == 1, err  # one input failed
    assert "this run: 6 converted (1 failed), 0 skipped" in out
    return src, root / "out"


def test_every_input_has_its_output_and_its_row(done: tuple[Path, Path]) -> None:
    src, out = done
    with Manifest(out, lock=False) as manifest:
        rows = manifest.rows()
    assert sorted(rows) == [
        "2025/broken.pdf",
        "2025/set0/harbor-evening.txt",
        "2025/set0/harbor-ledger.txt",
        "2026/kellerby-chronicle-2026-02-26.pdf",
        "2026/set0/gull-islands-weekly.txt",
        "2026/set0/valley-courier.txt",
    ]
    for key, row in rows.items():
        assert row.size == (src / key).stat().st_size and len(row.sha256) == 64
        assert row.version == newslayout.__version__ and row.attempts == 1
        if key == "2025/broken.pdf":
            assert (row.status, row.pages) == ("error", 0)
            assert "not a PDF" in row.error and not (out / row.output).exists()
        else:
            assert row.status in ("ok", "warning") and row.error == ""
            assert row.pages >= 1 and row.articles >= 1 and row.seconds > 0
            assert (out / row.output).is_file() and row.output == key.rsplit(".", 1)[0] + ".xml"
    pdf_row = rows["2026/kellerby-chronicle-2026-02-26.pdf"]
    assert (out / "2026" / "kellerby-chronicle-2026-02-26-images").is_dir()
    assert pdf_row.peak_mb > 10


def test_the_manifest_is_plain_sqlite(done: tuple[Path, Path]) -> None:
    db = sqlite3.connect(done[1] / MANIFEST_NAME)
    counts = dict(db.execute("SELECT status, count(*) FROM files GROUP BY status").fetchall())
    assert counts.get("error") == 1 and sum(counts.values()) == 6
    assert db.execute("SELECT state, todo FROM runs").fetchall()[0] == ("finished", 6)


def test_report_json_and_text(done: tuple[Path, Path]) -> None:
    status, out, _ = _cli("batch", "--report", str(done[1]), "--format", "json")
    report = json.loads(out)
    assert status == 1 and report["state"] == "finished" and report["files"] == 6
    assert report["by_status"]["error"] == 1 and sum(report["by_status"].values()) == 6
    assert report["failures"][0]["path"] == "2025/broken.pdf"
    assert report["slowest"][0]["seconds"] >= report["slowest"][-1]["seconds"]
    assert report["diagnostics"] and all(n >= 1 for _, n in report["diagnostics"])
    status, text, _ = _cli("batch", "--report", str(done[1]))
    assert "By status" in text and "Slowest files" in text and "2025/broken.pdf" in text


def test_a_second_run_skips_what_is_done_and_redoes_what_changed(
    done: tuple[Path, Path], tmp_path: Path
) -> None:
    src, first_out = done
    shutil.copytree(src, tmp_path / "src")
    shutil.copytree(first_out, tmp_path / "out")
    src, out = tmp_path / "src", tmp_path / "out"
    # The manifest keys inputs by their path below the batch root, so a moved archive and
    # its OUTDIR resume; content decides the rest.
    before = tree_bytes(out)
    result = newslayout.batch(src, out, jobs=2)
    assert [r.key for r in result.converted] == []
    assert len(result.results) == 6 and all(r.skipped for r in result.results)
    assert tree_bytes(out) == before

    changed = src / "2025" / "set0" / "harbor-evening.txt"
    changed.write_text(changed.read_text() + "\n\nLATE NEWS\n\nA paragraph added later.\n")
    (out / "2026" / "set0" / "valley-courier.xml").unlink()  # an output gone: redone
    result = newslayout.batch(src, out, jobs=2)
    assert sorted(r.key for r in result.converted) == [
        "2025/set0/harbor-evening.txt",
        "2026/set0/valley-courier.txt",
    ]
    assert (out / "2026" / "set0" / "valley-courier.xml").read_bytes() == before[
        "2026/set0/valley-courier.xml"
    ]
    assert b"A paragraph added later." in (out / "2025/set0/harbor-evening.xml").read_bytes()

    (src / "2025" / "broken.pdf").write_bytes(b"still not a pdf")  # same size, new content
    assert [r.key for r in newslayout.batch(src, out, jobs=1).converted] == ["2025/broken.pdf"]
    assert newslayout.batch(src, out, jobs=1).converted == ()
    retried = newslayout.batch(src, out, jobs=1, options=BatchOptions(retry_failed=True))
    assert [(r.key, r.status) for r in retried.converted] == [("2025/broken.pdf", "error")]
    with Manifest(out, lock=False) as manifest:
        assert manifest.rows()["2025/broken.pdf"].attempts == 3

    other = BatchOptions(write=WriteOptions(publisher="Gull Press"))  # options changed: all
    assert len(newslayout.batch(src, out, jobs=2, options=other).converted) == 6


def test_a_second_batch_on_the_same_outdir_is_refused(tmp_path: Path) -> None:
    src = make_tree(tmp_path / "src", pdf=False)
    (tmp_path / "out").mkdir()
    with Manifest(tmp_path / "out"), pytest.raises(OutputError, match="another batch"):
        run_batch([src], tmp_path / "out")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["batch", "-o", "OUT"], "name the inputs"),
        (["batch", "SRC"], "name the output folder"),
        (["batch", "SRC", "-o", "OUT", "--jobs", "0"], "--jobs 0: must be 1 or more"),
        (["batch", "--report", "OUT"], "no batch manifest"),
        (["batch", "--report", "OUT", "SRC"], "--report takes only OUTDIR"),
        (["batch", "nowhere", "-o", "OUT"], "nowhere: no such file or folder"),
        (["batch", "SRC", "-o", "FILE"], "exists and is not a folder"),
        (["batch", "SRC", "-o", "OUT", "--to", "text"], "invalid choice"),
    ],
)
def test_user_mistakes_get_one_line_and_status_2(
    argv: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make_tree(tmp_path / "SRC", pdf=False)
    (tmp_path / "OUT").mkdir()
    (tmp_path / "FILE").write_text("x")
    status, out, err = _cli(*argv)
    assert status == 2 and message in err and "Traceback" not in err and out == ""
    assert not (tmp_path / "OUT" / MANIFEST_NAME).exists()  # a mistake leaves no manifest


def test_report_of_a_file_that_is_no_manifest(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).write_text("not a database")
    status, out, err = _cli("batch", "--report", str(tmp_path))
    assert status == 2 and out == "" and "cannot open the batch manifest" in err
    assert (tmp_path / MANIFEST_NAME).read_text() == "not a database"
