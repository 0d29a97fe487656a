"""The builder's advert test (no PDF): little text, no prose, no byline or jump, and a
way to buy (phone, address, prices)."""

from __future__ import annotations

from newslayout.readers.builder.adverts import DraftText, has_phone, is_advert, set_like_advert


def test_an_ad_box_with_a_phone_number_is_an_ad() -> None:
    ad = DraftText(
        headline="Harbour Fish Bar",
        blocks=["Cod & chips £7.90 Open daily 11:30–21:00 Tel. 01632 418 207", "2 Quay Row"],
    )
    assert is_advert(ad)


def test_prices_alone_make_an_ad() -> None:
    assert is_advert(DraftText(headline="Sale", blocks=["Oilskins from £24", "Sea boots £19.50"]))


def test_a_brief_written_in_sentences_stays_a_story() -> None:
    brief = DraftText(
        headline="Book sale",
        blocks=["The library holds its book sale on Saturday; call 01632 960 100 to help out."],
    )
    assert not is_advert(brief)


def test_a_bylined_or_jumping_story_is_never_an_ad() -> None:
    blocks = ["Tel. 01632 418 207"]
    assert not is_advert(DraftText(headline="Fish", blocks=blocks, bylined=True))
    assert not is_advert(DraftText(headline="Fish", blocks=blocks, jumps=True))


def test_no_buying_cue_no_ad() -> None:
    assert not is_advert(DraftText(headline="Weather", blocks=["Sunny, 14°C", "Wind NW 3"]))


def test_phone_numbers_are_not_dates_times_or_figures() -> None:
    assert has_phone("Call 01632 960 452")
    assert has_phone("(020) 7946 0018")
    assert has_phone("Call 05354 184528")  # a local number of six digits in one group
    assert has_phone("+49 30 12345678")
    assert not has_phone("Open 11:30–21:00")
    assert not has_phone("about 18,000 visitors in 2025 2026")
    assert not has_phone("4 February 2026")


def test_a_date_in_figures_is_no_phone_number() -> None:
    assert not has_phone("The Vessby Courier · 05.03.2026")
    assert not has_phone("filed 2026-03-05")
    assert has_phone("Tel. 01632 418 207")


def test_a_time_is_no_price() -> None:
    assert not is_advert(DraftText(headline="Open late", blocks=["from 6 p.m. to 8 p.m. daily"]))
    assert is_advert(DraftText(headline="Chips", blocks=["Cod 90p", "Haddock 95p"]))


def test_a_six_digit_group_is_part_of_a_phone_number() -> None:
    assert has_phone("Call 05723 950681")
    assert is_advert(DraftText(headline="37% off library supplies", blocks=["Call 05723 950681"]))


def test_a_bill_of_names_in_capitals_is_no_prose() -> None:
    # a festival's line-up ends "uva." but is no sentence: the segment is set like an ad
    segment = DraftText(
        headline="NILS FRAHM",
        blocks=["KLANGSTOF − SAM VANCE-LAW − LEYYA KREISKY − FENNE LILY − COCAINE PISS − uva."],
    )
    assert set_like_advert(segment)
    assert not is_advert(segment)  # no way to buy of its own


def test_a_brief_in_sentences_is_not_set_like_an_ad() -> None:
    brief = DraftText(headline="Book sale", blocks=["The library holds its sale on Saturday."])
    assert set_like_advert(brief)  # short, no prose of ten words ...
    long = DraftText(
        headline="Book sale",
        blocks=["The library holds its book sale on Saturday and asks for helpers."],
    )
    assert not set_like_advert(long)  # ... but a sentence of ten words is prose
