"""The builder's bylines: as printed, next lines joined, end bylines (no PDF)."""

from __future__ import annotations

from newslayout.model import Role, Span
from newslayout.readers.builder.bylines import (
    byline_of,
    continued_byline,
    end_byline,
    names_new_writers,
    with_titles,
)

ONE = (Span(page=1, line=3),)
TWO = (Span(page=1, line=4),)


def test_a_job_title_line_sets_the_role_of_the_writer_above() -> None:
    lines = [byline_of("By Ruth Abernathy", ONE), byline_of("Chief Correspondent", TWO)]
    (got,) = with_titles(lines)
    assert [(c.name, c.role) for c in got.contributors] == [("Ruth Abernathy", Role.CORRESPONDENT)]
    assert got.spans == ONE + TWO


def test_an_and_line_adds_a_writer() -> None:
    got = continued_byline(byline_of("By Ola Persson", ONE), byline_of("and Hanne Lykke", TWO))
    assert got is not None
    assert [c.name for c in got.contributors] == ["Ola Persson", "Hanne Lykke"]


def test_a_second_naming_byline_stays_apart() -> None:
    got = with_titles([byline_of("By Ola Persson", ONE), byline_of("By Hanne Lykke", TWO)])
    assert len(got) == 2


def test_a_line_naming_no_one_is_kept_as_printed() -> None:
    got = byline_of("Harbor Ledger staff", ONE)
    assert got.printed == "Harbor Ledger staff" and not got.contributors


def test_an_end_byline_naming_the_top_writer_again_adds_nothing() -> None:
    top = [byline_of("By Ola Persson", ONE)]
    end = end_byline("— Ola Persson", Span(page=2, line=9))
    assert end.contributors and not names_new_writers(top, end)
    other = end_byline("— Reporting by Hanne Lykke", Span(page=2, line=9))
    assert names_new_writers(top, other)


def test_a_title_takes_back_the_place_the_name_line_ended_on() -> None:
    lines = [byline_of("By Lena Liewill, Feamwood", ONE), byline_of("Correspondent", TWO)]
    (got,) = with_titles(lines)
    assert [(c.name, c.role) for c in got.contributors] == [("Lena Liewill", Role.CORRESPONDENT)]
