"""Shared fixtures: the sample read once, its review data and overlay, a hostile PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

import newslayout
from newslayout.diagnostics import Diagnostic, Location, Severity
from newslayout.geometry import Box
from newslayout.model import Issue
from newslayout.review import Review, review_of
from newslayout.review.overlay import overlay_pdf

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDF = ROOT / "samples" / "harbor-ledger.pdf"

#: Text a hostile PDF prints: markup, a script end tag, a javascript: link, entities.
HOSTILE = (
    "<script>window.__pwned=1</script>",
    "</script><img src=x onerror=window.__pwned=2>",
    "javascript:window.__pwned=3",
    "&amp; &lt;b&gt; &#60;i&#62;",
)
#: A diagnostic message with control characters and a bidi override (cannot be printed in a
#: PDF's text layer reliably, so it reaches the views as a diagnostic).
HOSTILE_MESSAGE = "bad\x00byte\x07bell\x1b[31m \u202eevil</script><b>x</b>"


@dataclass(frozen=True)
class Read:
    source: Path
    issue: Issue
    diagnostics: list[Diagnostic]
    review: Review
    overlay: bytes


def read_for_review(source: Path, extra: list[Diagnostic] | None = None) -> Read:
    issue, diagnostics = newslayout.read(source)
    diagnostics = diagnostics + (extra or [])
    review = review_of(source, issue, diagnostics)
    return Read(source, issue, diagnostics, review, overlay_pdf(source, review))


@pytest.fixture(scope="session")
def sample() -> Read:
    """The sample PDF with one extra located diagnostic, so notes get drawn."""
    note = Diagnostic(
        code="note",
        severity=Severity.INFO,
        message="a test note on page 2",
        location=Location(file=str(SAMPLE_PDF), page=2, box=Box(x0=100, top=200, x1=150, bottom=220)),
    )
    return read_for_review(SAMPLE_PDF, [note])


def make_hostile_pdf(path: Path) -> Path:
    """A one-page 'newspaper' whose every text is hostile."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica-Bold", 26)
    canvas.drawString(40, 720, HOSTILE[0])
    canvas.setFont("Helvetica", 9)
    canvas.drawString(40, 700, "By " + HOSTILE[3])
    y = 670.0
    for line in range(24):
        text = f"{HOSTILE[line % 3]} body text line {line} of the story goes on here."
        canvas.drawString(40, y, text)
        y -= 11
    canvas.linkURL(HOSTILE[2], (40, 660, 300, 680))  # a real javascript: link annotation
    canvas.save()
    return path


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Read:
    source = make_hostile_pdf(tmp_path_factory.mktemp("hostile") / "hostile.pdf")
    note = Diagnostic(
        code="note",
        severity=Severity.WARNING,
        message=HOSTILE_MESSAGE,
        location=Location(file=str(source), page=1, box=Box(x0=40, top=60, x1=200, bottom=80)),
    )
    return read_for_review(source, [note])
