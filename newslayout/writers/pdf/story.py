"""The model -> flowables: one function per block kind, dispatched with ``match``.

An article becomes a header (kicker, headline, deck, and its lead photo, all set across the
article's columns) and a body (bylines, then blocks, set in single columns). Source jump lines
are not reprinted: the writer makes its own where its layout breaks the story.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, assert_never

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from newslayout.model import (
    Article,
    Block,
    Figure,
    ListBlock,
    Paragraph,
    PullQuote,
    Run,
    Runs,
    Sidebar,
    Subhead,
)
from newslayout.writers.pdf.flowables import Boxed, FigureFlowable
from newslayout.writers.pdf.images import ImageStore, picture_name
from newslayout.writers.pdf.markup import escape_text
from newslayout.writers.pdf.typeset import TypeSet

#: Space (in body sizes) between a pull quote and a photo right under it: more than a reader
#: looks for a caption in, so the attribution is not read as the photo's caption.
QUOTE_PHOTO_GAP = 2.8

#: Headline roles by importance.
LEAD, STANDARD, MINOR = "headline_lead", "headline", "headline_minor"


@dataclass(slots=True)
class ArticleStory:
    """An article prepared for layout: which figure leads it, and its body flowables."""

    article: Article
    lead_figure: Figure | None
    body: list[Any]
    #: The lead photo's width in the source, as a share of the source page's width (source
    #: pagination: the photo keeps its importance); None: the style's rule.
    lead_share: float | None = None


def lead_figure_of(article: Article) -> Figure | None:
    """A figure among the first two blocks leads the article (set across its columns)."""
    for block in article.blocks[:2]:
        if isinstance(block, Figure):
            return block
    return None


def figure_flowable(figure: Figure, ts: TypeSet, images: ImageStore) -> FigureFlowable:
    """A figure with its image (or a placeholder), caption and right-aligned credit."""
    image = images.image_for(figure)
    caption = ts.runs("caption", figure.caption) if figure.caption else None
    # As printed ("Photo: Post archive"): a bare "Post archive" over a caption reads as the
    # caption's first words, while the printed wording says what the line is.
    credit_text = figure.credit_printed or figure.credit
    credit = ts.paragraph("credit", credit_text) if credit_text else None
    aspect = None
    graphic = figure.graphic
    if graphic is not None and graphic.width and graphic.height:
        aspect = graphic.height / graphic.width
    return FigureFlowable(image, caption, credit, aspect=aspect, name=picture_name(figure))


#: A letter's signature: "— Name, Place" ending its paragraph, at most this long (it must
#: fit a narrow column's line), the name in bold.
SIGNATURE_MAX = 32
_NBSP = "\u00a0"


def _reads_as_signature(tail: str) -> bool:
    """Whether the words after a closing dash read as a signature set in roman ("Peter
    Reyes, North Gull"): every word capitalised, no sentence end (a quoted aside does)."""
    words = tail.replace(",", " ").split()
    if not words or tail.rstrip()[-1:] in '.!?"\u201d)':
        return False
    return all(word[:1].isupper() for word in words)


def signed(runs: Runs) -> Runs:
    """The runs with a closing signature ("— Colm Ruddy, Gull Hill") tied by no-break spaces,
    so it is never broken across lines ("Quay / Street" reads as two signatures). Only the
    printed text's spaces change; the issue's text is untouched."""
    text = "".join(run.text for run in runs)
    dash = text.rfind("\u2014")
    if dash < 0 or len(text) - dash > SIGNATURE_MAX or dash < len(text) // 3:
        return runs
    if not any(run.bold for run in runs[-3:]) and not _reads_as_signature(text[dash + 1 :]):
        return runs
    out: list[Run] = []
    position = 0
    for run in runs:
        start, end = position, position + len(run.text)
        position = end
        if end <= dash:
            out.append(run)
            continue
        cut = max(0, dash - start)
        head, tail = run.text[:cut], run.text[cut:]
        # the line may break after the name's comma ("Marguerite Anand, / Cliff Road"),
        # never inside the name or the place
        tied = tail.replace(", ", ",\x00").replace(" ", _NBSP).replace(",\x00", ", ")
        if tied.startswith("\u2014" + _NBSP):  # the dash may end a line: a tied name
            tied = "\u2014 " + tied[2:]  # hanging on it would leave the line above loose
        out.append(dataclasses.replace(run, text=head + tied))
    return tuple(out)


def _first_paragraph_with_dateline(article: Article, block: Paragraph, ts: TypeSet) -> Any:
    """The story's opening paragraph: not indented, led by the dateline in bold."""
    dateline = article.dateline.strip()
    if not dateline or block.text.lstrip().startswith(dateline):
        return ts.runs("body", signed(block.runs), firstLineIndent=0)
    prefix = f"<b>{escape_text(dateline, ts.face_of('body'))}</b> "
    return ts.runs("body", signed(block.runs), prefix=prefix, firstLineIndent=0)


#: The space after a list item's mark, in ems (ReportLab's own bullet gap).
BULLET_GAP = 0.6


def list_flowable(block: ListBlock, ts: TypeSet, role: str) -> Boxed:
    """A list set as a unit, each item with a hanging indent: its number or bullet in the
    margin the indent leaves, every line of its text aligned after it (ReportLab's own
    bullets, in the body face)."""
    marks = [f"{n}." if block.ordered else "\u2022" for n in range(1, len(block.items) + 1)]
    face, size = ts.face_of(role), float(ts.font_of(role).size)
    # ReportLab sets an item's text 0.6 em after its mark at least: the indent leaves that
    indent = max(stringWidth(m, face, size) for m in marks) + BULLET_GAP * size
    items = [
        ts.runs(
            role,
            item.runs,
            bullet=mark,
            firstLineIndent=0,
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=face,
            bulletFontSize=size,
            spaceAfter=1,
        )
        for mark, item in zip(marks, block.items, strict=True)
    ]
    return Boxed(items, mode="list", padding=0)


def body_size(ts: TypeSet) -> float:
    """The body text's type size in this style."""
    return float(ts.font_of("body").size)


def block_flowables(
    block: Block, ts: TypeSet, images: ImageStore, *, inner: bool = False
) -> list[Any]:
    """Flowables for one block; ``inner`` sets text in the sidebar's smaller face."""
    body = "sidebar_body" if inner else "body"
    match block:
        case Paragraph():
            return [ts.runs(body, signed(block.runs))] if block.runs else []
        case Subhead():
            return [ts.paragraph("subhead", block.text, keepWithNext=1)]
        case Figure():
            return [figure_flowable(block, ts, images)]
        case PullQuote():
            inside: list[Any] = [ts.runs("pull_quote", block.runs)]
            if block.attribution:
                attribution = f"\u2014 {block.attribution}"
                # Never far below body size: a reader takes tiny print for page apparatus.
                size = max(ts.font_of("pull_quote_attribution").size, 0.8 * body_size(ts))
                inside.append(
                    ts.paragraph(
                        "pull_quote_attribution", attribution, fontSize=size, leading=1.2 * size
                    )
                )
            return [Boxed(inside, mode="rules", padding=5)]
        case ListBlock():
            return [list_flowable(block, ts, body)] if block.items else []
        case Sidebar():
            content: list[Any] = []
            if block.title:
                content.append(ts.paragraph("sidebar_title", block.title))
            for child in block.blocks:
                content.extend(block_flowables(child, ts, images, inner=True))
            return [Boxed(content, mode="box")] if content else []
        case _:
            assert_never(block)


#: A photo at least this share of its source page wide leads its story (set across the top).
WIDE_SHARE = 0.35


def wide_figure(article: Article, page_widths: dict[int, float]) -> tuple[Figure, float] | None:
    """The article's widest photo in the source and its share of the page width, when it is
    wide enough to lead the story (a photo run across several columns)."""
    best: tuple[Figure, float] | None = None
    for block in article.blocks:
        if not isinstance(block, Figure):
            continue
        for span in block.spans:
            width = page_widths.get(span.page or 0)
            if span.box is None or not width:
                continue
            share = min(1.0, (span.box.x1 - span.box.x0) / (0.92 * width))
            if share >= WIDE_SHARE and (best is None or share > best[1]):
                best = (block, share)
    return best


def _ran_narrow(figure: Figure) -> bool:
    """Whether the source printed the figure (narrower than a wide photo): it has a box."""
    return any(span.box is not None for span in figure.spans)


def article_story(
    article: Article,
    ts: TypeSet,
    images: ImageStore,
    *,
    wide: tuple[Figure, float] | None = None,
    follow_source: bool = False,
) -> ArticleStory:
    """An article's lead figure and body flowables (bylines first, dateline in paragraph 1).

    ``wide``: a photo the source ran wide, and its share of the page: it leads the story.
    ``follow_source``: a photo the source ran narrow (one column) stays in the text at a
    column's width rather than being spread across the story's columns.
    """
    lead = wide[0] if wide is not None else lead_figure_of(article)
    if wide is None and follow_source and lead is not None and _ran_narrow(lead):
        lead = None
    body: list[Flowable] = []
    for byline in article.bylines:
        if byline.printed.strip():
            body.append(ts.paragraph("byline", byline.printed, keepWithNext=1))
    first_paragraph = True
    blocks = [b for b in article.blocks if b is not lead]
    # A fact box runs at the end of its story, as a unit: set in the middle of the text it
    # splits a column into text / box / text, which readers (people and our PDF reader)
    # take for two stories.
    blocks = [b for b in blocks if not isinstance(b, Sidebar)] + [
        b for b in blocks if isinstance(b, Sidebar)
    ]
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph) and first_paragraph:
            first_paragraph = False
            if block.runs:
                body.append(_first_paragraph_with_dateline(article, block, ts))
            continue
        flows = block_flowables(block, ts, images)
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, PullQuote) and isinstance(following, Figure):
            # A quote's attribution set right on top of a photo reads as its caption.
            for flow in flows:
                flow.spaceAfter = max(flow.spaceAfter, QUOTE_PHOTO_GAP * body_size(ts))
        body.extend(flows)
    if first_paragraph and article.dateline:
        body.append(ts.paragraph("dateline", article.dateline))
    share = wide[1] if wide is not None else None
    return ArticleStory(article=article, lead_figure=lead, body=body, lead_share=share)


def header_flowables(
    story: ArticleStory, ts: TypeSet, images: ImageStore, *, importance: str
) -> list[Any]:
    """Kicker, headline, deck (and the lead figure) for the article's first part."""
    article = story.article
    out: list[Any] = []
    if article.kicker:
        out.append(ts.paragraph("kicker", article.kicker))
    out.append(ts.paragraph(importance, article.headline or "\u2014"))
    if article.deck:
        out.append(ts.paragraph("deck", article.deck))
    if story.lead_figure is not None:
        out.append(figure_flowable(story.lead_figure, ts, images))
    return out


def jump_head_flowables(story: ArticleStory, ts: TypeSet) -> list[Any]:
    """The short head over a continuation: the headline, smaller."""
    return [ts.paragraph("jump_head", story.article.headline or "\u2014")]
