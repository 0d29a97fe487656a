"""Filling pages, page for page: movable briefs, the page's last story across the page, and
lead photos grown and cropped (never narrower than their columns while a crop will do)."""

from __future__ import annotations

import io

import pdfplumber
from PIL import Image
from reportlab.lib.utils import ImageReader

from newslayout.diagnostics import Log
from newslayout.model import Article, Asset, Figure, Graphic, Issue, Paragraph, Run, Span
from newslayout.options import WriteOptions
from newslayout.styles import load_style
from newslayout.writers.pdf import write_pdf
from newslayout.writers.pdf.flowables import FigureFlowable
from newslayout.writers.pdf.layout import Plan

WORDS = (
    "The council met on Tuesday to weigh the harbour plan, and the members heard from "
    "residents of the quay who asked for a second public meeting before the vote. "
)


def _photo(width: int = 320, height: int = 200) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (90, 120, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


def _story(number: int, page: int, paragraphs: int, *, photo: bool = False) -> Article:
    blocks: list[Figure | Paragraph] = []
    if photo:
        blocks.append(Figure(id=f"f{number}", graphic=Graphic(href="photo.png")))
    blocks += [Paragraph(runs=(Run(text=WORDS * 3),), spans=(Span(page=page),))] * paragraphs
    return Article(
        id=f"a{number}",
        headline=f"Headline number {number} of the day",
        blocks=tuple(blocks),
        spans=(Span(page=page),),
    )


def _pages_of_headlines(issue: Issue, pagination: str = "source") -> dict[str, int]:
    data = write_pdf(issue, options=WriteOptions(pagination=pagination), log=Log())
    found: dict[str, int] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            text = page.extract_text() or ""
            for article in issue.articles:
                if article.headline in text:
                    found.setdefault(article.id, number)
    return found


def test_a_brief_from_a_later_page_fills_a_hole_and_leads_keep_their_page() -> None:
    issue = Issue(
        articles=(
            _story(1, 1, 3),  # page 1's only story: short, leaves a hole
            _story(2, 2, 30),  # page 2's lead: long, keeps its page
            _story(3, 2, 1),  # a brief: movable
        )
    )
    pages = _pages_of_headlines(issue)
    assert pages == {"a1": 1, "a2": 2, "a3": 1}


def test_a_long_story_is_not_movable() -> None:
    issue = Issue(articles=(_story(1, 1, 3), _story(2, 2, 10), _story(3, 2, 12)))
    pages = _pages_of_headlines(issue)
    assert pages["a1"] == 1 and pages["a2"] == 2
    assert pages["a3"] >= 2  # too long to fill page 1's hole: never set before its page


def test_auto_joins_short_source_pages_and_source_keeps_them() -> None:
    issue = Issue(articles=(_story(1, 1, 2), _story(2, 2, 2), _story(3, 3, 2)))
    assert _pages_of_headlines(issue, "source") == {"a1": 1, "a2": 2, "a3": 3}
    assert _pages_of_headlines(issue, "auto") == {"a1": 1, "a2": 1, "a3": 1}


def test_a_join_keeps_the_source_order_and_takes_only_what_fits() -> None:
    # page 2's lead is too long for page 1's hole: it keeps page 2, and page 3 follows it
    issue = Issue(articles=(_story(1, 1, 3), _story(2, 2, 60), _story(3, 3, 2)))
    pages = _pages_of_headlines(issue, "auto")
    assert pages["a1"] == 1 and pages["a2"] <= pages["a3"]
    data = write_pdf(issue, options=WriteOptions(pagination="auto"), log=Log())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    positions = [text.index(f"Headline number {n} of the day") for n in (1, 2, 3)]
    assert positions == sorted(positions)


def test_a_cropped_photo_keeps_the_width_of_its_columns() -> None:
    image = ImageReader(io.BytesIO(_photo()))  # 320 x 200: aspect 0.625
    natural = 300 * 0.625
    old = FigureFlowable(image, None, None, max_height=natural / 1.3)
    old.wrap(300, 1000)
    assert old.printed_width < 300  # without a crop: narrower than the column
    cropped = FigureFlowable(image, None, None, max_height=natural / 1.3, crop=1.4)
    cropped.wrap(300, 1000)
    assert cropped.printed_width == 300 and cropped.pixels_wide == 320  # top and bottom cut
    grown = FigureFlowable(image, None, None, crop=1.4, target_height=natural * 3)
    grown.wrap(300, 1000)
    assert abs(grown.height - 2.0 - natural * 1.4) < 0.01  # taller only as far as the crop
    assert round(320 / 1.4) - 1 <= grown.pixels_wide <= round(320 / 1.4) + 1  # sides cut


def test_a_page_whose_story_runs_short_grows_its_photo() -> None:
    issue = Issue(
        articles=(_story(1, 1, 8), _story(2, 2, 4, photo=True), _story(3, 3, 8)),
        assets=(Asset(href="photo.png", data=_photo()),),
    )
    data = write_pdf(issue, options=WriteOptions(pagination="source"), log=Log())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        image = pdf.pages[1].images[0]
        width, height = image["x1"] - image["x0"], image["bottom"] - image["top"]
    assert height > 0.625 * width * 1.2  # cropped taller than the image to fill the page
    again = write_pdf(issue, options=WriteOptions(pagination="source"), log=Log())
    assert again == data


def test_columns_of_one_story_balance_within_a_line() -> None:
    from newslayout.styles import load_style
    from newslayout.writers.pdf.columns import fill_balanced
    from newslayout.writers.pdf.fonts import register_fonts
    from newslayout.writers.pdf.typeset import TypeSet

    register_fonts()
    ts = TypeSet(load_style("default"), None)
    for lines in range(9, 30):
        flows = [ts.paragraph("body", f"Line {i} of the story.") for i in range(lines)]
        step = flows[0].wrap(200, 1000)[1] + flows[0].getSpaceAfter()
        fill = fill_balanced(flows, 200, 4, 1000, step)
        assert not fill.leftover
        depths = [d / step for d in fill.depths]
        assert max(depths) - min(depths) <= 1.01, (lines, depths)


def test_balancing_never_splits_a_box_that_fits_a_column() -> None:
    from newslayout.styles import load_style
    from newslayout.writers.pdf.columns import fill_balanced
    from newslayout.writers.pdf.flowables import Boxed
    from newslayout.writers.pdf.fonts import register_fonts
    from newslayout.writers.pdf.typeset import TypeSet

    register_fonts()
    ts = TypeSet(load_style("default"), None)
    for lines in range(4, 16):
        flows: list[object] = [
            ts.paragraph("body", f"Line {i} of the story.") for i in range(lines)
        ]
        inside = [ts.paragraph("sidebar_body", f"Step {i} of the survey.") for i in range(8)]
        flows.append(Boxed(inside, mode="box"))
        step = ts.font_of("body").line_height
        fill = fill_balanced(flows, 200, 5, 1000, step)
        pieces = [p for c in fill.columns for p in c if getattr(p.flowable, "keep_whole", False)]
        assert not fill.leftover and len(pieces) == 1, lines


def test_a_page_that_ends_short_opens_its_row_gaps_within_the_limit() -> None:
    from newslayout.writers.pdf.columns import ColumnFill
    from newslayout.writers.pdf.layout import Module, PagePlan, _feather

    def module(story: int, x: float, top: float, height: float) -> Module:
        return Module(
            story=story, part=0, page=1, x=x, top=top, span=1, width=100.0, header=[],
            body_top=0.0, fill=ColumnFill(columns=[[]], depths=[0.0]), height=height,
        )  # fmt: skip

    rows = [module(0, 10.0, 0.0, 100.0), module(1, 10.0, 114.0, 100.0)]
    rail = module(2, 300.0, 114.0, 40.0)  # beside the second row: moves with it
    third = module(3, 10.0, 228.0, 100.0)
    page = PagePlan(number=1, top=0.0, bottom=600.0, modules=[*rows, rail, third])
    _feather([page], 10.0, 30.0)
    assert [m.top for m in page.modules] == [0.0, 144.0, 144.0, 288.0]  # 30 per gap at most
    assert rows[1].space_above == 30.0 and rail.space_above == 30.0
    short = PagePlan(number=2, top=0.0, bottom=340.0, modules=[module(4, 10.0, 0.0, 100.0)])
    short.modules.append(module(5, 10.0, 114.0, 200.0))
    _feather([short], 10.0, 30.0)
    assert short.modules[1].top == 140.0  # the 26 points left at the foot, shared


def _front(issue: Issue, pagination: str) -> tuple[list[tuple[int, int, bool]], float, float]:
    """(story, part, jumps) of page 1's modules, the lead's depth and the page's depth."""
    plans: list[Plan] = []
    options = WriteOptions(pagination=pagination)
    write_pdf(issue, options=options, log=Log(), on_plan=plans.append)
    front = plans[-1].pages[0]
    lead = front.modules[0]
    parts = [(m.story, m.part, m.jump_out) for m in front.modules]
    return parts, lead.height, front.bottom - front.top


def test_a_front_lead_over_an_empty_foot_runs_deeper_than_its_share_and_ends_on_page_1() -> None:
    cap = load_style(None).columns.lead_max_share
    for pagination in ("source", "reflow"):
        # a lead a little longer than its share of page 1: held at the share it would jump
        # with the page's foot empty; a designer runs it on and lets it end on page 1
        issue = Issue(articles=(_story(1, 1, 20), _story(2, 2, 3), _story(3, 2, 3)))
        parts, depth, page = _front(issue, pagination)
        assert parts[0] == (0, 0, False), pagination
        assert depth > cap * page, pagination


def test_a_front_lead_that_would_jump_anyway_keeps_its_share() -> None:
    cap = load_style(None).columns.lead_max_share
    issue = Issue(articles=(_story(1, 1, 60), _story(2, 2, 3)))
    parts, depth, page = _front(issue, "source")
    assert parts[0] == (0, 0, True)
    assert depth <= cap * page + 0.01, "only a lead that then ends on page 1 runs deeper"
