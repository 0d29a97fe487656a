"""A photo printed below 150 ppi is reported by name (its caption's opening words, else its
file), with the page it prints on and its resolution; it is never printed from more pixels
than it has (the writer draws the image's own pixels, scaled, and says so)."""

from __future__ import annotations

import io

from PIL import Image

from newslayout.diagnostics import Log
from newslayout.model import Article, Asset, Figure, Graphic, Issue, Paragraph, Run
from newslayout.options import WriteOptions
from newslayout.writers.pdf import write_pdf
from newslayout.writers.pdf.images import MIN_PPI, picture_name, printed_ppi


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (120, 130, 140)).save(buffer, format="PNG")
    return buffer.getvalue()


def _notes(figure: Figure, data: bytes) -> list[tuple[str, int | None]]:
    article = Article(
        id="a1",
        headline="A small photo",
        blocks=(figure, Paragraph(runs=(Run(text="Text. " * 40),))),
    )
    issue = Issue(articles=(article,), assets=(Asset(href="photos/small.png", data=data),))
    log = Log()
    write_pdf(issue, options=WriteOptions(), log=log)
    return [(d.message, d.location.page) for d in log if d.code == "render-low-resolution"]


def test_a_low_resolution_photo_is_named_by_its_caption_with_page_and_ppi() -> None:
    caption = (Run(text="Volunteers stretch the recycled sail-cloth roof over the stalls."),)
    figure = Figure(id="f1", caption=caption, graphic=Graphic(href="photos/small.png"))
    notes = _notes(figure, _png(60, 40))
    assert len(notes) == 1
    message, page = notes[0]
    assert page == 1
    assert "\u201cVolunteers stretch the recycled sail-cloth roof\u2026\u201d" in message
    assert "on page 1" in message
    ppi = int(message.split(" prints at ")[1].split(" ppi")[0])
    assert 0 < ppi < MIN_PPI
    assert "60 pixels across" in message


def test_a_photo_without_caption_is_named_by_its_file() -> None:
    figure = Figure(id="f1", graphic=Graphic(href="photos/small.png"))
    assert picture_name(figure) == "the picture 'small.png'"
    notes = _notes(figure, _png(60, 40))
    assert len(notes) == 1 and notes[0][0].startswith("the picture 'small.png' on page 1")


def test_a_short_caption_is_named_whole_and_a_bare_figure_by_its_id() -> None:
    short = Figure(id="f2", caption=(Run(text="Fish market"),))
    assert picture_name(short) == "the picture captioned \u201cFish market\u201d"
    assert picture_name(Figure(id="f3")) == "figure 'f3'"


def test_a_photo_with_enough_pixels_is_not_reported() -> None:
    figure = Figure(id="f1", graphic=Graphic(href="photos/small.png"))
    assert _notes(figure, _png(3000, 2000)) == []
    assert printed_ppi(300, 72.0) == 300.0
