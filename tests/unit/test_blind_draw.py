"""The blind-set generator (tools/corpus/blind/draw.py): seeded determinism and what it draws.

Drawing is pure Python (no engine runs here), so these checks are fast; typesetting and the
builder's checks run only in `make blind`.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from tools.corpus.blind.draw import ENGINES, Issue, draw_issue, expected, story_order

SEEDS = [(1, i) for i in range(1, 9)] + [(77, 3), (5000, 11)]


@pytest.fixture(scope="module")
def issues() -> list[Issue]:
    return [draw_issue(seed, index) for seed, index in SEEDS]


def test_same_seed_same_issue() -> None:
    a, b = draw_issue(42, 5), draw_issue(42, 5)
    assert dataclasses.asdict(a) == dataclasses.asdict(b)
    assert expected(a) == expected(b)


def test_other_seed_or_index_other_issue() -> None:
    base = expected(draw_issue(42, 5))
    assert expected(draw_issue(43, 5)) != base
    assert expected(draw_issue(42, 6)) != base
    assert dataclasses.asdict(draw_issue(42, 5, variant=1)) != dataclasses.asdict(draw_issue(42, 5))


def test_engines_rotate_over_a_set() -> None:
    assert {draw_issue(9, i).engine for i in range(1, 7)} == set(ENGINES)


def test_typography_in_the_documented_ranges(issues: list[Issue]) -> None:
    for issue in issues:
        t = issue.typo
        assert 7.5 <= t.body_pt <= 11.0
        assert 1.2 <= t.brief_scale <= 1.6 < t.second_scale <= t.lead_scale <= 6.0
        for story in issue.stories.values():
            assert 1.2 <= story.scale <= 6.6


def test_stories_per_page(issues: list[Issue]) -> None:
    for issue in issues:
        for page in issue.pages:
            starts = {s.key for s in issue.stories.values() if s.parts[0].page == page.number}
            assert 2 <= len(starts) <= 25, (issue.name, page.number, len(starts))


def test_expected_json_shape(issues: list[Issue]) -> None:
    for issue in issues:
        doc = expected(issue)
        assert set(doc) == {"issue", "pages", "articles"}
        assert doc["issue"]["pages"] == len(issue.pages)
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", doc["issue"]["date_iso"])
        ids = [a["id"] for a in doc["articles"]]
        assert ids == [f"a{n}" for n in range(1, len(ids) + 1)]
        assert len(ids) == len(story_order(issue)) == len(issue.stories)
        for art in doc["articles"]:
            assert art["headline"].strip()
            assert all(b["role"] in ("author", "editor", "correspondent") for b in art["bylines"])
            assert art["blocks"], art["headline"]
            for jump in art["jumps"]:
                # The printed jump line names the page label of the continuation.
                label = issue.page_label(jump["to_page"])
                assert re.search(rf"\b{label}\b", jump["jump_text"]), jump
                assert jump["to_page"] in art["pages"]
            if "external_jump" in art:
                assert art["pages"] == [art["pages"][0]] and not art["jumps"]
                assert str(art["external_jump"]["to_page"]) in art["external_jump"]["jump_text"]


def test_paragraph_cut_at_a_jump_is_one_paragraph() -> None:
    for index in range(1, 30):
        issue = draw_issue(3, index)
        jumped = [s for s in issue.stories.values() if len(s.parts) > 1]
        if not jumped:
            continue
        story = jumped[0]
        art = next(a for a in expected(issue)["articles"] if a["headline"] == story.headline)
        paras = [b["text"] for b in art["blocks"] if b["type"] == "p"]
        cut = story.parts[0].blocks[-1].text
        tail = story.parts[1].blocks[0].text
        assert any(p.endswith(f"{cut} {tail}") or f"{cut} {tail}" in p for p in paras)
        return
    pytest.fail("no issue with a jump in 30 draws")
