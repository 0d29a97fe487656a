"""Typesetting rules of the PDF writer: total-fit breaking, hyphenation limits, display type,
boxes as units, and the two paginations."""

from __future__ import annotations

import dataclasses

import pytest

from newslayout.diagnostics import Log
from newslayout.errors import UsageError
from newslayout.model import Article, Issue, Paragraph, Run, Span
from newslayout.styles import load_style
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import dictionary_name, hyphenator_for
from newslayout.writers.pdf.linebreak import Word, break_paragraph
from newslayout.writers.pdf.pagination import source_pages
from newslayout.writers.pdf.typeset import TypeSet

TEXT = (
    "The harbour council voted on Tuesday to let a pilot tidal turbine be anchored off the "
    "north breakwater, ending two years of hearings that at times filled the library annex "
    "past its fire limit. The single turbine, about the size of a delivery van, will sit nine "
    "metres below the low-water mark and feed the harbour's pump station and the lights "
    "along the east quay, its backers at the cooperative say, and could cover a fifth of the "
    "harbour's own power use by next winter."
)


def _typeset() -> TypeSet:
    register_fonts()
    return TypeSet(load_style("default"), hyphenator_for("en", Log()))


def _gaps_em(para: object, width: float) -> list[float]:
    """The inter-word space of every justified line but the last, in ems."""
    ts_para = para
    ts_para.wrap(width, 10_000)  # type: ignore[attr-defined]
    bl = ts_para.blPara  # type: ignore[attr-defined]
    size = float(ts_para.style.fontSize)  # type: ignore[attr-defined]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = []
    for extra, words in bl.lines[:-1]:
        space = stringWidth(" ", bl.fontName, size)
        out.append((space + extra / max(1, len(words) - 1)) / size)
    return out


def test_total_fit_keeps_every_gap_under_six_tenths_of_an_em() -> None:
    # (lower case: every word may be hyphenated, so such a set of lines exists)
    for width in (150, 170, 190):
        para = _typeset().paragraph("body", TEXT.lower())
        gaps = _gaps_em(para, width)
        assert gaps and max(gaps) <= 0.61, width


def test_total_fit_is_never_looser_than_first_fit() -> None:
    from reportlab.platypus import Paragraph as RLParagraph

    ts = _typeset()
    for width in (120, 140, 160):
        ours = _gaps_em(ts.paragraph("body", TEXT), width)
        first_fit = _gaps_em(RLParagraph(ts.markup("body", TEXT), ts.style_of("body")), width)
        assert max(ours) <= max(first_fit) + 1e-6, width
        assert sum(g > 0.6 for g in ours) <= sum(g > 0.6 for g in first_fit), width


def test_break_paragraph_prefers_even_lines_to_first_fit() -> None:
    # first-fit puts "aaaa bb" on line 1 and leaves "cccccc" alone and loose
    words = [Word(40, 5), Word(20, 5), Word(60, 5), Word(10, 5)]
    breaks = break_paragraph(words, [70.0], max_gap=None)
    assert breaks is not None
    assert [b.word for b in breaks] == [1, 3] or [b.word for b in breaks][-1] == 3


def test_no_three_hyphens_in_a_row() -> None:
    words = [Word(30, 4, ((12, 20), (20, 12))) for _ in range(30)]
    breaks = break_paragraph(words, [55.0], max_gap=None)
    assert breaks is not None
    run = best = 0
    for b in breaks:
        run = run + 1 if b.hyphen else 0
        best = max(best, run)
    assert best <= 2


def test_hyphenation_follows_the_language_variety_and_limits() -> None:
    assert dictionary_name("en") == "en_US"
    assert dictionary_name("en-GB") == "en_GB"
    hyphenate = hyphenator_for("en", Log())
    assert hyphenate is not None
    splits = list(hyphenate("library"))
    assert ("li", "brary") in splits and ("lib", "rary") not in splits
    assert all(len(h) >= 2 and len(t) >= 3 for h, t in hyphenate("information"))
    assert list(hyphenate("Lindgren")) == []  # capitalised words are never broken


@pytest.mark.parametrize("role", ["headline", "deck", "jump_head"])
def test_display_type_never_ends_in_one_word(role: str) -> None:
    """A continuation's head is display type too: "... rebuild the east / seawall" was set."""
    text = "Council backs $48 million plan to rebuild the east seawall"
    for width in range(150, 420, 10):
        para = _typeset().paragraph(role, text)
        para.wrap(width, 1000)
        lines = para.blPara.lines
        if len(lines) > 1:
            assert len(lines[-1][1]) >= 2, width


def test_a_paragraph_split_between_columns_never_ends_in_a_hyphen() -> None:
    ts = _typeset()
    for height in range(30, 200, 11):
        para = ts.paragraph("body", TEXT)
        para.wrap(120, 10_000)
        parts = para.split(120, height)
        if len(parts) == 2:
            parts[0].wrap(120, height)
            last = parts[0].blPara.lines[-1][1][-1]
            assert not str(last).endswith(("-", "\u2010")), height


def _issue(pages: list[int | None]) -> Issue:
    articles = tuple(
        Article(
            id=f"a{i}",
            headline=f"Story {i}",
            blocks=(Paragraph(runs=(Run(text="Text."),)),),
            spans=(Span(page=p),) if p else (),
        )
        for i, p in enumerate(pages)
    )
    return Issue(articles=articles)


