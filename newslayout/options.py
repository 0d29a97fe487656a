"""Options for reading and writing, one dataclass per direction.

Readers and writers take the whole options object and use the fields that concern them, so that
the API and CLI can pass one object along whatever the format.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from newslayout.errors import UsageError

#: Default per-page time limit for the PDF reader, in seconds (generous: dense pages take ~1 s).
DEFAULT_PAGE_TIMEOUT = 30.0


def tunable(default: float, doc: str, low: float, high: float) -> Any:
    """A :class:`Settings` field: its default, what it means, and the range it must lie in."""
    return field(default=default, metadata={"doc": doc, "min": low, "max": high})


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Base of a reader stage's tunables (as pdfminer's ``LAParams``, pdfplumber's
    ``TableSettings``): frozen, documented (each field's ``doc``), validated when built (each
    field within its ``min``..``max``), and resolvable from ``None`` (the defaults), a dict of
    the fields to change, or an instance (:meth:`resolve`)."""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            low, high = f.metadata.get("min"), f.metadata.get("max")
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise UsageError(f"{type(self).__name__}.{f.name}: {value!r} is not a number")
            if low is not None and high is not None and not low <= value <= high:
                raise UsageError(
                    f"{type(self).__name__}.{f.name} = {value}: out of range",
                    hint=f"give a value from {low} to {high}",
                )

    @classmethod
    def resolve(cls, value: Settings | Mapping[str, float] | None) -> Self:
        """The settings ``value`` stands for: defaults, the defaults with some fields
        changed, or ``value`` itself."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        if isinstance(value, Mapping):
            known = {f.name for f in dataclasses.fields(cls)}
            unknown = sorted(set(value) - known)
            if unknown:
                raise UsageError(
                    f"{cls.__name__}: no setting named {', '.join(map(repr, unknown))}",
                    hint=f"the settings are {', '.join(sorted(known))}",
                )
            return cls(**value)
        raise UsageError(f"{cls.__name__}: expected a {cls.__name__}, a dict or None")


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
        layout: the PDF reader's layout settings (``newslayout.readers.pdf.params.
            LayoutSettings``, or a dict of the fields to change); ``None`` for the defaults.
        classify: the PDF reader's classification settings
            (``newslayout.readers.pdf.params.ClassifySettings``, or a dict of the fields to
            change, e.g. ``{"headline": 1.5}``); ``None`` for the defaults.
    """

    password: str | None = None
    encoding: str | None = None
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT
    file_timeout: float | None = None
    disabled_rules: frozenset[str] = frozenset()
    extract_images: bool = True
    source_name: str | None = None
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)
    layout: Settings | Mapping[str, float] | None = field(default=None, hash=False)
    classify: Settings | Mapping[str, float] | None = field(default=None, hash=False)


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
            issue read from a PDF does, except that a source page whose own stories leave more
            than a tenth of the page empty takes the next source page's stories under them, in
            the source's order; else reflow).
        adverts: whether the PDF writer prints advertisements that reached the issue as
            articles (labelled "Advertisement", "Anzeige"... or typed as one): ``omit`` (the
            default: left out of the news pages, with a ``render-advert-omitted`` note) or
            ``keep`` (set as stories).
        digest: whether the PDF writer fills a hole left on a page (any page but the issue's
            last) with an "In this issue" digest of the issue's stories on other pages, built
            from their own headlines and opening sentences: ``fill`` (the default) or ``off``
            (the hole stays; for a publisher who wants no matter the source did not print).
    """

    style: str | None = None
    tag_set: str = "publishing-1.3"
    issn: str | None = None
    publisher: str | None = None
    journal_id: str | None = None
    base_dir: Path | None = field(default=None)
    pagination: str = "auto"
    adverts: str = "omit"
    digest: str = "fill"
