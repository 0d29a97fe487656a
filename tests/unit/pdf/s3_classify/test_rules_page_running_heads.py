"""Running heads with a folio or a date, inside pages with no nameplate, and a front page
whose nameplate is drawn as art (its folio line still gives the issue)."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s5_compose.metadata import issue_meta
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, TextBlock
from pdf.builders import text_block

BODY = 9.5
PAGE = Box(x0=0, top=0, x1=900, bottom=1300)


def _block(text: str, x0: float, top: float, size: float, order: int) -> TextBlock:
    return text_block(text, x0, top, size, region=PAGE, order=order)


def _classify(*blocks: TextBlock, page: int = 1) -> list[ClassifiedBlock]:
    ctx = PageContext(page=page, width=900, height=1300, body=BODY, blocks=blocks)
    return classify_page(ctx, RULES)


def test_an_inside_page_first_in_the_file_has_no_nameplate() -> None:
    got = _classify(
        _block("16 kultur", 40, 70, 26.0, 0),
        _block("taz", 820, 72, 12.0, 1),
        _block("Die Geschichte neu erzählen", 40, 118, 40.0, 2),
        _block("Text unter der Zeile.", 40, 170, BODY, 3),
    )
    roles = [c.role for c in got]
    assert roles[:2] == [BlockRole.FURNITURE, BlockRole.FURNITURE]
    assert roles[2] is BlockRole.HEADLINE


def test_a_date_running_head_in_another_language_is_furniture() -> None:
    got = _classify(
        _block("das thema 03", 680, 70, 26.0, 0),
        _block("taz montag, 8. juni 2020", 40, 72, 12.0, 1),
        _block("Die Wut erreicht Deutschland", 40, 118, 40.0, 2),
        _block("Text unter der Zeile.", 40, 170, BODY, 3),
        page=2,
    )
    assert [c.role for c in got][:2] == [BlockRole.FURNITURE, BlockRole.FURNITURE]
    assert issue_meta(got, "x.pdf").date_iso == "2020-06-08"


def test_a_drawn_nameplate_leaves_the_lead_head_a_headline_and_the_folio_line_masthead() -> None:
    got = _classify(
        _block("Late Edition", 760, 80, 12.0, 0),
        _block("VOL. CLXX . . . No. 58,874", 24, 163, 10.5, 1),
        _block("© 2020 The New York Times Company", 188, 166, 6.3, 2),
        _block("NEW YORK, WEDNESDAY, NOVEMBER 11, 2020", 315, 163, 10.5, 3),
        _block("ELECTION OFFICIALS FIND NO FRAUD", 24, 200, 40.0, 4),
        _block("Story text under the headline runs on.", 24, 260, BODY, 5),
    )
    roles = [c.role for c in got]
    assert roles[4] is BlockRole.HEADLINE
    assert roles[:4] == [BlockRole.MASTHEAD] * 4
    meta = issue_meta(got, "x.pdf")
    assert (meta.publication, meta.volume, meta.number) == ("The New York Times", "CLXX", "58,874")
    assert (meta.date_iso, meta.edition) == ("2020-11-11", "Late Edition")


def test_a_teaser_pointer_at_the_top_is_no_folio() -> None:
    got = _classify(
        _block("PAGE 2", 40, 42, 8.4, 0),
        _block("Ice festival moves to the old quay", 40, 51, 12.6, 1),
        _block("The Wendmere Tribune", 60, 100, 50.0, 2),
        _block("Year 12 · Issue 301 10 January 2026", 30, 152, 8.4, 3),
    )
    assert got[2].role is BlockRole.MASTHEAD
