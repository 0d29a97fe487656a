"""The born-digital newspaper PDF reader: ``read_pdf(source, *, options, log) -> Issue``.

One folder per stage, in pipeline order (see docs/pdf-reader.md):

1. ``s1_extract``: pages -> words, images, drawn rules and shades (the only pdfplumber user);
2. ``s2_layout``: words -> regions in reading order -> text blocks;
3. ``s3_classify``: every block gets a role from the ordered rule table;
4. ``s4_assemble``: roles -> article parts per page -> drafts threaded across pages;
5. ``s5_compose``: drafts -> model articles, pages and issue metadata.

``types`` holds the typed values the stages hand one another. Importing this package declares
every diagnostic code of the PDF reader.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newslayout.cues.language import detect_language
from newslayout.diagnostics import Log
from newslayout.model import Asset, Figure, Issue, IssueMeta, Page
from newslayout.options import ReadOptions
from newslayout.readers.builder.ids import article_id
from newslayout.readers.builder.jumps import jumps_leaving_file
from newslayout.readers.builder.teasers import resolve_teaser, settle_target
from newslayout.readers.pdf.params import ClassifySettings, LayoutSettings
from newslayout.readers.pdf.s1_extract import extract as _extract
from newslayout.readers.pdf.s1_extract.drop_caps import join_drop_caps
from newslayout.readers.pdf.s1_extract.extract import extract_pages
from newslayout.readers.pdf.s1_extract.images import extension
from newslayout.readers.pdf.s1_extract.words import join_touching
from newslayout.readers.pdf.s2_layout.blocks import page_blocks
from newslayout.readers.pdf.s2_layout.columns import body_size, page_regions
from newslayout.readers.pdf.s3_classify.caption_limits import join_lead_ins
from newslayout.readers.pdf.s3_classify.classify import PageContext, classify_page
from newslayout.readers.pdf.s3_classify.photo_titles import photo_titles
from newslayout.readers.pdf.s3_classify.rules import RULES
from newslayout.readers.pdf.s3_classify.run_in_leads import join_run_in_leads
from newslayout.readers.pdf.s3_classify.weighed import reweigh
from newslayout.readers.pdf.s4_assemble import assemble as _assemble
from newslayout.readers.pdf.s4_assemble import thread as _thread
from newslayout.readers.pdf.s4_assemble.adverts import drop_adverts
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart, assemble_page
from newslayout.readers.pdf.s4_assemble.banner_decks import banner_decks
from newslayout.readers.pdf.s4_assemble.bar_rules import bar_rules
from newslayout.readers.pdf.s4_assemble.deck_runons import deck_runons
from newslayout.readers.pdf.s4_assemble.photo_kickers import photo_kickers
from newslayout.readers.pdf.s4_assemble.thread import thread_parts
from newslayout.readers.pdf.s5_compose import refers as _refers
from newslayout.readers.pdf.s5_compose.compose import compose_article
from newslayout.readers.pdf.s5_compose.metadata import (
    issue_meta,
    page_furniture,
    page_teasers,
)
from newslayout.readers.pdf.s5_compose.normalize import dehyphenator_for
from newslayout.readers.pdf.s5_compose.refers import (
    refer_pointer,
    split_figure_refers,
    split_refers,
)
from newslayout.readers.pdf.types import (
    ClassifiedBlock,
    ImageRef,
    Line,
    PageContent,
    Picture,
    TextBlock,
)

__all__ = ["RULES", "page_context", "read_pdf"]

# Modules that declare diagnostic codes (imported for their side effect of declaring them).
_CODE_MODULES = (_extract, _assemble, _thread, _refers)


def _stem(source: Path | bytes, options: ReadOptions) -> str:
    if options.source_name:
        return Path(options.source_name).stem or "issue"
    if isinstance(source, Path):
        return source.stem or "issue"
    return "issue"


def page_context(
    content: PageContent, body: float, layout: LayoutSettings, settings: ClassifySettings
) -> PageContext:
    """Stages 2 and the evidence of 3 for one extracted page: its text blocks in reading
    order and its pictures, with what the classification rules may look at."""
    words = join_drop_caps(join_touching(content.words))
    regions = page_regions(words, content.images, content.rules, body, layout)
    items = page_blocks(regions, body, content.shades, layout)
    return PageContext(
        page=content.number,
        width=content.width,
        height=content.height,
        body=body,
        blocks=tuple(b for b in items if isinstance(b, TextBlock)),
        pictures=tuple(b for b in items if isinstance(b, Picture)),
        rules=tuple(content.rules),
        settings=settings,
    )


def read_pdf(source: Path | bytes, *, options: ReadOptions, log: Log) -> Issue:
    """Read a born-digital newspaper PDF into the issue model."""
    if isinstance(source, str):
        source = Path(source)
    # A bad setting fails before anything is read.
    layout = LayoutSettings.resolve(options.layout)
    settings = ClassifySettings.resolve(options.classify)
    contents = extract_pages(source, options=options, log=log)
    body = body_size([w for page in contents for w in page.words])
    stem = _stem(source, options)

    pages: list[Page] = []
    parts: list[ArticlePart] = []
    classified_all: list[ClassifiedBlock] = []
    lines: list[Line] = []
    for content in contents:
        ctx = page_context(content, body, layout, settings)
        pictures = ctx.pictures
        lines.extend(line for b in ctx.blocks for line in b.lines)
        classified = photo_titles(
            join_run_in_leads(
                join_lead_ins(
                    reweigh(
                        classify_page(ctx, RULES, options.disabled_rules), ctx, settings.weighed
                    ),
                    ctx,
                ),
                ctx,
            ),
            ctx,
        )
        classified_all.extend(classified)
        parts.extend(
            photo_kickers(
                banner_decks(
                    deck_runons(
                        assemble_page(
                            classified,
                            pictures,
                            page=content.number,
                            body=body,
                            log=log,
                            rules=(*content.rules, *bar_rules(content.bars, content.words)),
                            turned=content.turned,
                        )
                    )
                )
            )
        )
        label, furniture = page_furniture(classified, content.number, content.height)
        pages.append(
            Page(
                number=content.number,
                label=label or str(content.number),
                width=content.width or None,
                height=content.height or None,
                teasers=page_teasers(classified, content.number, body),
                furniture=furniture,
            )
        )

    language = detect_language(line.text for line in lines) or IssueMeta().language
    dehyphenator = dehyphenator_for(lines, language)
    assets: list[Asset] = []
    counters: dict[int, int] = {}

    def name_image(page: int, image: ImageRef) -> tuple[str, str]:
        counters[page] = counters.get(page, 0) + 1
        if not image.data:
            return "", ""
        href = f"{stem}-images/p{page}-{counters[page]}.{extension(image.media_type)}"
        assets.append(Asset(href=href, data=image.data, media_type=image.media_type))
        return href, image.media_type

    drafts = drop_adverts(
        thread_parts(parts, log), body, lambda text: refer_pointer(text) is not None, log
    )
    composed = [
        compose_article(d, article_id(i), dehyphenator, name_image) for i, d in enumerate(drafts, 1)
    ]
    stories, refers = split_refers(composed, [p.number for p in pages], log)
    if refers:  # ids run on without gaps: compose the stories again under their final ids
        assets.clear()
        counters.clear()
        keep = {id(a) for a in stories}
        kept = [d for d, a in zip(drafts, composed, strict=True) if id(a) in keep]
        stories = tuple(
            compose_article(d, article_id(i), dehyphenator, name_image)
            for i, d in enumerate(kept, 1)
        )
    numbers = [p.number for p in pages]
    articles, thumbnails = split_figure_refers(stories, numbers, log)
    hrefs = {
        b.graphic.href for a in articles for b in a.blocks if isinstance(b, Figure) and b.graphic
    }
    assets = [a for a in assets if a.href in hrefs]  # a refer's thumbnail left out with it
    in_file = set(numbers)
    articles = tuple(jumps_leaving_file(a, in_file) for a in articles)
    pages = [
        dataclasses.replace(
            p,
            teasers=tuple(
                resolve_teaser(settle_target(t, numbers), articles)
                for t in (*p.teasers, *refers.get(p.number, ()), *thumbnails.get(p.number, ()))
            ),
        )
        for p in pages
    ]
    source_name = options.source_name or (source.name if isinstance(source, Path) else "")
    front_height = (pages[0].height or 0.0) if pages else 0.0
    return Issue(
        meta=dataclasses.replace(
            issue_meta(classified_all, source_name, front_height),
            language=language,
        ),
        pages=tuple(pages),
        articles=articles,
        assets=tuple(assets),
    )
