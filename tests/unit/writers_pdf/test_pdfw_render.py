"""The PDF writer end to end: render real issues and read the PDFs back with pdfplumber."""

from __future__ import annotations

import dataclasses
import io
import random
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from pdfplumber.utils.text import extract_words
from pdfw_issues import harbor_issue, paragraph_text, photo_bytes

from newslayout.diagnostics import Log
from newslayout.model import (
    Article,
    Asset,
    Byline,
    Figure,
    Graphic,
    Issue,
    IssueMeta,
    Paragraph,
    Run,
    iter_blocks,
)
from newslayout.options import WriteOptions
from newslayout.styles import available_styles, load_style
from newslayout.writers.pdf import write_pdf
from newslayout.writers.pdf.layout import Plan

STYLES = ("default", "broadsheet", "tabloid", "a4")


#: The page plan of each style's write (by :func:`rendered`).
PLANS: dict[str, Plan] = {}


@cache
def rendered(style: str) -> tuple[bytes, tuple[str, ...]]:
    log = Log()
    data = write_pdf(
        harbor_issue(),
        options=WriteOptions(style=style),
        log=log,
        on_plan=lambda plan: PLANS.__setitem__(style, plan),
    )
    return data, tuple(d.code for d in log)


@cache
def parsed(style: str) -> tuple[tuple[str, ...], tuple[tuple[dict[str, Any], ...], ...]]:
    """Each page's text and characters, parsed once per style (parsing is the slow part)."""
    with pdfplumber.open(io.BytesIO(rendered(style)[0])) as pdf:
        texts = tuple(page.extract_text() or "" for page in pdf.pages)
        chars = tuple(tuple(page.chars) for page in pdf.pages)
    return texts, chars


def page_texts(style: str) -> tuple[str, ...]:
    return parsed(style)[0]


def page_words(style: str, page: int) -> list[dict[str, Any]]:
    words: list[dict[str, Any]] = extract_words(
        list(parsed(style)[1][page - 1]), extra_attrs=["size"]
    )
    return words


def _letters(text: str) -> Counter[str]:
    return Counter(c for c in text.lower() if c.isalnum())


def _model_text(issue: Issue) -> str:
    parts: list[str] = []
    for article in issue.articles:
        parts += [article.headline, article.deck, article.dateline]
        parts += [b.printed for b in article.bylines]
        for block in iter_blocks(article.blocks):
            if isinstance(block, Figure):
                parts += [block.caption_text, block.credit]
            elif isinstance(block, Paragraph):
                parts.append(block.text)
    return " ".join(parts)


def test_every_house_style_is_tested() -> None:
    assert set(available_styles()) <= set(STYLES)


@pytest.mark.parametrize("style", STYLES)
def test_every_style_renders_a_newspaper(style: str) -> None:
    data, codes = rendered(style)
    assert data.startswith(b"%PDF-")
    # the one figure without bytes, and the test photos (a few hundred pixels) printed at a
    # column's width or more, below 150 ppi; nothing else
    assert set(codes) == {"render-missing-image", "render-low-resolution"}
    texts = page_texts(style)
    assert len(texts) >= 2
    assert "The Harbor Ledger" in texts[0]
    assert "MARCH 3-4, 2026" in texts[0]
    assert "Council backs $48 million plan" in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        head = text.splitlines()[0]
        assert "THE HARBOR LEDGER" in head and str(number) in head  # running head and folio


@pytest.mark.parametrize("style", STYLES)
def test_qpdf_finds_no_structural_error(style: str, tmp_path: Path) -> None:
    # pikepdf wraps qpdf (its wheel ships the library), so no system package is needed.
    path = tmp_path / "out.pdf"
    path.write_bytes(rendered(style)[0])
    with pikepdf.open(path) as pdf:
        problems = pdf.check_pdf_syntax()
        assert problems == [], problems
        assert len(pdf.pages) >= 1


@pytest.mark.parametrize("style", STYLES)
def test_no_text_is_lost(style: str) -> None:
    expected = _letters(_model_text(harbor_issue()))
    found = _letters(" ".join(page_texts(style)))
    missing = expected - found
    assert not missing, f"letters missing from the PDF: {dict(missing)}"


