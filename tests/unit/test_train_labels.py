"""Training labels: a reader's block takes the one truth role whose texts hold its text."""

from __future__ import annotations

from tools.train.labels import Truth, key, label


def test_key_ignores_case_spacing_hyphens_and_letter_spacing() -> None:
    assert key("TR ANSPOR T") == key("Transport") == "transport"
    assert key("re-\nopened") == key("reopened")


def test_a_block_held_by_one_role_takes_it() -> None:
    known = [
        Truth("headline", 1, key("Council opens the new bridge")),
        Truth("body", 1, key("The bridge opened on Monday. Traffic eased by noon.")),
    ]
    assert label("Council opens the", 1, known) == "headline"
    assert label("opened on Monday. Traffic", 1, known) == "body"


def test_ambiguous_short_or_unknown_blocks_get_no_label() -> None:
    known = [Truth("kicker", 1, key("WEATHER")), Truth("furniture", 1, key("Weather: sunny"))]
    assert label("Weather", 1, known) is None  # two roles hold it
    assert label("7°", 1, known) is None  # too short to tell
    assert label("Not printed anywhere", 1, known) is None


def test_the_blocks_own_page_decides_between_roles() -> None:
    known = [Truth("headline", 1, key("Bridge opens")), Truth("other", 3, key("Bridge opens"))]
    assert label("Bridge opens", 1, known) == "headline"
    assert label("Bridge opens", 3, known) == "other"
