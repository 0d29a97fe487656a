"""Regressions found by running the hostile corpus and the PDF fuzzer through the reader.

Each test names the corpus file (or the saved fuzz input) that showed the problem. They read
in-process with the library API: quick, and the failure shows the exception itself.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from corpus_probe import corpus_root

import newslayout
from newslayout.errors import DamagedPdfError, NewslayoutError

ROOT = corpus_root()
needs_corpus = pytest.mark.skipif(ROOT is None, reason="no PDF corpus (NEWSLAYOUT_PDF_CORPUS)")


def _corpus(name: str) -> Path:
    assert ROOT is not None
    return ROOT / name


@needs_corpus
@pytest.mark.parametrize(
    "name",
    [
        "qpdf/issue-120.pdf",  # page tree recursion: RecursionError inside pdfplumber
        "qpdf/xref-compressed-in-compressed.pdf",
        "qpdf/direct-pages.pdf",  # page objects given directly: AttributeError 'objid'
        "qpdf/issue-449.pdf",  # page without MediaBox: TypeError in pdfplumber's Page
        "qpdf/page-no-content.pdf",
    ],
)
def test_damaged_page_tree_is_a_damaged_pdf_error(name: str) -> None:
    # pdfplumber's close() walks the page tree again; its error must not mask ours.
    with pytest.raises(DamagedPdfError, match="damaged"):
        newslayout.read(_corpus(name), format="pdf")


NOISY = (
    "qpdf/bad3.pdf",  # pdfminer: "Execute called on non-indirect object"
    "pdfminer.six/zen_of_python_corrupted.pdf",  # "Data-loss while decompressing"
    "pdfminer.six/simple3.pdf",  # "Could not get FontBBox"
    "py-pdf-sample-files/cmyk-image.pdf",  # pdfplumber: "[WARNING] Metadata key"
)


@needs_corpus
def test_parser_warnings_do_not_reach_stderr() -> None:
    # Without a logging handler, Python prints library warnings on stderr (logging's
    # lastResort), breaking the CLI's promise: diagnostics or one error line, nothing else.
    # pytest installs handlers of its own, so this runs in a clean interpreter.
    script = (
        "import sys, newslayout\n"
        "from newslayout.errors import NewslayoutError\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        newslayout.read(name, format='pdf')\n"
        "    except NewslayoutError:\n"
        "        pass\n"
    )
    files = [str(_corpus(name)) for name in NOISY]
    done = subprocess.run(
        [sys.executable, "-c", script, *files], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    assert done.stderr == ""


@needs_corpus
def test_page_timeout_interrupts_a_slow_image_decoder() -> None:
    # pypdf/indirect-rotation.pdf: 5 pages, each with a CCITT image that pdfminer's pure
    # Python decoder needs minutes for. The watchdog's exception was swallowed by the image
    # code's "a broken image must not cost the page" handler, so the limit never held.
    import time

    from newslayout.options import ReadOptions

    start = time.monotonic()
    _issue, diagnostics = newslayout.read(
        _corpus("pypdf/indirect-rotation.pdf"), format="pdf", options=ReadOptions(page_timeout=1)
    )
    assert time.monotonic() - start < 30
    timed_out = [d.location.page for d in diagnostics if d.code == "pdf-page-timeout"]
    assert timed_out == [1, 2, 3, 4, 5]
    assert all("page" in d.message for d in diagnostics if d.code == "pdf-page-timeout")


@needs_corpus
@pytest.mark.parametrize(
    "name",
    [
        "py-pdf-sample-files/cmyk-image.pdf",  # trailer /Info points at the page tree
        "qpdf/no-pages-types.pdf",
        "qpdf/bad4.pdf",
        "pdfplumber/issue-297-example.pdf",
        "qpdf/71624.fuzz",
    ],
)
def test_zero_pages_is_never_a_silent_empty_issue(name: str) -> None:
    try:
        issue, diagnostics = newslayout.read(_corpus(name), format="pdf")
    except NewslayoutError:
        return  # a clear error is fine too
    assert issue.pages or any(d.code == "pdf-no-pages" for d in diagnostics)
