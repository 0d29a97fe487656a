"""Shared fixtures: the sample read once with its review data and overlay, a hostile PDF."""

from __future__ import annotations

import pytest
from review_helpers import HOSTILE_MESSAGE, SAMPLE_PDF, Read, make_hostile_pdf, read_for_review

from newslayout.diagnostics import Diagnostic, Location, Severity
from newslayout.geometry import Box


@pytest.fixture(scope="session")
def sample() -> Read:
    """The sample PDF with one extra located diagnostic, so notes get drawn."""
    note = Diagnostic(
        code="note",
        severity=Severity.INFO,
        message="a test note on page 2",
        location=Location(
            file=str(SAMPLE_PDF), page=2, box=Box(x0=100, top=200, x1=150, bottom=220)
        ),
    )
    return read_for_review(SAMPLE_PDF, [note])


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
