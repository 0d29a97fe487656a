"""``inspect --overlay/--png/--dpi`` and ``review`` as a user runs them, mistakes included."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pdfplumber
from PIL import Image
from review_helpers import ROOT, SAMPLE_PDF

from newslayout.cli import main


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main([str(a) for a in argv], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_inspect_writes_overlay_and_pngs(tmp_path: Path) -> None:
    status, out, err = run(
        "inspect",
        SAMPLE_PDF,
        "--json",
        "--overlay",
        tmp_path / "o.pdf",
        "--png",
        tmp_path / "png",
        "--dpi",
        "36",
    )
    assert status == 0, err
    assert out.startswith("{")  # stdout stays the JSON
    assert f"wrote {tmp_path / 'o.pdf'}" in err
    assert (tmp_path / "o.pdf").read_bytes().startswith(b"%PDF")
    pngs = sorted(p.name for p in (tmp_path / "png").iterdir())
    assert pngs == ["page-001.png", "page-002.png", "page-003.png", "page-004.png"]
    with pdfplumber.open(SAMPLE_PDF) as pdf:
        width = float(pdf.pages[0].width)
    with Image.open(tmp_path / "png" / "page-001.png") as image:
        assert abs(image.width - width * 36 / 72) <= 1
    assert not [p for p in tmp_path.rglob("*.part")]


def test_review_writes_a_folder(tmp_path: Path) -> None:
    status, out, err = run("review", SAMPLE_PDF, "-o", tmp_path / "review", "--dpi", "36", "-q")
    assert status == 0, err
    assert out == ""
    assert (tmp_path / "review" / "index.html").is_file()
    assert len(list((tmp_path / "review" / "pages").glob("page-*.png"))) == 4


def test_views_need_the_pdf(tmp_path: Path) -> None:
    xml = ROOT / "samples" / "harbor-ledger.xml"
    for argv in (
        ("inspect", xml, "--overlay", tmp_path / "o.pdf"),
        ("review", xml, "-o", tmp_path / "r"),
    ):
        status, _, err = run(*argv)
        assert status == 2
        assert err.startswith("newslayout: error: ") and "needs the PDF" in err
        assert "Traceback" not in err
    assert not list(tmp_path.iterdir())


def test_mistakes_exit_2_before_reading_and_write_nothing(tmp_path: Path) -> None:
    source = tmp_path / "issue.pdf"
    shutil.copy(SAMPLE_PDF, source)
    (tmp_path / "file").write_text("x")
    cases = [
        (("inspect", source, "--overlay", source), "is the input file"),
        (("inspect", source, "--overlay", tmp_path / "no" / "o.pdf"), "does not exist"),
        (("inspect", source, "--png", tmp_path / "p", "--dpi", "5"), "out of range"),
        (("inspect", source, "--png", tmp_path / "file"), "not a folder"),
        (("review", source, "-o", tmp_path / "file"), "not a folder"),
        (("review", source, "-o", tmp_path), "holds the input"),
    ]
    for argv, message in cases:
        status, _, err = run(*argv)
        assert status == 2, argv
        assert err.startswith("newslayout: error: ") and message in err, (argv, err)
    assert source.read_bytes() == SAMPLE_PDF.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "issue.pdf"]


def test_the_cli_does_not_load_the_drawing_libraries_until_asked() -> None:
    code = (
        "import sys, newslayout.cli; "
        "heavy = ('pikepdf', 'pypdfium2', 'reportlab', 'pdfplumber'); "
        "print([m for m in heavy if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
