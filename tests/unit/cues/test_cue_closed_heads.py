"""A line-end break before a closed-compound head ("-holders", "-keeper", "-men") joins, even
where the word list lacks the compound; a keep prefix still keeps its hyphen."""

from __future__ import annotations

import pytest

from newslayout.cues import Dehyphenator
from newslayout.cues.wordlist import is_english_word


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("stall-", "holders", "stallholders"),
        ("ferry-", "men", "ferrymen"),
        ("lock-", "keeper", "lockkeeper"),
    ],
)
def test_a_closed_head_joins_a_compound_the_word_list_lacks(
    left: str, right: str, expected: str
) -> None:
    assert not is_english_word(expected)  # the rule, not the word list, decides
    assert Dehyphenator().join(left, right) == expected


def test_a_keep_prefix_before_a_closed_head_keeps_its_hyphen() -> None:
    assert Dehyphenator().join("self-", "men") == "self-men"


def test_issue_evidence_still_beats_the_closed_head() -> None:
    d = Dehyphenator.from_texts(["the stall-holders met"])
    assert d.join("stall-", "holders") == "stall-holders"
