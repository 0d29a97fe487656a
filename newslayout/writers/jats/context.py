"""What the JATS builders share while one article is exported: tag set, log, ids, text hygiene.

Every string that goes into the tree passes through :meth:`ArticleContext.text`, which removes
the characters XML 1.0 forbids (control characters that PDF text layers sometimes carry) and
counts them, so that the export reports the removal once per article instead of failing inside
lxml. Every ``id`` attribute comes from :meth:`ArticleContext.new_id`, which guarantees a valid
and unique XML ID in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from newslayout.diagnostics import Log
from newslayout.model import Article, Issue
from newslayout.writers.jats.codes import RENAMED_ID
from newslayout.writers.jats.tagsets import TagSet

XLINK_NS = "http://www.w3.org/1999/xlink"
XLINK_HREF = f"{{{XLINK_NS}}}href"

# Characters outside XML 1.0's Char production (tab, newline and carriage return are allowed).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# An XML ID must be an NCName; we keep to a conservative ASCII subset of it.
_ID_OK = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_ID_BAD_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


def strip_forbidden(text: str) -> tuple[str, int]:
    """``text`` without XML-forbidden characters, and how many were removed."""
    cleaned, count = _FORBIDDEN.subn("", text)
    return cleaned, count


def safe_id(raw: str, fallback: str) -> str:
    """``raw`` turned into a valid XML ID (ASCII NCName), or ``fallback`` when nothing is left."""
    if _ID_OK.match(raw):
        return raw
    candidate = _ID_BAD_CHARS.sub("-", raw).strip("-.")
    if not candidate:
        return fallback
    return candidate if _ID_OK.match(candidate) else f"x{candidate}"


@dataclass(slots=True)
class ArticleContext:
    """State for exporting one article (a new one per article: ids are unique per file)."""

    issue: Issue
    article: Article
    tag_set: TagSet
    log: Log
    removed_characters: int = 0
    ids: set[str] = field(default_factory=set)

    def text(self, value: str) -> str:
        """Text made safe for XML; removals are counted for one diagnostic per article."""
        cleaned, count = strip_forbidden(value)
        self.removed_characters += count
        return cleaned

    def new_id(self, preferred: str, fallback: str, *, page: int | None = None) -> str:
        """A valid XML ID not yet used in this file, reporting any change of ``preferred``."""
        base = safe_id(preferred, fallback) if preferred else fallback
        candidate, n = base, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{base}-{n}"
        self.ids.add(candidate)
        if preferred and candidate != preferred:
            self.log.add(
                RENAMED_ID,
                f"article {self.article.id}: id {preferred!r} exported as {candidate!r}",
                page=page,
            )
        return candidate

    def sub(self, parent: etree._Element, tag: str, text: str = "", **attrs: str) -> etree._Element:
        """A child element with cleaned text; attribute names use ``_`` for ``-``."""
        child = etree.SubElement(parent, tag)
        for name, value in attrs.items():
            if value:
                child.set(name.replace("_", "-"), self.text(value))
        if text:
            child.text = self.text(text)
        return child

    def page_label(self, page: int) -> str:
        """The printed folio of a page sequence number, or the number itself."""
        for candidate in self.issue.pages:
            if candidate.number == page and candidate.label.strip():
                return candidate.label.strip()
        return str(page)
