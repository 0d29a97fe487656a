"""``indexlines.take_index``: a page's index strips and boxes become entries (teasers), and
their lines leave the page; running text that mentions numbers stays."""

from __future__ import annotations

from newslayout.readers.text.s2_units.indexlines import IndexEntry, take_index


def _lines(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), start=1))


def _pairs(entries: list[IndexEntry]) -> list[tuple[str, str]]:
    return [(e.head, e.label) for e in entries]


def test_titled_strip_on_one_line() -> None:
    kept, entries = take_index(
        _lines("The Valley Post\nINSIDE Opinion Page 33 · Television 9 · Health A22\nBig news")
    )
    assert _pairs(entries) == [("Opinion", "33"), ("Television", "9"), ("Health", "A22")]
    assert entries[0].printed == "Page 33" and entries[0].lines == (2,)
    assert [text for _, text in kept] == ["The Valley Post", "Big news"]


def test_strip_in_another_language() -> None:
    _, entries = take_index(_lines("ALL’INTERNO Sport 39 · Weather pagina 40"))
    assert _pairs(entries) == [("Sport", "39"), ("Weather", "40")]


def test_untitled_strip_needs_separators() -> None:
    _, with_marks = take_index(_lines("Sport 2 · Arts 3 · Travel 14"))
    _, without = take_index(_lines("boats moored 3 cars parked 4"))
    assert _pairs(with_marks) == [("Sport", "2"), ("Arts", "3"), ("Travel", "14")]
    assert without == []


def test_everyday_title_word_opening_a_sentence_is_no_strip() -> None:
    lines = _lines("Today the mayor said 4\nToday: Sport 4")
    kept, entries = take_index(lines)
    assert _pairs(entries) == [("Sport", "4")]
    assert kept == [(1, "Today the mayor said 4")]


def test_box_of_one_entry_a_line() -> None:
    kept, entries = take_index(
        _lines("the end of a story.\nHOY\nSport página 2\nObituaries 3\nHealth 17\n2 HEALTH")
    )
    assert _pairs(entries) == [("Sport", "2"), ("Obituaries", "3"), ("Health", "17")]
    assert [text for _, text in kept] == ["the end of a story.", "2 HEALTH"]


def test_split_box_pairs_heads_with_a_run_of_labels() -> None:
    text = (
        "£1.20\n18\nPage 17\nA4\nThe Post\nstory text.\nINSIDE\nHealth\nTravel\nWeather\nThe Post"
    )
    kept, entries = take_index(_lines(text))
    assert _pairs(entries) == [("Health", "18"), ("Travel", "17"), ("Weather", "A4")]
    assert entries[1].lines == (9, 3)
    assert [t for _, t in kept] == ["£1.20", "The Post", "story text.", "The Post"]


def test_split_box_without_labels_stays_text() -> None:
    lines = _lines("INSIDE\nHealth\nTravel\nThe story goes on.")
    assert take_index(lines) == (lines, [])


def test_taken_lines_leave_blanks_where_blank_lines_set_blocks_apart() -> None:
    kept, entries = take_index(_lines("Head\n\nINSIDE Sport 2 · Arts 3\nText.\n\nMore."))
    assert len(entries) == 2
    assert kept[2] == (3, "")


def test_volume_and_number_line_is_no_strip() -> None:
    for text in ("Vol. 61 · No. 2", "Year 12 · Issue 301", "No. 312 · Vol. 9"):
        assert take_index(_lines(text))[1] == []
