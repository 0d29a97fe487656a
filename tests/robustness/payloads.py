"""Hostile strings, and a complete issue that carries one in every text field.

The payloads are what an attacker (or a damaged extraction) puts in issue text: ReportLab's
paragraph markup (which a writer that forgot to escape would interpret: fonts, colours, links,
images read from disk), control characters and lone surrogates that XML cannot hold, and
bidi/zero-width characters. :func:`issue_with` builds an issue using every node kind of the
model, so a writer cannot escape in one place and forget another.
"""

from __future__ import annotations

from newslayout.geometry import Box
from newslayout.model import (
    Article,
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
)

#: Markup a ReportLab ``Paragraph`` would interpret if text reached it unescaped.
MARKUP_PAYLOADS: tuple[str, ...] = (
    '<font color="[[[evil]]]">red</font>',
    '<a href="javascript:alert(1)">click</a>',
    '<link href="file:///etc/passwd">passwd</link>',
    '<a href="launch:/bin/sh" color="red">run</a>',
    '<img src="/etc/passwd" width="10" height="10"/>',
    "<para>nested para</para>",
    '<seq id="x"/><onDraw name="boom" label="x"/>',
    "<b><i>unclosed",
    "&#0; &#x1; &amp;amp; &lt;b&gt; &bogus; & < >",
    "</para><para>",
)
#: Characters XML 1.0 cannot hold or that reorder/hide text.
CHARACTER_PAYLOADS: tuple[str, ...] = (
    "bell\x07 null\x00 escape\x1b[31m form\x0c vt\x0b del\x7f",
    "lone \ud800 surrogate \udfff here",
    "not-chars \ufffe \uffff",
    "bidi \u202eevil\u202c zero\u200bwidth \ufeff",
)
ALL_PAYLOADS: tuple[str, ...] = MARKUP_PAYLOADS + CHARACTER_PAYLOADS
#: Targets no link in a rendered PDF may point at.
FORBIDDEN_SCHEMES: tuple[str, ...] = ("javascript:", "file:", "launch:", "data:", "/etc/")
#: A marker word placed after each payload: it must survive rendering (text after the payload
#: is not swallowed by a half-open tag).
AFTER = "Tailword"


def _runs(text: str) -> tuple[Run, ...]:
    return (Run(text=text), Run(text=f" {AFTER}", italic=True))


def _span(page: int) -> tuple[Span, ...]:
    return (Span(page=page, box=Box(x0=36.0, top=100.0, x1=300.0, bottom=140.0)),)


def issue_with(payload: str, *, href: str = "images/none.jpg") -> Issue:
    """A two-page issue with ``payload`` in every text field and every block kind."""
    text = f"{payload} {AFTER}"
    blocks = (
        Paragraph(runs=(*_runs(payload), Run(text=" bold", bold=True)), spans=_span(1)),
        Subhead(text=text, spans=_span(1)),
        Figure(
            id="a1-f1",
            caption=_runs(payload),
            credit=text,
            credit_printed=f"PHOTO: {text}",
            graphic=Graphic(href=href, media_type="image/jpeg", width=200.0, height=120.0),
            spans=_span(1),
        ),
        PullQuote(runs=_runs(payload), attribution=text, spans=_span(1)),
        ListBlock(
            items=(ListItem(runs=_runs(payload)), ListItem(runs=(Run(text="second item"),))),
            ordered=True,
            spans=_span(1),
        ),
        Sidebar(title=text, blocks=(Paragraph(runs=_runs(payload)),), spans=_span(1)),
        Paragraph(runs=(*_runs(payload), Run(text=" continued")), spans=_span(2)),
    )
    article = Article(
        id="a1",
        headline=text,
        kicker=text,
        decks=(text,),
        section=text,
        dateline=text,
        bylines=(
            Byline(
                printed=f"By {text}",
                contributors=(
                    Contributor(name=text, role=Role.AUTHOR, surname=text, given_names=text),
                ),
            ),
        ),
        blocks=blocks,
        jumps=(
            Jump(
                direction=JumpDirection.ON,
                text=f"Continued on page 2 {payload}",
                from_page=1,
                to_page=2,
                resolved=True,
            ),
            Jump(
                direction=JumpDirection.FROM,
                text=f"Continued from page 1 {payload}",
                from_page=1,
                to_page=2,
                resolved=True,
            ),
        ),
        spans=_span(1) + _span(2),
    )
    second = Article(
        id="a2",
        headline="An ordinary second story",
        blocks=(Paragraph(runs=(Run(text="Plain words for the second story."),), spans=_span(2)),),
        spans=_span(2),
    )
    pages = (
        Page(
            number=1,
            label="1",
            width=612.0,
            height=792.0,
            section=text,
            teasers=(Teaser(text=text, target_page=2, target_article="a2", label="PAGE 2"),),
            furniture=(Furniture(kind=FurnitureKind.MASTHEAD, text=text),),
        ),
        Page(
            number=2,
            label="2",
            width=612.0,
            height=792.0,
            furniture=(
                Furniture(kind=FurnitureKind.RUNNING_HEAD, text=text),
                Furniture(kind=FurnitureKind.FOLIO, text="2"),
            ),
        ),
    )
    meta = IssueMeta(
        publication=f"The Hostile Herald {payload}",
        volume="1",
        number="2",
        edition=text,
        date_text="MARCH 3, 2026",
        date_iso="2026-03-03",
    )
    return Issue(meta=meta, pages=pages, articles=(article, second))


def kitchen_sink_issue() -> Issue:
    """The same issue with harmless text: a seed that uses every element of the XML format."""
    return issue_with("Harbor news of the week")
