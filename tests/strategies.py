"""Hypothesis strategies for whole, valid :class:`~newslayout.model.Issue` objects.

Shared by the XML round-trip tests and (for other engineers) the PDF round trips. What they
generate is deliberately odd but legal: CJK, accented and right-to-left text, combining marks,
emoji, leading/trailing/inner whitespace including tabs and CR, empty fields, empty lists,
consecutive subheads, nested sidebars, bold-italic runs, pages without size.

``issues()`` gives issues that are *consistent* (ids unique, references resolving, jump pairs
matching, spans on declared pages, ordered boxes, valid dates), so their XML validates without
errors; with ``dirty=True`` text also holds characters XML cannot represent and coordinates
have more than two decimals, for the ``read(write(i)) == canonical_issue(i)`` property.
"""

from __future__ import annotations

import dataclasses
import datetime

from hypothesis import strategies as st

from newslayout.geometry import Box
from newslayout.model import (
    Article,
    Block,
    Byline,
    Contributor,
    Figure,
    Furniture,
    FurnitureKind,
    Graphic,
    Issue,
    IssueMeta,
    Jump,
    JumpDirection,
    ListBlock,
    ListItem,
    Page,
    Paragraph,
    PullQuote,
    Role,
    Run,
    Sidebar,
    Span,
    Subhead,
    Teaser,
    article_pages,
    normalize_runs,
)

#: Strings that stress whitespace handling, escaping and scripts.
SPECIAL = (
    " ", "  ", "\t", "\n", "\r", "\r\n", " lead", "trail ", "a  b", "&amp;", "<p>", "]]>",
    "e\u0301", "中文", "東京 タワー", "한국어", "עברית", "العربية", "\u200fRTL", "\u00a0", "—",
    "“quoted”", "🗞", "\ufeff", "\u2028", "WANG Xiaoxia", "Zoë", "Ærø",
)  # fmt: skip
#: Single characters the generated text is made of (plus any Unicode, see :func:`texts`).
ALPHABET = " \t\n\r&<>\"']éßÅ\u0301中文東京한עא\u0627\u200f\u00a0—“”🗞\U0001f600\ufeffabcXYZ1.,"
#: Characters XML 1.0 cannot hold (only in ``dirty`` issues).
INVALID = "\x00\x01\x08\x0b\x1f\ud800\udfff\ufffe\uffff"

_any_char = st.characters(
    min_codepoint=0x20, max_codepoint=0x2FFFF, codec="utf-8", exclude_characters="\ufffe\uffff"
)


def texts(*, dirty: bool = False, max_size: int = 10) -> st.SearchStrategy[str]:
    """Short strings of XML-safe characters (plus invalid ones when ``dirty``)."""
    alphabet = ALPHABET + INVALID if dirty else ALPHABET
    return st.one_of(
        st.just(""),
        st.sampled_from(SPECIAL),
        st.text(alphabet, max_size=max_size),
        st.text(_any_char, max_size=4),
    )


def coordinates(*, dirty: bool = False) -> st.SearchStrategy[float]:
    """Coordinates in points: 0.01 pt precision, or any finite float when ``dirty``."""
    if dirty:
        return st.floats(min_value=-100, max_value=2000, allow_nan=False, allow_infinity=False)
    return st.integers(min_value=0, max_value=200_000).map(lambda n: n / 100)


@st.composite
def boxes(draw: st.DrawFn, *, dirty: bool = False) -> Box:
    """Boxes with ``x0 <= x1`` and ``top <= bottom``."""
    x0, top = draw(coordinates(dirty=dirty)), draw(coordinates(dirty=dirty))
    width, height = draw(coordinates()), draw(coordinates())
    if dirty:
        return Box(x0=x0, top=top, x1=x0 + width, bottom=top + height)
    return Box.rounded(x0, top, x0 + width, top + height)


@st.composite
def spans_on(draw: st.DrawFn, pages: tuple[int, ...], *, dirty: bool = False) -> tuple[Span, ...]:
    """0-2 spans on the given pages (PDF-like boxes, text-like lines, or both)."""
    out: list[Span] = []
    for _ in range(draw(st.integers(0, 2))):
        on_page = len(pages) > 0 and draw(st.booleans())
        page = draw(st.sampled_from(pages)) if on_page else None
        box = draw(boxes(dirty=dirty)) if draw(st.booleans()) else None
        line = end = None
        if draw(st.booleans()):
            line = draw(st.integers(1, 5000))
            end = line + draw(st.integers(0, 40)) if draw(st.booleans()) else None
        out.append(Span(page=page, box=box, line=line, end_line=end))
    return tuple(out)


@st.composite
def runs(draw: st.DrawFn, *, dirty: bool = False) -> tuple[Run, ...]:
    raw = draw(
        st.lists(st.builds(Run, text=texts(dirty=dirty), italic=st.booleans(), bold=st.booleans()))
    )
    return tuple(raw) if dirty else normalize_runs(raw)


