"""``front``: journal-meta from the journal facts, article-meta from the article and issue.

Element order follows the content models of both tag sets (Publishing 1.3 is the stricter);
what the model has no JATS element for (the printed byline, the dateline, the edition, the
printed date where ``pub-date`` cannot hold it) goes into ``custom-meta-group`` so that the
export loses nothing.
"""

from __future__ import annotations

from lxml import etree

from newslayout.model import (
    Byline,
    Contributor,
    Figure,
    JumpDirection,
    Role,
    article_pages,
    iter_blocks,
    word_count,
)
from newslayout.writers.jats.codes import GUESSED_NAME, MISSING_HEADLINE
from newslayout.writers.jats.context import ArticleContext
from newslayout.writers.jats.dates import PubDate
from newslayout.writers.jats.journal import Journal
from newslayout.writers.jats.names import NameStyle, person_name

#: JATS ``contrib-type`` per role: a correspondent writes the story, so is an author.
CONTRIB_TYPES: dict[Role, str] = {
    Role.AUTHOR: "author",
    Role.CORRESPONDENT: "author",
    Role.EDITOR: "editor",
    Role.PHOTOGRAPHER: "photographer",
}

#: ``<role>`` text; plain authors get none (it would only repeat ``contrib-type``).
ROLE_TEXT: dict[Role, str] = {
    Role.CORRESPONDENT: "Correspondent",
    Role.EDITOR: "Editor",
    Role.PHOTOGRAPHER: "Photographer",
}


def journal_meta(ctx: ArticleContext, parent: etree._Element, journal: Journal) -> None:
    """``journal-meta``: journal id and title, ISSN and publisher when known."""
    meta = etree.SubElement(parent, "journal-meta")
    if journal.journal_id:
        ctx.sub(meta, "journal-id", journal.journal_id, journal_id_type="publisher-id")
    if journal.title:
        group = etree.SubElement(meta, "journal-title-group")
        ctx.sub(group, "journal-title", journal.title)
    if journal.issn:
        ctx.sub(meta, "issn", journal.issn)
    if journal.publisher:
        publisher = etree.SubElement(meta, "publisher")
        ctx.sub(publisher, "publisher-name", journal.publisher)


def _categories(ctx: ArticleContext, parent: etree._Element, section: str) -> None:
    kicker = " ".join(ctx.article.kicker.split())
    if not (section or kicker):
        return
    categories = etree.SubElement(parent, "article-categories")
    for kind, value in (("section", section), ("kicker", kicker)):
        if value:
            group = ctx.sub(categories, "subj-group", subj_group_type=kind)
            ctx.sub(group, "subject", value)


def _title_group(ctx: ArticleContext, parent: etree._Element) -> None:
    article = ctx.article
    headline = " ".join(article.headline.split())
    if not headline:
        ctx.log.add(MISSING_HEADLINE, f"article {article.id} has no headline")
    group = etree.SubElement(parent, "title-group")
    ctx.sub(group, "article-title", headline)
    for deck in article.decks:
        if deck.strip():
            ctx.sub(group, "subtitle", " ".join(deck.split()), content_type="deck")
    if article.kicker.strip():
        ctx.sub(group, "alt-title", " ".join(article.kicker.split()), alt_title_type="kicker")


def _contrib(ctx: ArticleContext, group: etree._Element, person: Contributor) -> None:
    printed = " ".join(person.name.split())
    contrib = ctx.sub(group, "contrib", contrib_type=CONTRIB_TYPES[person.role])
    parts = person_name(person)
    if parts is None:
        ctx.sub(contrib, "string-name", printed)
    else:
        if parts.guessed:
            ctx.log.add(
                GUESSED_NAME,
                f"article {ctx.article.id}: {printed!r} exported as surname "
                f"{parts.surname!r}, given names {parts.given_names!r}",
            )
        alternatives = etree.SubElement(contrib, "name-alternatives")
        name = etree.SubElement(alternatives, "name")
        if parts.style is not NameStyle.WESTERN:
            name.set("name-style", parts.style.value)
        if parts.surname:
            ctx.sub(name, "surname", parts.surname)
        if parts.given_names:
            ctx.sub(name, "given-names", parts.given_names)
        if parts.suffix:
            ctx.sub(name, "suffix", parts.suffix)
        ctx.sub(alternatives, "string-name", printed)
    if person.role in ROLE_TEXT:
        ctx.sub(contrib, "role", ROLE_TEXT[person.role])


