"""The seed-form fixtures (``tests/seedform``: invented front pages in the real seed page's
form) read perfectly: every quality measure is 1.00, and each page's inspect JSON is the
expected one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.quality_metrics import Count, headline_value, pool, score_issue

import newslayout.api as api
from newslayout.inspect import issue_to_json

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "tests" / "seedform"
PAGES = sorted(FOLDER.glob("*.txt"))


def test_there_are_at_least_ten_pages() -> None:
    assert len(PAGES) >= 10
    assert all(p.with_suffix(".expected.json").is_file() for p in PAGES)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_inspect_json_matches(path: Path) -> None:
    issue, _ = api.read(path)
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert issue_to_json(issue) == expected


def test_every_measure_is_one() -> None:
    scores = []
    for path in PAGES:
        issue, _ = api.read(path)
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        scores.append(score_issue(expected, issue_to_json(issue)))
    overall = pool(scores)
    for name, score in overall.items():
        if isinstance(score, Count):
            assert score.n == 0, name  # spurious hyphens, compounds lost
        else:
            assert headline_value(score) == 1.0, name
