"""The builder's ids, run-on paragraphs, datelines, jump score and teaser resolver (no PDF)."""

from __future__ import annotations

from newslayout.model import Article, Block, Paragraph, Span, Subhead, Teaser, plain_runs
from newslayout.readers.builder.datelines import dateline_of, parse_dateline
from newslayout.readers.builder.ids import article_id, figure_id
from newslayout.readers.builder.jumps import MIN_SCORE, Continuation, keyword_match, match_score
from newslayout.readers.builder.paragraphs import OpenParagraph
from newslayout.readers.builder.teasers import resolve_teaser


def test_ids_number_articles_and_their_figures() -> None:
    assert article_id(3) == "a3"
    assert figure_id(article_id(3), 1) == "a3-f1"


def test_a_paragraph_run_on_keeps_a_span_per_piece() -> None:
    para = OpenParagraph.start("The council", Span(page=1, line=10))
    para.run_on("voted on Tuesday.", Span(page=3, line=2))
    assert para.last == "voted on Tuesday."
    assert [s.page for s in para.spans] == [1, 3]


def test_the_dateline_is_read_from_the_first_paragraph() -> None:
    blocks: list[Block] = [
        Subhead(text="Not here"),
        Paragraph(runs=plain_runs("HARBOR CITY — The council met.")),
        Paragraph(runs=plain_runs("LATER — no.")),
    ]
    assert dateline_of(blocks) == "HARBOR CITY"
    assert parse_dateline("The council met — at last.") == ""


def test_a_keyword_head_outscores_a_headless_candidate() -> None:
    keyed = Continuation(head="BUDGET", continued=True, points_back=True)
    loose = Continuation(headless=True, points_back=True)
    stranger = Continuation(head="Weather", continued=True)
    headline = "Council budget gap widens"
    assert keyword_match("BUDGET", keyed.head)
    assert match_score(headline, "BUDGET", keyed) > match_score(headline, "BUDGET", loose)
    assert match_score(headline, "BUDGET", loose) >= MIN_SCORE
    assert match_score(headline, "BUDGET", stranger) < MIN_SCORE


def _article(aid: str, headline: str, page: int) -> Article:
    return Article(id=aid, headline=headline, spans=(Span(page=page),))


def test_a_teaser_points_to_the_article_holding_half_its_words() -> None:
    articles = [
        _article("a1", "Ferry timetable changes", 2),
        _article("a2", "Budget vote delayed again", 3),
    ]
    teaser = Teaser(text="Budget vote", target_page=3)
    assert resolve_teaser(teaser, articles).target_article == "a2"
    far = Teaser(text="Budget vote", target_page=2)
    assert resolve_teaser(far, articles).target_article == ""
