"""Shared helpers of the review tests: reading for review, a hostile PDF, the sample's path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

import newslayout
from newslayout.diagnostics import Diagnostic
from newslayout.model import Issue
from newslayout.review.build import review_of
from newslayout.review.overlay import overlay_pdf
from newslayout.review.regions import Review

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
