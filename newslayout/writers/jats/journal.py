"""The journal-level facts of an export, checked once before any article is written.

JATS describes a journal; a newspaper is one, with its title as the journal title. The ISSN and
the publisher are never guessed: they come from the options (``--issn``, ``--publisher``) or
are absent. When the chosen tag set requires a value that is absent (Publishing 1.3 requires an
ISSN and a journal id), the export refuses with a :class:`~newslayout.errors.UsageError` naming
the option that supplies it, so that a strict export never writes a file its DTD rejects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslayout.diagnostics import Log
from newslayout.errors import UsageError
from newslayout.model import Issue
from newslayout.options import WriteOptions
from newslayout.writers.jats.codes import MISSING_PUBLISHER
from newslayout.writers.jats.tagsets import TagSet

_ISSN = re.compile(r"^(\d{4})-?(\d{3}[\dX])$")
_SLUG_GAPS = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Journal:
    """What ``journal-meta`` says; empty strings are left out of the XML."""

    journal_id: str
    title: str
    issn: str
    publisher: str


def issn_check_digit(digits: str) -> str:
    """The ISSN check character for the first seven digits (ISO 3297: mod 11, "X" for 10)."""
    total = sum(int(d) * weight for d, weight in zip(digits, range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def normalize_issn(raw: str) -> str:
    """``raw`` as ``NNNN-NNNC``, or a usage error when it is not a valid ISSN."""
    text = raw.strip().upper().replace(" ", "")
    match = _ISSN.match(text)
    if match is None:
        raise UsageError(
            f"WriteOptions.issn {raw!r} is not an ISSN",
            hint="write it as NNNN-NNNN",
            parameters=("WriteOptions.issn",),
        )
    first, last = match.groups()
    expected = issn_check_digit(first + last[:3])
    if last[3] != expected:
        raise UsageError(
            f"WriteOptions.issn {raw!r} has a wrong check digit (expected {expected})",
            hint="copy the ISSN again from the publication's masthead or the ISSN portal",
            parameters=("WriteOptions.issn",),
        )
    return f"{first}-{last}"


def slug(text: str) -> str:
    """A journal id from the publication title: "The Harbor Ledger" -> "the-harbor-ledger"."""
    return _SLUG_GAPS.sub("-", text.casefold()).strip("-")


def resolve_journal(issue: Issue, options: WriteOptions, tag_set: TagSet, log: Log) -> Journal:
    """The journal facts for ``issue``; refuses when ``tag_set`` requires one that is absent."""
    title = " ".join(issue.meta.publication.split())
    journal_id = (options.journal_id or "").strip() or slug(title)
    issn = normalize_issn(options.issn) if options.issn and options.issn.strip() else ""
    publisher = " ".join((options.publisher or "").split())
    if tag_set.requires_issn and not issn:
        raise UsageError(
            f"JATS {tag_set.name} requires an ISSN in journal-meta and newslayout never "
            "invents one",
            hint="give it with WriteOptions.issn NNNN-NNNN, or export with "
            "WriteOptions.tag_set archiving-1.1, which does not require one",
            parameters=("WriteOptions.issn", "WriteOptions.tag_set"),
        )
    if tag_set.requires_journal_id and not journal_id:
        raise UsageError(
            f"JATS {tag_set.name} requires a journal id and the issue has no publication "
            "title to derive one from",
            hint="give it with WriteOptions.journal_id",
            parameters=("WriteOptions.journal_id",),
        )
    if not publisher:
        log.add(
            MISSING_PUBLISHER,
            "journal-meta has no publisher; give one with WriteOptions.publisher",
        )
    return Journal(journal_id=journal_id, title=title, issn=issn, publisher=publisher)
