"""Build the sample issue: ``samples/harbor-ledger.xml`` and its images.

"The Harbor Ledger" is an invented four-page weekend issue of an invented harbour town, Port
Wren; every name, place and quotation in it is made up. The issue exercises the whole issue
model: masthead lines, front-page teasers, kickers, decks, bylines in several printed forms
("By A, B & C", "Edited by X", the surname-first "WANG Xiaoxia"), datelines, subheads,
captioned photos with credits, a pull quote, a sidebar with a list, and one story that jumps
from page 1 to page 3 with its jump lines and a paragraph cut by the jump.

Run ``python samples/build_sample.py`` (optionally ``--out FOLDER``); the output is
deterministic, and a test checks that the committed files are what this script writes.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageDraw

from newslayout.diagnostics import Log
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
    normalize_runs,
    plain_runs,
)
from newslayout.writers.issue_xml import write_xml

STEM = "harbor-ledger"
PAGE_WIDTH, PAGE_HEIGHT = 792.0, 1224.0
MARGIN, GUTTER, COLUMNS = 36.0, 12.0, 4
COLUMN_WIDTH = (PAGE_WIDTH - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS
#: Points of column height per word of 9 pt body text (about 6 words a line, 11 pt leading).
POINTS_PER_WORD = 11 / 6


class Column:
    """A column on a page with a cursor: hands out plausible boxes top to bottom."""

    def __init__(self, page: int, index: int, top: float, span: int = 1) -> None:
        self.page = page
        self.x0 = MARGIN + index * (COLUMN_WIDTH + GUTTER)
        self.x1 = self.x0 + span * COLUMN_WIDTH + (span - 1) * GUTTER
        self.y = top

    def take(self, height: float) -> Span:
        box = Box.rounded(self.x0, self.y, self.x1, self.y + height)
        self.y += height + 6
        return Span(page=self.page, box=box)

    def text(self, text: str, *, size: float = 1.0) -> Span:
        return self.take(max(11.0, len(text.split()) * POINTS_PER_WORD * size))


def runs(text: str) -> tuple[Run, ...]:
    """Runs from light markup: ``*italic*`` and ``**bold**`` (the sample needs no more)."""
    out: list[Run] = []
    bold = italic = False
    for i, part in enumerate(text.replace("**", "\x01").split("\x01")):
        bold = i % 2 == 1
        for j, piece in enumerate(part.split("*")):
            italic = j % 2 == 1
            out.append(Run(text=piece, italic=italic, bold=bold))
    return normalize_runs(out)


def paragraphs(col: Column, texts: Iterable[str]) -> list[Block]:
    return [Paragraph(runs=runs(t), spans=(col.text(t),)) for t in texts]


def person(name: str, surname: str, given: str, role: Role = Role.AUTHOR) -> Contributor:
    return Contributor(name=name, role=role, surname=surname, given_names=given)


def photo(fig_id: str, col: Column, href: str, caption: str, who: str, height: float) -> Figure:
    return Figure(
        id=fig_id,
        caption=runs(caption),
        credit=f"{who} / The Harbor Ledger",
        credit_printed=f"PHOTO: {who} / The Harbor Ledger",
        graphic=Graphic(
            href=href, media_type="image/jpeg", width=round(col.x1 - col.x0, 2), height=height
        ),
        spans=(col.take(height + 30),),
    )


# --- The stories -----------------------------------------------------------------------------


def turbine_story() -> Article:
    """Page 1, continued on page 3: the jump, and one paragraph cut by it."""
    head = Column(1, 0, 250, span=3)
    header = head.take(70)
    col = Column(1, 0, 330)
    byline = Byline(
        printed="By Maria Okafor, LU Zijian & Tom Beck",
        contributors=(
            person("Maria Okafor", "Okafor", "Maria"),
            person("LU Zijian", "LU", "Zijian"),
            person("Tom Beck", "Beck", "Tom"),
        ),
        spans=(col.take(12),),
    )
    first = paragraphs(
        col,
        [
            "The Port Wren council voted 6-3 on Tuesday night to let a pilot tidal turbine be "
            "anchored off the north breakwater, ending two years of hearings that at times "
            "filled the library annex past its fire limit.",
            "The single turbine, about the size of a delivery van, will sit nine metres below "
            "the low-water mark and feed the harbour's pump station and the lights along the "
            "east quay. Its backers at the Wren Sound Energy Cooperative say it could cover "
            "a fifth of the harbour's own power use by next winter.",
            "\u201cWe have watched this water move twice a day for three hundred years,\u201d "
            "said councillor Ines Farrow, who chairs the harbour committee. \u201cIt is about "
            "time it did some work for us.\u201d",
        ],
    )
    col2 = Column(1, 1, 330)
    cut_text = (
        "Opponents, most of them members of the Lobster Boat Association, argued that the "
        "turbine's mooring lines would cross the channel used by the smaller boats on foggy "
        "mornings. The cooperative moved the site forty metres east after the February "
        "hearing, and the association's president, Dora Quill, said on Wednesday that the "
        "change \u201cgoes most of the way, but not all of it.\u201d"
    )
    cut = Paragraph(runs=runs(cut_text), spans=(col2.take(120), Span(page=3, box=None)))
    jump_out = Jump(
        direction=JumpDirection.ON,
        text="See TURBINE, page 3",
        from_page=1,
        to_page=3,
        resolved=True,
        spans=(col2.take(11),),
    )
    fig = photo(
        "a1-f1",
        Column(1, 2, 330, span=2),
        f"{STEM}-images/p1-1.jpg",
        "Engineers from the Wren Sound Energy Cooperative test a mooring buoy off the north "
        "breakwater on *Monday* morning.",
        "Sam Ito",
        180,
    )
    cont = Column(3, 0, 120)
    jump_in = Jump(
        direction=JumpDirection.FROM,
        text="TURBINE, from page 1",
        from_page=1,
        to_page=3,
        resolved=True,
        spans=(cont.take(11),),
    )
    # The cut paragraph's second span is on page 3, just below the jump head.
    cut = Paragraph(runs=cut.runs, spans=(cut.spans[0], cont.take(60)))
    later: list[Block] = [Subhead(text="Fishing season protected", spans=(cont.take(14),))]
    later += paragraphs(
        cont,
        [
            "Under the permit, the turbine must be lifted out of the water from the first of "
            "June to the end of August, when the lobster boats work closest to the breakwater. "
            "The cooperative will pay for a buoy watch during the first autumn.",
            "Harbour master Kofi Adjei said his office would publish the mooring positions on "
            "its notice board and on the marine radio bulletin each Friday.",
        ],
    )
    later.append(Subhead(text="What it costs", spans=(cont.take(14),)))
    later += paragraphs(
        cont,
        [
            "The turbine and its cable cost the cooperative about 410,000 dollars, most of it "
            "raised from members and a regional clean-energy grant. The town pays nothing up "
            "front and buys the power at a fixed price for ten years.",
            "Councillor Ben Oduya, who voted against, said the fixed price was "
            "\u201cgenerous to the cooperative in a way we will regret when prices fall.\u201d "
            "The first test run is planned for early October.",
        ],
    )
    return Article(
        id="a1",
        headline="Tidal turbine plan clears council vote",
        section="News",
        kicker="ENERGY",
        decks=(
            "Lobster boats keep their summer channel under a permit that lifts the turbine "
            "out of the water from June to August",
        ),
        bylines=(byline,),
        dateline="PORT WREN \u2014",
        blocks=(*first, fig, cut, *later),
        jumps=(jump_out, jump_in),
        spans=(header,),
    )


def market_story() -> Article:
    head = Column(2, 0, 110, span=3)
    header = head.take(60)
    col = Column(2, 0, 180)
    byline = Byline(
        printed="By WANG Xiaoxia",
        contributors=(person("WANG Xiaoxia", "WANG", "Xiaoxia"),),
        spans=(col.take(12),),
    )
    body = paragraphs(
        col,
        [
            "The Pier Street night market opens for the season on Saturday, a month earlier than "
            "last year, with forty-two stalls, a new covered section for hot food and, for the "
            "first time, a row of tables kept free for anyone who simply wants to sit.",
            "The market committee asked the town for the earlier date after a winter in which, "
            "organiser Lena Marsh said, \u201cpeople kept stopping us at the grocery to ask when "
            "it would be back.\u201d",
            "Stallholders pay a flat twelve dollars a night. This year the committee waived the "
            "fee for anyone under eighteen, and six stalls will be run by students from the "
            "harbour school, selling everything from pickled kelp to hand-bound notebooks.",
        ],
    )
    quote = PullQuote(
        runs=runs(
            "\u201cPeople kept stopping us at the grocery to ask when it would be back.\u201d"
        ),
        attribution="Lena Marsh, market organiser",
        spans=(Column(2, 1, 180).take(70),),
    )
    col2 = Column(2, 1, 260)
    body2 = paragraphs(
        col2,
        [
            "The covered section replaces the old canvas awning that blew into the harbour "
            "during the October storm. The new roof is made of recycled sail cloth, stitched "
            "by volunteers at the rowing club over six weekends.",
            "Parking on Pier Street will be closed from four in the afternoon on market nights. "
            "The shuttle from the ferry terminal runs every twenty minutes until eleven.",
            "Musicians who want a slot on the small stage can sign up at the library desk; the "
            "committee asks only that the music be *acoustic* and the sets no longer than half "
            "an hour.",
        ],
    )
    fig = photo(
        "a3-f1",
        Column(2, 2, 180, span=2),
        f"{STEM}-images/p2-1.jpg",
        "Volunteers stretch the recycled sail-cloth roof over the hot-food section on Pier Street.",
        "Rosa Delgado",
        160,
    )
    return Article(
        id="a3",
        headline="Night market returns to Pier Street a month early",
        section="Community",
        kicker="COMMUNITY",
        decks=("Forty-two stalls, a sail-cloth roof and free tables for anyone who wants to sit",),
        bylines=(byline,),
        dateline="PORT WREN \u2014",
        blocks=(*body, quote, fig, *body2),
        spans=(header,),
    )


def bridge_story() -> Article:
    head = Column(2, 2, 560, span=2)
    header = head.take(40)
    col = Column(2, 2, 610)
    byline = Byline(printed="Harbor Ledger staff", contributors=(), spans=(col.take(12),))
    body = paragraphs(
        col,
        [
            "Lantern Road will close between the mill bridge and Cobble Lane from March 9 for "
            "about two weeks while crews replace the bridge's expansion joints, the town's "
            "works department said on Thursday.",
            "Drivers will be sent along Orchard Street and the ring road; the detour adds about "
            "four minutes at quiet times. The number 3 bus will stop at the temporary stop "
            "outside the fire station instead of the mill.",
            "Pedestrians and cyclists can still cross on the footbridge, which is not part of "
            "the work. Residents of the six houses between the bridge and Cobble Lane will "
            "keep access from the lane end.",
            "Works manager Petra Holm said the joints were last replaced in 1994 and had "
            "begun to let water into the bridge deck. \u201cIf we leave them another winter, "
            "this stops being a two-week job,\u201d she said. The work is part of the "
            "road budget approved in January and costs about 85,000 dollars.",
        ],
    )
    return Article(
        id="a4",
        headline="Lantern Road to close for two weeks of bridge repairs",
        article_type="brief",
        section="Community",
        kicker="ROADS",
        bylines=(byline,),
        blocks=tuple(body),
        spans=(header,),
    )


def sonar_story() -> Article:
    head = Column(3, 1, 120, span=3)
    header = head.take(60)
    col = Column(3, 1, 190)
    byline = Byline(
        printed="By Priya Natarajan, Harbor Ledger Correspondent",
        contributors=(person("Priya Natarajan", "Natarajan", "Priya", Role.CORRESPONDENT),),
        spans=(col.take(12),),
    )
    body = paragraphs(
        col,
        [
            "Twelve students from Port Wren Harbour School spent the winter paddling kayaks "
            "across the inner harbour with a sonar unit strapped to each hull, and on Friday "
            "they handed the harbour master the first full depth map of the basin in forty "
            "years.",
            "The map shows a sandbar growing west of the fuel dock, about a metre shallower "
            "than the charts say, and a line of old pilings that none of the fishing crews "
            "knew were there.",
            "\u201cWe thought we would find mud,\u201d said Amara Lindgren, 16, who wrote most "
            "of the software that stitched the readings together. \u201cWe found a whole "
            "pier.\u201d",
            "Science teacher Jonas Weir started the project with two borrowed fish finders. "
            "By January the class had five kayaks and a waiting list.",
        ],
    )
    fig = photo(
        "a5-f1",
        Column(3, 2, 190, span=2),
        f"{STEM}-images/p3-1.jpg",
        "Students launch a sonar kayak from the school slipway at low tide.",
        "Jonas Weir",
        150,
    )
    side_col = Column(3, 3, 420)
    sidebar = Sidebar(
        title="How the survey worked",
        blocks=(
            Paragraph(
                runs=plain_runs("Each pass across the basin followed the same routine:"),
                spans=(side_col.take(24),),
            ),
            ListBlock(
                ordered=True,
                items=tuple(
                    ListItem(runs=runs(text), spans=(side_col.take(24),))
                    for text in (
                        "Paddle a straight line between two marker buoys.",
                        "Log a depth reading and a GPS fix every **half second**.",
                        "Correct each reading for the tide height at that minute.",
                        "Merge the passes into one grid, one square metre per cell.",
                    )
                ),
                spans=(side_col.take(4),),
            ),
        ),
        spans=(Column(3, 3, 400).take(230),),
    )
    more = paragraphs(
        Column(3, 1, 520),
        [
            "The harbour master's office will send the map to the national charting agency, "
            "which can take a year to update its charts. In the meantime, the office has put "
            "a yellow buoy on the sandbar.",
        ],
    )
    return Article(
        id="a5",
        headline="Students map the harbor floor with sonar kayaks",
        section="Science & Schools",
        kicker="SCIENCE",
        decks=("A winter of paddling turns up a growing sandbar and a forgotten pier",),
        bylines=(byline,),
        dateline="PORT WREN \u2014",
        blocks=(*body, fig, sidebar, *more),
        spans=(header,),
    )


def letters() -> Article:
    head = Column(4, 0, 110, span=2)
    header = head.take(40)
    col = Column(4, 0, 160)
    byline = Byline(
        printed="Edited by Hannah Lindqvist",
        contributors=(person("Hannah Lindqvist", "Lindqvist", "Hannah", Role.EDITOR),),
        spans=(col.take(12),),
    )
    blocks: list[Block] = [Subhead(text="Keep the fare where it is", spans=(col.take(14),))]
    blocks += paragraphs(
        col,
        [
            "I ride the *Morning Gull* to the mainland four days a week. The proposed fare "
            "rise of a dollar a trip would cost me more than two hundred dollars a year. "
            "Please find the money somewhere other than the pockets of the people who use "
            "the boat most. \u2014 **Colm Ruddy**, Gull Hill",
        ],
    )
    blocks.append(Subhead(text="A fair price for a good boat", spans=(col.take(14),)))
    blocks += paragraphs(
        col,
        [
            "The ferry has not raised its fare since 2019, while fuel has nearly doubled. "
            "A dollar is a fair price for keeping the service we all rely on, and the "
            "monthly pass would still save regular riders a third. \u2014 **Oona Pryce**, "
            "Quay Street",
        ],
    )
    blocks.append(Subhead(text="Thank you, lifeboat crew", spans=(col.take(14),)))
    blocks.append(Subhead(text="From a grateful parent", spans=(col.take(14),)))
    blocks += paragraphs(
        Column(4, 1, 160),
        [
            "On the evening of February 20 my son's dinghy overturned off Gannet Point. The "
            "volunteer lifeboat crew had him out of the water in eleven minutes. Every one of "
            "them had left a warm dinner to do it. Thank you. \u2014 **Marguerite Anand**, "
            "Cliff Road",
            "Letters may be sent to the Ledger office on Quay Street or left at the library "
            "desk. Please keep them under two hundred words and include your street.",
        ],
    )
    return Article(
        id="a6",
        headline="Letters: the ferry fare debate",
        article_type="letter",
        section="Opinion",
        kicker="LETTERS",
        bylines=(byline,),
        blocks=tuple(blocks),
        spans=(header,),
    )


def schools_brief() -> Article:
    head = Column(1, 3, 700)
    header = head.take(40)
    col = Column(1, 3, 750)
    byline = Byline(
        printed="By Tom Beck and Ruth Ames",
        contributors=(person("Tom Beck", "Beck", "Tom"), person("Ruth Ames", "Ames", "Ruth")),
        spans=(col.take(12),),
    )
    body = paragraphs(
        col,
        [
            "The harbour school's robotics team, the Gannets, took second place at the coastal "
            "regional on Saturday with a robot that sorts sea glass by colour.",
            "The team of nine built the machine from a broken printer, a salvaged conveyor "
            "belt and a camera donated by the camera shop on Mill Street. Judges singled out "
            "the team's notebook, which records every failed design, including one that threw "
            "green glass across the gym.",
            "The Gannets go on to the state final in April. The team is raising money for the "
            "trip with a car wash at the fire station on March 14 and asks that donations of "
            "old printers, which they take apart for parts, be left at the school office.",
            "Eleven schools entered this year, three more than last, and the Gannets were the "
            "only team from an island school to reach the final round.",
            "Coach Ada Mensah said the students were already rebuilding the sorting arm. "
            "\u201cSecond place is a good reason to start again,\u201d she said.",
        ],
    )
    return Article(
        id="a2",
        headline="Harbour school robot sorts its way to second place",
        section="News",
        kicker="SCHOOLS",
        bylines=(byline,),
        blocks=tuple(body),
        spans=(header,),
    )


# --- Pages -----------------------------------------------------------------------------------


def furniture(page: int, *items: tuple[FurnitureKind, str]) -> tuple[Furniture, ...]:
    out = []
    for i, (kind, text) in enumerate(items):
        top = 20.0 + 14 * i if kind is not FurnitureKind.FOLIO else PAGE_HEIGHT - 30
        span = Span(page=page, box=Box.rounded(MARGIN, top, PAGE_WIDTH - MARGIN, top + 12))
        out.append(Furniture(kind=kind, text=text, spans=(span,)))
    return tuple(out)


def pages() -> tuple[Page, ...]:
    date = "MARCH 3-4, 2026"
    teaser_col = Column(1, 0, 180, span=4)
    front = Page(
        number=1,
        label="1",
        width=PAGE_WIDTH,
        height=PAGE_HEIGHT,
        section="News",
        teasers=tuple(
            Teaser(
                text=text,
                target_page=page,
                target_article=target,
                label=f"PAGE {page}",
                spans=(teaser_col.take(14),),
            )
            for text, page, target in (
                ("Night market returns to Pier Street", 2, "a3"),
                ("Students map the harbor floor", 3, "a5"),
                ("Letters: the ferry fare debate", 4, "a6"),
            )
        ),
        furniture=(
            *furniture(1, (FurnitureKind.MASTHEAD, "The Harbor Ledger")),
            Furniture(
                kind=FurnitureKind.MASTHEAD,
                text=f"VOL. 7 \u00b7 NO. 41   WEEKEND EDITION   {date}   $2.00",
                spans=(Span(page=1, box=Box.rounded(36, 90, 756, 104)),),
            ),
            Furniture(
                kind=FurnitureKind.MASTHEAD,
                text="Serving Port Wren and the Wren Sound islands since 2019",
                spans=(Span(page=1, box=Box.rounded(36, 108, 756, 120)),),
            ),
        ),
    )
    sections = {2: "Community", 3: "Science & Schools", 4: "Opinion"}
    inner = tuple(
        Page(
            number=n,
            label=str(n),
            width=PAGE_WIDTH,
            height=PAGE_HEIGHT,
            section=sections[n],
            furniture=furniture(
                n,
                (
                    FurnitureKind.RUNNING_HEAD,
                    f"THE HARBOR LEDGER \u00b7 {date} \u00b7 {sections[n].upper()}",
                ),
                (FurnitureKind.FOLIO, str(n)),
            ),
        )
        for n in (2, 3, 4)
    )
    return (front, *inner)


def build_issue() -> Issue:
    """The sample issue as a model (without image bytes)."""
    meta = IssueMeta(
        publication="The Harbor Ledger",
        volume="7",
        number="41",
        edition="Weekend Edition",
        date_text="MARCH 3-4, 2026",
        date_iso="2026-03-03/2026-03-04",
        language="en",
        source="samples/build_sample.py",
    )
    stories = (
        turbine_story(),
        schools_brief(),
        market_story(),
        bridge_story(),
        sonar_story(),
        letters(),
    )
    return Issue(meta=meta, pages=pages(), articles=stories)


# --- Images ----------------------------------------------------------------------------------


def image(seed: int) -> bytes:
    """A small abstract JPEG (waves and discs), the same bytes for the same seed."""
    width, height = 360, 240
    img = Image.new("RGB", (width, height), (200 - 20 * seed, 215, 230))
    draw = ImageDraw.Draw(img)
    for band in range(6):
        top = 90 + band * 25 + seed * 3
        shade = (30 + 25 * band, 70 + 15 * band + 10 * seed, 120 + 18 * band)
        draw.rectangle((0, top, width, height), fill=shade)
        for x in range(0, width, 40):
            draw.ellipse((x - 20, top - 8, x + 20, top + 8), fill=shade)
    for k in range(3 + seed):
        x, y, r = 50 + 90 * k % width, 40 + 17 * k, 14 + 6 * ((k + seed) % 3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(240, 190 - 30 * k % 120, 60))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=70, optimize=True)
    return out.getvalue()


IMAGES = {"p1-1.jpg": 1, "p2-1.jpg": 2, "p3-1.jpg": 3}


def build(out: Path) -> list[Path]:
    """Write the sample XML and its images into ``out``; returns the files written."""
    log = Log()
    xml = write_xml(build_issue(), log=log)
    if len(log):
        raise SystemExit("\n".join(d.render() for d in log))
    folder = out / f"{STEM}-images"
    folder.mkdir(parents=True, exist_ok=True)
    written = [out / f"{STEM}.xml"]
    written[0].write_bytes(xml)
    for name, seed in IMAGES.items():
        target = folder / name
        target.write_bytes(image(seed))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
