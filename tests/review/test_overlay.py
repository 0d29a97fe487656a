"""The overlay PDF as a reader sees it: every block drawn where its span says, one colour per
article on every page, links to the continuation, notes, and nothing active."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from review_helpers import SAMPLE_PDF, Read, read_for_review

from newslayout.diagnostics import Diagnostic, Location, Severity
from newslayout.inspect import issue_to_json
from newslayout.model import article_spans
from newslayout.review.build import review_of
from newslayout.review.draw import region_colour
from newslayout.review.overlay import overlay_pdf
from newslayout.review.png import render_pages
from newslayout.review.style import article_colour

Rect = tuple[float, float, float, float, tuple[float, ...]]


def drawn_rects(page: pikepdf.Page) -> list[Rect]:
    """Every ``re`` of the page's overlay form, with the stroke colour in force."""
    out: list[Rect] = []
    for _, xobject in page.obj.Resources.XObject.items():
        if xobject.get("/Subtype") != "/Form":
            continue
        stack: list[tuple[float, ...]] = []
        stroke: tuple[float, ...] = (0.0, 0.0, 0.0)
        for instruction in pikepdf.parse_content_stream(xobject):
            if not isinstance(instruction, pikepdf.ContentStreamInstruction):
                continue
            operands, op = instruction.operands, str(instruction.operator)
            if op == "q":
                stack.append(stroke)
            elif op == "Q" and stack:
                stroke = stack.pop()
            elif op == "RG":
                stroke = tuple(float(v) for v in operands)
            elif op == "re":
                x, y, w, h = (float(v) for v in operands)
                out.append((x, y, w, h, stroke))
    return out


def close(a: float, b: float, tol: float = 0.02) -> bool:
    return abs(a - b) <= tol


def source_pages(read: Read, pdf: pikepdf.Pdf) -> Iterator[tuple[int, pikepdf.Page]]:
    sheets = len(pdf.pages) - len(read.review.pages)
    for view in read.review.pages:
        yield view.number, pdf.pages[sheets + view.number - 1]


def test_every_span_of_the_model_is_drawn_and_nothing_else(sample: Read) -> None:
    for article in sample.issue.articles:
        want = {(s.page, s.box) for s in article_spans(article) if s.box is not None}
        got = {
            (r.page, r.box)
            for r in sample.review.regions
            if r.article == article.id and r.located == "span"
        }
        assert got == want, article.id


def test_block_regions_index_the_inspect_json_blocks(sample: Read) -> None:
    shape: Any = issue_to_json(sample.issue)
    articles = {a["id"]: a for a in shape["articles"]}
    checked = 0
    for region in sample.review.regions:
        if region.block is None:
            continue
        block = articles[region.article]["blocks"][region.block]
        text = block.get("text") or block.get("caption") or ""
        assert region.text.rstrip("…") in text, (region, block)
        checked += 1
    assert checked >= 50


def test_each_region_is_drawn_at_its_box_in_its_article_colour(sample: Read) -> None:
    with pikepdf.open(io.BytesIO(sample.overlay)) as pdf:
        for number, page in source_pages(sample, pdf):
            height = next(p.height for p in sample.review.pages if p.number == number)
            assert height is not None
            rects = drawn_rects(page)
            for region in sample.review.on_page(number):
                b = region.box
                colour = region_colour(sample.review, region)
                assert any(
                    close(x, b.x0)
                    and close(y, height - b.bottom)
                    and close(w, b.width)
                    and close(h, b.height)
                    and all(close(c, e, 0.002) for c, e in zip(stroke, colour, strict=True))
                    for x, y, w, h, stroke in rects
                ), (number, region)


def test_an_article_has_one_colour_on_every_page_it_covers(sample: Read) -> None:
    spread = [a for a in sample.review.articles if len(a.pages) > 1]
    assert spread, "the sample has a story that jumps"
    colours = [a.colour for a in sample.review.articles]
    assert len(set(colours)) == len(colours), "two articles share a colour"
    with pikepdf.open(io.BytesIO(sample.overlay)) as pdf:
        strokes: dict[int, set[tuple[float, ...]]] = {}
        for number, page in source_pages(sample, pdf):
            strokes[number] = {s for *_, s in drawn_rects(page)}
        for article in spread:
            for covered in article.pages:
                assert any(
                    all(close(c, e, 0.002) for c, e in zip(s, article.colour, strict=True))
                    for s in strokes[covered]
                ), (article.id, covered)
            assert article.colour == article_colour(article.index)


def test_picture_frames_show_in_the_png_where_the_span_says(sample: Read) -> None:
    dpi = 144
    scale = dpi / 72
    sheets = len(pikepdf.open(io.BytesIO(sample.overlay)).pages) - len(sample.review.pages)
    frames = [r for r in sample.review.regions if r.role == "figure"]
    assert frames
    pages = sorted({r.page for r in frames})
    images = dict(render_pages(sample.overlay, [sheets + p - 1 for p in pages], dpi))
    for region in frames:
        png = images[sheets + region.page - 1]
        assert png is not None
        image = Image.open(io.BytesIO(png)).convert("RGB")
        x = round(region.box.x0 * scale)
        y = round((region.box.top + region.box.bottom) / 2 * scale)
        pixel = image.getpixel((x, y))
        assert isinstance(pixel, tuple)
        want = [round(c * 255) for c in region_colour(sample.review, region)]
        assert sum(abs(p - w) for p, w in zip(pixel, want, strict=True)) < 90, (region, pixel)


