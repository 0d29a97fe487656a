"""The house filler: a digest of the issue's other stories set in a hole no story could fill,
read back by our own reader as teasers (refers), never as articles."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

import newslayout
from newslayout.diagnostics import Log
from newslayout.errors import UsageError
from newslayout.model import Article, Issue, Paragraph, Run, Span
from newslayout.options import WriteOptions
from newslayout.styles import load_style
from newslayout.writers.pdf import write_pdf
from newslayout.writers.pdf.digest import TINT_PAD, first_sentence, summary
from newslayout.writers.pdf.layout import ROW_GAP, Plan, enclosed_hole

WORDS = (
    "The council met on Tuesday to weigh the harbour plan, and the members heard from "
    "residents of the quay who asked for a second public meeting before the vote. "
)


def _story(number: int, page: int, paragraphs: int, *, deck: str = "") -> Article:
    return Article(
        id=f"a{number}",
        headline=f"Headline number {number} of the day",
        decks=(deck,) if deck else (),
        blocks=tuple([Paragraph(runs=(Run(text=WORDS * 3),), spans=(Span(page=page),))])
        * paragraphs,
        spans=(Span(page=page),),
    )


def test_the_opening_sentence_stops_at_a_sentence_end_not_at_an_abbreviation() -> None:
    text = "Dr. Ruddy and J. Smith said the St. Mary's boats were late. Then the tide turned."
    assert first_sentence(text) == "Dr. Ruddy and J. Smith said the St. Mary's boats were late."
    assert first_sentence("No end here") == "No end here"
    assert first_sentence('He said "go." Then left.') == 'He said "go."'


def test_a_summary_is_the_deck_else_the_opening_sentence_and_never_a_long_text() -> None:
    assert summary(_story(1, 1, 1, deck="Residents ask for a second meeting")) == (
        "Residents ask for a second meeting"
    )
    assert summary(_story(1, 1, 1)).startswith("The council met on Tuesday")
    long_deck = " ".join(["word"] * 50)
    assert summary(_story(1, 1, 1, deck=long_deck)) == ""


def test_the_largest_hole_is_the_widest_deepest_run_of_columns_to_the_foot() -> None:
    boxes = [(0, 0, 0.0, 100.0), (1, 1, 0.0, 100.0), (2, 2, 0.0, 400.0)]
    hole = enclosed_hole(3, boxes, 0.0, 500.0)
    assert hole is not None and (hole.column, hole.span) == (0, 2)
    assert hole.top == 100.0 + ROW_GAP and hole.bottom == 500.0
    empty = enclosed_hole(2, [], 20.0, 500.0)
    assert empty is not None and (empty.column, empty.span, empty.top) == (0, 2, 20.0)


def test_an_enclosed_hole_under_a_main_story_beside_a_deeper_rail_is_found() -> None:
    boxes = [(0, 1, 0.0, 100.0), (2, 2, 0.0, 300.0), (0, 2, 320.0, 500.0)]
    hole = enclosed_hole(3, boxes, 0.0, 500.0)
    assert hole is not None and (hole.column, hole.span) == (0, 2)
    assert (hole.top, hole.bottom) == (100.0 + ROW_GAP, 320.0 - ROW_GAP)
    full = enclosed_hole(1, [(0, 0, 0.0, 500.0)], 0.0, 500.0)
    assert full is None or full.area() == 0.0


def test_a_short_page_gets_a_digest_that_reads_back_as_teasers(tmp_path: Path) -> None:
    issue = Issue(
        articles=(
            _story(1, 1, 2),  # page 1's only story: a short page, kept as it is (source)
            _story(2, 2, 12, deck="The quay asks for a second public meeting"),
            _story(3, 3, 6),
            _story(4, 3, 2),
        )
    )
    plans: list[Plan] = []
    data = write_pdf(
        issue, options=WriteOptions(pagination="source"), log=Log(), on_plan=plans.append
    )
    front = plans[0].pages[0]
    assert front.digests, "the short front page has a digest in its hole"
    listed = [s for d in front.digests for s in d.stories]
    assert listed and all(plans[0].first_page[s] > 1 for s in listed[:1])
    assert not set(listed) & {m.story for m in front.modules}, "no refer of a story on the page"
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        links = len(pdf.pages[0].annots)
    assert links == len(listed), "each entry links to its story (the issue has no teasers)"
    path = tmp_path / "digest.pdf"
    path.write_bytes(data)
    back, _ = newslayout.read(path)
    # the digest adds no article: the same stories come back (a brief may move to an earlier
    # page to fill it first), and its entries are teasers of their pages
    assert sorted(a.headline for a in back.articles) == sorted(a.headline for a in issue.articles)
    teasers = {t.text: t.target_page for p in back.pages[:1] for t in p.teasers}
    for story in listed:
        assert teasers[issue.articles[story].headline] == plans[0].first_page[story]


def test_the_issues_last_page_gets_no_digest() -> None:
    issue = Issue(articles=(_story(1, 1, 2), _story(2, 2, 1)))
    plans: list[Plan] = []
    write_pdf(issue, options=WriteOptions(pagination="source"), log=Log(), on_plan=plans.append)
    assert not plans[0].pages[-1].digests


def test_digest_off_leaves_the_hole_and_a_bad_mode_is_refused() -> None:
    deck = "The quay asks for a second public meeting"
    stories = (_story(1, 1, 2), _story(2, 2, 12, deck=deck), _story(3, 3, 6), _story(4, 3, 2))
    issue = Issue(articles=stories)
    plans: list[Plan] = []
    options = WriteOptions(pagination="source", digest="off")
    write_pdf(issue, options=options, log=Log(), on_plan=plans.append)
    assert not any(page.digests for page in plans[0].pages)
    filled: list[Plan] = []
    write_pdf(issue, options=WriteOptions(pagination="source"), log=Log(), on_plan=filled.append)
    assert filled[0].pages[0].digests, "the same page is given a digest by default"
    with pytest.raises(UsageError, match="digest"):
        write_pdf(issue, options=WriteOptions(digest="none"), log=Log())


def test_a_digest_is_a_tinted_box_whose_columns_end_level() -> None:
    # six refers of one head line and one summary line each: in the front page's five
    # columns they would end 2/1/1/1/1 deep; set level, the digest keeps five
    decks = (
        "Quay wants a meeting",
        "Ferry times change",
        "School hall gets a roof",
        "A better fishing season",
        "Library opens Sundays",
        "Swimmers are back",
    )
    issue = Issue(
        articles=(
            _story(1, 1, 2),
            *(_story(n, 2 + n // 5, 12, deck=deck) for n, deck in enumerate(decks, start=2)),
        )
    )
    plans: list[Plan] = []
    data = write_pdf(
        issue, options=WriteOptions(pagination="source"), log=Log(), on_plan=plans.append
    )
    digests = [(p.number, d) for p in plans[0].pages for d in p.digests]
    assert digests and len(digests[0][1].stories) >= 5, "the short front page has a digest"
    line = load_style(None).fonts.body.line_height
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        front = digests[0][1]
        assert all(front.fill.columns), "every column of the front page's digest is used"
        assert max(front.fill.depths) - min(front.fill.depths) <= line + 0.01, "level"
        for number, digest in digests:
            page = pdf.pages[number - 1]
            tints = [
                r
                for r in page.rects
                if r["fill"]
                and r["x0"] <= digest.x < r["x1"]
                and r["top"] <= digest.top < r["bottom"]
                and digest.width <= r["width"] <= digest.width + 2 * TINT_PAD + 0.5
                and r["bottom"] >= digest.top + digest.height
            ]
            assert tints, "the digest is set on a tint"
