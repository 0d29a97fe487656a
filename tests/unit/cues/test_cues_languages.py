"""Cues in the languages and forms real papers print: dates (CLDR names via Babel), credits
("Foto: X", lists of agency credits, "X FOR THE Y"), bylines ("Von X", "This article is by
..."), volume lines with dot leaders and the paper named by its copyright line."""

from __future__ import annotations

import pytest

from newslayout.cues import (
    parse_byline,
    parse_copyright_holder,
    parse_credit_line,
    parse_date,
    parse_jump,
    parse_volume_number,
    split_credit,
)
from newslayout.cues.calendar import month_number, months, weekdays


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("montag, 8. juni 2020", "2020-06-08"),
        ("lundi 8 juin 2020", "2020-06-08"),
        ("8 de junio de 2020", "2020-06-08"),
        ("martedì 3 marzo 2026", "2026-03-03"),
        ("maandag 2 maart 2026", "2026-03-02"),
        ("WEDNESDAY, NOVEMBER 11, 2020", "2020-11-11"),
        ("Tues., Sept. 3, 2025", "2025-09-03"),
        ("14-15 June 2025", "2025-06-14/2025-06-15"),
    ],
)
def test_dates_in_several_languages(text: str, iso: str) -> None:
    cue = parse_date(text)
    assert cue is not None and cue.iso == iso


def test_no_month_name_means_two_months() -> None:
    # the table drops a name that two languages give different months
    assert month_number("Juni") == 6 and month_number("März") == 3
    assert months()["mai"] == 5 and weekdays()["montag"] == 0


def test_a_word_that_is_no_month_gives_no_date() -> None:
    assert parse_date("8 Jahre 2020") is None


def test_volume_and_number_across_dot_leaders() -> None:
    assert parse_volume_number("VOL. CLXX . . . No. 58,874") == ("CLXX", "58,874")


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        ("Sie halten Abstand. Foto: A. Milligan/dpa", "Sie halten Abstand.", "A. Milligan/dpa"),
        ("Szene aus „Preto“ Foto: Tiago Lima", "Szene aus „Preto“", "Tiago Lima"),
        (
            "Protest auf der Straße Fotos: F. Mori/ap; D. Martinez/reuters",
            "Protest auf der Straße",
            "F. Mori/ap; D. Martinez/reuters",
        ),
    ],
)
def test_credits_run_into_captions(caption: str, rest: str, credit: str) -> None:
    split = split_credit(caption)
    assert split is not None and split[:2] == (rest, credit)


def test_a_lower_case_word_before_the_credit_word_is_no_credit() -> None:
    assert split_credit("The crowd gathered for photos: nobody came.") is None


def test_credit_lines_in_other_forms() -> None:
    assert parse_credit_line("Foto: P. Guidou") == ("P. Guidou", "Foto: P. Guidou")
    assert parse_credit_line("Foto: dpa") == ("dpa", "Foto: dpa")
    on_assignment = "JOEL ANGEL JUAREZ FOR THE NEW YORK TIMES"
    assert parse_credit_line(on_assignment) == (on_assignment, on_assignment)
    assert parse_credit_line("VOTERS FOR THE change") is None


def test_translated_and_sentence_bylines() -> None:
    german = parse_byline("Von Patrick Guyton, Sarah Zaheer und Anna Lehmann")
    assert german is not None
    names = [c.name for c in german.contributors]
    assert names == ["Patrick Guyton", "Sarah Zaheer", "Anna Lehmann"]
    sentence = parse_byline("This article is by Nick Corasaniti, Reid J. Epstein and Jim Ruth.")
    assert sentence is not None
    assert [c.name for c in sentence.contributors][-1] == "Jim Ruth"
    assert parse_byline("Von der Leyen sagte am Montag") is None


def test_the_copyright_line_names_the_paper() -> None:
    assert parse_copyright_holder("© 2020 The New York Times Company") == "The New York Times"
    assert parse_copyright_holder("(c) 2026 Harbor Ledger Media Ltd.") == "Harbor Ledger"
    assert parse_copyright_holder("All rights reserved") is None


def test_a_headline_in_capitals_with_for_is_no_credit() -> None:
    assert parse_credit_line("CHINA EXPANDS GLOBAL SCI-TECH PARTNERSHIPS FOR SHARED FUTURE") is None


@pytest.mark.parametrize(
    ("text", "direction", "label"),
    [
        ("Fortsetzung auf Seite 3", "continued-on", "3"),
        ("Fortsetzung von Seite 1", "continued-from", "1"),
        ("Lire la suite page 3", "continued-on", "3"),
        ("Suite de la page 1", "continued-from", "1"),
        ("Continua a pagina 3", "continued-on", "3"),
        ("Segue da pagina 1", "continued-from", "1"),
        ("Continúa en la página A3", "continued-on", "A3"),
        ("Viene de la página 1", "continued-from", "1"),
        ("Lees verder op pagina 4", "continued-on", "4"),
    ],
)
def test_jump_lines_in_other_languages(text: str, direction: str, label: str) -> None:
    cue = parse_jump(text)
    assert cue is not None and (cue.direction.value, cue.label) == (direction, label)


def test_a_sentence_with_a_foreign_page_word_is_no_jump() -> None:
    assert parse_jump("Die Suite auf Seite 3 ist schön und lang") is None
    assert parse_jump("Suite") is None
