"""Options for reading and writing, one dataclass per direction.

Readers and writers take the whole options object and use the fields that concern them, so that
the API and CLI can pass one object along whatever the format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: Default per-page time limit for the PDF reader, in seconds (generous: dense pages take ~1 s).
DEFAULT_PAGE_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """How to read an issue.

    Attributes:
        password: password of an encrypted PDF.
        encoding: force the text encoding of a plain-text extraction (default: detect).
        page_timeout: seconds one PDF page may take before it is skipped with a diagnostic
            (``None`` for no limit).
        file_timeout: seconds the whole file may take (``None`` for no limit); for batch use.
        disabled_rules: names of classification rules to switch off (PDF reader).
        extract_images: whether the PDF reader extracts image bytes for figures.
        source_name: the name used in diagnostics and in image hrefs (default: the file name).
        progress: called as ``progress(done, total)`` after each page of long work (the CLI
            uses it to show progress on a terminal).
    """

    password: str | None = None
    encoding: str | None = None
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT
    file_timeout: float | None = None
    disabled_rules: frozenset[str] = frozenset()
    extract_images: bool = True
    source_name: str | None = None
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteOptions:
    """How to write an issue.

    Attributes:
        style: print style for the PDF writer: a name from ``styles/`` or the package, or a
            path to a TOML file (default: the packaged default style).
        tag_set: JATS tag set for the strict export: ``publishing-1.3`` or ``archiving-1.1``.
        issn: ISSN to put in JATS ``journal-meta`` (never invented).
        publisher: publisher name for JATS ``journal-meta``.
        journal_id: journal id for JATS (default: derived from the publication name).
        base_dir: folder that relative image hrefs are resolved against when no asset is loaded.
        pagination: how the PDF writer paginates: ``source`` (page for page: each story starts
            on the page where the source started it), ``reflow`` (the writer fills pages in
            story order) or ``auto`` (source when the issue knows its stories' pages, as an
            issue read from a PDF does; else reflow).
    """

    style: str | None = None
    tag_set: str = "publishing-1.3"
    issn: str | None = None
    publisher: str | None = None
    journal_id: str | None = None
    base_dir: Path | None = field(default=None)
    pagination: str = "auto"
