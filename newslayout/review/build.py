"""The review data of an issue read from a PDF: the model's regions plus the source's words."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newslayout.diagnostics import Diagnostic
from newslayout.model import Issue
from newslayout.review.regions import Review, build_review, skipped_pages
from newslayout.review.source import page_words


def review_of(
    source: Path, issue: Issue, diagnostics: Sequence[Diagnostic], *, password: str | None = None
) -> Review:
    """The review data of an issue read from the PDF ``source`` (pages it skipped stay unread)."""
    skipped = skipped_pages(issue, diagnostics)
    wanted = [p.number for p in issue.pages if p.number not in skipped]
    return build_review(issue, diagnostics, page_words(source, wanted, password=password))
