"""Invented test issues for the PDF writer, built straight from the model.

The text is generated from a small invented vocabulary with a seeded random generator, so the
issues are the same on every run and contain no borrowed prose.
"""

from __future__ import annotations

import io
import random

from PIL import Image

from newslayout.model import (
    Article,
    Asset,
    Byline,
    Contributor,
    Figure,
    Furniture,
    FurnitureKind,
    Graphic,
    Issue,
    IssueMeta,
    ListBlock,
    ListItem,
    Page,
    Paragraph,
    PullQuote,
    Run,
    Sidebar,
    Subhead,
    Teaser,
)

_SUBJECTS = [
    "The harbor board",
    "A ferry captain",
    "The council",
    "Volunteers from Gull Point",
    "The island school",
    "Fishing crews",
    "The lighthouse trust",
    "Residents of Tern Street",
    "A marine biologist",
    "The regional planner",
    "Shopkeepers on Dock Lane",
    "The mayor",
]
_VERBS = [
    "approved",
    "questioned",
    "mapped",
    "repaired",
    "rejected",
    "delayed",
    "measured",
    "celebrated",
    "funded",
    "inspected",
    "proposed",
    "documented",
]
_OBJECTS = [
    "the east seawall",
    "a new tidal survey",
    "the winter timetable",
    "the old pier lights",
    "a smaller levy",
    "the regatta course",
    "the market hall roof",
    "forty years of logbooks",
    "the reef monitoring plan",
    "a cheaper ferry pass",
    "the storm drains",
    "the harbor floor",
]
_TAILS = [
    "after a long night of debate",
    "before the spring tides arrive",
    "despite warnings about cost",
    "with help from students",
    "for the first time since 1998",
    "under a revised agreement",
    "following complaints from neighbours",
    "as the budget deadline approached",
    "in a unanimous vote",
    "although several questions remain unanswered",
]


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}."
    )


def paragraph_text(rng: random.Random, sentences: int = 4) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def photo_bytes(seed: int, width: int = 320, height: int = 200) -> bytes:
    """A small invented JPEG: a sky/sea gradient with a 'seawall' band."""
    image = Image.new("RGB", (width, height))
    pixels = image.load()
    assert pixels is not None
    for y in range(height):
        for x in range(width):
            sea = y > height * 0.55
            base = (70, 110, 150) if sea else (170, 200, 225)
            band = height * 0.5 < y < height * 0.6
            shade = (x * 37 + y * 11 + seed * 13) % 40
            colour = (120, 110, 100) if band else base
            pixels[x, y] = tuple(min(255, c + shade) for c in colour)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def article(
    rng: random.Random,
    article_id: str,
    headline: str,
    *,
    paragraphs: int,
    kicker: str = "",
    deck: str = "",
    byline: tuple[str, ...] = (),
    dateline: str = "",
    extras: tuple[object, ...] = (),
    section: str = "",
) -> Article:
    blocks: list[object] = []
    for i in range(paragraphs):
        text = paragraph_text(rng, rng.randint(3, 5))
        if i == 2:
            runs = (
                Run(text="Quote: "),
                Run(text="a word in italics", italic=True),
                Run(text=" " + text),
            )
            blocks.append(Paragraph(runs=runs))
        else:
            blocks.append(Paragraph(runs=(Run(text=text),)))
        if i == paragraphs // 2 and paragraphs > 6:
            blocks.append(Subhead(text="What happens next"))
    for extra in extras:
        if isinstance(extra, Figure) and not blocks[:0]:
            blocks.insert(0, extra)
        else:
            blocks.insert(min(len(blocks), 4), extra)
    bylines: tuple[Byline, ...] = ()
    if byline:
        contributors = tuple(Contributor(name=name) for name in byline)
        bylines = (Byline(printed="By " + " and ".join(byline), contributors=contributors),)
    return Article(
        id=article_id,
        headline=headline,
        kicker=kicker,
        decks=(deck,) if deck else (),
        bylines=bylines,
        dateline=dateline,
        section=section,
        blocks=tuple(blocks),  # type: ignore[arg-type]
    )


