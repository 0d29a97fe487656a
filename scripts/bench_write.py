"""Benchmark the PDF writer against ReportLab's own floor, measured in the same run.

A 24-page issue (about 2,500 words a page, invented text generated here from the model) is
written with ``write_pdf`` (both layout passes, jump lines, outline, fonts, images). The floor is
ReportLab building the same paragraphs, in the same fonts, sizes and hyphenation, in plain
column frames (``BaseDocTemplate`` with one frame per column): no modules, no balancing, no
jumps. The writer's target is to stay within 3x of that floor.

Usage: ``python scripts/bench_write.py [--style NAME] [--repeat N]``
"""

from __future__ import annotations

import argparse
import io
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from newslayout.diagnostics import Log
from newslayout.model import (
    Article,
    Block,
    Byline,
    Contributor,
    Issue,
    IssueMeta,
    Page,
    Paragraph,
    PullQuote,
    Run,
    Subhead,
)
from newslayout.options import WriteOptions
from newslayout.styles import load_style
from newslayout.writers.pdf import write_pdf
from newslayout.writers.pdf.fonts import register_fonts
from newslayout.writers.pdf.hyphenate import hyphenator_for
from newslayout.writers.pdf.typeset import TypeSet

PAGES = 24
WORDS_PER_PAGE = 2500
_VOCABULARY = (
    "harbor council ferry seawall levy tide island school market lighthouse volunteers "
    "budget storm regatta crew survey reef planner residents timetable captain winter pier "
    "approved delayed measured rebuilt questioned funded celebrated documented proposed "
    "after before during although despite because while until since the a of and to in for "
    "with on at by from new old long short first last several many every"
)
_WORDS = _VOCABULARY.split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(9, 20))]
    return " ".join(words).capitalize() + "."


def bench_issue(seed: int = 24) -> Issue:
    """About ``PAGES * WORDS_PER_PAGE`` words in articles of mixed length."""
    rng = random.Random(seed)
    articles: list[Article] = []
    total = 0
    number = 0
    while total < PAGES * WORDS_PER_PAGE:
        number += 1
        blocks: list[Block] = []
        target = rng.choice((300, 600, 900, 1400, 2000))
        words = 0
        while words < target:
            text = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
            blocks.append(Paragraph(runs=(Run(text=text),)))
            words += len(text.split())
            if rng.random() < 0.08:
                blocks.append(Subhead(text=" ".join(rng.sample(_WORDS, 3)).capitalize()))
            if rng.random() < 0.03:
                blocks.append(PullQuote(runs=(Run(text=_sentence(rng)),), attribution="A resident"))
        total += words
        headline = " ".join(rng.sample(_WORDS, rng.randint(5, 9))).capitalize()
        name = f"Reporter {number}"
        articles.append(
            Article(
                id=f"a{number}",
                headline=headline,
                decks=(_sentence(rng),) if target >= 1400 else (),
                bylines=(Byline(printed=f"By {name}", contributors=(Contributor(name=name),)),),
                blocks=tuple(blocks),
            )
        )
    meta = IssueMeta(
        publication="The Bench Courier", date_text="JULY 1, 2026", date_iso="2026-07-01"
    )
    return Issue(meta=meta, pages=(Page(number=1),), articles=tuple(articles))


def floor(issue: Issue, style_name: str) -> int:
    """ReportLab alone: the same paragraphs in plain column frames. Returns the page count."""
    style = load_style(style_name)
    register_fonts()
    ts = TypeSet(style, hyphenator_for(style.language or "en", Log()))
    width, height = style.page.dimensions
    page = style.page
    frames = [
        Frame(
            page.margin_left + i * (style.column_width + style.columns.gutter),
            page.margin_bottom,
            style.column_width,
            height - page.margin_top - page.margin_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"c{i}",
        )
        for i in range(style.columns.count)
    ]
    story = []
    for article in issue.articles:
        story.append(ts.paragraph("headline", article.headline))
        if article.deck:
            story.append(ts.paragraph("deck", article.deck))
        for byline in article.bylines:
            story.append(ts.paragraph("byline", byline.printed))
        for block in article.blocks:
            if isinstance(block, Paragraph):
                story.append(ts.runs("body", block.runs))
            elif isinstance(block, Subhead):
                story.append(ts.paragraph("subhead", block.text))
            elif isinstance(block, PullQuote):
                story.append(ts.runs("pull_quote", block.runs))
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(width, height), invariant=1)
    doc.addPageTemplates([PageTemplate(id="cols", frames=frames)])
    doc.build(story)
    return int(doc.page)


def ours(issue: Issue, style_name: str) -> int:
    data = write_pdf(issue, options=WriteOptions(style=style_name), log=Log())
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def best_of(repeat: int, run: Callable[[], int]) -> tuple[float, int]:
    times: list[float] = []
    pages = 0
    for _ in range(repeat):
        _cold()
        start = time.perf_counter()
        pages = run()
        times.append(time.perf_counter() - start)
    return min(times), pages


def _cold() -> None:
    """Forget the writer's memoised measurements, so that neither side is timed on what an
    earlier run measured (a write in a fresh process starts cold). A writer without them (an
    older commit benchmarked side by side) has nothing to forget."""
    from newslayout.writers.pdf import breaking

    clear = getattr(breaking, "clear_memo", None)
    if clear is not None:
        clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", default="default")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    issue = bench_issue()
    words = sum(
        len(b.text.split()) for a in issue.articles for b in a.blocks if isinstance(b, Paragraph)
    )
    floor(issue, args.style)  # warm caches (fonts, hyphenation dictionary) for both sides
    floor_s, floor_pages = best_of(args.repeat, lambda: floor(issue, args.style))
    ours_s, our_pages = best_of(args.repeat, lambda: ours(issue, args.style))
    ratio = ours_s / floor_s
    print(f"issue: {len(issue.articles)} articles, {words} body words, style {args.style!r}")
    for label, pages, seconds in (
        ("ReportLab plain frames", floor_pages, floor_s),
        ("newslayout write_pdf  ", our_pages, ours_s),
    ):
        print(f"{label}: {pages} pages in {seconds:.2f} s = {pages / seconds:.1f} pages/s")
    print(f"time ratio (same words): {ratio:.2f}x  (target: within 3x)  [best of {args.repeat}]")
    return 0 if ratio <= 3.0 else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
