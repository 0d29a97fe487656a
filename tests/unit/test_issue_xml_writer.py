"""The issue XML writer: layout of the output, notations, whitespace, determinism."""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from newslayout.diagnostics import Log
from newslayout.geometry import Box
from newslayout.model import (
    Article,
    Figure,
    Graphic,
    Issue,
    IssueMeta,
    Jump,
    JumpDirection,
    Page,
    Paragraph,
    Run,
    Sidebar,
    Span,
    Subhead,
    Teaser,
    plain_runs,
)
from newslayout.readers.issue_xml import read_xml
from newslayout.schema import format_number, format_spans, page_range, parse_spans
from newslayout.writers.issue_xml import write_xml


def _issue(*blocks: object, **article: object) -> Issue:
    story = Article(id="a1", headline="Headline", blocks=tuple(blocks), **article)  # type: ignore[arg-type]
    return Issue(meta=IssueMeta(publication="Gazette"), articles=(story,))


def test_output_is_utf8_with_declaration_and_indented_element_only_content() -> None:
    data = write_xml(_issue(Paragraph(runs=plain_runs("Hello"))))
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<issue ')
    assert data.endswith(b"</issue>\n")
    assert b"\n  <issue-meta>\n    <journal-title-group>\n      <journal-title>Gazette<" in data
    assert b"\n      <p>Hello</p>\n" in data


def test_mixed_content_is_never_reindented_and_whitespace_survives() -> None:
    runs = (Run(text="  lead "), Run(text="ital", italic=True), Run(text="\n\ttail  "))
    issue = _issue(Paragraph(runs=runs))
    data = write_xml(issue)
    assert b"<p>  lead <italic>ital</italic>\n\ttail  </p>" in data
    assert read_xml(data) == issue


def test_carriage_return_is_written_as_a_character_reference() -> None:
    issue = _issue(Paragraph(runs=plain_runs("a\rb\r\nc")))
    data = write_xml(issue)
    assert b"a&#13;b&#13;\nc" in data
    assert read_xml(data) == issue


def test_bold_italic_run_nests_italic_inside_bold() -> None:
    data = write_xml(_issue(Paragraph(runs=(Run(text="x", italic=True, bold=True),))))
    assert b"<p><bold><italic>x</italic></bold></p>" in data


def test_subheads_open_sections_including_consecutive_ones() -> None:
    blocks = (
        Paragraph(runs=plain_runs("before")),
        Subhead(text="One"),
        Subhead(text="Two"),
        Paragraph(runs=plain_runs("after")),
    )
    issue = _issue(*blocks)
    data = write_xml(issue)
    body = etree.fromstring(data).find("article/body")
    assert body is not None
    assert [child.tag for child in body] == ["p", "sec", "sec"]
    assert [c.tag for c in body[1]] == ["title"]
    assert [c.tag for c in body[2]] == ["title", "p"]
    assert read_xml(data) == issue


def test_sidebar_with_subhead_keeps_its_own_sections() -> None:
    side = Sidebar(title="Box", blocks=(Subhead(text="In box"), Paragraph(runs=plain_runs("x"))))
    issue = _issue(side)
    data = write_xml(issue)
    assert b"<boxed-text>" in data and b"<caption>\n" in data
    assert b"<title>In box</title>" in data
    assert read_xml(data) == issue


def test_figure_graphic_media_type_split_and_joined() -> None:
    fig = Figure(
        id="a1-f1",
        caption=plain_runs("Cap"),
        credit="Sam Ito",
        credit_printed="PHOTO: Sam Ito",
        graphic=Graphic(href="x-images/p1-1.jpg", media_type="image/jpeg", width=100.5),
    )
    issue = _issue(fig)
    data = write_xml(issue)
    assert b'mimetype="image" mime-subtype="jpeg" width="100.5"' in data
    assert b'<attrib specific-use="printed">PHOTO: Sam Ito</attrib>' in data
    assert read_xml(data) == issue


def test_span_notation_is_compact_and_inverts() -> None:
    spans = (
        Span(page=1, box=Box(x0=36.0, top=120.5, x1=560.0, bottom=170.25)),
        Span(page=3),
        Span(line=12, end_line=14),
        Span(end_line=3),
        Span(),
    )
    text = format_spans(spans)
    assert text == "p1@36,120.5,560,170.25 p3 L12..14 L..3 -"
    assert parse_spans(text) == spans


def test_numbers_are_canonical_to_a_hundredth_of_a_point() -> None:
    assert [format_number(v) for v in (36.0, 36.504, -0.0, 0.1 + 0.2, 1e-9)] == [
        "36",
        "36.5",
        "0",
        "0.3",
        "0",
    ]


