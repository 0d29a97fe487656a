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

import dataclasses
import re
from collections.abc import Sequence

from newslayout.diagnostics import Log, Severity, define
from newslayout.model import Article, Figure, Paragraph, Spans, Teaser, article_pages

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
    return _pointing(article.headline, found, pages, article.spans)


def _pointing(text: str, found: tuple[str, str], pages: Sequence[int], spans: Spans) -> Teaser:
    """The teaser ``text`` that a pointer (``found``: its page label and the pointer as
    printed) sends to a page of this file, or to its label when the file has no such page
    (a number without its leading zeros: "See Page 07" outside the file is "7")."""
    label, printed = found
    target = int(label) if label.isdigit() and int(label) in pages else None
    if target is None and label.isdigit():
        label = str(int(label))
    return Teaser(
        text=text,
        target_page=target,
        target_label="" if target is not None else label,
        label=printed,
        spans=spans,
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


#: A caption that ends with a page word whose number segmentation set apart ("... See page").
_DANGLING = re.compile(r"(?:see\s+)?(?:pages?|p\.|seite|página|pagina|sida)\s*$", re.IGNORECASE)
#: That number, read at the start of the next caption ("02 St. Thomas College ...").
_LEADING_NUMBER = re.compile(r"^\s*(?P<label>[A-Z]?\d{1,3})\b\s*")
#: A stray pointer opening a caption (".See Page 03 Beyond the Classroom"): a jump or refer
#: of the text above it, no part of this refer.
_LEADING_POINTER = re.compile(
    r"^\W*(?:see\s+)?(?:pages?|p\.|seite|página|pagina|sida)\s*[A-Z]?\d{1,3}\b\W*", re.IGNORECASE
)


def _caption_texts(figures: Sequence[Figure]) -> list[str]:
    """The captions of an article's figures, each with the page number of a pointer that
    ends the caption before it moved back to it ("... See page" / "02 Next caption")."""
    texts = [" ".join(f.caption_text.split()) for f in figures]
    for i in range(len(texts) - 1):
        lead = _LEADING_NUMBER.match(texts[i + 1])
        if _DANGLING.search(texts[i]) and lead is not None:
            texts[i] = f"{texts[i]} {lead.group('label')}"
            texts[i + 1] = texts[i + 1][lead.end() :]
    return texts


def _figure_refer(text: str, figure: Figure, pages: Sequence[int]) -> Teaser | None:
    """A thumbnail's caption read as a refer: a short text ending with its page pointer
    ("Beyond the Classroom: SATTVA organizes hands-on training. See Page 07")."""
    text = _LEADING_POINTER.sub("", text)
    found = refer_pointer(text)
    if found is None or len(text.split()) > MAX_WORDS:
        return None
    head = text[: text.rfind(found[1])].strip()
    if not head or head.lower() == text.lower().strip():
        return None
    return _pointing(head, found, pages, figure.spans)


def split_figure_refers(
    articles: Sequence[Article], pages: Sequence[int], log: Log | None = None
) -> tuple[tuple[Article, ...], dict[int, tuple[Teaser, ...]]]:
    """The articles without the thumbnails whose captions are refers (a short text ending
    in "See page 4"), and those refers as teasers per page. A story's own photo carries a
    caption that describes it; one that ends by sending the reader to another page is a
    pointer to that page's story, set beside a thumbnail of it."""
    out: list[Article] = []
    teasers: dict[int, list[Teaser]] = {}
    for article in articles:
        figures = [b for b in article.blocks if isinstance(b, Figure) and b.caption_text]
        dropped: set[int] = set()
        for figure, text in zip(figures, _caption_texts(figures), strict=True):
            teaser = _figure_refer(text, figure, pages)
            on = next((s.page for s in figure.spans if s.page is not None), None)
            if teaser is None or on is None:
                continue
            dropped.add(id(figure))
            teasers.setdefault(on, []).append(teaser)
            if log is not None and figure.graphic is not None:
                log.add(
                    REFER_PICTURE,
                    f"the thumbnail of the refer {teaser.text!r} on page {on} is left out with "
                    "it (the refer is a teaser, not a story's photo)",
                    page=on,
                    box=figure.spans[0].box if figure.spans else None,
                )
        if dropped:
            blocks = tuple(b for b in article.blocks if id(b) not in dropped)
            article = dataclasses.replace(article, blocks=blocks)
        out.append(article)
    return tuple(out), {page: tuple(found) for page, found in teasers.items()}
