"""De-hyphenation: the brief's required cases, issue evidence, and accuracy on 200+ cases."""

from __future__ import annotations

import pytest
from cue_fixtures import load

from newslayout.cues import Dehyphenator
from newslayout.cues.hyphenation import SOFT_HYPHEN

#: Minimum share of ``hyphenation.txt`` decided right with no issue evidence.
MIN_ACCURACY = 0.95


def _split(case: str) -> tuple[str, str]:
    left, _, right = case.partition("|")
    return left, right


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("emerg-", "ing", "emerging"),
        ("develop-", "ment", "development"),
        ("high-", "quality", "high-quality"),
        ("low-", "carbon", "low-carbon"),
        ("sci-", "tech", "sci-tech"),
        ("well-", "known", "well-known"),
        ("twenty-", "five", "twenty-five"),
        ("mid-", "March", "mid-March"),
        ("a sign" + SOFT_HYPHEN, "board", "a signboard"),
        ("the wall", "was", "the wall was"),
        ("a dash --", "then", "a dash --then"),
    ],
)
def test_required_cases(left: str, right: str, expected: str) -> None:
    assert Dehyphenator().join(left, right) == expected


def test_issue_evidence_beats_dictionary() -> None:
    hyphen_seen = Dehyphenator.from_texts(["a new sign-board stands", "the e-mail came"])
    assert hyphen_seen.join("sign-", "board") == "sign-board"
    assert hyphen_seen.join("e-", "mail") == "e-mail"
    joined_seen = Dehyphenator.from_texts(["the lowcarbon plan", "send an email"])
    assert joined_seen.join("low-", "carbon") == "lowcarbon"
    assert joined_seen.join("e-", "mail") == "email"


def test_line_end_hyphen_is_not_evidence() -> None:
    d = Dehyphenator.from_texts(["a sign-", "board"])
    assert d.join("sign-", "board") == "signboard"


def test_repair_spaced() -> None:
    d = Dehyphenator.from_texts(["the high-quality service"])
    text = "a high- quality and emerg- ing pre- and post-war" + SOFT_HYPHEN
    assert d.repair_spaced(text) == "a high-quality and emerging pre- and post-war"


def test_accuracy_on_fixture() -> None:
    cases = load("hyphenation.txt")
    assert len(cases) >= 200
    d = Dehyphenator()
    wrong = [(c, e, d.join(*_split(c))) for c, e in cases if d.join(*_split(c)) != e]
    accuracy = 1 - len(wrong) / len(cases)
    assert accuracy >= MIN_ACCURACY, f"accuracy {accuracy:.3f}; wrong: {wrong}"


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("from Rail-", "ford and", "from Railford and"),  # a place-name element
        ("and Drier-", "port closed", "and Drierport closed"),
        ("said Hedda So-", "reann, the", "said Hedda Soreann, the"),  # no word on the right
        ("die Bundes-", "regierung", "die Bundesregierung"),  # a German noun broken
        ("Long-", "awaited plans", "Long-awaited plans"),  # a word on the right
        ("Jean-", "Luc", "Jean-Luc"),  # a capital on the right: kept as before
    ],
)
def test_capitalised_word_broken_at_a_line_end(left: str, right: str, expected: str) -> None:
    assert Dehyphenator().join(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("a Paris-", "based firm", "a Paris-based firm"),  # the name printed on its own
        ("Obama-", "era rules", "Obama-era rules"),
        ("the Kremlin-", "backed group", "the Kremlin-backed group"),  # a participle
        ("in Dres-", "den today", "in Dresden today"),  # a name's fragment on the left
        ("Dar-", "ling said", "Darling said"),
        ("Ani-", "mated talks", "Animated talks"),  # the joined form is a word
    ],
)
def test_compound_after_a_name_keeps_its_hyphen(left: str, right: str, expected: str) -> None:
    issue = Dehyphenator.from_texts(["They met in Paris, where Obama spoke; Dresden later."])
    assert issue.join(left, right) == expected


def test_name_compound_needs_the_name_or_a_participle() -> None:
    """With no other evidence, a capitalised non-word before an ordinary word is a name
    broken at a line end ("Obama-" + "era" is joined), before a participle a compound."""
    assert Dehyphenator().join("Obama-", "era") == "Obamaera"
    assert Dehyphenator().join("Kremlin-", "backed") == "Kremlin-backed"
    assert Dehyphenator().join("Moham-", "med") == "Mohammed"
