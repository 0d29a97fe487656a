"""The corpus quality metrics: perfect on identical input, lower on damaged input."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from support.quality_metrics import (
    EMPTY,
    PRF,
    Count,
    Ratio,
    Score,
    body_similarity,
    failures,
    headline_value,
    match_articles,
    paragraph_order,
    pool,
    score_issue,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXPECTED = sorted(CORPUS.glob("*.expected.json"))

Doc = dict[str, Any]


def sample() -> Doc:
    return {
        "issue": {
            "publication": "The Harbor Ledger",
            "volume": "7",
            "number": "41",
            "date_text": "MARCH 3-4, 2026",
            "date_iso": "2026-03-03/2026-03-04",
            "pages": 3,
        },
        "pages": [
            {"number": 1, "teasers": [{"text": "Students map the harbor floor", "target_page": 2}]},
            {"number": 2, "teasers": []},
            {"number": 3, "teasers": []},
        ],
        "articles": [
            {
                "id": "a1",
                "headline": "Council backs seawall plan",
                "deck": "Vote ends delay",
                "kicker": "CITY HALL",
                "bylines": [
                    {"name": "Maria Okafor", "role": "author"},
                    {"name": "LU Zijian", "role": "author"},
                ],
                "pages": [1, 3],
                "jumps": [{"from_page": 1, "to_page": 3, "jump_text": "See BUDGET, Page 3"}],
                "blocks": [
                    {
                        "type": "figure",
                        "caption": "Waves break over the wall.",
                        "credit": "Sam Ito / The Harbor Ledger",
                        "page": 1,
                    },
                    {
                        "type": "p",
                        "text": "The council voted to rebuild the wall with high-quality granite "
                        "after development stalled.",
                    },
                    {"type": "subhead", "text": "A smaller levy"},
                    {
                        "type": "p",
                        "text": "The levy was cut after three public hearings and a petition.",
                    },
                    {
                        "type": "p",
                        "text": "Work begins in September and should finish "
                        "before the winter storms.",
                    },
                ],
            },
            {
                "id": "a2",
                "headline": "Night ferry returns in April",
                "deck": None,
                "kicker": None,
                "bylines": [{"name": "Dana Whitfield", "role": "author"}],
                "pages": [2],
                "jumps": [],
                "blocks": [
                    {"type": "p", "text": "The late ferry to the islands will return on April 6."}
                ],
            },
        ],
    }


def values(expected: Doc, got: Doc) -> dict[str, float]:
    return {k: headline_value(v) for k, v in score_issue(expected, got).items()}


PERFECT = {"spurious_hyphens": 0.0, "compounds_lost": 0.0}


def assert_perfect(doc: Doc) -> None:
    for name, v in values(doc, copy.deepcopy(doc)).items():
        assert v == PERFECT.get(name, 1.0), name


def test_identical_input_is_perfect() -> None:
    assert_perfect(sample())


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_corpus_expectation_scores_perfect_against_itself(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert_perfect(doc)
    assert not failures(score_issue(doc, copy.deepcopy(doc)))


def test_failed_reader_scores_zero() -> None:
    v = values(sample(), EMPTY)
    assert (
        v["articles"] == 0 and v["metadata"] == 0 and v["body_similarity"] == 0 and v["jumps"] == 0
    )


def test_wrong_metadata_field() -> None:
    got = sample()
    got["issue"]["volume"] = "VOL.7"
    assert values(sample(), got)["metadata"] == pytest.approx(5 / 6)


def test_missing_and_spurious_articles() -> None:
    got = sample()
    spurious = {"headline": "Masthead mistaken for a story", "blocks": []}
    got["articles"] = [*got["articles"][:1], spurious]
    v = score_issue(sample(), got)["articles"]
    assert isinstance(v, PRF) and v.precision == 0.5 and v.recall == 0.5


def test_fuzzy_headline_still_matches_but_not_exact() -> None:
    got = sample()
    got["articles"][0]["headline"] = "Council backs seawall plan."
    v = values(sample(), got)
    assert v["articles"] == 1.0 and v["headline_exact"] == 0.5


def test_byline_role_and_name() -> None:
    got = sample()
    got["articles"][0]["bylines"] = [{"name": "Maria Okafor and LU Zijian", "role": "author"}]
    assert values(sample(), got)["byline"] < 0.5
    got = sample()
    got["articles"][1]["bylines"][0]["role"] = "editor"
    assert values(sample(), got)["byline"] < 1.0


def test_caption_with_credit_left_in() -> None:
    got = sample()
    fig = got["articles"][0]["blocks"][0]
    fig["caption"] += " (PHOTO: Sam Ito / The Harbor Ledger)"
    fig["credit"] = None
    v = values(sample(), got)
    assert v["caption"] == 0.0 and v["credit"] == 0.0


def test_body_damage_lowers_similarity() -> None:
    got = sample()
    got["articles"][0]["blocks"][1]["text"] = "The council voted."
    assert 0.4 < values(sample(), got)["body_similarity"] < 0.9


def test_swapped_paragraphs_lower_reading_order() -> None:
    got = sample()
    blocks = got["articles"][0]["blocks"]
    blocks[1], blocks[4] = blocks[4], blocks[1]
    assert values(sample(), got)["reading_order"] < 1.0


def test_split_paragraph_keeps_order_credit() -> None:
    exp = ["alpha beta gamma delta", "epsilon zeta eta theta"]
    assert (
        paragraph_order(exp, ["alpha beta", "gamma delta", "epsilon zeta eta theta"]).value == 1.0
    )
    assert paragraph_order(exp, ["alpha beta gamma delta epsilon zeta eta theta"]).value == 1.0
    assert paragraph_order(exp, list(reversed(exp))).value == 0.5


def test_unthreaded_jump() -> None:
    got = sample()
    art = got["articles"][0]
    art["pages"] = [1]  # continuation came out as a separate article
    assert values(sample(), got)["jumps"] == 0.0
    got = sample()
    got["articles"][0]["jumps"][0]["to_page"] = 2
    assert values(sample(), got)["jumps"] == 0.0


def test_teaser_target_must_match() -> None:
    got = sample()
    got["pages"][0]["teasers"][0]["target_page"] = 3
    assert values(sample(), got)["teasers"] == 0.0


def test_spurious_hyphens_and_lost_compounds() -> None:
    got = sample()
    p = got["articles"][0]["blocks"][1]
    p["text"] = (
        p["text"].replace("development", "develop- ment").replace("high-quality", "highquality")
    )
    v = values(sample(), got)
    assert v["spurious_hyphens"] == 1 and v["compounds_lost"] == 1
    got = sample()
    got["articles"][0]["blocks"][1]["text"] = p["text"].replace(
        "develop- ment", "develop\u00adment"
    )
    assert values(sample(), got)["spurious_hyphens"] == 1


def test_pool_weights_by_size_and_failures() -> None:
    a: dict[str, Score] = {
        "articles": PRF(1, 1, 1),
        "metadata": Ratio(6, 6),
        "spurious_hyphens": Count(0),
    }
    b: dict[str, Score] = {
        "articles": PRF(0, 3, 3),
        "metadata": Ratio(3, 6),
        "spurious_hyphens": Count(2),
    }
    total = pool([a, b])
    assert headline_value(total["articles"]) == 0.25
    assert headline_value(total["metadata"]) == 0.75
    names = [f.split()[0] for f in failures(total)]
    assert names == ["metadata", "articles", "spurious_hyphens"]


def test_equal_headlines_pair_by_their_bodies_not_list_order() -> None:
    first = {"headline": "IN BRIEF", "blocks": [{"type": "p", "text": "Bridge rejected. It rose."}]}
    second = {
        "headline": "IN BRIEF",
        "blocks": [{"type": "p", "text": "Pier expanded. We came."}],
    }
    expected: dict[str, Any] = {"issue": {}, "pages": [], "articles": [first, second]}
    got: dict[str, Any] = {"issue": {}, "pages": [], "articles": [second, first]}
    assert match_articles(expected["articles"], got["articles"]) == [(0, 1), (1, 0)]
    assert body_similarity(expected, got).value == 1.0
