"""Markup injection and hostile characters through ``render``: printed literally or stripped,
never interpreted; no link in the PDF leads anywhere but inside it or to http(s).

The payloads (``payloads.py``) go in every text field of an issue, which reaches the PDF
writer three ways: as issue XML through the CLI, as a plain-text extraction through the CLI,
and as a model built in Python through the library (lone surrogates cannot travel in XML).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest
from payloads import AFTER, ALL_PAYLOADS, CHARACTER_PAYLOADS, FORBIDDEN_SCHEMES, issue_with

import newslayout
from newslayout.cli import main
from newslayout.diagnostics import Log
from newslayout.options import WriteOptions
from newslayout.writers.issue_xml import write_xml

_ACTION = re.compile(rb"/S\s*/(JavaScript|Launch|ImportData|SubmitForm|ResetForm|Rendition)")
_URI = re.compile(rb"/URI\s*\(([^)]*)\)")


def _render(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    status = main(args, stdout=io.StringIO(), stderr=err)
    return status, err.getvalue()


def _links_and_text(pdf: Path) -> tuple[list[str], str, int]:
    """Every external link target, all page text, and the number of real images in the PDF.

    A figure whose image is unavailable prints a placeholder tint, drawn as a 1x1-pixel image;
    those are not counted: any other image would have come from the payload.
    """
    data = pdf.read_bytes()
    assert not _ACTION.search(data), "the PDF carries a script/launch action"
    targets = [m.group(1).decode("latin-1") for m in _URI.finditer(data)]
    texts: list[str] = []
    images = 0
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            targets += [str(a.get("uri")) for a in page.annots if a.get("uri")]
            texts.append(page.extract_text() or "")
            images += sum(1 for im in page.images if tuple(im["srcsize"]) != (1, 1))
    return targets, "\n".join(texts), images


def _assert_safe(pdf: Path) -> str:
    targets, text, images = _links_and_text(pdf)
    for target in targets:
        assert target.startswith(("http://", "https://")), f"link to {target!r}"
        assert not any(bad in target for bad in FORBIDDEN_SCHEMES)
    assert images == 0, "an image appeared that the issue does not have"
    assert "Traceback" not in text
    return text


@pytest.mark.parametrize("payload", ALL_PAYLOADS, ids=range(len(ALL_PAYLOADS)))
def test_payload_in_issue_xml_renders_inert(tmp_path: Path, payload: str) -> None:
    source = tmp_path / "hostile.xml"
    source.write_bytes(write_xml(issue_with(payload), options=WriteOptions(), log=Log()))
    out = tmp_path / "hostile.pdf"
    status, err = _render(["render", str(source), "-o", str(out), "-q"])
    assert status == 0, err
    text = _assert_safe(out)
    assert text.count(AFTER) >= 5, "text after the payload was swallowed"
    if "[[[evil]]]" in payload:  # printed literally or stripped: never a colour
        assert "[[[evil]]]" in text or "red" in text


@pytest.mark.parametrize("payload", ALL_PAYLOADS, ids=range(len(ALL_PAYLOADS)))
def test_payload_in_a_model_issue_renders_inert(tmp_path: Path, payload: str) -> None:
    # Built in Python: lone surrogates and control characters reach the writer unfiltered.
    out = tmp_path / "hostile.pdf"
    newslayout.write(issue_with(payload), out)
    text = _assert_safe(out)
    assert text.count(AFTER) >= 5


def test_payloads_in_a_text_extraction_render_inert(tmp_path: Path) -> None:
    lines = ["THE HOSTILE HERALD", "MARCH 3, 2026", ""]
    for index, raw in enumerate(ALL_PAYLOADS):
        payload = raw.replace("\x00", "")  # NUL bytes: a clear error, see the next test
        lines += [f"Headline number {index} {payload}", f"By Reporter {index}", ""]
        lines += [f"Body text {payload} {AFTER} of story {index}, long enough to be a paragraph."]
        lines += [""]
    source = tmp_path / "hostile.txt"
    # Lone surrogates cannot be UTF-8: write them as the broken bytes a bad decoder leaves.
    source.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    out = tmp_path / "hostile.pdf"
    status, err = _render(["render", str(source), "-o", str(out), "-q"])
    assert status == 0, err
    text = _assert_safe(out)
    assert AFTER in text


def test_nul_bytes_in_a_text_extraction_are_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "binary.txt"
    source.write_bytes(b"THE HERALD\n\nHeadline\x00 here\n\nBody text.\n")
    status, err = _render(["render", str(source), "-o", str(tmp_path / "out.pdf"), "-q"])
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and "NUL" in err
    assert not (tmp_path / "out.pdf").exists()


def test_control_characters_never_reach_the_pdf_text(tmp_path: Path) -> None:
    out = tmp_path / "controls.pdf"
    newslayout.write(issue_with(CHARACTER_PAYLOADS[0]), out)
    text = _assert_safe(out)
    assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f]", text)
