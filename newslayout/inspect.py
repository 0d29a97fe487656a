"""A readable outline of an issue, and its documented JSON shape (``inspect --json``).

The JSON shape is a contract (see ``docs/cli.md``): scripts compare it with hand-made
expectations, so change it only with a version note.
"""

from __future__ import annotations

import json
import re

from newslayout.diagnostics import Log
from newslayout.headless import attach_headless
from newslayout.model import (
    Article,
    Block,
    Figure,
    Issue,
    Jump,
    ListBlock,
    Paragraph,
    PullQuote,
    Sidebar,
    Subhead,
    Teaser,
    article_pages,
    dateline_in_text,
    is_standalone_photo,
    jump_leaves_file,
    jumps_out,
    teaser_leaves_file,
    word_count,
)
from newslayout.options import WriteOptions

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _or_none(text: str) -> str | None:
    cleaned = _clean(text)
    return cleaned or None


def _printed_page(label: str) -> int | str | None:
    """A page outside the file as printed: a number where pages are numbered ("8" -> 8), the
    label where they carry section letters ("A4")."""
    cleaned = _clean(label)
    if not cleaned:
        return None
    return int(cleaned) if _DIGITS.fullmatch(cleaned) else cleaned


def _teaser_target(teaser: Teaser) -> int | str | None:
    """The page sequence in this file, else the printed label of a page outside it."""
    if teaser.target_page is not None:
        return teaser.target_page
    return _printed_page(teaser.target_label)


def _external_jump(article: Article) -> dict[str, object] | None:
    """The first jump-out to a page outside the file, as ``{jump_text, to_page}``."""
    out: Jump | None = next((j for j in jumps_out(article) if jump_leaves_file(j)), None)
    if out is None:
        return None
    return {"jump_text": _clean(out.text), "to_page": _printed_page(out.to_label)}


def _decks(article: Article) -> str | None:
    """The decks, each with its spaces collapsed, one a line (``null`` for none)."""
    decks = [_clean(d) for d in article.decks]
    return "\n".join(d for d in decks if d) or None


def _figure_page(block: Figure) -> int | None:
    return next((s.page for s in block.spans if s.page is not None), None)


def _figure_json(block: Figure) -> dict[str, object]:
    """A figure, or a ``picture``: a picture printed without a caption (an icon, a logo, a
    row of snapshots, an advert's image, a columnist's headshot credited "Photo: private").
    The contract's figures are captioned pictures; an uncaptioned one is kept under its own
    type, with its credit, so nothing read is lost. A figure known only from its caption or
    credit lines (the text reader sees no pictures) is a figure."""
    caption, credit = _clean(block.caption_text), _or_none(block.credit)
    bare = block.graphic is not None and not caption
    return {
        "type": "picture" if bare else "figure",
        "caption": caption,
        "credit": credit,
        "page": _figure_page(block),
    }


