"""Refers: a front page's short pointers to stories inside, set like tiny stories.

A front page's index strip or refer column sets each pointer as a head over one or two
sentences ending in the page it points to ("The Polls Just Didn't Add Up / Did political
surveys fail ...? PAGE A14"); the assembler opens a part for each, as for any head. What no
story has is that combination: one short text (a paragraph, or a thumbnail's caption read as
the summary), no byline, no jump, and a page pointer at its end (or alone as its text).
:func:`split_refers` turns such
articles into teasers keyed by the page they stand on, keeping the printed pointer as the
label; a target inside the file keeps its page number, one outside it only its label ("A14").

A story that jumps ends with "Continued on Page A15", a jump the reader has already taken off
its text; a brief that ends on a page number without that pointer word is no refer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newslayout.diagnostics import Log, Severity, define
from newslayout.model import Article, Figure, Paragraph, Teaser, article_pages

REFER_PICTURE = define(
    "pdf-refer-picture",
    Severity.INFO,
    "A refer (a front-page pointer read as a teaser) carried a thumbnail picture, which is left "
    "out with it.",
)

#: A refer holds at most this many words of text (its summary line or two).
MAX_WORDS = 45
#: The pointer: "PAGE A14", "Page 4", "See page B1", "P. 3", "Seite 5", "página 12".
_POINTER = re.compile(
    r"(?P<printed>(?:see\s+)?(?:pages?|p\.|seite|página|pagina|sida)\s*(?P<label>[A-Z]?\d{1,3})"
    r"(?:\s*[-–]\s*\d{1,3})?)\b",
    re.IGNORECASE,
)
_CONTINUED = re.compile(r"\b(?:continued|cont'd|turn\s+to|fortsetzung)\b", re.IGNORECASE)


def refer_pointer(text: str) -> tuple[str, str] | None:
    """(label, printed pointer) when ``text`` ends with a page pointer or starts with one and
    holds nothing else readable after it ("PAGE A25" over a barcode); else None."""
    text = " ".join(text.split())
    if _CONTINUED.search(text):
        return None
    for match in _POINTER.finditer(text):
        tail = text[match.end() :]
        head = text[: match.start()]
        if not tail.strip(" .") or (not head.strip() and len(tail.split()) <= 2):
            return match.group("label"), match.group("printed")
    return None


def _refer(article: Article, pages: Sequence[int]) -> Teaser | None:
    if article.bylines or article.jumps or not article.headline.strip():
        return None
    paragraphs = [b.text for b in article.blocks if isinstance(b, Paragraph)]
    captions = [b.caption_text for b in article.blocks if isinstance(b, Figure) and b.caption_text]
    others = [b for b in article.blocks if not isinstance(b, Paragraph | Figure)]
    # the summary is the one paragraph, or the caption of a thumbnail read as the refer's text
    texts = paragraphs + captions
    if len(texts) != 1 or others or len(texts[0].split()) > MAX_WORDS:
        return None
    found = refer_pointer(texts[0])
    if found is None:
        return None
    label, printed = found
    target = int(label) if label.isdigit() and int(label) in pages else None
    return Teaser(
        text=article.headline,
        target_page=target,
        target_label="" if target is not None else label,
        label=printed,
        spans=article.spans,
    )


def split_refers(
    articles: Sequence[Article], pages: Sequence[int], log: Log | None = None
) -> tuple[tuple[Article, ...], dict[int, tuple[Teaser, ...]]]:
    """The articles that are stories, and the refers among them as teasers per page; a
    refer's thumbnail is left out with it, and said so on ``log``."""
    stories: list[Article] = []
    teasers: dict[int, list[Teaser]] = {}
    for article in articles:
        teaser = _refer(article, pages)
        on = article_pages(article)
        if teaser is None or not on:
            stories.append(article)
            continue
        teasers.setdefault(on[0], []).append(teaser)
        pictures = [b for b in article.blocks if isinstance(b, Figure) and b.graphic is not None]
        if pictures and log is not None:
            span = pictures[0].spans[0] if pictures[0].spans else None
            log.add(
                REFER_PICTURE,
                f"the thumbnail of the refer {article.headline!r} on page {on[0]} is left out "
                "with it (the refer is a teaser, not a story)",
                page=on[0],
                box=span.box if span is not None else None,
            )
    return tuple(stories), {page: tuple(found) for page, found in teasers.items()}
