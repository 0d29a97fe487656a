"""``tagkickers.fold_tag_kickers``: a capitals label under a header is folded in front of
it only when no header follows (else it is the kicker over the next headline)."""

from __future__ import annotations

from newslayout.readers.text.s2_units.tagkickers import fold_tag_kickers


def _lines(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), start=1))


def test_tag_after_header_is_folded_in_front() -> None:
    lines = _lines(
        "The Wenmoor Signal\n\nBus depot will move to the old goods\nyard by the autumn\n"
        "Drivers get a canteen and a wash bay\nafter years in a car park\nBUSES\n\n"
        "By Ottoline Fairweather\n\nWENMOOR — The depot will move in September."
    )
    folded, whole = fold_tag_kickers(lines)
    assert (3, "BUSES | Bus depot will move to the old goods") in folded
    assert all(text != "BUSES" for _, text in folded)
    assert whole == frozenset({3})


def test_kicker_over_next_header_stays() -> None:
    lines = _lines(
        "The Wenmoor Signal weekend guide\nMarkets, walks and music inside\nGARDENS\n\n"
        "Swimming baths will reopen in May\nRepairs to the roof took longer than planned\n"
        "By Ottoline Fairweather\n\nWENMOOR — The baths will reopen on 2 May."
    )
    assert fold_tag_kickers(lines) == (lines, frozenset())


def test_capitals_under_a_paragraph_stay() -> None:
    lines = _lines(
        "\nThe council said the work would start in\nthe spring and finish by the end of the\n"
        "summer, when the fleet is back.\nNEWS\n\nBy Ottoline Fairweather"
    )
    assert fold_tag_kickers(lines)[1] == frozenset()
