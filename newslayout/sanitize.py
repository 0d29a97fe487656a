"""Removing characters that XML 1.0 cannot hold, from text and from whole issues.

XML 1.0 allows tab, newline, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and
U+10000-U+10FFFF. Everything else (other C0 controls, lone surrogates left by a broken
decoder, the non-characters U+FFFE/U+FFFF) cannot be written at all, not even as a character
reference, so a writer must drop it. Dropping silently would hide damage in the input, so each
removal is reported once per field with the ``xml-invalid-character`` diagnostic.

:func:`sanitize_issue` is what every XML-producing writer applies first; the issue XML round trip
is specified against it: ``read_xml(write_xml(i)) == canonical_issue(i)``, where the canonical
form is the sanitized issue with coordinates rounded (see ``writers/issue_xml.py``).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from newslayout.diagnostics import Log, Severity, define
from newslayout.model import (
    Article,
    Block,
    Byline,
    Contributor,
    Figure,
    Furniture,
    Issue,
    IssueMeta,
    ListBlock,
    ListItem,
    Page,
    Paragraph,
    PullQuote,
    Run,
    Runs,
    Sidebar,
    Subhead,
    Teaser,
    normalize_runs,
)

INVALID_CHARACTER = define(
    "xml-invalid-character",
    Severity.WARNING,
    "Text held characters XML 1.0 cannot represent (control characters, lone surrogates, "
    "U+FFFE/U+FFFF); they were removed.",
)

#: Everything outside the XML 1.0 ``Char`` production.
_NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

T = TypeVar("T")


def invalid_characters(text: str) -> list[str]:
    """The characters of ``text`` XML 1.0 cannot hold, in order (empty when clean)."""
    return _NOT_XML_CHAR.findall(text)


def clean_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML_CHAR.sub("", text)


class _Sanitizer:
    """Walks an issue, rebuilding only what changes, and reports each dirty field once."""

    def __init__(self, log: Log | None) -> None:
        self.log = log
        self.removed = 0

    def text(self, value: str, where: str) -> str:
        bad = invalid_characters(value)
        if not bad:
            return value
        self.removed += len(bad)
        if self.log is not None:
            shown = ", ".join(sorted({f"U+{ord(c):04X}" for c in bad}))
            self.log.add(
                INVALID_CHARACTER,
                f"{where}: removed {len(bad)} character(s) XML cannot hold ({shown})",
            )
        return clean_text(value)

    def strings(self, node: T, where: str) -> T:
        """Clean every ``str`` field of a flat dataclass (enums are left alone)."""
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(node):  # type: ignore[arg-type]
            value = getattr(node, f.name)
            if type(value) is str:
                cleaned = self.text(value, f"{where} {f.name}")
                if cleaned != value:
                    changes[f.name] = cleaned
        return dataclasses.replace(node, **changes) if changes else node  # type: ignore[type-var]

    def runs(self, runs: Runs, where: str) -> Runs:
        cleaned = [Run(text=self.text(r.text, where), italic=r.italic, bold=r.bold) for r in runs]
        return normalize_runs(cleaned)

    def block(self, block: Block, where: str) -> Block:
        match block:
            case Paragraph():
                return dataclasses.replace(block, runs=self.runs(block.runs, where))
            case Subhead():
                return self.strings(block, where)
            case Figure():
                fig = self.strings(block, f"{where} figure {block.id!r}")
                graphic = fig.graphic
                if graphic is not None:
                    graphic = self.strings(graphic, f"{where} graphic")
                return dataclasses.replace(
                    fig, caption=self.runs(fig.caption, f"{where} caption"), graphic=graphic
                )
            case PullQuote():
                quote = self.strings(block, f"{where} pull quote")
                return dataclasses.replace(quote, runs=self.runs(quote.runs, where))
            case ListBlock():
                items = tuple(
                    ListItem(runs=self.runs(item.runs, f"{where} list item"), spans=item.spans)
                    for item in block.items
                )
                return dataclasses.replace(block, items=items)
            case Sidebar():
                side = self.strings(block, f"{where} sidebar")
                inner = tuple(self.block(b, f"{where} sidebar") for b in side.blocks)
                return dataclasses.replace(side, blocks=inner)

    def article(self, article: Article) -> Article:
        where = f"article {article.id!r}"
        art = self.strings(article, where)
        bylines = tuple(self.byline(b, where) for b in art.bylines)
        jumps = tuple(self.strings(j, f"{where} jump") for j in art.jumps)
        blocks = tuple(self.block(b, where) for b in art.blocks)
        decks = tuple(self.text(d, f"{where} deck") for d in art.decks)
        return dataclasses.replace(art, decks=decks, bylines=bylines, jumps=jumps, blocks=blocks)

    def byline(self, byline: Byline, where: str) -> Byline:
        by = self.strings(byline, f"{where} byline")
        people: tuple[Contributor, ...] = tuple(
            self.strings(c, f"{where} contributor") for c in by.contributors
        )
        return dataclasses.replace(by, contributors=people)

    def page(self, page: Page) -> Page:
        where = f"page {page.number}"
        pg = self.strings(page, where)
        teasers: tuple[Teaser, ...] = tuple(self.strings(t, f"{where} teaser") for t in pg.teasers)
        furniture: tuple[Furniture, ...] = tuple(
            self.strings(f, f"{where} {f.kind.value}") for f in pg.furniture
        )
        return dataclasses.replace(pg, teasers=teasers, furniture=furniture)

    def issue(self, issue: Issue) -> Issue:
        meta: IssueMeta = self.strings(issue.meta, "issue metadata")
        pages = tuple(self.page(p) for p in issue.pages)
        articles = tuple(self.article(a) for a in issue.articles)
        return dataclasses.replace(issue, meta=meta, pages=pages, articles=articles)


def sanitize_issue(issue: Issue, log: Log | None = None) -> Issue:
    """The issue with every character XML 1.0 cannot hold removed, and runs re-normalized.

    Removing characters can empty a run or make two neighbours alike, so runs are normalized
    afterwards (:func:`~newslayout.model.normalize_runs`); an issue whose text is already clean
    and whose runs are already normal comes back equal. Each changed field is reported on
    ``log`` (when given) as an ``xml-invalid-character`` warning.
    """
    return _Sanitizer(log).issue(issue)


__all__ = [
    "INVALID_CHARACTER",
    "clean_text",
    "invalid_characters",
    "sanitize_issue",
]
