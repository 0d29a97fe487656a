"""Refers: a head over one short summary ending in a page pointer is a teaser, not a story."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.model import (
    Article,
    Byline,
    Contributor,
    Figure,
    Graphic,
    Paragraph,
    Role,
    Run,
    Span,
)
from newslayout.readers.pdf.s5_compose.refers import (
    refer_pointer,
    split_figure_refers,
    split_refers,
)

AUTHOR = Role.AUTHOR
SPAN = (Span(page=1, box=Box(x0=0, top=0, x1=10, bottom=10)),)


def _p(text: str) -> Paragraph:
    return Paragraph(runs=(Run(text=text),))


def _article(aid: str, head: str, *blocks: Paragraph | Figure, **extra: object) -> Article:
    return Article(id=aid, headline=head, blocks=blocks, spans=SPAN, **extra)  # type: ignore[arg-type]


def test_pointer_at_the_end_or_alone() -> None:
    assert refer_pointer("Did the surveys fail to learn? PAGE A14") == ("A14", "PAGE A14")
    assert refer_pointer("PAGE A25 U(D54G1D)") == ("A25", "PAGE A25")
    assert refer_pointer("Mehr dazu auf Seite 5.") == ("5", "Seite 5")
    assert refer_pointer("Continued on Page A15") is None
    assert refer_pointer("The council met on page 3 of its agenda and voted.") is None


def test_refers_become_teasers_and_stories_stay() -> None:
    refer = _article("a1", "The Polls Just Didn't Add Up", _p("Why? PAGE A14"))
    thumb = _article(
        "a2",
        "A Brined Bird",
        Figure(id="a2-f1", caption=(Run(text="Roast it. PAGE D1"),), graphic=Graphic(href="t.jpg")),
    )
    inside = _article("a3", "Ferry fares", _p("Fares rise. See page 2"))
    story = _article("a4", "Council votes", _p("The council voted. PAGE 2"))
    bylined = _article(
        "a5",
        "Signed",
        _p("Short. PAGE 3"),
        bylines=(Byline(printed="By A B", contributors=(Contributor(name="A B", role=AUTHOR),)),),
    )
    two = _article("a6", "Two", _p("One."), _p("Two. PAGE 4"))
    log = Log()
    stories, teasers = split_refers(
        [refer, thumb, inside, story, bylined, two], pages=[1, 2], log=log
    )
    # the thumbnail goes with its refer, and the log says so
    assert [d.code for d in log] == ["pdf-refer-picture"]
    assert "A Brined Bird" in log.items[0].message
    assert [a.id for a in stories] == ["a5", "a6"]
    got = [(t.text, t.target_page, t.label) for t in teasers[1]]
    assert [t.target_label for t in teasers[1]] == ["A14", "D1", "", ""]
    assert got[0] == ("The Polls Just Didn't Add Up", None, "PAGE A14")
    assert got[1] == ("A Brined Bird", None, "PAGE D1")
    assert got[2] == ("Ferry fares", 2, "See page 2")
    assert got[3] == ("Council votes", 2, "PAGE 2")


def _figure(fid: str, caption: str) -> Figure:
    return Figure(
        id=fid, caption=(Run(text=caption),), graphic=Graphic(href=f"{fid}.jpg"), spans=SPAN
    )


def test_thumbnails_whose_captions_end_in_a_pointer_are_refers() -> None:
    """The page number set on the line after "See page" and read at the start of the next
    caption goes back to its pointer; a stray pointer opening a caption is dropped."""
    photo = _figure("a1-f1", "Students at the fest on Friday.")
    first = _figure("a1-f2", "College and NATPAC train youth leaders See page")
    second = _figure("a1-f3", "02 College signs a pact with a builder See Page 04")
    third = _figure("a1-f4", ".See Page 03 Beyond the Classroom: a field day.See Page 07")
    story = _article("a1", "Tech fest", _p("The fest opened."), photo, first, second, third)
    log = Log()
    stories, teasers = split_figure_refers([story], [1, 2, 3, 4], log)
    assert [t.text for t in teasers[1]] == [
        "College and NATPAC train youth leaders",
        "College signs a pact with a builder",
        "Beyond the Classroom: a field day.",
    ]
    assert [(t.target_page, t.target_label) for t in teasers[1]] == [(2, ""), (4, ""), (None, "7")]
    assert [b.id for b in stories[0].blocks if isinstance(b, Figure)] == ["a1-f1"]
    assert len(log) == 3


def test_a_caption_that_mentions_a_page_midway_is_no_refer() -> None:
    photo = _figure("a1-f1", "The plan on page 3 of the report, shown to the council.")
    stories, teasers = split_figure_refers([_article("a1", "Plan", photo)], [1, 2, 3])
    assert teasers == {}
    assert stories[0].blocks == (photo,)
