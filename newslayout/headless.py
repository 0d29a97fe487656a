"""No article without a headline: what the writers do with one a reader left headless.

A reader that misses a head (a secondary story set in small bold type read as a subhead, a
byline left over below a story) can leave an article whose headline is empty. Every writer
runs :func:`attach_headless` first, so that no output holds such an article, and says what it
did on the log (``headless-article``):

1. an article with a deck but no headline: its first deck becomes the headline (a head set
   in a lighter face reads as a deck);
2. otherwise what it holds goes where it most likely belongs: to the story before it on the
   same page (the story it was cut from), else the story after it on that page, else the
   story before or after it in the issue. Its kicker becomes a subhead there, its bylines,
   blocks and jump lines follow the host's, and teasers and sidebars that named it name the
   host;
3. an article with nothing in it is dropped; the one article of an issue, with nothing to
   promote and nowhere to go (a text with no structure at all, read as one article), is kept
   and reported (``headless-alone``; the issue XML validator warns ``empty-headline``):
   inventing a headline would put words in print that were never printed.
"""

from __future__ import annotations

import dataclasses

from newslayout.diagnostics import Log, Severity, define
from newslayout.model import Article, Issue, Page, Subhead, article_pages

HEADLESS_ARTICLE = define(
    "headless-article",
    Severity.WARNING,
    "An article had no headline; the writer gave it its deck as headline, attached what it "
    "held to a neighbouring story, or dropped it when empty. Check that story in the input.",
)
HEADLESS_ALONE = define(
    "headless-alone",
    Severity.WARNING,
    "The issue's only article has no headline and nothing to take one from; it is written "
    "with an empty headline. Give it a headline in the input.",
)


def headless(article: Article) -> bool:
    """True when the article's headline is empty or only spaces."""
    return not article.headline.strip()


def _empty(article: Article) -> bool:
    return not (
        article.blocks or article.bylines or article.jumps or article.kicker.strip()
    ) and not any(d.strip() for d in article.decks)


def _host(articles: list[Article], index: int) -> int | None:
    """Where a headless article's content belongs: the nearest story before it sharing a
    page, else the nearest after it sharing a page, else its neighbour before or after."""
    pages = set(article_pages(articles[index]))
    others = [i for i in range(len(articles)) if i != index and not headless(articles[i])]
    before = [i for i in others if i < index]
    after = [i for i in others if i > index]
    for i in [*reversed(before), *after]:
        if pages & set(article_pages(articles[i])):
            return i
    if before:
        return before[-1]
    return after[0] if after else None


def _merge(host: Article, guest: Article) -> Article:
    kicker = guest.kicker.strip()
    lead = (Subhead(text=guest.kicker, spans=guest.spans),) if kicker else ()
    return dataclasses.replace(
        host,
        bylines=host.bylines + guest.bylines,
        blocks=host.blocks + lead + guest.blocks,
        jumps=host.jumps + guest.jumps,
    )


def _retarget(pages: tuple[Page, ...], renamed: dict[str, str]) -> tuple[Page, ...]:
    out: list[Page] = []
    for page in pages:
        teasers = tuple(
            dataclasses.replace(t, target_article=renamed[t.target_article])
            if t.target_article in renamed
            else t
            for t in page.teasers
        )
        out.append(dataclasses.replace(page, teasers=teasers) if teasers != page.teasers else page)
    return tuple(out)


def _final(renamed: dict[str, str], article_id: str) -> str:
    """Follow renames to the article that finally holds ``article_id``'s content."""
    seen: set[str] = set()
    while article_id in renamed and article_id not in seen:
        seen.add(article_id)
        article_id = renamed[article_id]
    return article_id


def attach_headless(issue: Issue, log: Log | None = None) -> Issue:
    """The issue with no headless article (see the module docstring); unchanged when every
    article has a headline."""
    if not any(headless(a) for a in issue.articles):
        return issue
    log = log if log is not None else Log()
    articles = list(issue.articles)
    renamed: dict[str, str] = {}  # id of a merged or dropped article -> its host ("" dropped)
    for index, article in enumerate(articles):
        if not headless(article):
            continue
        first = next((i for i, d in enumerate(article.decks) if d.strip()), None)
        if first is not None:
            head = article.decks[first]
            articles[index] = dataclasses.replace(
                article, headline=head, decks=article.decks[first + 1 :]
            )
            log.add(HEADLESS_ARTICLE, f"article {article.id!r}: its deck {head!r} is its headline")
            continue
        if _empty(article):
            renamed[article.id] = ""
            log.add(
                HEADLESS_ARTICLE, f"article {article.id!r} had no headline and no content: dropped"
            )
            continue
        host = _host(articles, index)
        if host is None:
            log.add(HEADLESS_ALONE, f"article {article.id!r} has no headline")
            continue
        articles[host] = _merge(articles[host], article)
        renamed[article.id] = articles[host].id
        log.add(
            HEADLESS_ARTICLE,
            f"article {article.id!r} had no headline: its content joins {articles[host].id!r}",
        )
    kept = [a for a in articles if a.id not in renamed]
    owners = {a.id: a.sidebar_of for a in kept}
    for i, article in enumerate(kept):
        owner = _final(renamed, article.sidebar_of)
        if owners.get(owner):  # the host is itself a box: name the story it belongs to
            owner = owners[owner]
        if owner == article.id:
            owner = ""
        if owner != article.sidebar_of:
            kept[i] = dataclasses.replace(article, sidebar_of=owner)
    final = {old: _final(renamed, old) for old in renamed}
    return dataclasses.replace(issue, pages=_retarget(issue.pages, final), articles=tuple(kept))
