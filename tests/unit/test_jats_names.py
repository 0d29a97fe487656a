"""Splitting printed names for JATS ``name``: surname-first capitals, particles, suffixes."""

from __future__ import annotations

import pytest

from newslayout.model import Contributor
from newslayout.writers.jats.names import NameStyle, PersonName, person_name


@pytest.mark.parametrize(
    ("printed", "surname", "given", "style", "suffix"),
    [
        ("Maria Okafor", "Okafor", "Maria", NameStyle.WESTERN, ""),
        ("WANG Xiaoxia", "WANG", "Xiaoxia", NameStyle.EASTERN, ""),
        ("LU Zijian", "LU", "Zijian", NameStyle.EASTERN, ""),
        ("MARIA OKAFOR", "OKAFOR", "MARIA", NameStyle.WESTERN, ""),
        ("Ana de la Cruz", "de la Cruz", "Ana", NameStyle.WESTERN, ""),
        ("Jan van Dijk", "van Dijk", "Jan", NameStyle.WESTERN, ""),
        ("Mary Ann  Lee", "Lee", "Mary Ann", NameStyle.WESTERN, ""),
        ("Ray Dunmore Jr.", "Dunmore", "Ray", NameStyle.WESTERN, "Jr."),
        ("Reuters", "", "Reuters", NameStyle.GIVEN_ONLY, ""),
    ],
)
def test_printed_names_are_split(
    printed: str, surname: str, given: str, style: NameStyle, suffix: str
) -> None:
    assert person_name(Contributor(name=printed)) == PersonName(
        surname=surname, given_names=given, style=style, suffix=suffix, guessed=True
    )


def test_a_reader_split_is_kept_and_only_styled() -> None:
    eastern = person_name(Contributor(name="LU Zijian", surname="LU", given_names="Zijian"))
    assert eastern == PersonName(surname="LU", given_names="Zijian", style=NameStyle.EASTERN)
    western = person_name(Contributor(name="Sam Ito", surname="Ito", given_names="Sam"))
    assert western is not None and western.style is NameStyle.WESTERN and not western.guessed


def test_an_empty_name_has_no_parts() -> None:
    assert person_name(Contributor(name="   ")) is None
