"""The model's derived views and canonical forms."""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.model import (
    Article,
    Figure,
    Jump,
    JumpDirection,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    Sidebar,
    Span,
    Subhead,
    article_pages,
    block_text,
    jumps_out,
    normalize_runs,
    word_count,
)


def test_normalize_runs_merges_neighbours_and_drops_empty() -> None:
    runs = (Run(text="a "), Run(text=""), Run(text="b"), Run(text="c", italic=True))
    assert normalize_runs(runs) == (Run(text="a b"), Run(text="c", italic=True))


def test_article_pages_come_from_every_span() -> None:
    article = Article(
        id="a1",
        headline="Harbor",
        spans=(Span(page=1),),
        blocks=(
            Paragraph(runs=(Run(text="one"),), spans=(Span(page=1), Span(page=3))),
            Sidebar(title="Box", blocks=(Subhead(text="x", spans=(Span(page=4),)),)),
        ),
        jumps=(Jump(direction=JumpDirection.ON, text="See page 3", from_page=1, to_page=3),),
    )
    assert article_pages(article) == (1, 3, 4)


def test_word_count_counts_body_not_captions() -> None:
    article = Article(
        id="a1",
        headline="H",
        blocks=(
            Paragraph(runs=(Run(text="two words"),)),
            Figure(id="a1-f1", caption=(Run(text="caption words here"),)),
            ListBlock(items=(ListItem(runs=(Run(text="three more words"),)),)),
        ),
    )
    assert word_count(article) == 5


def test_jumps_out_keeps_only_continued_on() -> None:
    on = Jump(direction=JumpDirection.ON, text="See page 3", from_page=1, to_page=3)
    back = Jump(direction=JumpDirection.FROM, text="From page 1", from_page=1, to_page=3)
    assert jumps_out(Article(id="a", headline="h", jumps=(on, back))) == (on,)


def test_block_text_of_sidebar_joins_title_and_blocks() -> None:
    box = Sidebar(title="At a glance", blocks=(Paragraph(runs=(Run(text="Ferry"),)),))
    assert block_text(box) == "At a glance\nFerry"


def test_box_geometry() -> None:
    a = Box.rounded(10.004, 20, 30, 40.006)
    assert a == Box(x0=10.0, top=20.0, x1=30.0, bottom=40.01)
    b = Box(x0=25, top=35, x1=50, bottom=60)
    assert a.union(b) == Box(x0=10.0, top=20.0, x1=50, bottom=60)
    assert a.horizontal_overlap(b) == 5
    assert Box(x0=0, top=0, x1=100, bottom=100).contains(a)
