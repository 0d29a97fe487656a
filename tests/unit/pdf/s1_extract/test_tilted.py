"""Text set on a slant: a brief a few degrees askew is turned back upright and read; a steep
rubric or a small askew sticker is left out; neither ever breaks into the upright lines."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from newslayout.diagnostics import Log
from newslayout.options import ReadOptions
from newslayout.readers.pdf.s1_extract.extract import extract_pages
from newslayout.readers.pdf.s1_extract.tilted import SlantedGlyph, slant_degrees, upright_glyphs
from newslayout.readers.pdf.s1_extract.turned import tilted
from newslayout.readers.pdf.types import Glyph, PageContent

BRIEF = [
    "Serious talks",
    "The council said on Tuesday that the harbour",
    "wall will be rebuilt before the winter storms,",
    "and the work will start in the spring with two",
    "crews working from both ends of the old quay.",
]


def _page(angle: float, lines: list[str], size: float = 9.0) -> PageContent:
    """An A4 page with two upright columns and ``lines`` set at ``angle`` degrees between."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setFont("Times-Roman", 10)
    for i in range(6):
        c.drawString(40, 780 - 12 * i, f"Upright line {i} of the left column")
    c.saveState()
    c.translate(80, 500)
    c.rotate(angle)
    c.setFont("Helvetica", size)
    for i, text in enumerate(lines):
        c.drawString(0, -1.3 * size * i, text)
    c.restoreState()
    c.showPage()
    c.save()
    (page,) = extract_pages(buffer.getvalue(), options=ReadOptions(), log=Log())
    return page


def _texts(page: PageContent) -> list[str]:
    return [w.text for w in page.words]


def test_a_matrix_is_tilted_between_upright_and_a_quarter_turn() -> None:
    assert not tilted((1, 0, 0, 1))  # upright
    assert not tilted((1, 0, 0.2, 1))  # synthetic italic: a skew, not a turn
    assert not tilted((0, 1, -1, 0))  # a quarter turn (``turned`` reads it)
    assert not tilted((1, 0.01, -0.01, 1))  # half a degree: a producer's rounding
    assert tilted((0.993, 0.122, -0.122, 0.993))  # 7 degrees
    assert tilted((0.707, -0.707, 0.707, 0.707))  # 45 degrees clockwise
    assert round(slant_degrees((0.993, 0.122, -0.122, 0.993))) == 7


def test_a_brief_set_askew_reads_upright_in_its_own_lines() -> None:
    page = _page(7, BRIEF)
    words = _texts(page)
    assert "Serious talks" in " ".join(words)
    council = next(w for w in page.words if w.text == "council")
    harbour = next(w for w in page.words if w.text == "harbour")
    wall = next(w for w in page.words if w.text == "wall")
    # turned back upright: the words of one printed line share a baseline, the next line
    # starts a line lower at the same left edge
    assert abs(council.top - harbour.top) < 1.0
    assert wall.top - harbour.top > 8.0
    assert abs(wall.x0 - page.words[words.index("The")].x0) < 1.0
    assert "Upright line 0 of the left column" in " ".join(words)


def test_a_steep_rubric_and_a_small_sticker_are_left_out() -> None:
    steep = _texts(_page(45, BRIEF))
    assert "council" not in steep
    sticker = _texts(_page(7, ["Blogs: fresh, short, long"]))
    assert "Blogs:" not in sticker and "fresh," not in sticker
    assert "Upright" in steep and "Upright" in sticker


def test_pieces_turn_back_about_their_own_centres() -> None:
    """Two pieces far apart at one angle each keep their place: the row they stand in is
    not turned with them."""

    def piece(x: float) -> list[SlantedGlyph]:
        return [
            SlantedGlyph(Glyph("x", x + 5 * i, x + 5 * i + 5, 100.0, 110.0, 10.0), 7.0, 5.0)
            for i in range(130)
        ]

    left, right = upright_glyphs(piece(0)), upright_glyphs(piece(2000))
    assert len(left) == len(right) == 130
    assert abs(left[0].top - right[0].top) < 0.01
