"""Development set 3 rules on small typed inputs (no PDF): a story run across a spread's
gutter with no jump line, a box of classified small ads, and an end byline at the foot of a
story's last (shorter) column, hyphenated across its lines."""

from __future__ import annotations

from dataclasses import replace

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.model import Span
from newslayout.readers.builder.adverts import DraftText, is_advert, is_classified
from newslayout.readers.pdf.s4_assemble.adverts import draft_text
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.end_bylines import end_byline, end_bylines
from newslayout.readers.pdf.s4_assemble.thread import Draft, cut_off, thread_parts
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock
from pdf.builders import classified, text_block

COL1 = Box(x0=10, top=100, x1=150, bottom=400)
COL2 = Box(x0=160, top=100, x1=300, bottom=400)


def _c(
    text: str,
    top: float,
    order: int,
    *,
    role: BlockRole = BlockRole.BODY,
    col: Box = COL1,
    page: int = 2,
) -> ClassifiedBlock:
    return classified(
        text_block(text, col.x0, top, 9.0, region=col, order=order, leading=11), role, page
    )


def _part(page: int, head: str | None, *items: ClassifiedBlock, order: int = 0) -> ArticlePart:
    opener = None if head is None else _c(head, 80, order, role=BlockRole.HEADLINE, page=page)
    return ArticlePart(page=page, opener=opener, items=items, order=order)


def test_a_draft_whose_last_paragraph_stops_mid_sentence_is_cut_off() -> None:
    cut = Draft(parts=[_part(2, "Dunes", _c("Sand blows over the", 100, 1))])
    done = Draft(parts=[_part(2, "Ads", _c("The shop is open daily.", 100, 1))])
    assert cut_off(cut)
    assert not cut_off(done)


def test_an_end_byline_does_not_make_a_story_look_cut() -> None:
    story = _part(2, "Choir", _c("She sang to the end.", 100, 1), _c("— Harriet Quigley", 130, 2))
    assert not cut_off(Draft(parts=[story]))


def test_headless_text_over_the_gutter_joins_the_cut_story_not_the_last_read() -> None:
    feature = _part(2, "The dunes that walk", _c("Volunteers plant grass to slow the", 100, 1))
    box = _part(2, "Notices", _c("The hall is closed on Monday.", 100, 3, col=COL2), order=2)
    run_on = _part(3, None, _c("sand, not to stop it.", 100, 0, page=3))
    drafts = thread_parts([feature, box, run_on], _log())
    assert [d.parts[0].headline for d in drafts] == ["The dunes that walk", "Notices"]
    assert run_on in drafts[0].parts


def test_with_no_cut_story_headless_text_joins_the_last_read() -> None:
    first = _part(2, "Quay", _c("The quay is done.", 100, 1))
    last = _part(2, "Ferry", _c("The ferry runs.", 100, 3, col=COL2), order=2)
    run_on = _part(3, None, _c("More text here.", 100, 0, page=3))
    drafts = thread_parts([first, last, run_on], _log())
    assert run_on in drafts[1].parts


def test_a_box_of_small_ads_each_with_a_phone_or_price_is_classified() -> None:
    ads = DraftText(
        headline="Classified",
        blocks=[
            "FOR SALE Clinker dinghy, 12 ft, with oars and trailer. £650. Tel. 01632 960 412.",
            "WANTED Allotment on the north side of town. Call Bea on 07700 900 318.",
            "TO LET Flat over the chandlery, £725 a month. Tel. 01632 960 577.",
        ],
    )
    assert is_classified(ads)
    assert is_advert(ads)


def test_a_story_with_one_phone_number_is_not_classified() -> None:
    story = DraftText(
        headline="Library",
        blocks=[
            "The reading room reopens on Monday after the flood closed it for a month.",
            "Readers can book a desk on 01632 960 100.",
            "The old papers are back on open shelves for anyone to read again.",
        ],
    )
    assert not is_classified(story)
    assert not is_advert(story)


def test_a_dash_line_closing_the_shorter_last_column_is_an_end_byline() -> None:
    first = _c("Planting days are held\nevery month until April.\nVolunteers meet at ten.", 100, 1)
    dash = _c("— Words by Ingrid Soltani; pictures by Petra Holm-\ngren", 100, 2, col=COL2)
    part = ArticlePart(page=3, opener=None, items=(first, dash))
    assert end_bylines(part) == (dash,)
    byline = end_byline(dash, Span(page=3))
    assert [c.name for c in byline.contributors] == ["Ingrid Soltani", "Petra Holmgren"]


def test_a_dash_line_read_before_text_in_its_column_stays_a_paragraph() -> None:
    dash = _c("— Ines Calloway", 100, 1, col=COL2)
    below = _c("More text follows in this column.", 130, 2, col=COL2)
    assert end_bylines(ArticlePart(page=3, opener=None, items=(dash, below))) == ()


def _log() -> Log:

    return Log()


def test_an_ads_address_line_taken_as_byline_does_not_make_it_a_story() -> None:
    shop = _part(
        1,
        "Dale Wool Shop",
        _c("Yarn spun in the dale. Tel. 01632 960 177", 100, 1),
    )
    place = _c("Thornwick Mill, Upper Dale", 130, 2, role=BlockRole.BYLINE, page=1)
    named = _c("By Rupert Anand", 130, 2, role=BlockRole.BYLINE, page=1)
    with_place = Draft(parts=[replace(shop, bylines=(place,))])
    with_name = Draft(parts=[replace(shop, bylines=(named,))])
    assert not draft_text(with_place).bylined
    assert is_advert(draft_text(with_place))
    assert draft_text(with_name).bylined
    assert not is_advert(draft_text(with_name))
