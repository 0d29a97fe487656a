"""The print-style newspaper PDF writer (ReportLab).

``write_pdf`` typesets an issue in a print style: it plans every page (pass one,
:mod:`.layout`), then draws them with real page numbers in the jump lines and teasers (pass
two, :mod:`.document`). Only this package imports ReportLab. Importing it declares every
diagnostic code of the writer.
"""

from __future__ import annotations

from collections.abc import Callable

from newslayout.diagnostics import Log
from newslayout.model import Issue
from newslayout.options import WriteOptions
from newslayout.styles import load_style

# imported for the diagnostic codes they declare
from newslayout.writers.pdf import adverts, columns, furniture, hyphenate, images  # noqa: F401
from newslayout.writers.pdf.adverts import news_only
from newslayout.writers.pdf.digest import DigestSetter, digest_wanted
from newslayout.writers.pdf.document import Renderer
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.furniture import (
    TEASER_UNRESOLVED,
    PageFurniture,
    TeaserItem,
    match_teaser,
)
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.images import ImageStore
from newslayout.writers.pdf.layout import Plan, Planner
from newslayout.writers.pdf.pagination import source_pages
from newslayout.writers.pdf.story import article_story, wide_figure
from newslayout.writers.pdf.typeset import TypeSet

__all__ = ["write_pdf"]


def write_pdf(
    issue: Issue,
    *,
    options: WriteOptions,
    log: Log,
    on_plan: Callable[[Plan], None] | None = None,
) -> bytes:
    """Typeset ``issue`` as a newspaper in ``options.style``; same input, same bytes.

    ``on_plan`` is given the final page plan before drawing (measures such as
    :func:`.jumps.jump_figures` read it).
    """
    style = load_style(options.style)
    issue = news_only(issue, options.adverts, log)
    register_fonts()
    language = style.language or issue.meta.language or "en"
    hyphenator = hyphenator_for(language, log) if style.hyphenate else None
    ts = TypeSet(style, hyphenator, language)
    store = ImageStore(issue, options.base_dir, log)
    pages_of = source_pages(issue, options.pagination)
    widths = {page.number: page.width for page in issue.pages if page.width}
    stories = [
        article_story(
            article,
            ts,
            store,
            wide=wide_figure(article, widths) if pages_of else None,
            follow_source=pages_of is not None,
        )
        for article in issue.articles
    ]
    headlines = [(s.article.id, s.article.headline) for s in stories]
    teasers: list[TeaserItem] = []
    for teaser in issue.pages[0].teasers if issue.pages else ():
        story = match_teaser(teaser, headlines)
        if story is None:
            # A promo pointing nowhere would send readers to a page that does not have it.
            log.add(TEASER_UNRESOLVED, f"teaser {teaser.text!r} matches no article", page=1)
            continue
        teasers.append(TeaserItem(teaser, story))
    furn = PageFurniture(issue, style, ts)
    page_top = style.page.margin_top
    bottom = style.page.dimensions[1] - style.page.margin_bottom
    while True:
        # The strip's height moves stories, so plan, then drop teasers for stories that landed
        # on the front page itself (a teaser points inside) and plan again. The set only
        # shrinks, so this ends; only the final plan's diagnostics are kept.
        trial = Log()
        plan = Planner(style, ts, store, stories, trial).plan(
            front_top=page_top + furn.masthead_height(teasers),
            inner_top=page_top + furn.running_head_height(),
            bottom=bottom,
            pages_of=pages_of,
        )
        inside = [t for t in teasers if t.story is None or plan.first_page.get(t.story) != 1]
        if len(inside) == len(teasers):
            break
        teasers = inside
    log.extend(trial)
    # the holes left once every story is placed get a digest of the issue's other stories
    if digest_wanted(options.digest):
        DigestSetter(style, ts, stories, language).fill(plan)
    if on_plan is not None:
        on_plan(plan)
    renderer = Renderer(
        issue, style, ts, stories, furn, teasers, follow_source=pages_of is not None
    )
    return renderer.render(plan)
