"""Issue metadata from classified masthead blocks (no PDF needed)."""

from __future__ import annotations

from newslayout.readers.pdf.s5_compose.metadata import issue_meta
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock
from pdf.builders import classified, text_block


def masthead(text: str, top: float, size: float) -> ClassifiedBlock:
    return classified(text_block(text, 20, top, size), BlockRole.MASTHEAD)


def test_a_number_printed_without_a_volume_is_the_issue_number() -> None:
    meta = issue_meta(
        [
            masthead("The Example Gazette", 30, 40),
            masthead("No. 1204 Friday 9 January 2026", 90, 9),
        ],
        "x.pdf",
    )
    assert (meta.volume, meta.number, meta.date_iso) == ("", "1204", "2026-01-09")


def test_volume_and_number_come_together() -> None:
    meta = issue_meta([masthead("The Post", 30, 40), masthead("Vol. 12, No. 3", 90, 9)], "")
    assert (meta.publication, meta.volume, meta.number) == ("The Post", "12", "3")


def test_a_nameplate_in_several_blocks_reads_row_by_row() -> None:
    # a title justified across the page over two lines: "The      Sexbridge" / "Gazette"
    parts = [
        classified(text_block("Gazette", 280, 112, 62), BlockRole.MASTHEAD),
        classified(text_block("Sexbridge", 450, 34, 62), BlockRole.MASTHEAD),
        classified(text_block("The", 34, 35, 62), BlockRole.MASTHEAD),
        masthead("Vol. 5, No. 25,390", 214, 7.5),
    ]
    meta = issue_meta(parts, "")
    assert (meta.publication, meta.volume, meta.number) == ("The Sexbridge Gazette", "5", "25,390")


def test_volume_and_number_in_other_languages() -> None:
    meta = issue_meta([masthead("Il Corriere", 30, 40), masthead("Anno CX · N. 18.781", 90, 9)], "")
    assert (meta.volume, meta.number) == ("CX", "18.781")


def test_a_volume_alone_and_a_dated_row_outside_the_masthead_give_volume_and_date() -> None:
    meta = issue_meta(
        [
            masthead("CIVIL CHRONICLES", 30, 90),
            classified(text_block("Vol:2", 20, 260, 21), BlockRole.BODY),
            classified(
                text_block("MUMBAI | WEDNESDAY | OCTOBER 9, 2024", 20, 300, 23), BlockRole.SUBHEAD
            ),
        ],
        "",
    )
    assert (meta.volume, meta.date_iso) == ("2", "2024-10-09")


def test_a_dated_line_low_on_the_front_page_is_no_issue_date() -> None:
    # an advert's programme ("Fr, 15.6.2018" over a line-up) two thirds down the page, read
    # as a kicker: an event's date; the same line in the masthead's quarter is the issue's
    line = classified(text_block("Fr, 15.6.2018", 64, 1044, 8), BlockRole.KICKER)
    assert issue_meta([line], "", front_height=1332).date_iso == ""
    high = classified(text_block("Fr, 15.6.2018", 64, 100, 8), BlockRole.KICKER)
    assert issue_meta([high], "", front_height=1332).date_iso == "2018-06-15"


def test_the_site_in_the_dateline_strip_names_a_paper_with_no_nameplate_in_type() -> None:
    strip = classified(
        text_block("www.freepressjournal.in | MUMBAI | OCTOBER 9, 2024", 200, 60, 9),
        BlockRole.FURNITURE,
    )
    assert issue_meta([strip], "").publication == "Free Press Journal"
    # a nameplate in type wins; an inner page's site names no paper
    assert issue_meta([masthead("The Post", 30, 40), strip], "").publication == "The Post"
    inner = classified(strip.block, BlockRole.FURNITURE, page=2)
    assert issue_meta([inner], "").publication == ""
