"""The JATS tag sets the export can target, and what each one requires.

A tag set is more than a DOCTYPE line: Publishing 1.3 requires an ISSN and a journal id in
``journal-meta`` and a title in every ``sec``; Archiving 1.1 requires none of these but fixes
``dtd-version`` to "1.1". Keeping those facts in one table lets the export check them before it
writes anything, and lets the docs and tests name them.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslayout.errors import UsageError


@dataclass(frozen=True, slots=True, kw_only=True)
class TagSet:
    """One JATS tag set.

    Attributes:
        name: the option value (``--tag-set``), e.g. ``publishing-1.3``.
        title: the tag set's name for people.
        dtd_version: the ``dtd-version`` attribute of ``<article>``.
        public_id: the formal public identifier of the DOCTYPE.
        system_id: the DTD file name of the DOCTYPE, as the NISO/NCBI XML catalogs map it.
        requires_issn: ``journal-meta`` needs at least one ``issn``.
        requires_journal_id: ``journal-meta`` needs at least one ``journal-id``.
        string_date_in_pub_date: ``pub-date`` may hold the printed date as ``string-date``.
    """

    name: str
    title: str
    dtd_version: str
    public_id: str
    system_id: str
    requires_issn: bool
    requires_journal_id: bool
    string_date_in_pub_date: bool

    @property
    def doctype(self) -> str:
        """The DOCTYPE declaration written at the top of every exported file."""
        return f'<!DOCTYPE article PUBLIC "{self.public_id}" "{self.system_id}">'


PUBLISHING_1_3 = TagSet(
    name="publishing-1.3",
    title="Journal Publishing 1.3 (ANSI/NISO Z39.96-2021), MathML 3",
    dtd_version="1.3",
    public_id="-//NLM//DTD JATS (Z39.96) Journal Publishing DTD with MathML3 v1.3 20210610//EN",
    system_id="JATS-journalpublishing1-3-mathml3.dtd",
    requires_issn=True,
    requires_journal_id=True,
    string_date_in_pub_date=False,
)

ARCHIVING_1_1 = TagSet(
    name="archiving-1.1",
    title="Archiving and Interchange 1.1 (ANSI/NISO Z39.96-2015)",
    dtd_version="1.1",
    public_id="-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.1 20151215//EN",
    system_id="JATS-archivearticle1.dtd",
    requires_issn=False,
    requires_journal_id=False,
    string_date_in_pub_date=True,
)

TAG_SETS: tuple[TagSet, ...] = (PUBLISHING_1_3, ARCHIVING_1_1)
DEFAULT_TAG_SET = PUBLISHING_1_3


def resolve_tag_set(name: str | None) -> TagSet:
    """The tag set called ``name`` (default Publishing 1.3), or a usage error naming both."""
    if not name:
        return DEFAULT_TAG_SET
    for tag_set in TAG_SETS:
        if tag_set.name == name.strip().lower():
            return tag_set
    names = " or ".join(t.name for t in TAG_SETS)
    raise UsageError(
        f"unknown JATS tag set {name!r}",
        hint=f"use WriteOptions.tag_set {names}",
        parameters=("WriteOptions.tag_set",),
    )