def _contrib_groups(
    ctx: ArticleContext, parent: etree._Element, bylines: tuple[Byline, ...]
) -> None:
    for byline in bylines:
        people = [c for c in byline.contributors if c.name.strip()]
        if not people:
            continue  # the printed byline alone goes to custom-meta
        group = ctx.sub(parent, "contrib-group", content_type="byline")
        for person in people:
            _contrib(ctx, group, person)


def _pub_date(ctx: ArticleContext, parent: etree._Element, date: PubDate | None) -> None:
    printed = " ".join(ctx.issue.meta.date_text.split())
    if date is None:
        return
    element = ctx.sub(parent, "pub-date", date_type="pub", iso_8601_date=date.iso)
    if date.day:
        ctx.sub(element, "day", date.day)
    if date.month:
        ctx.sub(element, "month", date.month)
    ctx.sub(element, "year", date.year)
    if printed and ctx.tag_set.string_date_in_pub_date:
        ctx.sub(element, "string-date", printed)


def _page_range(labels: list[str], pages: tuple[int, ...]) -> str:
    """ "1-2, 5" from sequence numbers, compressing runs of consecutive pages."""
    runs: list[tuple[int, int]] = []
    for index, page in enumerate(pages):
        if runs and page == pages[runs[-1][1]] + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return ", ".join(labels[a] if a == b else f"{labels[a]}-{labels[b]}" for a, b in runs)


def _pages(ctx: ArticleContext, parent: etree._Element, fpage_seq: str) -> None:
    pages = article_pages(ctx.article)
    if not pages:
        return
    labels = [ctx.page_label(p) for p in pages]
    ctx.sub(parent, "fpage", labels[0], seq=fpage_seq)
    if len(pages) > 1:
        ctx.sub(parent, "lpage", labels[-1])
        ctx.sub(parent, "page-range", _page_range(labels, pages))


def _related_articles(ctx: ArticleContext, parent: etree._Element) -> None:
    for jump in ctx.article.jumps:
        if jump.direction is JumpDirection.ON:
            other, label = jump.to_page, jump.to_label
        else:
            other, label = jump.from_page, jump.from_label
        ctx.sub(
            parent,
            "related-article",
            " ".join(jump.text.split()),
            related_article_type=jump.direction.value,
            # A page outside the file is named by its printed label ("A13").
            page=label.strip() if other is None else ctx.page_label(other),
        )


def _counts(ctx: ArticleContext, parent: etree._Element) -> None:
    figures = sum(isinstance(b, Figure) for b in iter_blocks(ctx.article.blocks))
    counts = etree.SubElement(parent, "counts")
    ctx.sub(counts, "fig-count", count=str(figures))
    pages = article_pages(ctx.article)
    if pages:
        ctx.sub(counts, "page-count", count=str(len(pages)))
    ctx.sub(counts, "word-count", count=str(word_count(ctx.article)))


def _custom_meta(ctx: ArticleContext, parent: etree._Element) -> None:
    meta = ctx.issue.meta
    pairs = [("printed-byline", b.printed) for b in ctx.article.bylines]
    pairs.append(("dateline", ctx.article.dateline))
    pairs.append(("edition", meta.edition))
    if not ctx.tag_set.string_date_in_pub_date:
        pairs.append(("printed-date", meta.date_text))
    pairs = [(name, " ".join(value.split())) for name, value in pairs if value.strip()]
    if not pairs:
        return
    group = etree.SubElement(parent, "custom-meta-group")
    for name, value in pairs:
        item = etree.SubElement(group, "custom-meta")
        ctx.sub(item, "meta-name", name)
        ctx.sub(item, "meta-value", value)


def article_meta(
    ctx: ArticleContext,
    parent: etree._Element,
    *,
    section: str,
    date: PubDate | None,
    fpage_seq: str,
) -> None:
    """``article-meta`` in the order both tag sets' content models require."""
    meta = etree.SubElement(parent, "article-meta")
    ctx.sub(meta, "article-id", ctx.article.id, pub_id_type="publisher-id")
    _categories(ctx, meta, section)
    _title_group(ctx, meta)
    _contrib_groups(ctx, meta, ctx.article.bylines)
    _pub_date(ctx, meta, date)
    if ctx.issue.meta.volume.strip():
        ctx.sub(meta, "volume", ctx.issue.meta.volume.strip())
    if ctx.issue.meta.number.strip():
        ctx.sub(meta, "issue", ctx.issue.meta.number.strip())
    _pages(ctx, meta, fpage_seq)
    _related_articles(ctx, meta)
    _counts(ctx, meta)
    _custom_meta(ctx, meta)
