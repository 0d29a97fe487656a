"""The short fuzz run of ``make test`` (``make fuzz`` runs the long one): a few hundred text
and XML inputs and a few dozen mutated PDFs, derandomized so a failure reproduces. Any crash
fails with its signature and the mutation that made it."""

from __future__ import annotations

from pathlib import Path

from fuzzing import CampaignReport, fuzz_pdf, fuzz_text, fuzz_xml


def _no_crashes(report: CampaignReport) -> None:
    found = {
        sig: f"{c.message[:200]} (made by: {c.how[:200]})" for sig, c in report.crashes.items()
    }
    assert found == {}, report.summary()


def test_short_text_campaign() -> None:
    report = fuzz_text(300, seed=1)
    assert report.inputs >= 300
    _no_crashes(report)


def test_short_xml_campaign() -> None:
    report = fuzz_xml(200, seed=1)
    assert report.inputs >= 400  # reader and validator each
    _no_crashes(report)


def test_short_pdf_campaign(tmp_path: Path) -> None:
    # Whole seed files only (no qpdf needed); the smaller seeds keep this under ~30 s.
    report = fuzz_pdf(24, seed=1, workers=2, cache=tmp_path, split_pages=False, limit=45)
    assert report.inputs == 24
    _no_crashes(report)
