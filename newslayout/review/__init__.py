"""See what was read: the reconstruction drawn on the source pages.

Three views of one :class:`~newslayout.review.regions.Review` (see docs/review.md):
:func:`overlay_pdf` (the source PDF with the regions drawn over it), its pages rendered by
:func:`newslayout.review.png.render_pages` (``inspect --png``), and
:func:`newslayout.review.page.review_files` (a static HTML page with its page images).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newslayout.diagnostics import Diagnostic
from newslayout.model import Issue
from newslayout.review.overlay import overlay_pdf
from newslayout.review.regions import Review, build_review, skipped_pages
from newslayout.review.source import page_words

__all__ = ["Review", "build_review", "overlay_pdf", "review_of"]


def review_of(
    source: Path, issue: Issue, diagnostics: Sequence[Diagnostic], *, password: str | None = None
) -> Review:
    """The review data of an issue read from the PDF ``source`` (pages it skipped stay unread)."""
    skipped = skipped_pages(issue, diagnostics)
    wanted = [p.number for p in issue.pages if p.number not in skipped]
    return build_review(issue, diagnostics, page_words(source, wanted, password=password))
