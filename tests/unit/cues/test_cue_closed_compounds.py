"""The closed-compound supplement joins a line-end break the compact word list cannot decide
("time-" + "out" where only a larger dictionary knows "timeout"), but never a compound
modifier or phrasal noun ("man-made", "hard-working", "warm-up"), which newspapers hyphenate.

The words here are invented: both halves are real words, the joined forms are not.
"""

from __future__ import annotations

import pytest

from newslayout.cues import Dehyphenator
from newslayout.cues.hyphenation import closed_compounds
from newslayout.cues.wordlist import is_english_word

#: An invented supplement, as ``build_compounds`` would write it from a larger list.
SUPPLEMENT = frozenset({"cloudfork", "lampwhistle", "cloudmade", "cloudrowing", "cloudup"})


def test_without_the_supplement_two_words_keep_their_hyphen() -> None:
    assert not is_english_word("cloudfork")
    assert Dehyphenator(compounds=frozenset()).join("a cloud-", "fork") == "a cloud-fork"


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [("cloud-", "fork", "cloudfork"), ("lamp-", "whistle", "lampwhistle")],
)
def test_a_supplement_compound_joins(left: str, right: str, expected: str) -> None:
    assert Dehyphenator(compounds=SUPPLEMENT).join(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right"), [("cloud-", "made"), ("cloud-", "rowing"), ("cloud-", "up")]
)
def test_participles_and_particles_keep_their_hyphen(left: str, right: str) -> None:
    assert Dehyphenator(compounds=SUPPLEMENT).join(left, right) == left + right


def test_issue_evidence_beats_the_supplement() -> None:
    d = Dehyphenator(["cloud-fork"], compounds=SUPPLEMENT)
    assert d.join("cloud-", "fork") == "cloud-fork"


def test_keep_prefixes_numbers_and_capitals_come_first() -> None:
    d = Dehyphenator(compounds=frozenset({"wellcloud", "cloudfork", "twentyfive"}))
    assert d.join("well-", "cloud") == "well-cloud"
    assert d.join("cloud-", "Fork") == "cloud-Fork"
    assert d.join("twenty-", "five") == "twenty-five"


def test_the_packaged_supplement_holds_only_unlisted_words() -> None:
    assert all(not is_english_word(word) for word in sorted(closed_compounds())[:200])
