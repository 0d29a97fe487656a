"""Write the seed-form fixtures: invented front pages in the form of the real seed page.

    python tests/seedform/build.py        # rewrites tests/seedform/<name>.txt and .expected.json

Each page is written from its outline below (the outline is the truth): the text in the
seed's form (blocks between blank lines, one paragraph per line, some paragraphs cut by a
column break into two blocks, some words broken at a line end, captions with a "(PHOTO: X /
Y)" credit between stories, "PAGE N" teasers above the masthead, "See page N" jumps, titles
standing alone) and the inspect JSON the reader should give for it. The stories are
invented; no real page is copied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

#: A paragraph cut by a column break: its parts (a part ending in "-" is a word broken at
#: the line end; the next part holds the rest of the word).
Para = str | tuple[str, ...]


@dataclass
class Story:
    headline: str
    byline: str = ""
    names: list[tuple[str, str]] = field(default_factory=list)
    #: ("p", Para) | ("sub", text) | ("fig", caption, credit) | ("quote", text)
    blocks: list[tuple[Any, ...]] = field(default_factory=list)
    jump: int | None = None
    deck: str = ""
    #: The deck printed right under the headline, no blank line between (hand-made text).
    deck_joined: bool = False


@dataclass
class Page:
    name: str
    masthead: list[str]
    meta: dict[str, str | None]
    teasers: list[tuple[str, int]]
    stories: list[Story]
    teasers_below: bool = False


def joined(para: Para) -> str:
    if isinstance(para, str):
        return para
    text = para[0]
    for part in para[1:]:
        text = text[:-1] + part if text.endswith("-") else f"{text} {part}"
    return text


def render(page: Page) -> str:
    out: list[str] = ["", ""]
    teasers: list[str] = []
    for title, number in page.teasers:
        teasers += [title, "", f"PAGE {number}", "", "", ""]
    if not page.teasers_below:
        out += teasers
    for line in page.masthead:
        out += [line, ""]
    if page.teasers_below:
        out += teasers
    for story in page.stories:
        out += [story.headline] if story.deck_joined else [story.headline, ""]
        if story.deck:
            out += [story.deck, ""]
        if story.byline:
            out += [story.byline, ""]
        for block in story.blocks:
            kind = block[0]
            if kind == "p":
                para = block[1]
                parts = [para] if isinstance(para, str) else list(para)
                for part in parts:
                    out += [part, ""]
            elif kind == "sub":
                out += [block[1], ""]
            elif kind == "fig":
                out += ["", "", f"{block[1]} (PHOTO: {block[2]})", ""]
            elif kind == "quote":
                out += ["“", block[1], ""]
        if story.jump is not None:
            out += [f"See page {story.jump}", ""]
        out += [""]
    return "\n".join(out).rstrip("\n") + "\n"


def expected(page: Page) -> dict[str, Any]:
    articles = []
    for number, story in enumerate(page.stories, start=1):
        blocks: list[dict[str, Any]] = []
        for block in story.blocks:
            if block[0] == "p":
                blocks.append({"type": "p", "text": joined(block[1])})
            elif block[0] == "sub":
                blocks.append({"type": "subhead", "text": block[1]})
            elif block[0] == "fig":
                blocks.append(
                    {"type": "figure", "caption": block[1], "credit": block[2], "page": 1}
                )
            elif block[0] == "quote":
                blocks.append({"type": "quote", "text": block[1]})
        jumps = (
            [{"from_page": 1, "to_page": story.jump, "jump_text": f"See page {story.jump}"}]
            if story.jump
            else []
        )
        articles.append(
            {
                "id": f"a{number}",
                "headline": story.headline,
                "deck": story.deck or None,
                "kicker": None,
                "bylines": [{"name": n, "role": r} for n, r in story.names],
                "pages": [1],
                "jumps": jumps,
                "blocks": blocks,
                "external_jump": None,
                "standalone_photo": len(blocks) == 1 and blocks[0]["type"] == "figure",
                "is_box": False,
                "sidebar_of": None,
            }
        )
    return {
        "issue": {**page.meta, "pages": 1},
        "pages": [
            {"number": 1, "teasers": [{"text": t, "target_page": p} for t, p in page.teasers]}
        ],
        "articles": articles,
    }


def meta(
    publication: str, volume: str | None, number: str | None, date: str, iso: str
) -> dict[str, str | None]:
    return {
        "publication": publication,
        "volume": volume,
        "number": number,
        "date_text": date,
        "date_iso": iso,
    }


def main() -> None:
    from pages import PAGES  # the outlines, kept apart from the machinery

    for page in PAGES:
        (HERE / f"{page.name}.txt").write_text(render(page), encoding="utf-8")
        doc = json.dumps(expected(page), indent=2, ensure_ascii=False) + "\n"
        (HERE / f"{page.name}.expected.json").write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