def harbor_issue(*, with_assets: bool = True) -> Issue:
    """A three-page-sized invented issue exercising every block kind and a long lead story."""
    rng = random.Random(41)
    photo = Figure(
        id="a1-f1",
        caption=(Run(text="Waves break over the old seawall near Tern Street during the storm."),),
        credit="Sam Ito / The Harbor Ledger",
        graphic=Graphic(href="issue-images/p1-1.jpg", media_type="image/jpeg"),
    )
    missing = Figure(
        id="a4-f1",
        caption=(Run(text="Stallholders set out crates before dawn."),),
        credit="WANG Xiaoxia",
        graphic=Graphic(href="issue-images/p1-9.jpg", media_type="image/jpeg"),
    )
    quote = PullQuote(
        runs=(Run(text="Every patch bought us a season. This buys us a generation."),),
        attribution="Mayor Ines Caldwell",
    )
    sidebar = Sidebar(
        title="By the numbers",
        blocks=(
            ListBlock(
                items=(
                    ListItem(runs=(Run(text="1.4 km of new wall"),)),
                    ListItem(runs=(Run(text="$48 million over six years"),)),
                    ListItem(runs=(Run(text="300 households pay a levy"),)),
                ),
            ),
            Paragraph(runs=(Run(text="Figures from the council's final budget paper."),)),
        ),
    )
    articles = (
        article(
            rng,
            "a1",
            "Council backs $48 million plan to rebuild the east seawall",
            paragraphs=26,
            kicker="City hall",
            deck="Vote ends two years of delay; homeowners pay a smaller levy than first proposed",
            byline=("Maria Okafor", "LU Zijian"),
            dateline="HARBOR CITY \u2014",
            extras=(photo, quote),
            section="NEWS",
        ),
        article(
            rng,
            "a2",
            "Ferry timetable adds a late boat on Fridays",
            paragraphs=6,
            byline=("Tomas Rivera",),
            section="NEWS",
        ),
        article(
            rng,
            "a3",
            "Students map the harbor floor with sonar",
            paragraphs=14,
            kicker="Science",
            byline=("Ελένη Παππά",),
            extras=(sidebar,),
            section="HARBOR",
        ),
        article(
            rng,
            "a4",
            "Winter market moves indoors for the season",
            paragraphs=9,
            byline=("Анна Смирнова",),
            extras=(missing,),
            section="HARBOR",
        ),
        article(
            rng,
            "a5",
            "Lighthouse logbooks go online after forty years",
            paragraphs=12,
            kicker="History",
            deck="Volunteers transcribed every entry by hand",
            byline=("王小霞",),
            section="CITY",
        ),
        article(
            rng,
            "a6",
            "Petrel crew takes the winter cup",
            paragraphs=10,
            kicker="Sport",
            byline=("Jonas Berg",),
            section="SPORT",
        ),
    )
    front = Page(
        number=1,
        teasers=(
            Teaser(text="Students map the harbor floor", target_page=2, label="PAGE 2"),
            Teaser(text="Lighthouse logbooks go online", target_page=3, label="P3"),
            Teaser(text="Petrel crew takes the winter cup", target_page=3, label="See page 3"),
        ),
        furniture=(
            Furniture(kind=FurnitureKind.MASTHEAD, text="The Harbor Ledger"),
            Furniture(
                kind=FurnitureKind.MASTHEAD,
                text="Serving Harbor City and the Gull Islands since the old days",
            ),
        ),
    )
    assets = (Asset(href="issue-images/p1-1.jpg", data=photo_bytes(11), media_type="image/jpeg"),)
    return Issue(
        meta=IssueMeta(
            publication="The Harbor Ledger",
            volume="7",
            number="41",
            edition="Weekend edition",
            date_text="MARCH 3-4, 2026",
            date_iso="2026-03-03/2026-03-04",
            language="en",
        ),
        pages=(front, Page(number=2, section="HARBOR & ISLANDS"), Page(number=3)),
        articles=articles,
        assets=assets if with_assets else (),
    )
