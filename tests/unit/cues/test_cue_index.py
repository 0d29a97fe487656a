"""Section indexes: page labels in several forms and languages, titles, rows cut into entries."""

from __future__ import annotations

import pytest

from newslayout.cues.index import (
    entry_head,
    is_index_title,
    label_page,
    page_label,
    split_entries,
    title_words,
)


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("19", "19"),
        ("Page 19", "19"),
        ("page 2", "2"),
        ("Seite 12", "12"),
        ("pagina 21", "21"),
        ("página 7", "7"),
        ("p. 4", "4"),
        ("P3", "3"),
        ("A23", "A23"),
        ("Page A14", "A14"),
        ("see page 4", "4"),
        ("B-2", "B2"),
    ],
)
def test_page_labels_in_their_printed_forms(printed: str, label: str) -> None:
    assert page_label(printed) == label


@pytest.mark.parametrize("text", ["0", "2026", "Sport", "page", "Page 2 Sport", "a3x", ""])
def test_what_is_no_page_label(text: str) -> None:
    assert page_label(text) is None


def test_a_label_names_the_page_of_its_digits() -> None:
    assert [label_page(x) for x in ("19", "A23", "B2")] == [19, 23, 2]


@pytest.mark.parametrize(
    "title",
    ["INSIDE", "Inside today", "In this issue", "INDEX", "HEUTE", "Aus dem Inhalt",
     "DANS CE NUMÉRO", "ALL’INTERNO", "In questo numero", "HOY", "En este número", "Sommaire"],
)  # fmt: skip
def test_index_titles_in_five_languages(title: str) -> None:
    assert is_index_title(title)


@pytest.mark.parametrize("text", ["Inside the harbour", "Sport", "Weather today and tomorrow"])
def test_a_head_that_starts_like_a_title_is_none(text: str) -> None:
    assert not is_index_title(text)


def _entries(text: str) -> list[tuple[str, str]]:
    tokens = text.split()
    return [
        (entry_head(tokens, e), e.label) for e in split_entries(tokens, start=title_words(tokens))
    ]


def test_a_row_is_cut_after_each_page_label_and_its_title_is_no_entry() -> None:
    assert _entries("INSIDE Science 19 · Property Page 22 · Puzzles A23") == [
        ("Science", "19"),
        ("Property", "22"),
        ("Puzzles", "A23"),
    ]
    assert _entries("ALL’INTERNO Culture 2 · Weather pagina 21") == [
        ("Culture", "2"),
        ("Weather", "21"),
    ]
    assert _entries("DANS CE NUMÉRO Sport 29 · News 26") == [("Sport", "29"), ("News", "26")]


def test_a_row_that_does_not_end_on_a_label_is_no_index() -> None:
    assert _entries("Science 19 · Property Page 22 · Puzzles") == []
    assert _entries("the council met on 3 March to vote on the plan") == []


def test_a_sentence_is_no_entry_head() -> None:
    assert _entries("Why did the ferry stop? 4") == []
