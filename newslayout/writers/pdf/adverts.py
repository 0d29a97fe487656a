"""Adverts are left out of republished news pages unless asked for.

The readers drop what they recognise as an advertisement (``readers/*/adverts.py``), but an ad
can still reach the model: an issue written by hand or by another tool, or an ad the source
labelled as one and the reader kept as a story ("ADVERTISEMENT" over it). Set as news it reads
as news. The writer leaves such articles out (``WriteOptions.adverts = "omit"``, the default)
with an info diagnostic naming each one, or prints them as stories with ``"keep"``.

An article is an advert when its type says so or when its label (kicker or section) is the
word a paper prints over paid matter, in any of the languages the readers know.
"""

from __future__ import annotations

from newslayout.diagnostics import Log, Severity, define
from newslayout.errors import UsageError
from newslayout.model import Article, Issue

ADVERT_OMITTED = define(
    "render-advert-omitted",
    Severity.INFO,
    "An advertisement is left out of the republished news pages.",
)

MODES = ("omit", "keep")

#: Article types that mean paid matter.
_TYPES = frozenset({"advert", "advertisement", "ad", "advertorial", "sponsored"})
#: Labels printed over paid matter (casefolded, punctuation and spacing ignored).
_LABELS = frozenset(
    {
        "advertisement",
        "advertising",
        "advert",
        "paidadvertisement",
        "paidcontent",
        "paidpost",
        "paidfor",
        "sponsored",
        "sponsoredcontent",
        "advertisingfeature",
        "advertisementfeature",
        "promotion",
        "anzeige",
        "werbung",
        "publicité",
        "publicite",
        "publireportage",
        "pubblicità",
        "pubblicita",
        "publicidad",
        "publicidade",
        "advertentie",
        "annonce",
        "reklame",
        "reklam",
        "mainos",
    }
)


def _label(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def is_advert(article: Article) -> bool:
    """Whether the article is paid matter: by its type, or by the label over it."""
    if article.article_type.casefold() in _TYPES:
        return True
    return any(_label(text) in _LABELS for text in (article.kicker, article.section) if text)


def news_only(issue: Issue, mode: str, log: Log) -> Issue:
    """The issue without its adverts (``omit``), or as it is (``keep``)."""
    if mode not in MODES:
        raise UsageError(
            f"WriteOptions.adverts: unknown mode {mode!r}", hint=f"use one of {', '.join(MODES)}"
        )
    if mode == "keep":
        return issue
    kept: list[Article] = []
    for article in issue.articles:
        if not is_advert(article):
            kept.append(article)
            continue
        pages = sorted({span.page for span in article.spans if span.page})
        log.add(
            ADVERT_OMITTED,
            f"advert {article.headline!r} left out (WriteOptions.adverts keep prints it)",
            page=pages[0] if pages else None,
        )
    if len(kept) == len(issue.articles):
        return issue
    return issue.replace(articles=tuple(kept))
