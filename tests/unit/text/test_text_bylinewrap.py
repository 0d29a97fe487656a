"""Bylines wrapped onto the next line (``s3_classify.bylinewrap``): joined back into one
byline, and the story's text after them left alone (invented ``pdftotext -raw`` pages)."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.model import Issue
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text
from newslayout.readers.text.s2_units.units import Unit
from newslayout.readers.text.s3_classify.bylinewrap import join_wrapped_bylines
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind, classify

BODY = (
    "Work on the old harbour wall began on Saturday morning after years of\n"
    "complaints from the fishermen, the chair of the residents' group said.\n"
    "The cost has risen to 120,000 pounds because of rising prices.\n"
)


def _read(text: str) -> Issue:
    return read_text(text.encode(), options=ReadOptions(), log=Log())


def _names(text: str) -> list[list[str]]:
    (article,) = _read(text).articles
    return [[c.name for c in b.contributors] for b in article.bylines]


def _units(*lines: str) -> list[Unit]:
    return [Unit(lines=(line,), page=1, first=n, last=n, block=1) for n, line in enumerate(lines)]


def test_an_and_line_under_a_byline_names_the_second_writer() -> None:
    text = f"Harbour wall to be rebuilt\nBy Ulla Segroang\nand Orla Trith\n{BODY}"
    assert _names(text) == [["Ulla Segroang", "Orla Trith"]]
    (article,) = _read(text).articles
    assert article.blocks[0].text.startswith("Work on the old harbour")


def test_a_byline_ending_on_and_takes_the_next_line() -> None:
    text = f"Harbour wall to be rebuilt\nBy Finn Soucless, Cass Neerd and\nEmil Flaind\n{BODY}"
    assert _names(text) == [["Finn Soucless", "Cass Neerd", "Emil Flaind"]]


def test_a_one_word_last_name_takes_its_surname_from_the_next_line() -> None:
    text = f"Harbour wall to be rebuilt\nPor Hedda Graibreest y Dagny\nNand\n{BODY}"
    assert _names(text) == [["Hedda Graibreest", "Dagny Nand"]]


def test_a_name_hyphenated_across_the_lines_is_mended() -> None:
    text = f"Harbour wall to be rebuilt\nBy Bram Jox and Rhea Rea\u2010\njoax\n{BODY}"
    assert _names(text) == [["Bram Jox", "Rhea Reajoax"]]


def test_an_end_byline_cut_in_two_is_one_end_byline() -> None:
    cut = ("\u2014 Reporting by Orla Hieclox; additional re\u2010", "porting by Rhea Brend")
    items = [
        classify(
            Unit(
                lines=("the work can start in May, the council said.",),
                page=1,
                first=1,
                last=1,
                block=1,
            )
        ),
        classify(Unit(lines=cut, page=1, first=2, last=3, block=1)),
        classify(Unit(lines=("Modest market for Keermere",), page=1, first=4, last=4, block=1)),
    ]
    assert items[1].kind is not Kind.END_BYLINE  # as the lines are cut, a dash list item
    out = join_wrapped_bylines(items, classify)
    assert [x.kind for x in out] == [Kind.BODY, Kind.END_BYLINE, Kind.TITLE]
    joined = "\u2014 Reporting by Orla Hieclox; additional reporting by Rhea Brend"
    assert out[1].unit.lines == (joined,)
    assert (out[1].unit.first, out[1].unit.last) == (2, 3)


def test_a_full_byline_takes_no_line_of_text() -> None:
    items = [classify(u) for u in _units("By Wim Jizin", "COUNCILLORS FROM the valley met")]
    out = join_wrapped_bylines(items, classify)
    assert [x.unit.lines for x in out] == [("By Wim Jizin",), ("COUNCILLORS FROM the valley met",)]


def test_a_paragraph_line_ending_on_and_is_no_byline() -> None:
    items = [
        classify(
            Unit(
                lines=("By the end of the year the council and", "the mayor agreed."),
                page=1,
                first=1,
                last=2,
                block=1,
            )
        )
    ]
    assert join_wrapped_bylines(items, classify) == items


def _lines(*lines: str) -> list[ClassifiedUnit]:
    return [classify(u) for u in _units(*lines)]


def test_an_end_byline_over_three_lines_is_one_end_byline() -> None:
    items = _lines(
        "\u2014 Reporting by Rhea",
        "Bopess; additional reporting",
        "by Dagny Brull",
        "Early council questioned",
    )
    out = join_wrapped_bylines(items, classify)
    assert [x.kind for x in out] == [Kind.END_BYLINE, Kind.TITLE]
    joined = "\u2014 Reporting by Rhea Bopess; additional reporting by Dagny Brull"
    assert out[0].unit.lines == (joined,)


def test_a_line_ending_on_reporting_takes_the_writer_under_it() -> None:
    items = _lines(
        "\u2014 Reporting by Kai Waicoss; additional reporting", "by Rhea Beeng", "HEALTH"
    )
    out = join_wrapped_bylines(items, classify)
    assert [x.kind for x in out] == [Kind.END_BYLINE, Kind.TITLE]
    assert (out[0].unit.first, out[0].unit.last) == (0, 1)


def test_an_end_byline_opened_on_a_paragraphs_last_line_is_split_off() -> None:
    story = ("The late hospital in Driesholm was", "approved last week because of rising costs.")
    opened = "\u2014 Reporting by Juno Cheer; additional"
    units = [
        Unit(lines=(*story, opened), page=1, first=1, last=3, block=1),
        Unit(lines=("reporting by Hale Kosounn",), page=1, first=4, last=4, block=1),
        Unit(lines=("Private college repaired",), page=1, first=5, last=5, block=1),
    ]
    out = join_wrapped_bylines([classify(u) for u in units], classify)
    assert [(x.kind, x.unit.lines) for x in out] == [
        (Kind.BODY, story),
        (Kind.END_BYLINE, (f"{opened} reporting by Hale Kosounn",)),
        (Kind.TITLE, ("Private college repaired",)),
    ]