class _Ctx:
    """What a strategy needs to know: the issue's pages and whether to be dirty."""

    def __init__(self, pages: tuple[int, ...], dirty: bool) -> None:
        self.pages = pages
        self.dirty = dirty

    def text(self) -> st.SearchStrategy[str]:
        return texts(dirty=self.dirty)

    def spans(self) -> st.SearchStrategy[tuple[Span, ...]]:
        return spans_on(self.pages, dirty=self.dirty)

    def runs(self) -> st.SearchStrategy[tuple[Run, ...]]:
        return runs(dirty=self.dirty)


@st.composite
def graphics(draw: st.DrawFn, ctx: _Ctx) -> Graphic:
    size = st.none() | coordinates(dirty=ctx.dirty)
    return Graphic(
        href=draw(st.sampled_from(["", "issue-images/p1-1.jpg", "img/東京 photo.png"])),
        media_type=draw(st.sampled_from(["", "image/jpeg", "image/png", "image/", "odd"])),
        width=draw(size),
        height=draw(size),
    )


@st.composite
def blocks(draw: st.DrawFn, ctx: _Ctx, depth: int = 0) -> Block:
    """One body block; figures get a placeholder id that :func:`articles` renumbers."""
    kinds = ["p", "p", "subhead", "fig", "quote", "list"] + (["sidebar"] if depth < 2 else [])
    if depth:
        kinds.remove("fig")
    kind = draw(st.sampled_from(kinds))
    spans = draw(ctx.spans())
    if kind == "p":
        return Paragraph(runs=draw(ctx.runs()), spans=spans)
    if kind == "subhead":
        return Subhead(text=draw(ctx.text()), spans=spans)
    if kind == "fig":
        return Figure(
            id="fig",
            caption=draw(ctx.runs()),
            credit=draw(ctx.text()),
            credit_printed=draw(ctx.text()),
            graphic=draw(st.none() | graphics(ctx)),
            spans=spans,
        )
    if kind == "quote":
        return PullQuote(runs=draw(ctx.runs()), attribution=draw(ctx.text()), spans=spans)
    if kind == "list":
        items = draw(st.lists(st.builds(ListItem, runs=ctx.runs(), spans=ctx.spans()), max_size=3))
        return ListBlock(items=tuple(items), ordered=draw(st.booleans()), spans=spans)
    inner = draw(st.lists(blocks(ctx, depth + 1), max_size=2))
    return Sidebar(title=draw(ctx.text()), blocks=tuple(inner), spans=spans)


def _renumber_figures(
    items: tuple[Block, ...], prefix: str, counter: list[int]
) -> tuple[Block, ...]:
    out: list[Block] = []
    for block in items:
        if isinstance(block, Figure):
            counter[0] += 1
            block = dataclasses.replace(block, id=f"{prefix}-f{counter[0]}")
        elif isinstance(block, Sidebar):
            block = dataclasses.replace(
                block, blocks=_renumber_figures(block.blocks, prefix, counter)
            )
        out.append(block)
    return tuple(out)


@st.composite
def bylines(draw: st.DrawFn, ctx: _Ctx) -> Byline:
    people = draw(
        st.lists(
            st.builds(
                Contributor,
                name=ctx.text(),
                role=st.sampled_from(list(Role)),
                surname=ctx.text(),
                given_names=ctx.text(),
            ),
            max_size=2,
        )
    )
    return Byline(printed=draw(ctx.text()), contributors=tuple(people), spans=draw(ctx.spans()))


@st.composite
def jump_pairs(draw: st.DrawFn, ctx: _Ctx) -> tuple[Jump, ...]:
    """A matching "continued on"/"continued from" pair, or one unresolved jump off the issue."""
    if len(ctx.pages) >= 2 and draw(st.booleans()):
        start, end = sorted(draw(st.lists(st.sampled_from(ctx.pages), min_size=2, max_size=2)))
        resolved = draw(st.booleans())
        return (
            Jump(direction=JumpDirection.ON, text=draw(ctx.text()), from_page=start, to_page=end,
                 resolved=resolved, spans=draw(ctx.spans())),
            Jump(direction=JumpDirection.FROM, text=draw(ctx.text()), from_page=start,
                 to_page=end, resolved=resolved, spans=draw(ctx.spans())),
        )  # fmt: skip
    direction = draw(st.sampled_from(list(JumpDirection)))
    here = draw(st.sampled_from(ctx.pages)) if ctx.pages else None
    here_label = "" if ctx.pages else draw(outside_labels())  # an issue with no pages declared
    far = draw(outside_labels())
    if direction is JumpDirection.ON:  # to a page outside the file, known by its label
        jump = Jump(
            direction=direction,
            text=draw(ctx.text()),
            from_page=here,
            from_label=here_label,
            to_page=None,
            to_label=far,
        )
    else:
        jump = Jump(
            direction=direction,
            text=draw(ctx.text()),
            from_page=None,
            from_label=far,
            to_page=here,
            to_label=here_label,
        )
    return (jump,)  # fmt: skip


