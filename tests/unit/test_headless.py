"""No article without a headline: what ``attach_headless`` does with one a reader left."""

from __future__ import annotations

from newslayout.diagnostics import Log
from newslayout.headless import attach_headless
from newslayout.model import (
    Article,
    Byline,
    Issue,
    Page,
    Paragraph,
    Run,
    Span,
    Subhead,
    Teaser,
    block_text,
)


def _story(
    article_id: str, headline: str, text: str = "", page: int = 1, **more: object
) -> Article:
    blocks = (Paragraph(runs=(Run(text=text),), spans=(Span(page=page),)),) if text else ()
    return Article(id=article_id, headline=headline, blocks=blocks, **more)  # type: ignore[arg-type]


def _issue(*articles: Article, teasers: tuple[Teaser, ...] = ()) -> Issue:
    pages = (Page(number=1, teasers=teasers), Page(number=2))
    return Issue(pages=pages, articles=articles)


def test_an_issue_with_every_headline_is_returned_as_is() -> None:
    issue = _issue(_story("a1", "Lead", "One."))
    log = Log()
    assert attach_headless(issue, log) is issue
    assert list(log) == []


def test_a_deck_becomes_the_missing_headline() -> None:
    issue = _issue(_story("a1", "", "One.", decks=(" ", "Council votes", "Second deck")))
    log = Log()
    (article,) = attach_headless(issue, log).articles
    assert (article.headline, article.decks) == ("Council votes", ("Second deck",))
    assert [d.code for d in log] == ["headless-article"]


def test_content_joins_the_story_before_it_on_its_page() -> None:
    byline = Byline(printed="By Ann Lee")
    issue = _issue(
        _story("a1", "Lead", "One.", page=1),
        _story("a2", "Inside", "Two.", page=2),
        _story("a3", "", "Three.", page=1, kicker="BRIEFLY", bylines=(byline,)),
    )
    lead, inside = attach_headless(issue, Log()).articles
    assert [block_text(b) for b in lead.blocks] == ["One.", "BRIEFLY", "Three."]
    assert isinstance(lead.blocks[1], Subhead)  # the kicker heads what it held
    assert lead.bylines == (byline,)
    assert [block_text(b) for b in inside.blocks] == ["Two."]


def test_a_headless_first_story_joins_the_one_after_it() -> None:
    issue = _issue(_story("a1", "", "Zero.", page=1), _story("a2", "Lead", "One.", page=1))
    (lead,) = attach_headless(issue, Log()).articles
    assert [block_text(b) for b in lead.blocks] == ["One.", "Zero."]


def test_teasers_and_sidebars_follow_the_content() -> None:
    issue = _issue(
        _story("a1", "Lead", "One."),
        _story("a2", "", "Two."),
        _story("a3", "At a glance", "Three.", boxed=True, sidebar_of="a2"),
        _story("a4", "", ""),
        teasers=(Teaser(text="x", target_article="a2"), Teaser(text="y", target_article="a4")),
    )
    log = Log()
    out = attach_headless(issue, log)
    assert [a.id for a in out.articles] == ["a1", "a3"]
    assert out.articles[1].sidebar_of == "a1"
    assert [t.target_article for t in out.pages[0].teasers] == ["a1", ""]
    assert [d.code for d in log] == ["headless-article", "headless-article"]
    assert "no content: dropped" in list(log)[1].message


def test_the_only_article_with_nothing_to_promote_is_kept_and_reported() -> None:
    issue = _issue(_story("a1", "", "One."))
    log = Log()
    assert attach_headless(issue, log).articles == issue.articles
    assert [(d.code, d.severity.value) for d in log] == [("headless-alone", "warning")]
