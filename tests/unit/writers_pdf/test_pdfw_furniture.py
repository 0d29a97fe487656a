"""Furniture kept from the source: ears (weather, price), mottos beside numbering in other
languages, and running heads that name the page's section."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
import pytest

from newslayout.diagnostics import Log
from newslayout.model import (
    Article,
    Furniture,
    FurnitureKind,
    Issue,
    IssueMeta,
    Page,
    Paragraph,
    Run,
)
from newslayout.options import WriteOptions
from newslayout.writers.pdf import write_pdf
from newslayout.writers.pdf.furniture import page_section, price_of, tagline_of, weather_of

MOTTO = "Independent since 1871"
CAMPUS = "Research news from the campus"


def _front(*lines: str, publication: str = "The Ledger") -> Issue:
    page = Page(
        number=1,
        furniture=tuple(Furniture(kind=FurnitureKind.MASTHEAD, text=t) for t in lines),
    )
    meta = IssueMeta(publication=publication, date_text="lundi 15 mars 2027")
    story = Article(
        id="a1",
        headline="Council approves the harbour turbine",
        blocks=(Paragraph(runs=(Run(text="The council voted on Tuesday to approve it."),)),),
        spans=(),
    )
    return Issue(meta=meta, pages=(page,), articles=(story,))


@pytest.mark.parametrize(
    ("lines", "weather", "price", "motto"),
    [
        (["The Ledger", "WEATHER 24° / 16°", "£1.20"], "WEATHER 24° / 16°", "£1.20", ""),
        (
            ["MÉTÉO 12° / 5°", "The Ledger", "37e année · N° 45.540", "2,20 €"],
            "MÉTÉO 12° / 5°",
            "2,20 €",
            "",
        ),
        (["The Ledger", "Anno CLIII · N. 162", "1,50 €"], "", "1,50 €", ""),
        (
            ["The Ledger", "Año XIX · Número 194", "Independent since 1871"],
            "",
            "",
            "Independent since 1871",
        ),
        (
            ["The Ledger", "Research news from the campus", "Free"],
            "",
            "Free",
            "Research news from the campus",
        ),
    ],
)
def test_ears_price_and_motto_are_told_apart(
    lines: list[str], weather: str, price: str, motto: str
) -> None:
    issue = _front(*lines)
    assert weather_of(issue) == weather
    assert price_of(issue) == price
    assert tagline_of(issue) == motto


def _page_one_words(issue: Issue) -> list[dict[str, Any]]:
    data = write_pdf(issue, options=WriteOptions(), log=Log())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return list(pdf.pages[0].extract_words())


def test_a_weather_ear_stands_beside_a_short_nameplate() -> None:
    words = _page_one_words(_front("The Ledger", "WEATHER 24° / 16°"))
    name = next(w for w in words if w["text"] == "Ledger")
    ear = next(w for w in words if w["text"] == "WEATHER")
    assert float(ear["x1"]) < float(name["x0"])  # beside the name, not under it
    assert float(name["top"]) < float(ear["top"]) < float(name["bottom"])


def test_a_weather_ear_goes_in_the_masthead_line_beside_a_wide_nameplate() -> None:
    wide = "The Baingby Tribune and Harbour Mercury"
    words = _page_one_words(_front(wide, "MÉTÉO 12° / 5°", publication=wide))
    name_bottom = max(float(w["bottom"]) for w in words if w["text"] == "Tribune")
    ear = next(w for w in words if w["text"] == "MÉTÉO")
    assert float(ear["top"]) > name_bottom


def test_a_running_head_names_the_page_section() -> None:
    heads = ["The Ledger", "CITY & SPORT", "lundi 15 mars 2027", "Dagny Foard", "2"]
    inner = Page(
        number=2,
        furniture=tuple(Furniture(kind=FurnitureKind.RUNNING_HEAD, text=t) for t in heads),
    )
    issue = _front("The Ledger")
    issue = issue.replace(pages=(issue.pages[0], inner))
    assert page_section(issue, 2) == "CITY & SPORT"
    named = issue.replace(pages=(issue.pages[0], Page(number=2, section="Sport")))
    assert page_section(named, 2) == "Sport"
    only_name = issue.replace(
        pages=(
            issue.pages[0],
            Page(
                number=2,
                furniture=(Furniture(kind=FurnitureKind.RUNNING_HEAD, text="Dagny Foard"),),
            ),
        )
    )
    assert page_section(only_name, 2) == ""
    assert page_section(issue, 9) == ""