@pytest.mark.parametrize("style", STYLES)
def test_text_stays_inside_the_margins(style: str) -> None:
    spec = load_style(style).page
    width, height = spec.dimensions
    for chars in parsed(style)[1]:
        for char in chars:
            assert char["x0"] >= spec.margin_left - 1, char["text"]
            assert char["x1"] <= width - spec.margin_right + 1, char["text"]
            assert char["top"] >= spec.margin_top - 1, char["text"]
            assert char["bottom"] <= height - spec.margin_bottom + 1, char["text"]


def _overlaps(chars: list[dict[str, Any]]) -> int:
    """Pairs of glyphs from different lines whose boxes overlap by more than a third."""
    grid: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for c in chars:
        grid.setdefault((int(c["x0"] // 20), int(c["top"] // 20)), []).append(c)
    bad = 0
    for (gx, gy), cell in grid.items():
        near = [
            o for dx in (-1, 0, 1) for dy in (-1, 0, 1) for o in grid.get((gx + dx, gy + dy), [])
        ]
        for a in cell:
            for b in near:
                if a is b or abs(a["top"] - b["top"]) < 0.5:
                    continue
                w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                area = (a["x1"] - a["x0"]) * (a["bottom"] - a["top"])
                if w > 0 and h > 0 and w * h > area / 3:
                    bad += 1
    return bad


@pytest.mark.parametrize("style", ["default", "a4"])
def test_no_text_overlaps(style: str) -> None:
    for number, page_chars in enumerate(parsed(style)[1], start=1):
        chars = [c for c in page_chars if c["text"].strip()]
        assert _overlaps(chars) == 0, f"page {number}"


@pytest.mark.parametrize("style", STYLES)
def test_jump_lines_carry_real_page_numbers(style: str) -> None:
    texts = page_texts(style)
    jumps = 0
    for number, text in enumerate(texts, start=1):
        for target in re.findall(r"Continued on page (\d+)", text):
            jumps += 1
            assert int(target) > number
            assert f"Continued from page {number}" in texts[int(target) - 1]
    assert jumps >= 1  # the 26-paragraph lead story cannot fit the front page
    backs = sum(len(re.findall(r"Continued from page \d+", t)) for t in texts)
    assert backs == jumps


@pytest.mark.parametrize("style", STYLES)
def test_jump_lines_link_to_each_other_and_nothing_else(style: str) -> None:
    data = rendered(style)[0]
    assert b"/URI" not in data and b"/JavaScript" not in data and b"/Launch" not in data
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        links = [a for page in pdf.pages for a in page.annots]
    assert links, "jump lines and teasers must be clickable"
    assert all(a.get("uri") is None for a in links)


def _teaser_labels(style: str) -> dict[str, int]:
    """First word of each front-page teaser -> the page number printed above it."""
    words = page_words(style, 1)
    out: dict[str, int] = {}
    for i, word in enumerate(words):
        if word["text"] == "PAGE" and words[i + 1]["text"].isdigit():
            below = [
                w
                for w in words
                if abs(w["x0"] - word["x0"]) < 1 and 0 < w["top"] - word["top"] < 20
            ]
            out[below[0]["text"]] = int(words[i + 1]["text"])
    return out


def _headline_pages(style: str, first_word: str) -> list[int]:
    """Pages where ``first_word`` is set in headline type (bigger than any body or teaser)."""
    return [
        number
        for number in range(1, len(page_texts(style)) + 1)
        for w in page_words(style, number)
        if w["text"] == first_word and w["size"] >= 12
    ]


def _story_page(style: str, first_word: str) -> int:
    """The page the story whose headline opens with ``first_word`` starts on, from the plan
    (a digest of other pages' stories prints their heads too, so the text cannot tell)."""
    rendered(style)
    plan = PLANS[style]
    for index, article in enumerate(harbor_issue().articles):
        if article.headline.split()[0] == first_word:
            return plan.first_page[index]
    raise AssertionError(first_word)


@pytest.mark.parametrize("style", STYLES)
def test_teasers_point_to_the_pages_where_stories_land(style: str) -> None:
    """A teaser points inside: one whose story landed on the front page itself is left off."""
    labels = _teaser_labels(style)
    assert labels, "some teased story lands inside in every style"
    for first_word in ("Students", "Lighthouse", "Petrel"):
        page = _story_page(style, first_word)
        assert page in _headline_pages(style, first_word)
        assert labels.get(first_word, 1) == page, first_word


def test_same_issue_and_style_give_the_same_bytes() -> None:
    one = write_pdf(harbor_issue(), options=WriteOptions(style="tabloid"), log=Log())
    two = write_pdf(harbor_issue(), options=WriteOptions(style="tabloid"), log=Log())
    assert one == two


def test_metadata_outline_and_embedded_fonts() -> None:
    data = rendered("default")[0]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        meta = pdf.metadata
        assert meta["Title"] == "The Harbor Ledger \u2014 MARCH 3-4, 2026"
        assert meta["Author"] == "The Harbor Ledger"
        assert "Volume 7" in meta["Subject"]
        assert str(meta["CreationDate"]).startswith("D:20260303")
        titles = [entry[1] for entry in pdf.doc.get_outlines()]
    fonts = {c["fontname"].split("+")[-1] for page in parsed("default")[1] for c in page}
    for article in harbor_issue().articles:
        assert titles.count(article.headline) == 1
    assert {"DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DroidSansFallback"} <= fonts
    assert b"/FontFile2" in data  # TrueType embedded


def test_names_in_other_scripts_print() -> None:
    text = " ".join(page_texts("default"))
    for name in ("王小霞", "Ελένη Παππά", "Анна Смирнова", "LU Zijian"):
        assert name in text


def _one_article_issue(article: Article, assets: tuple[Asset, ...] = ()) -> Issue:
    return Issue(
        meta=IssueMeta(publication="Test Gazette", date_text="JUNE 1, 2026", date_iso="2026-06-01"),
        articles=(article,),
        assets=assets,
    )


def test_hostile_text_prints_literally_and_adds_no_link() -> None:
    nasty = (
        '<font color="[[[">x</font> <a href="javascript:alert(1)">go</a> '
        '<img src="/etc/passwd"/> &amp; \x00\x1b\ud800 <b>'
    )
    article = Article(
        id="x1",
        headline=nasty,
        kicker=nasty,
        decks=(nasty,),
        bylines=(Byline(printed="By " + nasty),),
        blocks=(
            Paragraph(runs=(Run(text=nasty), Run(text=nasty, italic=True))),
            Figure(id="f", caption=(Run(text=nasty),), credit=nasty),
        ),
    )
    log = Log()
    data = write_pdf(_one_article_issue(article), options=WriteOptions(), log=log)
    assert b"/URI" not in data and b"/JavaScript" not in data
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = " ".join(p.extract_text() or "" for p in pdf.pages)
        assert all(a.get("uri") is None for p in pdf.pages for a in p.annots)
    # (the typesetter prints straight quotes curly: fold them back to compare the text)
    flat = " ".join(text.split()).translate(str.maketrans("\u201c\u201d", '""'))
    assert '<font color="[[[">x</font>' in flat
    assert 'javascript:alert(1)">go</a>' in flat
    assert '<img src="/etc/passwd"/>' in flat
    assert "&amp;" in flat
    assert "\x1b" not in text


def test_images_come_from_assets_or_base_dir_only(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.jpg").write_bytes(photo_bytes(3))
    (tmp_path / "secret.jpg").write_bytes(photo_bytes(4))
    base = tmp_path / "pics"

    def figure(href: str) -> Figure:
        return Figure(id=href, caption=(Run(text="A caption."),), graphic=Graphic(href=href))

    article = Article(
        id="a",
        headline="Pictures",
        blocks=(figure("a.jpg"), Paragraph(runs=(Run(text="Text."),)), figure("../secret.jpg")),
    )
    log = Log()
    data = write_pdf(_one_article_issue(article), options=WriteOptions(base_dir=base), log=log)
    messages = [d.message for d in log if d.code == "render-missing-image"]
    assert len(messages) == 1 and "../secret.jpg" in messages[0]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sizes = [tuple(i["srcsize"]) for p in pdf.pages for i in p.images]
    # The photo from base_dir (a lead photo may be cropped: up to 1.4 times flatter), and the
    # placeholder's one-pixel tint where the secret would be.
    assert len(sizes) == 2 and (1, 1) in sizes, sizes
    photo = next(size for size in sizes if size != (1, 1))
    assert photo[0] == 320 and 200 / 1.4 - 1 <= photo[1] <= 200, sizes


def test_undecodable_image_gets_a_placeholder() -> None:
    article = Article(
        id="a",
        headline="Broken picture",
        blocks=(Figure(id="f", caption=(Run(text="Cap."),), graphic=Graphic(href="x.jpg")),),
    )
    issue = _one_article_issue(article, (Asset(href="x.jpg", data=b"not an image"),))
    log = Log()
    data = write_pdf(issue, options=WriteOptions(), log=log)
    assert [d.code for d in log] == ["render-bad-image"]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        assert "Cap." in (page.extract_text() or "")
        # The placeholder: its one-pixel tint stretched over the frame, and the frame itself.
        assert [tuple(i["srcsize"]) for i in page.images] == [(1, 1)]
        assert page.rects


def test_oversized_content_is_scaled_or_spanned_never_a_crash() -> None:
    tall = photo_bytes(5, width=40, height=900)
    giant_paragraph = paragraph_text(random.Random(1), 150)
    article = Article(
        id="big",
        headline="A headline that goes on " * 30,
        blocks=(
            Paragraph(runs=(Run(text=giant_paragraph),)),
            Figure(id="t", caption=(Run(text="Tall."),), graphic=Graphic(href="t.png")),
        ),
    )
    issue = _one_article_issue(article, (Asset(href="t.png", data=tall),))
    for style in ("a4", "broadsheet"):
        log = Log()
        data = write_pdf(issue, options=WriteOptions(style=style), log=log)
        forced = [d.message for d in log if d.code == "render-forced-fit"]
        assert all("headline" in m for m in forced), forced  # the photo is scaled, not forced
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text = " ".join(p.extract_text() or "" for p in pdf.pages)
            assert len(pdf.pages) >= 2
            assert sum(len(p.images) for p in pdf.pages) == 1
        assert not _letters(giant_paragraph) - _letters(text)


def test_an_issue_without_articles_is_just_a_front_page() -> None:
    data = write_pdf(
        Issue(meta=IssueMeta(publication="Empty Times")), options=WriteOptions(), log=Log()
    )
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 1
        assert "Empty Times" in (pdf.pages[0].extract_text() or "")


def test_source_jump_lines_are_not_reprinted() -> None:
    issue = harbor_issue()
    from newslayout.model import Jump, JumpDirection

    jumped = dataclasses.replace(
        issue.articles[0],
        jumps=(
            Jump(direction=JumpDirection.ON, text="See BUDGET, Page 9", from_page=1, to_page=9),
        ),
    )
    issue = dataclasses.replace(issue, articles=(jumped, *issue.articles[1:]))
    data = write_pdf(issue, options=WriteOptions(), log=Log())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = " ".join(p.extract_text() or "" for p in pdf.pages)
    assert "See BUDGET" not in text


def test_a_teaser_pointing_nowhere_is_left_off_with_a_note() -> None:
    from newslayout.model import Page, Teaser

    article = Article(id="a", headline="Harbor wall rebuilt", blocks=())
    front = Page(
        number=1,
        teasers=(
            Teaser(text="Harbor wall rebuilt at last", label="PAGE 4"),
            Teaser(text="Orchard pickers wanted", label="PAGE 9"),
        ),
    )
    issue = dataclasses.replace(_one_article_issue(article), pages=(front,))
    log = Log()
    data = write_pdf(issue, options=WriteOptions(), log=log)
    assert [d.code for d in log] == ["render-teaser-unresolved"]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text() or ""
    assert "Orchard pickers" not in text
    # The one matched story lands on the front page, so its teaser goes too (no strip left).
    assert "PAGE" not in text and "rebuilt at last" not in text