def test_unrounded_coordinates_are_rounded_on_write() -> None:
    page = Page(number=1, width=612.004, height=792.0)
    issue = Issue(pages=(page,))
    back = read_xml(write_xml(issue))
    assert back.pages[0].width == 612.0


def test_page_range_joins_consecutive_pages() -> None:
    assert page_range((1, 2, 3, 5, 7, 8)) == "1-3, 5, 7-8"
    assert page_range((4,)) == "4"
    assert page_range(()) == ""


def test_fpage_lpage_and_page_range_are_derived_from_spans() -> None:
    issue = _issue(
        Paragraph(runs=plain_runs("a"), spans=(Span(page=1),)),
        Paragraph(runs=plain_runs("b"), spans=(Span(page=3),)),
    )
    data = write_xml(issue)
    assert (
        b"<fpage>1</fpage>\n        <lpage>3</lpage>\n        <page-range>1, 3</page-range>" in data
    )


def test_invalid_characters_are_removed_and_reported() -> None:
    issue = _issue(Paragraph(runs=plain_runs("a\x00b\ufffe")), dateline="X\x1b")
    log = Log()
    data = write_xml(issue, log=log)
    back = read_xml(data)
    assert back.articles[0].blocks == (Paragraph(runs=plain_runs("ab")),)
    assert back.articles[0].dateline == "X"
    codes = [d.code for d in log]
    assert codes == ["xml-invalid-character", "xml-invalid-character"]
    assert "U+0000" in " ".join(d.message for d in log)


def test_same_issue_gives_same_bytes() -> None:
    issue = _issue(Paragraph(runs=plain_runs("é 中文 עברית")), kicker="K")
    assert write_xml(issue) == write_xml(issue)


def _version(data: bytes) -> str | None:
    return etree.fromstring(data).get("schema-version")


def test_version_1_unless_the_issue_uses_what_version_2_added() -> None:
    story = Article(id="a1", headline="H", decks=("One deck",))
    plain = Issue(pages=(Page(number=1),), articles=(story,))
    assert _version(write_xml(plain)) == "1"
    two_decks = replace(story, decks=("One", "Two"))
    boxed = replace(story, boxed=True)
    out = Jump(direction=JumpDirection.ON, text="See A4", from_page=1, to_page=None, to_label="A4")
    jumping = replace(story, jumps=(out,))
    for article in (two_decks, boxed, jumping):
        issue = replace(plain, articles=(article,))
        assert _version(write_xml(issue)) == "2"
        assert read_xml(write_xml(issue)) == issue
    outside = Page(number=1, teasers=(Teaser(text="Inside", target_label="A9"),))
    assert _version(write_xml(replace(plain, pages=(outside,)))) == "2"


def test_decks_boxes_and_labels_are_written_as_documented() -> None:
    lead = Article(
        id="a1",
        headline="Lead",
        decks=("First deck", "Second deck"),
        jumps=(
            Jump(direction=JumpDirection.ON, text="See A13", from_page=1, to_page=None,
                 to_label="A13"),
        ),
    )  # fmt: skip
    box = Article(id="a2", headline="At a glance", boxed=True, sidebar_of="a1")
    page = Page(number=1, label="A1", teasers=(Teaser(text="T", target_label="8"),))
    root = etree.fromstring(write_xml(Issue(pages=(page,), articles=(lead, box))))
    assert [s.text for s in root.iterfind("article/front/article-meta/title-group/subtitle")] == [
        "First deck",
        "Second deck",
    ]
    jump = root.find("article/front/article-meta/related-article")
    assert jump is not None and {k: jump.get(k) for k in jump.attrib} == {
        "related-article-type": "continued-on",
        "from-page": "1",
        "to-label": "A13",
    }
    second = root.findall("article")[1]
    assert (second.get("boxed"), second.get("sidebar-of")) == ("true", "a1")
    teaser = root.find("pages/page/teaser")
    assert teaser is not None and teaser.get("page-label") == "8" and teaser.get("page") is None


def test_a_headless_article_is_never_written() -> None:
    lead = Article(id="a1", headline="Lead", blocks=(Paragraph(runs=(Run(text="One."),)),))
    rest = Article(id="a2", headline="", blocks=(Paragraph(runs=(Run(text="Two."),)),))
    teaser = Teaser(text="Two", target_article="a2")
    log = Log()
    issue = Issue(pages=(Page(number=1, teasers=(teaser,)),), articles=(lead, rest))
    back = read_xml(write_xml(issue, log=log))
    assert [a.id for a in back.articles] == ["a1"]
    assert [b.text for b in back.articles[0].blocks] == ["One.", "Two."]
    assert back.pages[0].teasers[0].target_article == "a1"
    assert [d.code for d in log] == ["headless-article"]