def outside_labels() -> st.SearchStrategy[str]:
    """Printed labels of pages outside the file ("A13", "8"); :func:`issues` keeps the file's
    own page labels different from them."""
    return st.from_regex(r"[A-D]?[1-9][0-9]?", fullmatch=True)


@st.composite
def articles(draw: st.DrawFn, ctx: _Ctx, article_id: str) -> Article:
    body = tuple(draw(st.lists(blocks(ctx), max_size=5)))
    jumps: tuple[Jump, ...] = ()
    for _ in range(draw(st.integers(0, 2))):
        jumps += draw(jump_pairs(ctx))
    return Article(
        id=article_id,
        headline=draw(ctx.text().filter(lambda t: bool(t.strip()))),
        article_type=draw(st.sampled_from(["news", "opinion", "brief", "obituary", ""])),
        section=draw(ctx.text()),
        kicker=draw(ctx.text()),
        decks=tuple(draw(st.lists(ctx.text(), max_size=3))),
        bylines=tuple(draw(st.lists(bylines(ctx), max_size=2))),
        dateline=draw(ctx.text()),
        blocks=_renumber_figures(body, article_id, [0]),
        jumps=jumps,
        boxed=draw(st.booleans()),
        spans=draw(ctx.spans()),
    )


@st.composite
def pages(draw: st.DrawFn, ctx: _Ctx, number: int, targets: list[Article]) -> Page:
    teasers: list[Teaser] = []
    for _ in range(draw(st.integers(0, 2))):
        target = draw(st.none() | st.sampled_from(targets)) if targets else None
        on = article_pages(target) if target is not None else ()
        page = draw(st.sampled_from(on)) if on else draw(st.none() | st.sampled_from(ctx.pages))
        outside = draw(st.just("") | outside_labels()) if page is None else ""
        teasers.append(
            Teaser(
                text=draw(ctx.text()),
                target_page=page,
                target_article="" if target is None else target.id,
                label=draw(ctx.text()),
                target_label=outside,
                spans=draw(ctx.spans()),
            )
        )
    furniture = draw(
        st.lists(
            st.builds(
                Furniture, kind=st.sampled_from(list(FurnitureKind)), text=ctx.text(),
                spans=ctx.spans(),
            ),
            max_size=3,
        )
    )  # fmt: skip
    size = st.none() | coordinates(dirty=ctx.dirty)
    return Page(
        number=number,
        label=draw(ctx.text()),
        width=draw(size),
        height=draw(size),
        section=draw(ctx.text()),
        teasers=tuple(teasers),
        furniture=tuple(furniture),
    )


@st.composite
def iso_dates(draw: st.DrawFn) -> str:
    """ "" or a valid ISO date or date range."""
    kind = draw(st.sampled_from(["", "date", "range"]))
    if not kind:
        return ""
    start = draw(st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2200, 1, 1)))
    if kind == "date":
        return start.isoformat()
    end = start + datetime.timedelta(days=draw(st.integers(0, 6)))
    return f"{start.isoformat()}/{end.isoformat()}"


@st.composite
def issues(draw: st.DrawFn, *, dirty: bool = False, max_pages: int = 4) -> Issue:
    """A whole consistent issue (see the module docstring)."""
    count = draw(st.integers(0, max_pages))
    ctx = _Ctx(tuple(range(1, count + 1)), dirty)
    prefixes = draw(st.sampled_from(["a", "story-", "文", "art_"]))
    stories = [draw(articles(ctx, f"{prefixes}{i}")) for i in range(1, draw(st.integers(0, 3)) + 1)]
    meta = IssueMeta(
        publication=draw(ctx.text()),
        volume=draw(ctx.text()),
        number=draw(ctx.text()),
        edition=draw(ctx.text()),
        date_text=draw(ctx.text()),
        date_iso=draw(iso_dates()),
        language=draw(st.sampled_from(["en", "", "zh-Hans", "he", "fr-CA"])),
        source=draw(ctx.text()),
    )
    for i, story in enumerate(stories):  # a box or sidebar of an earlier main story
        mains = [s.id for s in stories[:i] if not s.sidebar_of]
        owner = draw(st.none() | st.sampled_from(mains)) if mains else None
        if owner is not None:
            stories[i] = dataclasses.replace(story, sidebar_of=owner)
    page_list = tuple(draw(pages(ctx, n, stories)) for n in ctx.pages)
    outside = {x for s in stories for j in s.jumps for x in (j.to_label, j.from_label)} | {
        t.target_label for p in page_list for t in p.teasers
    }
    page_list = tuple(  # a label alone names a page outside the file: never one of its own
        dataclasses.replace(p, label="") if p.label in outside else p for p in page_list
    )
    return Issue(meta=meta, pages=page_list, articles=tuple(stories))
