"""End-to-end: every corpus PDF read and scored with the corpus metrics (tools/quality_metrics).

TARGETS are the issue's quality bar. Where the reader does not reach a target yet, FLOORS hold
the level it did reach (a ratchet): the test fails if quality drops below it. Raise a floor
whenever the reader improves; the report in docs/pdf-reader.md says where each one stands.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslayout import read
from newslayout.inspect import issue_to_json
from tools.quality_metrics import Score, headline_value, pool, score_issue

CORPUS = Path(__file__).parent / "corpus"
PDFS = sorted(p for p in CORPUS.glob("*.pdf") if (CORPUS / f"{p.stem}.expected.json").exists())

TARGETS = {
    "articles": 0.95,
    "headline_exact": 0.95,
    "byline": 0.95,
    "caption": 0.9,
    "reading_order": 0.98,
    "body_similarity": 0.98,
    "jumps": 0.95,
    "metadata": 1.0,
}
#: Levels reached so far (pooled over the corpus); a drop below one fails the test.
FLOORS = {
    "articles": 0.93,
    "headline_exact": 0.93,
    "byline": 0.93,
    "caption": 0.86,
    "reading_order": 0.80,
    "body_similarity": 0.78,
    "jumps": 0.69,
    "metadata": 0.95,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    per_issue = []
    for pdf in PDFS:
        expected = json.loads((CORPUS / f"{pdf.stem}.expected.json").read_text("utf-8"))
        issue, _ = read(pdf)
        per_issue.append(score_issue(expected, issue_to_json(issue)))
    return pool(per_issue)


def test_corpus_is_there() -> None:
    assert len(PDFS) >= 6


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_quality_does_not_drop(scores: dict[str, Score], metric: str) -> None:
    value = headline_value(scores[metric])
    floor = min(TARGETS[metric], FLOORS[metric])
    assert value >= floor, f"{metric} fell to {value:.3f} (floor {floor})"


def test_no_spurious_line_end_hyphens(scores: dict[str, Score]) -> None:
    assert headline_value(scores["spurious_hyphens"]) == 0
