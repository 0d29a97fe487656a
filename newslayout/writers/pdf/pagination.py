"""Which pagination to follow: the source's (page for page) or the writer's own (reflow).

An issue read from a PDF knows where every story stood: the spans of its text carry page
numbers. Republishing it page for page keeps what the editors decided (the front page, the
sections, which story leads which page); a story the new style cannot fit on its page
continues where the source continued it. An issue built from scratch has no pages to follow;
the writer then fills pages in story order.
"""

from __future__ import annotations

from newslayout.errors import UsageError
from newslayout.model import Article, Block, Issue, JumpDirection, Sidebar
from newslayout.writers.pdf.layout import SourcePages

MODES = ("auto", "source", "reflow")


def _block_pages(block: Block) -> list[int]:
    pages = [span.page for span in block.spans if span.page]
    if isinstance(block, Sidebar):
        for child in block.blocks:
            pages.extend(_block_pages(child))
    return pages


def article_pages(article: Article) -> list[int]:
    """Every source page some part of the article stood on, in order."""
    pages = [span.page for span in article.spans if span.page]
    for block in article.blocks:
        pages.extend(_block_pages(block))
    return sorted(set(pages))


def source_pages(issue: Issue, mode: str) -> SourcePages | None:
    """The source's pagination to follow, or None to reflow.

    ``auto`` follows the source when every article knows its first page.
    """
    if mode not in MODES:
        raise UsageError(f"unknown pagination {mode!r}", hint=f"use one of {', '.join(MODES)}")
    if mode == "reflow" or not issue.articles:
        return None
    first: dict[int, int] = {}
    continued: dict[int, int] = {}
    for i, article in enumerate(issue.articles):
        pages = article_pages(article)
        if pages:
            first[i] = pages[0]
        jumps = [
            j.to_page
            for j in article.jumps
            if j.direction is JumpDirection.ON and j.to_page is not None
        ]
        later = [p for p in [*jumps, *pages] if p > pages[0]] if pages else []
        if later:
            continued[i] = min(later)
    if mode == "auto" and len(first) < len(issue.articles):
        return None
    # auto may join short source pages into one; source keeps every page as it was
    return SourcePages(first=first, continued=continued, join=mode == "auto")