def test_pagination_modes() -> None:
    found = source_pages(_issue([1, 1, 2]), "auto")
    assert found is not None and found.first == {0: 1, 1: 1, 2: 2}
    assert source_pages(_issue([1, None]), "auto") is None  # built from scratch: reflow
    assert source_pages(_issue([1, 2]), "reflow") is None
    with pytest.raises(UsageError):
        source_pages(_issue([1]), "pages")
    assert dataclasses.is_dataclass(found)


def test_motto_with_digits_and_price_are_kept() -> None:
    from newslayout.model import Furniture, FurnitureKind, IssueMeta, Page
    from newslayout.writers.pdf.furniture import price_of, tagline_of

    lines = ["The Ledger", "Vol. 12, No. 3", "Serving the islands since 1884", "$2.00"]
    page = Page(
        number=1,
        furniture=tuple(Furniture(kind=FurnitureKind.MASTHEAD, text=t) for t in lines),
    )
    issue = Issue(meta=IssueMeta(publication="The Ledger"), pages=(page,))
    assert tagline_of(issue) == "Serving the islands since 1884"
    assert price_of(issue) == "$2.00"


def test_a_letter_signature_is_never_broken() -> None:
    from newslayout.writers.pdf.story import signed

    runs = (
        Run(text="Please keep the fare where it is. \u2014 "),
        Run(text="Colm Ruddy", bold=True),
        Run(text=", Gull Hill"),
    )
    out = signed(runs)
    assert "".join(r.text for r in out).split("\u2014")[1] == " Colm\u00a0Ruddy, Gull\u00a0Hill"
    assert out[0].text.startswith("Please keep the fare")  # the letter itself still breaks
    plain = (Run(text="He said it was over \u2014 and left the hall that night."),)
    assert signed(plain) == plain  # no bold name: not a signature


def test_a_signature_set_in_roman_is_never_broken() -> None:
    from newslayout.writers.pdf.story import signed

    roman = (Run(text="They were calm, quick and kind. \u2014 Peter Reyes, North Gull"),)
    assert signed(roman)[0].text.endswith("\u2014 Peter\u00a0Reyes, North\u00a0Gull")
    for aside in (
        "The vote was close \u2014 Council Met At Nine.",  # a sentence end
        "The vote was close \u2014 and the Council met.",  # lower-case words
    ):
        assert signed((Run(text=aside),)) == (Run(text=aside),)


def test_a_photo_under_150_ppi_is_reported() -> None:
    import io

    from PIL import Image

    from newslayout.model import Asset, Figure, Graphic
    from newslayout.options import WriteOptions
    from newslayout.writers.pdf import write_pdf

    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (120, 130, 140)).save(buffer, format="PNG")
    figure = Figure(id="f1", graphic=Graphic(href="small.png"))
    article = Article(
        id="a1",
        headline="A small photo",
        blocks=(figure, Paragraph(runs=(Run(text="Text. " * 40),))),
    )
    issue = Issue(articles=(article,), assets=(Asset(href="small.png", data=buffer.getvalue()),))
    log = Log()
    write_pdf(issue, options=WriteOptions(), log=log)
    assert "render-low-resolution" in [d.code for d in log]


def test_a_photo_the_source_ran_wide_leads_its_story_at_its_share() -> None:
    from newslayout.geometry import Box
    from newslayout.model import Figure
    from newslayout.writers.pdf.story import wide_figure

    def figure(x1: float) -> Figure:
        return Figure(id="f", spans=(Span(page=1, box=Box(x0=30, top=100, x1=x1, bottom=300)),))

    wide = Article(id="a", headline="Wide", blocks=(figure(580),))
    narrow = Article(id="b", headline="Narrow", blocks=(figure(200),))
    found = wide_figure(wide, {1: 612.0})
    assert found is not None and 0.95 < found[1] <= 1.0
    assert wide_figure(narrow, {1: 612.0}) is None  # one column: stays in the text


def test_a_letter_that_opens_its_article_keeps_its_signature_tied() -> None:
    from newslayout.model import Issue
    from newslayout.styles import load_style
    from newslayout.writers.pdf.hyphenate import hyphenator_for
    from newslayout.writers.pdf.images import ImageStore
    from newslayout.writers.pdf.story import article_story
    from newslayout.writers.pdf.typeset import TypeSet

    letter = "Could part of it be kept as a market? \u2014 Marta Gill, Dock Lane"
    for dateline in ("", "PORT WREN"):
        article = Article(
            id="a1",
            headline="Keep the old shed",
            dateline=dateline,
            blocks=(Paragraph(runs=(Run(text=letter),)),),
        )
        ts = TypeSet(load_style("default"), hyphenator_for("en", Log()), "en")
        story = article_story(article, ts, ImageStore(Issue(), None, Log()))
        text = story.body[-1].getPlainText()
        assert text.endswith("\u2014 Marta\u00a0Gill, Dock\u00a0Lane")


def test_the_line_breaker_keeps_words_tied_by_a_no_break_space() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as RLParagraph

    from newslayout.writers.pdf.breaking import measure_words

    para = RLParagraph(
        "for the summer months? \u2014 Marta\u00a0Gill, Dock\u00a0Lane",
        ParagraphStyle("body", fontName="Helvetica", fontSize=9),
    )
    measured = measure_words(para, 100.0)
    assert measured is not None
    assert [w.chars for w in measured[1]] == [3, 3, 6, 7, 1, 11, 9]
