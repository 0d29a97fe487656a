"""Teasers set side by side in a row, and a rail of heads with their pointers under them."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s3_classify.teaser_rows import (
    heads_under_pointers,
    pointer_row,
    row_cells,
)
from newslayout.readers.pdf.s5_compose.metadata import page_teasers
from newslayout.readers.pdf.types import BlockRole, Line, TextBlock, Word
from pdf.builders import line_words, word

BODY = 10.0


def _cells(*cells: tuple[str, float, float]) -> list[Word]:
    """One row of words: each (text, x0, size) piece set from x0."""
    out: list[Word] = []
    for text, x0, size in cells:
        out.extend(line_words(text, x0, 100, size))
    return out


def _block(words: list[Word], region: Box | None = None, order: int = 0) -> TextBlock:
    line = Line(words=tuple(words))
    return TextBlock(lines=(line,), region=region or line.box, order=order)


def _teasers(*blocks: TextBlock) -> list[tuple[str, int | None]]:
    ctx = PageContext(page=1, width=800, height=1000, body=BODY, blocks=blocks)
    classified = classify_page(ctx, RULES)
    return [(t.text, t.target_page) for t in page_teasers(classified, 1, BODY)]


def test_a_row_of_head_pointer_cells_gives_one_teaser_per_cell() -> None:
    words = _cells(
        ("Otter returns to the river", 30, BODY),
        ("Page 3", 170, 8.0),
        ("Choir wins county cup", 260, BODY),
        ("Page 5", 380, 8.0),
    )
    assert [(c.text, c.page) for c in row_cells(words)] == [
        ("Otter returns to the river", 3),
        ("Choir wins county cup", 5),
    ]
    row = TextBlock(lines=(Line(words=tuple(words)),), region=Line(words=tuple(words)).box)
    assert _teasers(row) == [("Otter returns to the river", 3), ("Choir wins county cup", 5)]


def test_a_sentence_mentioning_one_page_is_no_row() -> None:
    assert row_cells(_cells(("The full results are on page 4 of this issue", 30, BODY))) == []


def test_a_sentence_mentioning_two_pages_in_one_type_is_no_row() -> None:
    assert row_cells(_cells(("The map is on page 4 and the chart on page 5", 30, BODY))) == []


def test_each_pointer_labels_the_head_in_its_own_column_below() -> None:
    pointers = _block(_cells(("PAGE 2", 30, 8.0), ("PAGE 6", 250, 8.0)))
    heads_words = [
        *line_words("Otter returns to the river", 30, 111, 12.0),
        *line_words("Choir wins county cup", 250, 111, 12.0),
    ]
    heads = _block(heads_words)
    assert len(pointer_row(pointers)) == 2
    assert [(c.text, c.page) for c in heads_under_pointers(pointers, heads)] == [
        ("Otter returns to the river", 2),
        ("Choir wins county cup", 6),
    ]
    region = Box(x0=30, top=100, x1=400, bottom=130)
    got = _teasers(
        TextBlock(lines=pointers.lines, region=region, order=0),
        TextBlock(lines=heads.lines, region=region, order=1),
    )
    assert got == [("Otter returns to the river", 2), ("Choir wins county cup", 6)]


def test_a_head_left_of_every_pointer_breaks_the_pairing() -> None:
    pointers = _block(_cells(("PAGE 2", 100, 8.0), ("PAGE 6", 250, 8.0)))
    heads = _block([word("Otters", 30, 111, 12.0), word("Choir", 250, 111, 12.0)])
    assert heads_under_pointers(pointers, heads) == []


def test_a_rail_of_heads_each_with_its_pointer_under_it() -> None:
    region = Box(x0=20, top=200, x1=120, bottom=400)
    rows: list[TextBlock] = []
    for i, (head, ptr) in enumerate((("Otter returns", "Page A3"), ("Choir wins cup", "Page A5"))):
        top = 200 + 40 * i
        rows.append(_block(line_words(head, 20, top, BODY), region, 2 * i))
        rows.append(_block(line_words(ptr, 20, top + 12, 7.0), region, 2 * i + 1))
    assert _teasers(*rows) == [("Otter returns", 3), ("Choir wins cup", 5)]


def test_one_pointer_in_a_column_of_plain_text_is_no_rail() -> None:
    region = Box(x0=20, top=200, x1=120, bottom=400)
    got = _teasers(
        _block(line_words("Otter returns", 20, 200, BODY), region, 0),
        _block(line_words("Page A3", 20, 212, 7.0), region, 1),
    )
    assert got == []
    ctx = PageContext(
        page=1,
        width=800,
        height=1000,
        body=BODY,
        blocks=(_block(line_words("Otter returns", 20, 200, BODY), region, 0),),
    )
    assert classify_page(ctx, RULES)[0].role is not BlockRole.TEASER


def test_the_label_over_a_teaser_rail_is_part_of_it_not_a_story() -> None:
    region = Box(x0=20, top=200, x1=120, bottom=400)
    title = _block(line_words("TODAY", 20, 184, 8.0, bold=True), order=0)
    rows = [title]
    for i, (head, ptr) in enumerate((("Otter returns", "Page A3"), ("Choir wins cup", "Page A5"))):
        top = 200 + 40 * i
        rows.append(_block(line_words(head, 20, top, BODY), region, 2 * i + 1))
        rows.append(_block(line_words(ptr, 20, top + 12, 7.0), region, 2 * i + 2))
    ctx = PageContext(page=1, width=800, height=1000, body=BODY, blocks=tuple(rows))
    classified = classify_page(ctx, RULES)
    assert classified[0].role is BlockRole.TEASER
    assert [t.text for t in page_teasers(classified, 1, BODY)] == [
        "Otter returns",
        "Choir wins cup",
    ]


def test_a_label_over_plain_text_stays_what_it_was() -> None:
    title = _block(line_words("TODAY", 20, 184, 8.0, bold=True), order=0)
    text = _block(line_words("The council met on Monday night", 20, 200, BODY), order=1)
    ctx = PageContext(page=1, width=800, height=1000, body=BODY, blocks=(title, text))
    assert classify_page(ctx, RULES)[0].role is not BlockRole.TEASER
