"""Text set a quarter turn: read in its own direction; along a picture's side it is the credit.

The glyph-level tests use hand-made glyphs in page coordinates (as pdfminer boxes them: a
turned glyph is narrow across the line and long along it); the last test reads a tiny
hand-written PDF whose only text is a string drawn a quarter turn anticlockwise.
"""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.options import ReadOptions
from newslayout.readers.pdf.s1_extract.extract import extract_pages
from newslayout.readers.pdf.s1_extract.turned import edge_credits, quarter_turn, turned_lines
from newslayout.readers.pdf.s4_assemble.assemble import assemble_page
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.types import (
    BlockRole,
    ClassifiedBlock,
    Glyph,
    ImageRef,
    Line,
    Picture,
    TextBlock,
    TurnedLine,
)
from pdf.builders import line_words, pdf_file

PHOTO = Picture(image=ImageRef(box=Box(x0=50, top=200, x1=400, bottom=400)))
ADVANCE = 3.5  # each hand-made glyph's advance along the line (pt)


def _upward(text: str, x0: float, start: float, size: float = 6.0) -> list[tuple[Glyph, bool]]:
    """Glyphs reading bottom to top from ``start`` (the first glyph's bottom), ``x0`` across;
    a space is left out, as producers that position words do."""
    out: list[tuple[Glyph, bool]] = []
    y = start
    for ch in text:
        if ch != " ":
            out.append((Glyph(ch, x0, x0 + size, y - ADVANCE, y, size), True))
        y -= ADVANCE + (2.0 if ch == " " else 0.0)
    return out


def _downward(text: str, x0: float, start: float, size: float = 6.0) -> list[tuple[Glyph, bool]]:
    """Glyphs reading top to bottom from ``start`` (the first glyph's top)."""
    out: list[tuple[Glyph, bool]] = []
    y = start
    for ch in text:
        if ch != " ":
            out.append((Glyph(ch, x0, x0 + size, y, y + ADVANCE, size), False))
        y += ADVANCE + (2.0 if ch == " " else 0.0)
    return out


def _line(text: str, box: Box, *, upward: bool = True) -> TurnedLine:
    return TurnedLine(text=text, box=box, size=6.0, upward=upward)


def test_quarter_turns_are_told_from_other_angles() -> None:
    assert quarter_turn((0.0, 1.0, -1.0, 0.0, 10, 20)) is True
    assert quarter_turn((0.0, -0.75, 0.75, 0.0, 10, 20)) is False
    assert quarter_turn((0.7, 0.7, -0.7, 0.7, 0, 0)) is None  # a diagonal stamp
    assert quarter_turn((-1.0, 0.0, 0.0, -1.0, 0, 0)) is None  # upside down
    assert quarter_turn((0.0, 1.0, 1.0, 0.0, 0, 0)) is None  # mirrored


def test_text_reading_upward_becomes_one_line_with_its_word_space() -> None:
    (line,) = turned_lines(_upward("Ada Lark", 402.0, 300.0))
    assert line.text == "Ada Lark"
    assert line.upward
    assert line.box.x0 == 402.0 and line.box.x1 == 408.0
    assert line.box.bottom == 300.0 and line.box.top < 300.0 - 7 * ADVANCE
    assert line.size == 6.0


def test_text_reading_downward_keeps_its_order() -> None:
    (line,) = turned_lines(_downward("Ada Lark", 40.0, 200.0))
    assert line.text == "Ada Lark"
    assert not line.upward
    assert line.box.top == 200.0


def test_two_credits_far_apart_on_one_axis_are_two_lines() -> None:
    glyphs = _upward("Ada Lark", 402.0, 400.0) + _upward("Bo Wren", 402.0, 250.0)
    assert sorted(line.text for line in turned_lines(glyphs)) == ["Ada Lark", "Bo Wren"]


def test_a_line_just_outside_a_pictures_right_side_is_its_credit() -> None:
    line = _line("Ada Lark", Box(x0=403, top=330, x1=409, bottom=400))
    assert edge_credits([line], [PHOTO]) == [(PHOTO, (line,))]


