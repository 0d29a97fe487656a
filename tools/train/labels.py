"""Truth roles for the reader's text blocks of a generated issue, by text match.

The blind generator keeps each drawn issue as ``src/<name>.json`` beside its PDF: every
headline, kicker, deck, byline line, paragraph, subhead, pull quote, caption, printed credit,
jump line, teaser strip and ear, with its page. A block of the reader's takes the role of the
truth texts that hold its text (letters and digits only, so hyphenation, letter spacing and
split drop caps do not matter); a block whose text several roles hold, or none, or that
straddles two truth texts of different roles, gets no label and is left out of training.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The truth roles; ``other`` is apparatus the model leaves to the rules (masthead, teasers,
#: jump lines and heads), ``advert`` is left out of training altogether.
OTHER = "other"
ADVERT = "advert"
#: Shorter keys than this match too much to label anything.
MIN_KEY = 4
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def key(text: str) -> str:
    """Lowercase letters and digits only (``"TR ANSPOR T"`` and ``"trans-\\nport"`` match)."""
    return _NOT_ALNUM.sub("", text.casefold())


@dataclass(frozen=True, slots=True)
class Truth:
    role: str
    page: int
    key: str


def _story_truths(story: dict[str, Any]) -> Iterator[Truth]:
    parts = story["parts"]
    first = parts[0]["page"] if parts else 0
    head = story["headline"]
    if head:
        yield Truth("headline", first, key(head))
    if story.get("kicker"):
        yield Truth("kicker", first, key(story["kicker"]))
    for deck in story.get("decks") or ():
        yield Truth("deck", first, key(deck))
    for line in story.get("byline_lines") or ():
        yield Truth("byline", first, key(line))
    last = parts[-1]["page"] if parts else 0
    if story.get("end_byline"):
        yield Truth("byline", last, key(story["end_byline"]))
    if story.get("external_jump"):
        yield Truth(OTHER, last, key(story["external_jump"]))
    for n, part in enumerate(parts):
        page = part["page"]
        for jump in ("jump_out", "jump_in", "jump_head"):
            if part.get(jump):
                yield Truth(OTHER, page, key(part[jump]))
        # Paragraphs in a row, as one text: a block may hold the end of one and the start of
        # the next (one style in one region); the dateline runs into the first paragraph.
        run: list[str] = [story["dateline"]] if n == 0 and story.get("dateline") else []
        for block in part["blocks"]:
            kind = block["kind"]
            if kind == "p":
                run.append(block["text"])
                continue
            if run:
                yield Truth("body", page, key(" ".join(run)))
                run = []
            if kind in ("subhead", "quote"):
                yield Truth(kind, page, key(block["text"]))
            elif kind == "figure" and block.get("figure"):
                fig = block["figure"]
                if fig.get("caption"):
                    yield Truth("caption", page, key(fig["caption"]))
                if fig.get("printed_credit"):
                    yield Truth("credit", page, key(fig["printed_credit"]))
        if run:
            yield Truth("body", page, key(" ".join(run)))


def _page_truths(issue: dict[str, Any]) -> Iterator[Truth]:
    meta = issue["meta"]
    for page in issue["pages"]:
        n = page["number"]
        masthead = [meta.get(k) for k in ("tagline", "volume_line", "price")]
        if n == 1:
            masthead += [meta["publication"], meta["date_text"]]
        for text in masthead:
            if text:
                yield Truth(OTHER, n, key(text))
        if n != 1:  # the running head: label, section, title, date
            for text in (page["section"], meta["publication"], meta["date_text"]):
                yield Truth("furniture", n, key(text))
        for teaser in page.get("strip") or ():
            yield Truth(OTHER, n, key(f"{teaser['text']} {teaser['label']}"))
        for text in page.get("ear") or ():
            yield Truth("furniture", n, key(text))
        cells = [c for row in page["rows"] for c in row]
        if page.get("rail"):
            cells.append(page["rail"])
        for item in (i for c in cells for i in c["items"]):
            role = {"ad": ADVERT, "index": OTHER, "weather": "furniture"}.get(item["kind"])
            for text in item.get("lines") or ():
                yield Truth(role or OTHER, n, key(text))
            for teaser in item.get("teasers") or ():
                yield Truth(OTHER, n, key(f"{teaser['text']} {teaser['label']}"))


def truths(src: Path) -> list[Truth]:
    """Every truth text of the drawn issue ``src`` (``src/<name>.json``) with its role."""
    issue = json.loads(src.read_text(encoding="utf-8"))
    found = [*_page_truths(issue)]
    for story in issue["stories"].values():
        found.extend(_story_truths(story))
    return [t for t in found if t.key]


def label(text: str, page: int, known: Iterable[Truth]) -> str | None:
    """The one role whose truth texts hold ``text`` (those on its page first), or ``None``."""
    k = key(text)
    if len(k) < MIN_KEY:
        return None
    holders = [t for t in known if k in t.key]
    here = [t for t in holders if t.page == page]
    roles = {t.role for t in (here or holders)}
    return roles.pop() if len(roles) == 1 else None
