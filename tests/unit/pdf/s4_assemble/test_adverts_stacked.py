"""Dropping adverts (no PDF): an ad's segments set like an ad and stacked right over the
segment with the ticket address go with it; a refer that names a price points to a page and
stays; a story under an ad stays."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.readers.pdf.s4_assemble.adverts import drop_adverts
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.thread import Draft
from newslayout.readers.pdf.s5_compose.refers import refer_pointer
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock
from pdf.builders import classified, text_block

BODY = 9.0


def _c(text: str, top: float, order: int, role: BlockRole = BlockRole.BODY) -> ClassifiedBlock:
    return classified(text_block(text, 60, top, BODY, order=order), role)


def _draft(head: str, top: float, *texts: str) -> Draft:
    opener = _c(head, top, int(top), BlockRole.HEADLINE)
    items = tuple(_c(t, top + 12 * (i + 1), int(top) + i + 1) for i, t in enumerate(texts))
    return Draft(parts=[ArticlePart(page=1, opener=opener, items=items, order=int(top))])


def _drop(drafts: list[Draft]) -> list[Draft]:
    return drop_adverts(drafts, BODY, lambda text: refer_pointer(text) is not None)


def _heads(drafts: list[Draft]) -> list[str]:
    return [d.parts[0].headline for d in drafts]


def test_segments_stacked_over_the_ticket_segment_are_the_ad() -> None:
    friday = _draft("NILS FRAHM", 100, "JON HOPKINS − RHYE − uva.")
    saturday = _draft("EDITORS", 140, "THE WOMBATS − NEUROSIS − uva.")
    sunday = _draft("EELS", 180, "BLACK REBEL MOTORCYCLE CLUB", "Tickets unter www.derby.de")
    assert _drop([friday, saturday, sunday]) == []


def test_a_story_over_an_ad_stays() -> None:
    story = _draft(
        "Harbour wall approved",
        100,
        "The council voted on Monday to rebuild the harbour wall before the winter storms.",
    )
    ad = _draft("Fish Bar", 140, "Tickets unter www.fishbar.de")
    assert _heads(_drop([story, ad])) == ["Harbour wall approved"]


def test_a_segment_far_over_the_ad_stays() -> None:
    label = _draft("WEATHER", 100, "Sunny, 14 C")
    ad = _draft("Fish Bar", 300, "Tickets unter www.fishbar.de")
    assert _heads(_drop([label, ad])) == ["WEATHER"]


def test_a_refer_naming_prices_is_no_ad() -> None:
    refer = _draft(
        "The $1,944 Test", 100, "Patients were billed $1,944 and $480 for tests. PAGE A7"
    )
    assert _heads(_drop([refer])) == ["The $1,944 Test"]


def test_each_dropped_ad_is_named_in_the_log() -> None:
    story = _draft(
        "Harbour wall approved",
        100,
        "The council voted on Monday to rebuild the harbour wall before the winter storms.",
    )
    ad = _draft("Fish Bar", 300, "Tickets unter www.fishbar.de")
    log = Log()
    kept = drop_adverts([story, ad], BODY, lambda text: refer_pointer(text) is not None, log)
    assert _heads(kept) == ["Harbour wall approved"]
    assert [(d.code, d.location.page) for d in log] == [("pdf-advert-skipped", 1)]
    assert "'Fish Bar'" in next(iter(log)).message
