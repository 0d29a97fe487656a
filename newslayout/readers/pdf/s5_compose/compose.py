"""Drafts -> model articles: paragraphs joined across column and page breaks, figures, jumps.

A paragraph runs on into the next body block of the article when that block starts a new
column (or page) without an indent and the previous one ended in a line-end hyphen or with
no room left for the next word. Pull quotes, figures and jump lines between the two pieces do
not end the paragraph; a subhead does. The joined paragraph keeps one span per piece.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import reduce

from newslayout.cues import (
    parse_credit_line,
    parse_jump,
    parse_signature,
    split_credit,
    strip_separator,
)
from newslayout.cues.sentences import clean, ends_sentence, starts_lower
from newslayout.geometry import Box
from newslayout.model import (
    Article,
    Block,
    Byline,
    Figure,
    Graphic,
    Jump,
    Paragraph,
    PullQuote,
    Span,
    Subhead,
    normalize_runs,
    plain_runs,
)
from newslayout.readers.builder.bylines import byline_of, names_new_writers, with_titles
from newslayout.readers.builder.datelines import dateline_of
from newslayout.readers.builder.ids import figure_id
from newslayout.readers.builder.paragraphs import OpenParagraph
from newslayout.readers.pdf.s2_layout.blocks import FLUSH_PT, SHORT_PT
from newslayout.readers.pdf.s3_classify.bylines import unbroken_text
from newslayout.readers.pdf.s3_classify.heads import split_head
from newslayout.readers.pdf.s3_classify.portrait_names import HEADSHOT_RULE
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.end_bylines import end_byline, end_byline_groups
from newslayout.readers.pdf.s4_assemble.figure_drafts import FigureDraft
from newslayout.readers.pdf.s4_assemble.signatures import split_tail_signature
from newslayout.readers.pdf.s4_assemble.thread import Draft, block_key, direction_of
from newslayout.readers.pdf.s5_compose.normalize import Joiner, lines_text, lines_to_runs
from newslayout.readers.pdf.s5_compose.tables import table_rows
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock, ImageRef, TextBlock

DASHES = ("\u2014", "\u2013", "\u2015")
#: Names an image: ``(page, image) -> (href, media_type)``.
ImageNamer = Callable[[int, ImageRef], tuple[str, str]]


def span_of(page: int, box: Box) -> Span:
    """Provenance for a box on a page, rounded to 0.01 pt."""
    return Span(page=page, box=Box.rounded(box.x0, box.top, box.x1, box.bottom))


#: A paragraph open to a continuation: its text blocks, one span each.
_OpenParagraph = OpenParagraph[TextBlock]


def runs_on(prev: TextBlock, nxt: TextBlock, *, under_heading: bool = False) -> bool:
    """Whether a paragraph ending ``prev`` continues at the start of ``nxt``.

    Text cues first: a piece that starts in lower case continues one; a piece that stops
    without closing punctuation ("ing, and") was cut by a column or page break. Then layout:
    an indent or a gap starts a paragraph, a line-end hyphen or a full last line runs on.
    ``under_heading`` says the block right above ``nxt`` in its column is no body text (a
    "Continued from page 2" line, a jump head, a caption): the gap under it separates a
    heading from its text, so it is no evidence of a new paragraph.
    """
    if prev.region == nxt.region:
        return False
    if starts_lower(nxt.text):
        return True
    if nxt.indented or (nxt.gap_before and not under_heading):
        return False
    if prev.hyphen_end or not ends_sentence(prev.text):
        return True
    if short_justified_end(prev):
        return False
    first = nxt.lines[0].words[0]
    return prev.free_end <= (first.x1 - first.x0) + 0.3 * prev.size


def under_headings(part: ArticlePart) -> set[int]:
    """The ``order`` of each body block of ``part`` whose nearest block above in its region
    (among the part's own blocks: opener, header blocks, items, captions) is no body text.

    A gap measured above such a block is the space under a heading, not between paragraphs.
    """
    blocks: list[ClassifiedBlock] = [
        *((part.opener,) if part.opener is not None else ()),
        *part.kickers,
        *part.decks,
        *part.bylines,
    ]
    for item in part.items:
        if isinstance(item, FigureDraft):
            blocks.extend((*item.captions, *item.credits))
        else:
            blocks.append(item)
    blocks.sort(key=lambda c: c.block.order)
    out: set[int] = set()
    above: dict[Box, BlockRole] = {}
    for c in blocks:
        region = c.block.region
        if c.role is BlockRole.BODY and above.get(region, BlockRole.BODY) is not BlockRole.BODY:
            out.add(c.block.order)
        above[region] = c.role
    return out


def short_justified_end(block: TextBlock) -> bool:
    """Whether a justified block (3 lines or more) ends in a short line: its paragraph ended
    there, however much room the next column's first word needs."""
    lines = block.lines
    if len(lines) < 3:
        return False
    ends = sorted(line.x1 for line in lines[:-1])
    edge = ends[len(ends) // 2]  # the median: a line hung into the margin does not move it
    flush = all(x >= edge - FLUSH_PT for x in ends)
    return flush and edge - lines[-1].x1 > SHORT_PT


def _attribution_of(
    blocks: list[Block | _OpenParagraph], quote: TextBlock | None, block: TextBlock
) -> bool:
    """Whether ``block`` is the attribution of the pull quote just before it: a short line
    opening with a dash right under the quote, in its region ("— Lena Marsh, organiser")."""
    last = blocks[-1] if blocks else None
    if quote is None or not isinstance(last, PullQuote) or last.attribution:
        return False
    text = clean(block.text)
    gap = block.box.top - quote.box.bottom
    return (
        text.startswith(DASHES)
        and len(text.split()) <= 12
        and block.region == quote.region
        and -1.0 <= gap <= 2.0 * quote.size
    )


def figure_credit(fig: FigureDraft, caption: str) -> tuple[str, str, str]:
    """(caption, credit, credit as printed). A credit wrapped onto a line of its own is read
    whole: the caption's "... engineer. Foto:" or "Photo: Nils" and "Biex" under it, or
    "Ana Ruiz / Harbor" and "Ledger" on two lines; a credit line that reads as a credit on
    its own ("REUTERS") stands for itself."""
    credit, printed = "", ""
    split = split_credit(caption) if caption else None
    whole_caption = caption
    if split is not None:
        caption, credit, printed = split
    for c in fig.credits:
        text = clean(c.block.text)
        parsed = parse_credit_line(text)
        credit, printed = parsed if parsed is not None else (text, text)
    tail = " ".join(clean(c.block.text) for c in fig.credits)
    if not tail or parse_credit_line(tail) is not None:
        if len(fig.credits) > 1 and (joined := parse_credit_line(tail)) is not None:
            credit, printed = joined
        return caption, credit, printed
    run_on = split_credit(f"{whole_caption} {tail}") if whole_caption else None
    if run_on is not None and run_on[2].endswith(tail) and len(run_on[2]) > len(tail):
        return run_on
    return caption, credit, printed


def compose_article(
    draft: Draft,
    article_id: str,
    dehyphenator: Joiner,
    name_image: ImageNamer,
) -> Article:
    """One model article from its threaded parts."""
    head = draft.parts[0]
    blocks: list[Block | _OpenParagraph] = []
    jumps: list[Jump] = []
    open_para: OpenParagraph[TextBlock] | None = None
    figures = 0
    last_quote: TextBlock | None = None
    enders: list[Byline] = []
    for part in draft.parts:
        part = split_tail_signature(replace(part, items=table_rows(part.items)))
        headed = under_headings(part)
        groups = end_byline_groups(part)
        closing = [c for group in groups for c in group]
        enders.extend(
            end_byline(group, span_of(part.page, reduce(Box.union, (c.block.box for c in group))))
            for group in groups
        )
        for item in part.items:
            if not isinstance(item, FigureDraft) and item in closing:
                continue
            if isinstance(item, FigureDraft):
                figures += 1
                caption_lines = [ln for c in item.captions for ln in c.block.lines]
                caption = lines_text(caption_lines, dehyphenator)
                caption, credit, printed = figure_credit(item, caption)
                graphic = None
                spans = [span_of(part.page, c.block.box) for c in item.captions]
                if item.picture is not None:
                    href, media = name_image(part.page, item.picture.image)
                    box = item.picture.box
                    graphic = Graphic(
                        href=href,
                        media_type=media,
                        width=round(box.width, 2),
                        height=round(box.height, 2),
                    )
                    spans.insert(0, span_of(part.page, box))
                blocks.append(
                    Figure(
                        id=figure_id(article_id, figures),
                        caption=plain_runs(clean(caption)),
                        credit=credit,
                        credit_printed=printed,
                        graphic=graphic,
                        spans=tuple(spans),
                    )
                )
                continue
            block = item.block
            match item.role:
                case BlockRole.BODY if _attribution_of(blocks, last_quote, block):
                    quote = blocks[-1]
                    assert isinstance(quote, PullQuote)
                    blocks[-1] = PullQuote(
                        runs=quote.runs,
                        attribution=clean(block.text).lstrip("".join(DASHES)).strip(),
                        spans=(*quote.spans, span_of(part.page, block.box)),
                    )
                case BlockRole.BODY:
                    here = span_of(part.page, block.box)
                    if open_para is not None and runs_on(
                        open_para.last, block, under_heading=block.order in headed
                    ):
                        open_para.run_on(block, here)
                    else:
                        open_para = OpenParagraph.start(block, here)
                        blocks.append(open_para)
                case BlockRole.SUBHEAD:
                    open_para = None
                    blocks.append(
                        Subhead(
                            text=lines_text(block.lines, dehyphenator),
                            spans=(span_of(part.page, block.box),),
                        )
                    )
                case BlockRole.QUOTE:
                    last_quote = block
                    blocks.append(
                        PullQuote(
                            runs=lines_to_runs(block.lines, dehyphenator),
                            spans=(span_of(part.page, block.box),),
                        )
                    )
                case BlockRole.JUMP_OUT | BlockRole.JUMP_IN:
                    jumps.append(
                        _jump(
                            item,
                            part.page,
                            block_key(item) in draft.resolved
                            or (item.role is BlockRole.JUMP_IN and part is not head),
                        )
                    )
                case _:
                    blocks.append(
                        Paragraph(
                            runs=lines_to_runs(block.lines, dehyphenator),
                            spans=(span_of(part.page, block.box),),
                        )
                    )
    final = tuple(_finish(b, dehyphenator) for b in blocks)
    final = tuple(b for b in final if not isinstance(b, Paragraph) or b.text)
    kicker, headline = head_and_kicker(head, dehyphenator)
    return Article(
        id=article_id,
        headline=headline,
        kicker=kicker,
        decks=tuple(
            filter(
                None, [clean(" ".join(lines_text(d.block.lines, dehyphenator) for d in head.decks))]
            )
        ),
        bylines=_with_end_bylines(bylines_with_titles(head.bylines, head.page), enders),
        dateline=dateline_of(final),
        blocks=final,
        jumps=tuple(jumps),
        spans=tuple(
            span_of(head.page, c.block.box)
            for c in (*head.kickers, *((head.opener,) if head.opener else ()), *head.decks)
        ),
    )


def head_and_kicker(head: ArticlePart, dehyphenator: Joiner | None = None) -> tuple[str, str]:
    """(kicker, headline) of a story's first part: the kicker blocks over the headline, or a
    kicker printed left of the headline on its line ("SPORT | Crew wins", ``heads.split_head``).

    With a ``dehyphenator`` a headline broken at a hyphen over two lines is joined as the
    issue spells the word ("long- / awaited" reads "long-awaited"), like body text."""
    kicker = strip_separator(clean(" ".join(k.block.text for k in head.kickers)))
    headline = clean(head.headline)
    if dehyphenator is not None and head.opener is not None and len(head.opener.block.lines) > 1:
        headline = lines_text(head.opener.block.lines, dehyphenator)
    split = split_head(headline) if head.opener is not None and not head.is_continuation else None
    if split is not None:
        kicker = kicker or split[0]
        headline = split[1]
    return kicker, headline


def _finish(block: Block | _OpenParagraph, dehyphenator: Joiner) -> Block:
    if isinstance(block, OpenParagraph):
        lines = [line for piece in block.pieces for line in piece.lines]
        return Paragraph(
            runs=normalize_runs(lines_to_runs(lines, dehyphenator)), spans=tuple(block.spans)
        )
    return block


def bylines_with_titles(blocks: Sequence[ClassifiedBlock], page: int) -> tuple[Byline, ...]:
    """The bylines of a story, each job-title or "and" line joined to the naming byline
    right before it (``builder.bylines.with_titles``)."""
    return with_titles(_byline(c, page) for c in blocks)


def _byline(c: ClassifiedBlock, page: int) -> Byline:
    """The byline a block prints; a name set beside a headshot has no "By" to parse, so its
    bare names are read as a signature's (``cues.parse_signature``)."""
    text, spans = unbroken_text(c.block), (span_of(page, c.block.box),)
    if c.rule == HEADSHOT_RULE:
        signed = parse_signature(text)
        if signed is not None:
            return Byline(printed=signed.printed, contributors=signed.contributors, spans=spans)
    return byline_of(text, spans)


def _with_end_bylines(top: tuple[Byline, ...], enders: Sequence[Byline]) -> tuple[Byline, ...]:
    """The top bylines, then each end byline that names a writer they do not name yet
    (``builder.bylines.names_new_writers``: a story signed at its top and foot has one byline)."""
    out = list(top)
    for end in enders:
        if names_new_writers(out, end):
            out.append(end)
    return tuple(out)


def _jump(item: ClassifiedBlock, page: int, resolved: bool) -> Jump:
    text = clean(item.block.text)
    cue = parse_jump(text)
    target = cue.page if cue is not None else page
    direction = direction_of(item.role)
    from_page, to_page = (page, target) if item.role is BlockRole.JUMP_OUT else (target, page)
    return Jump(
        direction=direction,
        text=text,
        from_page=from_page,
        to_page=to_page,
        resolved=resolved,
        spans=(span_of(page, item.block.box),),
    )