def _blocks_json(blocks: tuple[Block, ...]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for block in blocks:
        match block:
            case Paragraph():
                out.append({"type": "p", "text": _clean(block.text)})
            case Subhead():
                out.append({"type": "subhead", "text": _clean(block.text)})
            case Figure():
                out.append(_figure_json(block))
            case PullQuote():
                out.append({"type": "quote", "text": _clean(block.text)})
            case ListBlock():
                # Lists have no type of their own in the contract: each item reads as a p.
                out.extend({"type": "p", "text": _clean(item.text)} for item in block.items)
            case Sidebar():
                if block.title:
                    out.append({"type": "subhead", "text": _clean(block.title)})
                out.extend(_blocks_json(block.blocks))
    return out


def article_to_json(article: Article) -> dict[str, object]:
    """One article in the ``inspect --json`` shape."""
    return {
        "id": article.id,
        "headline": _clean(article.headline),
        "deck": _decks(article),
        "kicker": _or_none(article.kicker),
        "bylines": [
            {"name": _clean(c.name), "role": c.role.value}
            for byline in article.bylines
            for c in byline.contributors
        ],
        "pages": list(article_pages(article)),
        "jumps": [
            {"from_page": j.from_page, "to_page": j.to_page, "jump_text": _clean(j.text)}
            for j in jumps_out(article)
            if not jump_leaves_file(j)
        ],
        "external_jump": _external_jump(article),
        "standalone_photo": is_standalone_photo(article),
        "is_box": article.boxed,
        "sidebar_of": article.sidebar_of or None,
        "blocks": _with_dateline(article, _blocks_json(article.blocks)),
    }


def _with_dateline(article: Article, blocks: list[dict[str, object]]) -> list[dict[str, object]]:
    """The dateline reads as the start of the first paragraph, as it is printed."""
    if not article.dateline or dateline_in_text(article):
        return blocks
    for block in blocks:
        if block["type"] == "p":
            block["text"] = f"{_clean(article.dateline)} {block['text']}"
            break
    return blocks


def issue_to_json(issue: Issue, log: Log | None = None) -> dict[str, object]:
    """The whole issue in the documented ``inspect --json`` shape.

    Like every writer's output it has no article without a headline
    (:func:`~newslayout.headless.attach_headless`, reported on ``log``).
    """
    issue = attach_headless(issue, log)
    meta = issue.meta
    return {
        "issue": {
            "publication": _or_none(meta.publication),
            "volume": _or_none(meta.volume),
            "number": _or_none(meta.number),
            "date_text": _or_none(meta.date_text),
            "date_iso": _or_none(meta.date_iso),
            "pages": len(issue.pages),
        },
        "pages": [
            {
                "number": page.number,
                "teasers": [
                    {"text": _clean(t.text), "target_page": _teaser_target(t)} for t in page.teasers
                ],
            }
            for page in issue.pages
        ],
        "articles": [article_to_json(a) for a in issue.articles],
    }


def issue_to_json_text(issue: Issue, log: Log | None = None) -> str:
    """``issue_to_json`` serialised: UTF-8 friendly, indented, stable key order."""
    return json.dumps(issue_to_json(issue, log), ensure_ascii=False, indent=2) + "\n"


def write_json(issue: Issue, *, options: WriteOptions, log: Log) -> bytes:
    """Writer for the ``json`` format: the inspect JSON as UTF-8 bytes."""
    del options  # the JSON outline has no options
    return issue_to_json_text(issue, log).encode("utf-8")


def _pages_label(pages: tuple[int, ...]) -> str:
    return ", ".join(str(p) for p in pages) if pages else "?"


def outline(issue: Issue) -> str:
    """A readable outline: metadata, pages with teasers, articles with their parts."""
    meta = issue.meta
    lines = [meta.publication or "(no publication name)"]
    facts = [
        f"volume {meta.volume}" if meta.volume else "",
        f"number {meta.number}" if meta.number else "",
        meta.edition,
        meta.date_text + (f" ({meta.date_iso})" if meta.date_iso else ""),
    ]
    if any(facts):
        lines.append("  " + " · ".join(f for f in facts if f))
    lines.append(f"  {len(issue.pages)} page(s), {len(issue.articles)} article(s)")
    lines.append("")
    lines.append("Pages")
    for page in issue.pages:
        printed = page.label if page.label and page.label != str(page.number) else ""
        section = f" — {page.section}" if page.section else ""
        lines.append(
            f"  page {page.number}" + (f" (printed {printed})" if printed else "") + section
        )
        for teaser in page.teasers:
            target = f"page {teaser.target_page}" if teaser.target_page else "no page"
            if teaser_leaves_file(teaser):
                target = f"page {teaser.target_label} (not in the file)"
            target_id = f", {teaser.target_article}" if teaser.target_article else ""
            lines.append(f"    teaser: {teaser.text} -> {target}{target_id}")
    lines.append("")
    lines.append("Articles")
    for article in issue.articles:
        head = f"  [{article.id}] {article.headline}"
        if article.kicker:
            head = f"  [{article.id}] {article.kicker.upper()} | {article.headline}"
        lines.append(head)
        for deck in article.decks:
            lines.append(f"      deck: {deck}")
        if article.boxed or article.sidebar_of:
            box = "box" if article.boxed else "sidebar"
            owner = f" of [{article.sidebar_of}]" if article.sidebar_of else ""
            lines.append(f"      {box}{owner}")
        for byline in article.bylines:
            people = "; ".join(f"{c.name} ({c.role.value})" for c in byline.contributors)
            lines.append(f"      byline: {byline.printed}" + (f" -> {people}" if people else ""))
        pages = article_pages(article)
        lines.append(f"      pages: {_pages_label(pages)} · {word_count(article)} words")
        for jump in article.jumps:
            state = "threaded" if jump.resolved else "unresolved"
            if jump_leaves_file(jump):
                state = "not in the file"
            start = jump.from_label if jump.from_page is None else jump.from_page
            end = jump.to_label if jump.to_page is None else jump.to_page
            lines.append(
                f"      jump: {jump.text!r} ({jump.direction.value}, page {start}"
                f" -> {end}, {state})"
            )
        figures = sum(isinstance(b, Figure) for b in article.blocks)
        if is_standalone_photo(article):
            lines.append("      photo with a title only")
        elif figures:
            lines.append(f"      figures: {figures}")
    return "\n".join(lines) + "\n"
