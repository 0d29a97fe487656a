"""Which article a teaser points to: on the page it names, the article whose headline holds
at least half of the teaser's content words (``cues.words.content_words``). A share, not a
count: a short teaser ("Budget vote") matches a head on both its words, and a long one is
not matched by two common words of a long head."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newslayout.cues.index import page_label
from newslayout.cues.words import content_words
from newslayout.model import Article, Teaser, article_pages

#: Share of the teaser's content words the target's headline must hold.
MIN_SHARE = 0.5


def resolve_teaser(teaser: Teaser, articles: Sequence[Article]) -> Teaser:
    """The teaser with ``target_article`` set when an article on its page matches its words."""
    if teaser.target_page is None:
        return teaser
    words = content_words(teaser.text)
    best, best_score = "", 0.0
    for article in articles:
        if teaser.target_page not in article_pages(article):
            continue
        head = content_words(article.headline)
        if not head or not words:
            continue
        score = len(words & head) / len(words)
        if score > best_score:
            best, best_score = article.id, score
    if best_score < MIN_SHARE:
        return teaser
    return dataclasses.replace(teaser, target_article=best)


def settle_target(teaser: Teaser, pages: Sequence[int]) -> Teaser:
    """The teaser with a target outside the file (a page number not among ``pages``) kept as
    its printed label only ("A23", "19"): ``target_page`` is a page of this file, never a
    page of the paper the file leaves out (docs/xml-format.md, targets outside the file)."""
    if teaser.target_page is None or teaser.target_page in pages:
        return teaser
    label = page_label(teaser.label) or str(teaser.target_page)
    return dataclasses.replace(teaser, target_page=None, target_label=label)
