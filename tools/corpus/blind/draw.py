"""Draw a whole newspaper issue at random: structure, typography and conventions.

``draw_issue(seed, index)`` is a pure function of its arguments: the same seed and index give the
same issue (a ``random.Random`` seeded from both, never the global generator). What it draws:

- structure: 1-4 pages, 3-15 stories a page (lead, secondary stories, briefs with small heads,
  a briefs column with run-in heads, a rail, fact boxes as sidebars of a story, stand-alone photos
  with a title, adverts, an index strip or index box of teasers, a weather ear), stories jumping
  to a page inside the file or to a page outside it;
- typography: body 7.5-11 pt, a headline scale of 1.2x-6x body, bold/light/italic/condensed/
  all-caps heads, drop caps in another face, small-caps lead-ins, letter-spaced kickers, ruled or
  ruleless gutters, justified or ragged text, photos the text wraps around;
- conventions: byline forms (sentences, two lines, job titles, end bylines, other languages),
  credit forms (prefix, parenthesised, capitals with an affiliation, a line, turned), multi-bank
  heads, kickers above, beside (with a bar), as a tag or below, page labels such as ``A4``,
  dates and volume lines in five languages.

The expected JSON (``expected``) is written from the same objects the renderers print.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from dataclasses import dataclass, field
from typing import Any

from . import lang as L
from . import words as W

ENGINES = ("weasyprint", "chromium", "typst")

SERIFS = (
    "TeX Gyre Termes",
    "TeX Gyre Pagella",
    "TeX Gyre Bonum",
    "TeX Gyre Schola",
    "P052",
    "C059",
    "Nimbus Roman",
    "Liberation Serif",
    "DejaVu Serif",
    "URW Bookman",
)
SANS = ("TeX Gyre Heros", "Nimbus Sans", "Liberation Sans", "Lato", "URW Gothic", "DejaVu Sans")
CONDENSED = (
    "TeX Gyre Heros Cn",
    "Nimbus Sans Narrow",
    "Liberation Sans Narrow",
    "DejaVu Sans Condensed",
)
PAPERS = (  # width, height (mm), grid columns
    (300, 480, 6),
    (315, 470, 6),
    (280, 380, 5),
    (297, 420, 5),
    (250, 340, 4),
)


@dataclass
class Typography:
    body_pt: float
    leading: float
    body_font: str
    head_font: str
    head_weight: str  # bold | light | normal
    head_italic: bool
    head_caps: bool  # heads printed in capitals (the text itself is upper case)
    lead_scale: float  # lead headline size / body size
    second_scale: float
    brief_scale: float  # small heads of briefs and secondary stories (1.2-1.6)
    justify: bool
    gutter_rules: bool
    drop_caps: bool
    drop_font: str
    small_caps_lead: bool
    kicker_pos: str  # above | bar | tag | below
    kicker_tracking: float  # letter-spacing of kickers in em
    deck_style: str  # italic | light | bold-sans
    caption_font: str
    wrap_photos: bool


@dataclass
class Figure:
    caption: str
    credit: str | None  # as expected (label removed, affiliation kept)
    printed_credit: str | None  # as printed
    credit_form: str  # prefix | paren | caps | line | turned | none
    seed: int
    aspect: float
    wrap: bool = False  # floated in the text column, the text wraps around it
    max_h_mm: float = 60.0  # the picture is cropped to at most this height


@dataclass
class Block:
    kind: str  # p | subhead | quote | figure
    text: str = ""
    figure: Figure | None = None
    cont: bool = False  # continues the previous part's last paragraph (cut at the jump)


@dataclass
class Part:
    page: int
    blocks: list[Block]
    jump_out: str | None = None
    jump_in: str | None = None
    jump_head: str | None = None


@dataclass
class Story:
    key: str
    kind: str  # story | brief | briefs | box | photo | rail
    headline: str
    kicker: str | None
    decks: list[str]
    byline_lines: list[str]  # printed under the head (one or two lines)
    end_byline: str | None  # printed after the text
    bylines: list[tuple[str, str]]
    dateline: str | None
    parts: list[Part]
    scale: float  # headline size / body size
    external_jump: str | None = None  # printed jump line to a page not in the file
    external_target: str | int | None = None
    sidebar_of: str | None = None
    run_in: bool = False  # briefs column: items start with a bold run-in head


@dataclass
class Teaser:
    text: str
    label: str  # printed page label ("A4", "Page 4", "Seite 4")
    target: int | str  # page number in the file, or the printed label outside it


@dataclass
class Item:
    """One thing stacked in a cell: a story part or a piece of furniture."""

    kind: str  # story | ad | index | weather
    story: str | None = None
    part: int = 0
    lines: list[str] = field(default_factory=list)  # ad/weather text lines
    teasers: list[Teaser] = field(default_factory=list)


@dataclass
class Cell:
    span: int  # grid columns
    cols: int  # text columns inside
    items: list[Item]


@dataclass
class Page:
    number: int
    label: str  # printed page label ("A1" or "1")
    section: str
    rows: list[list[Cell]]
    rail: Cell | None = None
    rail_left: bool = True
    strip: list[Teaser] = field(default_factory=list)  # index strip under the masthead
    ear: list[str] = field(default_factory=list)  # weather ear beside the nameplate


@dataclass
class Meta:
    publication: str
    tagline: str | None
    volume: str | None
    number: str
    volume_line: str
    date_text: str
    date_iso: str
    price: str


@dataclass
class Issue:
    name: str
    engine: str
    lang: str
    width_mm: float
    height_mm: float
    margin_mm: float
    columns: int
    page_prefix: str
    typo: Typography
    meta: Meta
    pages: list[Page]
    stories: dict[str, Story]
    fill: float  # share of the estimated text capacity filled with words

    def page_label(self, n: int) -> str:
        return f"{self.page_prefix}{n}"


# ---------------------------------------------------------------- typography


def draw_typography(rng: random.Random) -> Typography:
    head_family = rng.choice(("serif", "sans", "condensed"))
    head_font = {"serif": SERIFS, "sans": SANS, "condensed": CONDENSED}[head_family]
    return Typography(
        body_pt=round(rng.uniform(7.5, 11.0), 1),
        leading=round(rng.uniform(1.12, 1.3), 2),
        body_font=rng.choice(SERIFS),
        head_font=rng.choice(head_font),
        head_weight=rng.choice(("bold", "bold", "light", "normal")),
        head_italic=rng.random() < 0.2,
        head_caps=rng.random() < 0.2,
        lead_scale=round(rng.uniform(3.0, 6.0), 2),
        second_scale=round(rng.uniform(1.7, 2.8), 2),
        brief_scale=round(rng.uniform(1.2, 1.6), 2),
        justify=rng.random() < 0.7,
        gutter_rules=rng.random() < 0.5,
        drop_caps=rng.random() < 0.4,
        drop_font=rng.choice(SERIFS + SANS),
        small_caps_lead=rng.random() < 0.25,
        kicker_pos=rng.choice(("above", "above", "bar", "tag", "below")),
        kicker_tracking=rng.choice((0.0, 0.0, 0.12, 0.25)),
        deck_style=rng.choice(("italic", "light", "bold-sans")),
        caption_font=rng.choice(SANS + CONDENSED),
        wrap_photos=rng.random() < 0.4,
    )


# ---------------------------------------------------------------- bylines and credits


def draw_byline(
    rng: random.Random, lang: str
) -> tuple[list[str], str | None, list[tuple[str, str]]]:
    """(lines printed under the head, end byline, expected (name, role) pairs)."""
    words = L.WORDS[lang]
    a, b, c = W.person(rng), W.person(rng), W.person(rng)
    if lang != "en":
        form = rng.choice(("one", "two", "end"))
        if form == "one":
            return [f"{words.by} {a}"], None, [(a, "author")]
        if form == "two":
            return [f"{words.by} {a} {words.and_} {b}"], None, [(a, "author"), (b, "author")]
        return [], f"— {a}", [(a, "author")]
    form = rng.choice(
        (
            "by",
            "by",
            "two",
            "three",
            "sentence",
            "twoline",
            "title",
            "corr",
            "editor",
            "caps",
            "end",
            "end-extra",
        )
    )
    if form == "by":
        return [f"By {a}"], None, [(a, "author")]
    if form == "two":
        return [f"By {a} and {b}"], None, [(a, "author"), (b, "author")]
    if form == "three":
        return [f"By {a}, {b} and {c}"], None, [(a, "author"), (b, "author"), (c, "author")]
    if form == "sentence":
        return (
            [f"This article is by {a}, {b} and {c}."],
            None,
            [(a, "author"), (b, "author"), (c, "author")],
        )
    if form == "twoline":
        return [f"By {a}", f"and {b}"], None, [(a, "author"), (b, "author")]
    if form == "title":
        return [f"By {a}", rng.choice(("Staff Writer", "Political Editor"))], None, [(a, "author")]
    if form == "corr":
        return [f"By {a}, {W.place(rng)} Correspondent"], None, [(a, "correspondent")]
    if form == "editor":
        return [f"Edited by {a}"], None, [(a, "editor")]
    if form == "caps":
        return [f"By {a.upper()}"], None, [(a.upper(), "author")]
    if form == "end":
        return [], f"— {a}", [(a, "author")]
    return (
        [],
        f"— Reporting by {a}; additional reporting by {b}",
        [(a, "author"), (b, "author")],
    )


def draw_figure(rng: random.Random, lang: str, publication: str, wrap: bool) -> Figure:
    who = W.person(rng)
    caption = W.sentence(rng, W.place(rng))
    forms = ["prefix", "paren", "caps", "line", "turned", "none"]
    form = rng.choice(forms if lang == "en" else ["prefix", "line", "none"])
    label = L.WORDS[lang].photo
    short = publication.removeprefix("The ")
    credit: str | None
    printed: str | None
    if form == "prefix":
        credit, printed = who, f"{label} {who}"
    elif form == "paren":
        credit, printed = who, f"(PHOTO: {who})"
    elif form == "caps":
        credit = printed = f"{who.upper()} FOR {short.upper()}"
    elif form in ("line", "turned"):
        credit = printed = f"{who} / {short}"
    else:
        credit = printed = None
    return Figure(
        caption=caption,
        credit=credit,
        printed_credit=printed,
        credit_form=form,
        seed=rng.randint(1, 10**6),
        aspect=round(rng.uniform(0.5, 0.8), 2),
        wrap=wrap,
    )


# ---------------------------------------------------------------- stories


GUTTER_MM = 4.0
PT_MM = 0.3528


@dataclass(frozen=True)
class Room:
    """The space a story is drawn for: width and text columns of its cell, height in mm."""

    width_mm: float
    cols: int
    height_mm: float


class Drawer:
    """Draws the stories of one issue; keys are s1, s2, ... in the order they are drawn."""

    def __init__(
        self, rng: random.Random, issue_lang: str, typo: Typography, pub: str, fill: float
    ) -> None:
        self.rng = rng
        self.lang = issue_lang
        self.typo = typo
        self.pub = pub
        self.fill = fill
        self.max_pic_mm = 60.0  # the renderers cap a picture's height (set per issue)
        self.stories: dict[str, Story] = {}

    def lines(self, text: str, width_mm: float, size_pt: float) -> int:
        """Lines a text of this size takes in this width (an average glyph is ~0.55 em)."""
        glyph = 0.68 if text.isupper() else 0.56
        per_line = max(1.0, width_mm / (glyph * size_pt * PT_MM))
        return int(len(text) / per_line) + 1

    def fit(self, room: Room, used_mm: float) -> int:
        """Body words that fill ``fill`` of the room left after ``used_mm`` of heads/pictures."""
        t = self.typo
        line_mm = t.body_pt * t.leading * PT_MM
        col_mm = (room.width_mm - (room.cols - 1) * GUTTER_MM) / room.cols
        words_per_line = col_mm / (6.0 * 0.5 * t.body_pt * PT_MM)
        lines = max(0.0, room.height_mm - used_mm) / line_mm * room.cols
        return max(25, int(self.fill * lines * words_per_line))

    def head_mm(self, room: Room, head: str, scale: float, decks: list[str], bylines: int) -> float:
        t = self.typo
        size = t.body_pt * scale
        mm = self.lines(head, room.width_mm, size) * size * 1.1 * PT_MM + 2
        for d in decks:
            dsize = max(t.body_pt * 1.15, size * 0.45)
            mm += self.lines(d, room.width_mm, dsize) * dsize * 1.2 * PT_MM + 1
        return mm + bylines * t.body_pt * 1.3 * PT_MM + 4

    def _key(self) -> str:
        return f"s{len(self.stories) + 1}"

    def _head(self, text: str) -> str:
        return text.upper() if self.typo.head_caps else text

    def story(self, page: int, room: Room, scale: float, *, figure: bool, decks: int) -> Story:
        rng = self.rng
        where = W.place(rng)
        head = self._head(W.headline(rng, where))
        lines, end, bylines = draw_byline(rng, self.lang)
        deck_texts = [W.deck(rng, where) for _ in range(decks)]
        used = self.head_mm(room, head, scale, deck_texts, len(lines) + (1 if end else 0))
        fig = None
        if figure:
            fig = draw_figure(rng, self.lang, self.pub, self.typo.wrap_photos and scale < 3)
            width = room.width_mm if not fig.wrap else room.width_mm / room.cols * 0.55
            fig.max_h_mm = round(min(self.max_pic_mm, 0.35 * room.height_mm), 1)
            pic = min(width * fig.aspect, fig.max_h_mm)
            used += (pic + 12) / (1 if not fig.wrap else room.cols)
        paras = W.body(rng, where, self.fit(room, used))
        blocks = [Block("p", p) for p in paras]
        if len(blocks) > 5 and rng.random() < 0.5:
            blocks.insert(len(blocks) // 2, Block("subhead", W.short_head(rng)))
        if len(blocks) > 6 and rng.random() < 0.3:
            blocks.insert(len(blocks) // 3, Block("quote", f"“{rng.choice(W.QUOTES)}”"))
        if fig is not None:
            blocks.insert(0 if not fig.wrap else min(2, len(blocks)), Block("figure", figure=fig))
        small = self.typo.small_caps_lead
        if small:
            # The lead-in words are printed in small capitals: the text layer has capitals.
            first_p = next(b for b in blocks if b.kind == "p")
            w = first_p.text.split(" ", 2)
            first_p.text = " ".join([w[0].upper(), w[1].upper(), *w[2:]])
        story = Story(
            key=self._key(),
            kind="story",
            headline=head,
            kicker=rng.choice(W.KICKERS) if rng.random() < 0.45 else None,
            decks=deck_texts,
            byline_lines=lines,
            end_byline=end,
            bylines=bylines,
            dateline=f"{where.upper()} —" if rng.random() < 0.25 and not small else None,
            parts=[Part(page, blocks)],
            scale=scale,
        )
        self.stories[story.key] = story
        return story

    def brief(self, page: int, room: Room) -> Story:
        """A short story with a head of 1.2-1.6x body, often under a rule, no byline or one."""
        rng = self.rng
        where = W.place(rng)
        has_by = rng.random() < 0.4
        lines, end, bylines = draw_byline(rng, self.lang) if has_by else ([], None, [])
        story = Story(
            key=self._key(),
            kind="brief",
            headline=W.short_head(rng),
            kicker=None,
            decks=[],
            byline_lines=lines,
            end_byline=end,
            bylines=bylines,
            dateline=None,
            parts=[
                Part(page, [Block("p", p) for p in W.body(rng, where, self._brief_words(room))])
            ],
            scale=self.typo.brief_scale,
        )
        self.stories[story.key] = story
        return story

    def _brief_words(self, room: Room) -> int:
        return min(140, self.fit(room, self.typo.body_pt * 4 * PT_MM + 4))

    def briefs_column(self, page: int, room: Room) -> Story:
        """One article headed by the column head; items start with a bold run-in head."""
        rng = self.rng
        items = []
        for _ in range(max(2, min(6, self._brief_words(room) // 30))):
            head = W.short_head(rng)
            items.append(Block("p", f"{head}. {W.paragraph(rng, W.place(rng), rng.randint(1, 2))}"))
        story = Story(
            key=self._key(),
            kind="briefs",
            headline=L.WORDS[self.lang].briefs,
            kicker=None,
            decks=[],
            byline_lines=[],
            end_byline=None,
            bylines=[],
            dateline=None,
            parts=[Part(page, items)],
            scale=self.typo.brief_scale + 0.2,
            run_in=True,
        )
        self.stories[story.key] = story
        return story

    def rail_story(self, page: int, room: Room) -> Story:
        rng = self.rng
        who = W.person(rng)
        story = Story(
            key=self._key(),
            kind="rail",
            headline=W.short_head(rng),
            kicker=rng.choice(W.KICKERS),
            decks=[],
            byline_lines=[f"Edited by {who}"],
            end_byline=None,
            bylines=[(who, "editor")],
            dateline=None,
            parts=[
                Part(
                    page,
                    [Block("p", p) for p in W.body(rng, W.place(rng), self._brief_words(room))],
                )
            ],
            scale=self.typo.brief_scale + 0.3,
        )
        self.stories[story.key] = story
        return story

    def fact_box(self, page: int, of: Story) -> Story:
        rng = self.rng
        noun = rng.choice(W.NOUNS)
        title = rng.choice((f"The {noun} in numbers", "At a glance", f"How to visit the {noun}"))
        lines = [
            f"{rng.randint(2, 900)} {rng.choice(W.PEOPLE)} {rng.choice(W.VERBS_PAST)} the plan."
            for _ in range(rng.randint(3, 5))
        ]
        story = Story(
            key=self._key(),
            kind="box",
            headline=title,
            kicker=None,
            decks=[],
            byline_lines=[],
            end_byline=None,
            bylines=[],
            dateline=None,
            parts=[Part(page, [Block("p", x) for x in lines])],
            scale=self.typo.brief_scale + 0.3,
            sidebar_of=of.key,
        )
        self.stories[story.key] = story
        return story

    def photo(self, page: int, room: Room) -> Story:
        """A stand-alone photo with a title: an article with one figure and no paragraphs."""
        rng = self.rng
        fig = draw_figure(rng, self.lang, self.pub, wrap=False)
        fig.max_h_mm = round(max(15.0, min(self.max_pic_mm, room.height_mm - 25)), 1)
        story = Story(
            key=self._key(),
            kind="photo",
            headline=W.short_head(rng),
            kicker=None,
            decks=[],
            byline_lines=[],
            end_byline=None,
            bylines=[],
            dateline=None,
            parts=[Part(page, [Block("figure", figure=fig)])],
            scale=self.typo.brief_scale + 0.4,
        )
        self.stories[story.key] = story
        return story


def split_for_jump(story: Story, to_page: int, jump_out: str, jump_in: str, head: str) -> None:
    """Cut the story's text about 65% in, mid-paragraph, and continue it on ``to_page``."""
    first = story.parts[0]
    paras = [i for i, b in enumerate(first.blocks) if b.kind == "p"]
    cut = paras[max(1, int(len(paras) * 0.65))] if len(paras) > 2 else paras[-1]
    words = first.blocks[cut].text.split()
    half = max(3, len(words) // 2)
    head_text = " ".join(words[:half])
    tail_text = " ".join(words[half:]) or "and more."
    rest = first.blocks[cut + 1 :]
    first.blocks = [*first.blocks[:cut], Block("p", head_text)]
    first.jump_out = jump_out
    story.parts.append(
        Part(to_page, [Block("p", tail_text, cont=True), *rest], jump_in=jump_in, jump_head=head)
    )


def cut_external(story: Story, line: str, target: str | int) -> None:
    """The story goes on outside the file: the text stops mid-paragraph at the jump line."""
    part = story.parts[-1]
    paras = [i for i, b in enumerate(part.blocks) if b.kind == "p"]
    keep = paras[max(0, int(len(paras) * 0.6))] if len(paras) > 1 else paras[-1]
    words = part.blocks[keep].text.split()
    part.blocks = [*part.blocks[:keep], Block("p", " ".join(words[: max(4, len(words) // 2)]))]
    story.external_jump, story.external_target = line, target


# ---------------------------------------------------------------- the issue


def _meta(rng: random.Random, lang: str) -> Meta:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    line, vol, num = L.volume_line(rng, lang)
    return Meta(
        publication=W.publication(rng),
        tagline=rng.choice((None, "Independent since 1871", "The valley’s own paper")),
        volume=vol,
        number=num,
        volume_line=line,
        date_text=L.date_text(rng, lang, day),
        date_iso=day.isoformat(),
        price=rng.choice(L.WORDS[lang].price),
    )


def _teasers(rng: random.Random, issue: Issue, page_count: int) -> list[Teaser]:
    """Index entries: section names with page labels, some inside the file, some outside."""
    words = L.WORDS[issue.lang]
    out: list[Teaser] = []
    sections = rng.sample(W.SECTIONS, rng.randint(3, 5))
    for i, section in enumerate(sections):
        inside = page_count > 1 and i < page_count - 1 and rng.random() < 0.6
        n = (i + 2) if inside else rng.randint(page_count + 2, 40)
        if issue.page_prefix:
            label = f"{issue.page_prefix}{n}"
            target: int | str = n if inside else label
        else:
            label = rng.choice((str(n), words.page.format(p=n)))
            target = n
        out.append(Teaser(section, label, target))
    return out


def _ad(rng: random.Random) -> Item:
    what = rng.choice(("SALE", "NOW OPEN", "LAST CHANCE", "FREE DELIVERY"))
    shop = f"{W.surname(rng)} & Sons"
    return Item(
        "ad",
        lines=[
            what,
            shop,
            f"{rng.randint(10, 70)}% off {rng.choice(W.NOUNS)} supplies",
            f"Call 0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}",
        ],
    )


def _weather(rng: random.Random, lang: str) -> list[str]:
    hi = rng.randint(4, 28)
    return [L.WORDS[lang].weather, f"{hi}° / {hi - rng.randint(3, 9)}°"]


def _page_rows(
    rng: random.Random, d: Drawer, issue: Issue, page: Page, n_stories: int, main: int, h: float
) -> list[Story]:
    """Fill ``page.rows`` (``main`` grid columns, ``h`` mm high) with about ``n_stories`` stories.

    The rows are planned first, then each gets a share of the height, and every story is drawn
    with as many words as its share holds (times the issue's fill), so a page is full but fits.
    """
    typo = issue.typo
    placed: list[Story] = []
    lead_span = main if main <= 4 or rng.random() < 0.5 else main - 2
    rest = max(0, n_stories - (1 if lead_span == main else 2))
    plan: list[int] = []  # cells per later row
    max_rows = max(1, int(h * 0.58 / MIN_ROW_MM))
    while rest > 0 and len(plan) < max_rows:
        # The last row that fits takes what is left, up to one story per grid column.
        n = min(rest, main if len(plan) == max_rows - 1 else rng.randint(2, 4), main)
        plan.append(n)
        rest -= n
    lead_h = h * (0.55 if len(plan) <= 1 else 0.42) if plan else h
    row_h = (h - lead_h) / len(plan) if plan else 0.0

    def room(span: int, cols: int, height: float) -> Room:
        return Room(span * d_col(issue) + (span - 1) * GUTTER_MM, cols, height - 6)

    lead_cols = max(1, lead_span - rng.choice((0, 0, 1)))
    lead = d.story(
        page.number,
        room(lead_span, lead_cols, lead_h),
        typo.lead_scale if page.number == 1 else typo.second_scale + 0.6,
        figure=True,
        decks=rng.choice((0, 1, 1, 2)),
    )
    row = [Cell(lead_span, lead_cols, [Item("story", lead.key)])]
    placed.append(lead)
    if lead_span < main:
        boxed = rng.random() < 0.5
        side_h = lead_h * (0.6 if boxed else 1.0)
        side = d.story(
            page.number, room(main - lead_span, 1, side_h), typo.second_scale, figure=False, decks=1
        )
        row.append(Cell(main - lead_span, 1, [Item("story", side.key)]))
        placed.append(side)
        if boxed:
            row[-1].items.append(Item("story", d.fact_box(page.number, lead).key))
    page.rows.append(row)
    for n_cells in plan:
        row = []
        for span in _split(rng, main, n_cells):
            stack = 2 if span == 1 and rng.random() < 0.4 else 1
            items: list[Item] = []
            for _ in range(stack):
                r = room(span, max(1, span - (1 if span > 2 else 0)), row_h / stack)
                roll = rng.random()
                if roll < 0.5:
                    scale = typo.second_scale if span > 1 else typo.brief_scale + 0.3
                    fig = span > 1 and rng.random() < 0.5
                    s = d.story(page.number, r, scale, figure=fig, decks=rng.choice((0, 0, 1)))
                elif roll < 0.75:
                    s = d.brief(page.number, r)
                elif roll < 0.87:
                    s = d.photo(page.number, r)
                else:
                    s = d.briefs_column(page.number, r)
                items.append(Item("story", s.key))
                placed.append(s)
            row.append(Cell(span, max(1, span - (1 if span > 2 else 0)), items))
        page.rows.append(row)
    return placed


def d_col(issue: Issue) -> float:
    """Width of one grid column in mm."""
    return (issue.width_mm - 2 * issue.margin_mm - (issue.columns - 1) * GUTTER_MM) / issue.columns


def _split(rng: random.Random, total: int, n: int) -> list[int]:
    """``n`` positive widths adding up to ``total``."""
    cuts = sorted(rng.sample(range(1, total), n - 1)) if n > 1 else []
    edges = [0, *cuts, total]
    return [b - a for a, b in itertools.pairwise(edges)]


MIN_ROW_MM = 55.0  # a row of stories is at least this high
MAST_MM = 62.0  # nameplate, date line and index strip on page 1
RUN_MM = 10.0  # running head on inner pages
AD_MM = 38.0
CONT_MM = 0.3  # share of a page the continuation of a jumped story takes


def draw_issue(seed: int, index: int, fill: float = 0.62, variant: int = 0) -> Issue:
    """Issue ``index`` of the set ``seed``; ``variant`` > 0 draws a sparser replacement."""
    suffix = f":{variant}" if variant else ""
    rng = random.Random(f"newslayout-blind:{seed}:{index}{suffix}")
    engine = ENGINES[(seed + index) % len(ENGINES)]
    issue_lang = rng.choices(("en", "de", "fr", "it", "es"), weights=(6, 1, 1, 1, 1))[0]
    width, height, columns = rng.choice(PAPERS)
    typo = draw_typography(rng)
    meta = _meta(rng, issue_lang)
    n_pages = rng.choices((1, 2, 3, 4), weights=(2, 4, 3, 1))[0]
    slug = re.sub(r"[^a-z]+", "-", meta.publication.lower()).strip("-")
    issue = Issue(
        name=f"{index:02d}-{slug}-{engine}",
        engine=engine,
        lang=issue_lang,
        width_mm=width,
        height_mm=height,
        margin_mm=rng.choice((10.0, 12.0, 14.0)),
        columns=columns,
        page_prefix="A" if rng.random() < 0.3 else "",
        typo=typo,
        meta=meta,
        pages=[],
        stories={},
        fill=fill,
    )
    d = Drawer(rng, issue_lang, typo, meta.publication, fill)
    text_h = height - 2 * issue.margin_mm
    d.max_pic_mm = 0.16 * text_h
    jump_to = rng.randint(2, n_pages) if n_pages > 1 and rng.random() < 0.7 else None
    page_stories: list[list[Story]] = []
    for n in range(1, n_pages + 1):
        page = Page(n, issue.page_label(n), rng.choice(W.SECTIONS), [])
        issue.pages.append(page)
        max_stories = max(3, {6: 15, 5: 11, 4: 8}[columns] - 3 * variant)
        n_stories = rng.randint(3, max_stories)
        h = text_h - (MAST_MM if n == 1 else RUN_MM)
        if jump_to == n:
            h -= CONT_MM * text_h
        ad = rng.random() < 0.35
        if ad:
            h -= AD_MM
        rail = rng.random() < 0.4
        main = columns - (1 if rail else 0)
        if rail:
            page.rail_left = rng.random() < 0.5
            rail_room = Room(d_col(issue), 1, h / 2 - 8)
            items = [Item("story", d.briefs_column(n, rail_room).key)]
            if rng.random() < 0.6:
                items.append(Item("story", d.rail_story(n, rail_room).key))
            if n == 1 and rng.random() < 0.5:
                items.append(Item("index", teasers=_teasers(rng, issue, n_pages)))
            page.rail = Cell(1, 1, items)
            n_stories -= len([i for i in items if i.kind == "story"])
        if n == 1:
            if rng.random() < 0.6 and not any(i.kind == "index" for i in _rail_items(page)):
                page.strip = _teasers(rng, issue, n_pages)
            if rng.random() < 0.6:
                page.ear = _weather(rng, issue_lang)
        page_stories.append(_page_rows(rng, d, issue, page, max(2, n_stories), main, h))
        if ad:
            page.rows.append([Cell(main, 1, [_ad(rng)])])
    issue.stories = d.stories
    _draw_jumps(rng, issue, page_stories, jump_to)
    return issue


def _rail_items(page: Page) -> list[Item]:
    return page.rail.items if page.rail else []


def _draw_jumps(
    rng: random.Random, issue: Issue, page_stories: list[list[Story]], to: int | None
) -> None:
    words = L.WORDS[issue.lang]
    lead = page_stories[0][0]
    if to is not None:
        label = issue.page_label(to)
        key = lead.headline.split()[-1].strip(",.").upper()
        out = rng.choice(words.jump_out).format(p=label, k=key)
        inn = rng.choice(words.jump_in).format(p=issue.page_label(1), k=key)
        split_for_jump(lead, to, out, inn, rng.choice((key, lead.headline)))
        # The continuation opens the target page, across its first cells.
        target = issue.pages[to - 1]
        main = sum(c.span for c in target.rows[0])
        span = main if main <= 4 else main - 1
        target.rows.insert(0, [Cell(span, span, [Item("story", lead.key, 1)])])
        if span < main:
            target.rows[0].append(Cell(main - span, 1, [_ad(rng)]))
    # A story on some page goes on to a page outside the file.
    candidates = [s for stories in page_stories for s in stories[1:] if s.kind == "story"]
    if candidates and rng.random() < 0.6:
        story = rng.choice(candidates)
        n = rng.randint(len(issue.pages) + 3, 30)
        label = f"{issue.page_prefix}{n}" if issue.page_prefix else str(n)
        line = rng.choice(words.jump_out).format(p=label, k=story.headline.split()[0].upper())
        cut_external(story, line, label if issue.page_prefix else n)


# ---------------------------------------------------------------- expected JSON


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _blocks(story: Story) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    first = True
    for part in story.parts:
        for b in part.blocks:
            if b.kind == "p":
                text = b.text
                if first and story.dateline:
                    text = f"{story.dateline} {text}"
                first = False
                if b.cont and out and out[-1]["type"] == "p":
                    out[-1]["text"] = _collapse(out[-1]["text"] + " " + text)
                else:
                    out.append({"type": "p", "text": _collapse(text)})
            elif b.kind in ("subhead", "quote"):
                out.append({"type": b.kind, "text": _collapse(b.text)})
            elif b.figure is not None:
                out.append(
                    {
                        "type": "figure",
                        "caption": _collapse(b.figure.caption),
                        "credit": b.figure.credit,
                        "page": part.page,
                    }
                )
    return out


def story_order(issue: Issue) -> list[Story]:
    """Stories in reading order of where they start: page, rail, rows, cells, stacked items."""
    seen: list[Story] = []
    for page in issue.pages:
        cells = [c for row in page.rows for c in row]
        if page.rail:
            cells = [page.rail, *cells] if page.rail_left else [*cells, page.rail]
        for cell in cells:
            for item in cell.items:
                if item.kind == "story" and item.story and item.part == 0:
                    seen.append(issue.stories[item.story])
    return seen


def expected(issue: Issue) -> dict[str, Any]:
    """The expected ``inspect --json`` document (corpus conventions, docs/corpus.md)."""
    order = story_order(issue)
    ids = {s.key: f"a{i}" for i, s in enumerate(order, start=1)}
    arts = []
    for s in order:
        art: dict[str, Any] = {
            "id": ids[s.key],
            "headline": _collapse(s.headline),
            "deck": "\n".join(s.decks) if s.decks else None,
            "kicker": s.kicker,
            "bylines": [{"name": n, "role": r} for n, r in s.bylines],
            "pages": sorted({p.page for p in s.parts}),
            "jumps": [
                {"from_page": p.page, "to_page": s.parts[i + 1].page, "jump_text": p.jump_out}
                for i, p in enumerate(s.parts)
                if p.jump_out
            ],
            "blocks": _blocks(s),
        }
        if s.external_jump:
            art["external_jump"] = {"jump_text": s.external_jump, "to_page": s.external_target}
        if s.kind == "box":
            art["is_box"] = True
            art["sidebar_of"] = ids[s.sidebar_of] if s.sidebar_of else None
        if s.kind == "photo":
            art["standalone_photo"] = True
        arts.append(art)
    m = issue.meta
    return {
        "issue": {
            "publication": m.publication,
            "volume": m.volume,
            "number": m.number,
            "date_text": m.date_text,
            "date_iso": m.date_iso,
            "pages": len(issue.pages),
        },
        "pages": [
            {
                "number": p.number,
                "teasers": [
                    {"text": t.text, "target_page": t.target}
                    for t in p.strip + [t for i in _rail_items(p) for t in i.teasers]
                ],
            }
            for p in issue.pages
        ],
        "articles": arts,
    }