def _annotations(pdf: pikepdf.Pdf) -> Iterator[tuple[int, Any]]:
    for index, page in enumerate(pdf.pages):
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            yield index, annot


def test_jump_lines_link_to_their_continuation(sample: Read) -> None:
    jumps = [r for r in sample.review.regions if r.role in ("jump-out", "jump-in")]
    assert jumps
    with pikepdf.open(io.BytesIO(sample.overlay)) as pdf:
        sheets = len(pdf.pages) - len(sample.review.pages)
        links = [(i, a) for i, a in _annotations(pdf) if a.Subtype == "/Link" and i >= sheets]
        for region in jumps:
            page_index = sheets + region.page - 1
            target = pdf.pages[sheets + (region.link_page or 0) - 1]
            assert any(
                i == page_index and a.Dest[0].objgen == target.obj.objgen for i, a in links
            ), region


def test_legend_lists_every_article_and_links_it(sample: Read) -> None:
    with pikepdf.open(io.BytesIO(sample.overlay)) as pdf:
        sheets = len(pdf.pages) - len(sample.review.pages)
        assert sheets >= 1
        legend_links = [a for i, a in _annotations(pdf) if i < sheets]
        assert len(legend_links) == len(sample.review.articles)
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
    with pdfplumber.open(io.BytesIO(sample.overlay)) as plumb:
        text = plumb.pages[0].extract_text()
    for article in sample.review.articles:
        assert article.id in text
    assert "unassigned" in text and "jump-out" in text
    assert titles[0] == "Legend" and len(titles) == 1 + len(sample.review.articles)


def test_diagnostics_become_notes_at_their_place(sample: Read) -> None:
    with pikepdf.open(io.BytesIO(sample.overlay)) as pdf:
        sheets = len(pdf.pages) - len(sample.review.pages)
        notes = [(i, a) for i, a in _annotations(pdf) if a.Subtype == "/Text"]
        found = [(i, a) for i, a in notes if "a test note on page 2" in str(a.Contents)]
        assert len(found) == 1
        index, note = found[0]
        assert index == sheets + 1
        llx, _, _, ury = (float(v) for v in note.Rect)
        height = float(pdf.pages[index].mediabox[3])
        assert (llx, ury) == (90.0, height - 200.0)  # in the gutter left of the box


def test_the_overlay_carries_nothing_active(hostile: Read) -> None:
    with pikepdf.open(io.BytesIO(hostile.overlay)) as pdf:
        for _, annot in _annotations(pdf):
            assert annot.Subtype in ("/Link", "/Text")
            assert "/A" not in annot and "/AA" not in annot
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/JS", "/JavaScript", "/URI", "/OpenAction", "/Launch"):
                    assert key not in obj, key
        notes = [a for _, a in _annotations(pdf) if a.Subtype == "/Text"]
        contents = [str(a.Contents) for a in notes]
    assert any("bad␀byte␇bell␛[31m <U+202E>evil</script><b>x</b>" in c for c in contents)


def test_a_skipped_page_is_drawn_as_not_read(sample: Read) -> None:
    pages = list(sample.issue.pages)
    pages[1] = dataclasses.replace(pages[1], width=None, height=None, teasers=(), furniture=())
    issue = dataclasses.replace(
        sample.issue,
        pages=tuple(pages),
        articles=tuple(
            a for a in sample.issue.articles if 2 not in {s.page for s in article_spans(a)}
        ),
    )
    timeout = Diagnostic(
        code="pdf-page-timeout",
        severity=Severity.WARNING,
        message="page 2 took longer than 30 s and was skipped",
        location=Location(file="x.pdf", page=2),
    )
    review = review_of(SAMPLE_PDF, issue, [timeout])
    assert [p.skipped for p in review.pages] == [False, True, False, False]
    assert not review.on_page(2), "no words are read from a skipped page"
    overlay = overlay_pdf(SAMPLE_PDF, review)
    with pdfplumber.open(io.BytesIO(overlay)) as pdf:
        sheets = len(pdf.pages) - 4
        ours = pdf.pages[sheets + 1].filter(lambda o: "DejaVuSans-Bold" in str(o.get("fontname")))
        assert "Page 2 was not read by newslayout" in ours.extract_text()
        assert "pages not read: 2" in (pdf.pages[0].extract_text() or "")


@pytest.mark.parametrize("role", ["unassigned", "dateline", "credit", "kicker", "deck"])
def test_regions_found_by_text_are_on_the_sample(sample: Read, role: str) -> None:
    # The sample prints each of these; a role that disappears means its lookup broke.
    assert any(r.role == role for r in sample.review.regions), role


def test_a_stamp_sized_page_gets_an_a4_legend(tmp_path: Path) -> None:
    source = tmp_path / "stamp.pdf"
    canvas = Canvas(str(source), pagesize=(4, 4))
    canvas.setFont("Helvetica", 2)
    canvas.drawString(0.5, 1, "x")
    canvas.save()
    read = read_for_review(source)
    with pikepdf.open(io.BytesIO(read.overlay)) as pdf:
        assert [round(float(v)) for v in pdf.pages[0].mediabox] == [0, 0, 595, 842]
        assert [round(float(v)) for v in pdf.pages[-1].mediabox] == [0, 0, 4, 4]