def test_a_line_printed_inside_the_photo_along_its_left_side_is_its_credit() -> None:
    line = _line("Ada Lark", Box(x0=54, top=210, x1=60, bottom=280), upward=False)
    assert edge_credits([line], [PHOTO]) == [(PHOTO, (line,))]


def test_turned_text_away_from_any_side_is_no_credit() -> None:
    page_label = _line("NEWS", Box(x0=560, top=300, x1=572, bottom=340))
    in_the_middle = _line("Ada Lark", Box(x0=200, top=300, x1=206, bottom=370))
    assert edge_credits([page_label, in_the_middle], [PHOTO]) == []


def test_a_turned_line_longer_than_the_pictures_side_is_no_credit() -> None:
    margin_label = _line("A long page-side label", Box(x0=403, top=100, x1=409, bottom=600))
    assert edge_credits([margin_label], [PHOTO]) == []


def test_a_credit_longer_than_a_short_pictures_side_starts_at_its_corner() -> None:
    # the photo is 200 pt high; the credit starts at its foot and runs 300 pt up past its top
    credit = _line("Wim Flougruth / Haithford Chronicle", Box(x0=403, top=100, x1=409, bottom=400))
    assert edge_credits([credit], [PHOTO]) == [(PHOTO, (credit,))]


def test_two_turned_lines_by_one_picture_read_left_to_right_when_upward() -> None:
    second = _line("Harbour Agency", Box(x0=410, top=300, x1=416, bottom=400))
    first = _line("Photo: Ada Lark", Box(x0=403, top=300, x1=409, bottom=400))
    assert edge_credits([second, first], [PHOTO]) == [(PHOTO, (first, second))]


def test_assembly_gives_the_picture_its_turned_credit() -> None:
    column = Box(x0=50, top=100, x1=400, bottom=700)
    head = ClassifiedBlock(
        block=TextBlock(
            lines=(Line(words=tuple(line_words("Gulls return", 50, 100, 24.0))),), region=column
        ),
        role=BlockRole.HEADLINE,
        page=1,
    )
    credit = _line("Ada Lark", Box(x0=403, top=330, x1=409, bottom=400))
    (part,) = assemble_page([head], [PHOTO], page=1, body=10.0, log=Log(), turned=[credit])
    (figure,) = [i for i in part.items if isinstance(i, FigureDraft)]
    assert [c.block.text for c in figure.credits] == ["Ada Lark"]


def _pdf_with_turned_text(matrix: bytes = b"0 1 -1 0") -> bytes:
    """One page: "Ada Lark" drawn a quarter turn anticlockwise (Helvetica 8 pt)."""
    content = b"BT /F1 8 Tf " + matrix + b" 200 300 Tm (Ada Lark) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    return pdf_file(objects)


def test_a_pdf_string_drawn_turned_is_kept_apart_and_read_upward() -> None:
    (page,) = extract_pages(_pdf_with_turned_text(), options=ReadOptions(), log=Log())
    assert page.words == ()  # turned text never joins the upright words
    (line,) = page.turned
    assert line.text == "Ada Lark"
    assert line.upward
    assert abs(line.size - 8.0) < 0.01
    # The baseline is x=200: the glyphs' tops point left of it, their descent right of it.
    assert 190 < line.box.x0 < 200 < line.box.x1 < 203
    assert abs(line.box.bottom - 100.0) < 0.01  # starts at y=300 from the page's foot


def test_a_turn_written_with_cos_90_as_a_tiny_number_is_still_turned() -> None:
    """Typst writes cos 90 as 6.1e-17: pdfminer then calls the glyphs upright (a*d > 0),
    which would stack them letter by letter into the columns beside the photo."""
    pdf = _pdf_with_turned_text(b"0.00000000000000006123 1 -1 0.00000000000000006123")
    (page,) = extract_pages(pdf, options=ReadOptions(), log=Log())
    assert page.words == ()
    (line,) = page.turned
    assert line.text == "Ada Lark"
    assert line.upward
