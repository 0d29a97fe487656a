"""Issue lines away from the folio line: a volume set alone under the nameplate with the
editors' names between (a newsletter's masthead rows), and a dateline strip with a web
address and a city, under a pull quote on an inside page."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s5_compose.metadata import issue_meta
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock
from pdf.builders import text_block

BODY = 10.0
PAGE = Box(x0=0, top=0, x1=900, bottom=1300)


def _block(text: str, x0: float, top: float, size: float, order: int) -> TextBlock:
    return text_block(text, x0, top, size, region=PAGE, order=order)


def _classify(*blocks: TextBlock, page: int = 1) -> list[ClassifiedBlock]:
    ctx = PageContext(page=page, width=900, height=1300, body=BODY, blocks=blocks)
    return classify_page(ctx, RULES)


def _newsletter(volume_line: str, head_top: float = 230) -> list[ClassifiedBlock]:
    return _classify(
        _block("THE COLLEGE HERALD", 60, 20, 60.0, 0),
        _block("Staff Editors: Anna Berg", 60, 110, 13.0, 1),
        _block("Student Editors: Tom Lind", 600, 110, 13.0, 2),
        _block(volume_line, 40, 180, 15.0, 3),
        _block("BRIDGE TEAM WINS THE STATE CONTEST", 60, head_top, 30.0, 4),
        _block("The team of the department won the contest on Friday.", 60, 280, BODY, 5),
    )


def test_a_volume_alone_under_the_nameplate_is_masthead_and_gives_the_volume() -> None:
    got = _newsletter("Vol:2")
    assert got[3].role is BlockRole.MASTHEAD
    assert got[4].role is BlockRole.HEADLINE
    assert issue_meta(got, "x.pdf").volume == "2"


def test_a_volume_line_under_a_headline_is_no_masthead() -> None:
    # a headline between the nameplate and the line: the line is the story's, not the paper's
    got = _newsletter("Vol:2", head_top=140)
    assert got[3].role is not BlockRole.MASTHEAD
    # metadata still takes the volume from a front-page line holding nothing else when no
    # masthead line gives one (``issue_meta``'s fallback): the line's role is what differs
    assert issue_meta(got, "x.pdf").volume == "2"


def test_a_line_naming_a_volume_in_a_sentence_is_no_issue_line() -> None:
    got = _newsletter("Volume 2 of the series")
    assert got[3].role is not BlockRole.MASTHEAD


def _inside_page(date_line: str) -> list[ClassifiedBlock]:
    return _classify(
        _block("This award is special to me", 400, 10, 13.0, 0),
        _block("03", 820, 12, 45.0, 1),
        _block(date_line, 300, 75, 12.0, 2),
        _block("PREZ PRESENTS FILM AWARDS", 40, 150, 30.0, 3),
        _block("The director was honoured on Tuesday with the award.", 40, 200, BODY, 4),
    )


def test_a_dateline_strip_under_a_pull_quote_is_furniture_and_gives_the_date() -> None:
    got = _inside_page("• www.paperjournal.in • MUMBAI | WEDNESDAY | OCTOBER 9, 2024")
    assert got[2].role is BlockRole.FURNITURE
    assert got[3].role is BlockRole.HEADLINE
    assert issue_meta(got, "x.pdf").date_iso == "2024-10-09"


def test_a_line_with_a_date_and_more_words_is_no_dateline_strip() -> None:
    got = _inside_page("Elections held on October 9, 2024 were disputed")
    assert got[2].role is not BlockRole.FURNITURE
