"""Index boxes, ribbons and ears: front-page teasers that are no story and no masthead."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.index_box import column_pair, line_rows, page_number
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s3_classify.teaser_rows import row_cells
from newslayout.readers.pdf.s5_compose.metadata import page_teasers
from newslayout.readers.pdf.types import BlockRole, Line, TextBlock
from pdf.builders import line_words

BODY = 10.0


def _lines(texts: list[str], x0: float, top: float, size: float = 9.0, **kw: bool) -> TextBlock:
    """A block of one line per text, each line ``1.3 * size`` below the last."""
    lines = tuple(
        Line(words=tuple(line_words(t, x0, top + i * 1.3 * size, size, **kw)))
        for i, t in enumerate(texts)
    )
    box = lines[0].box
    for line in lines[1:]:
        box = box.union(line.box)
    return TextBlock(lines=lines, region=box, order=0)


def _ordered(*blocks: TextBlock) -> tuple[TextBlock, ...]:
    return tuple(TextBlock(lines=b.lines, region=b.region, order=i) for i, b in enumerate(blocks))


def _classify(*blocks: TextBlock) -> tuple[list[BlockRole], list[tuple[str, int | None]]]:
    ctx = PageContext(page=1, width=800, height=1200, body=BODY, blocks=_ordered(*blocks))
    classified = classify_page(ctx, RULES)
    teasers = [(t.text, t.target_page) for t in page_teasers(classified, 1, BODY)]
    return [c.role for c in classified], teasers


def test_page_numbers_bare_or_pointers() -> None:
    assert [page_number(t) for t in ("2", "14", "p3", "Page A2")] == [2, 14, 3, 2]
    assert [page_number(t) for t in ("0", "2026", "Sport")] == [None, None, None]


def test_a_column_of_titles_beside_a_column_of_numbers_pairs_row_by_row() -> None:
    titles = _lines(["Opinion", "Sport", "Letters"], 550, 146)
    numbers = _lines(["2", "4", "4"], 770, 146)
    cells = column_pair(titles, numbers)
    assert [(c.text, c.page) for c in cells] == [("Opinion", 2), ("Sport", 4), ("Letters", 4)]
    assert column_pair(numbers, titles) == []  # the numbers stand right of the titles


def test_numbers_out_of_page_order_are_no_index() -> None:
    """A weather box or a results table also sets names beside numbers, in no page order."""
    titles = _lines(["Monday", "Tuesday", "Wednesday"], 550, 146)
    assert column_pair(titles, _lines(["12", "9", "14"], 770, 146)) == []


def test_the_rows_must_share_their_lines() -> None:
    titles = _lines(["Opinion", "Sport", "Letters"], 550, 146)
    assert column_pair(titles, _lines(["2", "2", "2"], 770, 200)) == []


def test_an_index_box_under_its_label_gives_one_teaser_per_row() -> None:
    label = _lines(["INSIDE"], 550, 129, 11.0, bold=True)
    titles = _lines(["Opinion", "Sport", "Letters"], 550, 146)
    numbers = _lines(["2", "2", "3"], 770, 146)
    roles, teasers = _classify(label, titles, numbers)
    assert roles == [BlockRole.TEASER, BlockRole.TEASER, BlockRole.TEASER]
    assert teasers == [("Opinion", 2), ("Sport", 2), ("Letters", 3)]


def test_without_an_index_label_the_columns_stay_text() -> None:
    label = _lines(["WEATHER"], 550, 129, 11.0, bold=True)
    titles = _lines(["Opinion", "Sport", "Letters"], 550, 146)
    numbers = _lines(["2", "2", "3"], 770, 146)
    roles, teasers = _classify(label, titles, numbers)
    assert BlockRole.TEASER not in roles
    assert teasers == []


def test_index_rows_on_one_line_each_with_leaders() -> None:
    block = _lines(["Opinion .... 2", "Sport .... 14", "Weather Page 16"], 550, 146)
    assert [(c.text, c.page) for c in line_rows(block)] == [
        ("Opinion", 2),
        ("Sport", 14),
        ("Weather", 16),
    ]
    _, teasers = _classify(_lines(["In this issue"], 550, 129, 11.0, bold=True), block)
    assert teasers == [("Opinion", 2), ("Sport", 14), ("Weather", 16)]


def test_lines_of_sentences_are_no_index_rows() -> None:
    block = _lines(["The mill hired 20.", "Orders rose by 12"], 550, 146)
    assert line_rows(block) == []


def test_a_ribbon_divided_by_middots_is_a_teaser_row() -> None:
    words = line_words("Lifeboat crew honoured, p2 · Netball final heartbreak, p5", 70, 30)
    assert [(c.text, c.page) for c in row_cells(words)] == [
        ("Lifeboat crew honoured", 2),
        ("Netball final heartbreak", 5),
    ]


def test_a_sentence_naming_two_pages_without_dividers_is_no_row() -> None:
    words = line_words("Maps on p2 and the charts are on p5", 70, 30)
    assert row_cells(words) == []


def _nameplate() -> TextBlock:
    return _lines(["The Harbour Gazette"], 40, 50, 40.0, bold=True)


def test_an_ear_beside_the_nameplate_is_teasers_not_masthead() -> None:
    plate = _nameplate()
    ear = [
        _lines(["INSIDE TODAY"], 600, 40, 8.0, bold=True),
        _lines(["Council tax rise explained"], 600, 51, 8.0, bold=True),
        _lines(["Page 2"], 600, 61, 8.0),
        _lines(["Mill bridge to shut"], 600, 73, 8.0, bold=True),
        _lines(["Page 3"], 600, 83, 8.0),
    ]
    region = ear[0].box
    for b in ear[1:]:
        region = region.union(b.box)
    ear = [TextBlock(lines=b.lines, region=region, order=0) for b in ear]
    date = _lines(["Thursday 26 February 2026"], 40, 104, 9.0)
    roles, teasers = _classify(plate, *ear, date)
    assert roles[0] is BlockRole.MASTHEAD and roles[-1] is BlockRole.MASTHEAD
    assert BlockRole.MASTHEAD not in roles[1:-1]
    assert teasers == [("Council tax rise explained", 2), ("Mill bridge to shut", 3)]


def test_a_ribbon_above_the_nameplate_is_teasers_not_masthead() -> None:
    label = _lines(["ALSO"], 40, 30, 9.5, bold=True)
    ribbon = _lines(["Lifeboat crew honoured, p2 · Netball final heartbreak, p2"], 75, 30, 9.5)
    plate = _lines(["The Harbour Gazette"], 150, 36, 40.0, bold=True)
    region = Box(x0=75, top=30, x1=plate.box.x1, bottom=plate.box.bottom)
    ribbon = TextBlock(lines=ribbon.lines, region=region, order=0)
    plate = TextBlock(lines=plate.lines, region=region, order=0)
    roles, teasers = _classify(label, ribbon, plate)
    assert roles == [BlockRole.FURNITURE, BlockRole.TEASER, BlockRole.MASTHEAD]
    assert teasers == [("Lifeboat crew honoured", 2), ("Netball final heartbreak", 2)]


def test_an_index_box_is_read_by_rows_whatever_blocks_its_labels_were_cut_into() -> None:
    """Labels out of page order, bare or with a page word, their column in two blocks."""
    label = _lines(["INSIDE"], 550, 129, 9.0, bold=True)
    titles = _lines(["Opinion", "Letters", "Puzzles", "News"], 550, 141)
    upper = _lines(["Page 2", "A26"], 720, 141)
    lower = _lines(["12", "Page 39"], 720, 141 + 2 * 1.3 * 9.0)
    roles, teasers = _classify(label, titles, upper, lower)
    assert roles == [BlockRole.TEASER] * 4
    assert teasers == [("Opinion", 2), ("Letters", 26), ("Puzzles", 12), ("News", 39)]


def test_an_index_box_in_another_language_with_labels_beside_titles() -> None:
    label = _lines(["DANS CE NUMÉRO"], 550, 129, 9.0, bold=True)
    rows = _lines(["Sport page 9", "Culture 3"], 550, 141)
    _, teasers = _classify(label, rows)
    assert teasers == [("Sport", 9), ("Culture", 3)]


def test_an_index_box_ends_at_the_first_row_that_is_no_entry() -> None:
    label = _lines(["INDEX"], 550, 129, 9.0, bold=True)
    rows = _lines(["Sport 9", "Culture 3"], 550, 141)
    text = _lines(["The ferry will run again on Monday."], 550, 141 + 2 * 1.3 * 9.0)
    roles, teasers = _classify(label, rows, text)
    assert teasers == [("Sport", 9), ("Culture", 3)]
    assert roles[2] is not BlockRole.TEASER


def test_a_text_beside_an_index_row_stays_out_of_it() -> None:
    """A line of the next column sharing the row, an em or more away, is no part of the box."""
    label = _lines(["INSIDE"], 550, 129, 9.0, bold=True)
    rows = _lines(["Sport 9", "Culture 3"], 550, 141)
    beside = _lines(["By Ann Lee and Bo Hart"], 620, 141, 9.0)
    _, teasers = _classify(label, rows, beside)
    assert teasers == [("Sport", 9), ("Culture", 3)]


def test_an_index_box_needs_two_entries() -> None:
    label = _lines(["INSIDE"], 550, 129, 9.0, bold=True)
    _, teasers = _classify(label, _lines(["Sport 9"], 550, 141))
    assert teasers == []


def test_a_strip_with_bare_numbers_after_its_title_is_a_teaser_row() -> None:
    words = line_words("INSIDE Science 19 · Property Page 22 · Puzzles A23", 70, 30)
    cells = row_cells(words)
    assert [(c.text, c.page, c.label) for c in cells] == [
        ("Science", 19, "19"),
        ("Property", 22, "Page 22"),
        ("Puzzles", 23, "A23"),
    ]


def test_bare_numbers_in_running_text_are_no_row() -> None:
    assert row_cells(line_words("boats moored 3 cars parked 4", 70, 30)) == []


def test_a_strip_merged_into_the_nameplates_issue_lines_gives_its_teasers() -> None:
    plate = _nameplate()
    lines = _lines(["Vol. 38 No. 70 Tuesday 3 November 2026", "INSIDE Sport 29 · News 26"], 40, 104)
    roles, teasers = _classify(plate, lines)
    assert roles[0] is BlockRole.MASTHEAD
    assert teasers == [("Sport", 29), ("News", 26)]


def test_a_results_line_divided_by_dashes_is_no_row() -> None:
    assert row_cells(line_words("Arsenal 2 – Chelsea 1", 70, 30)) == []
