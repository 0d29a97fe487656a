"""A dense synthetic broadsheet issue for benchmarks (ReportLab; invented filler text).

Each page has a spanning headline and six justified columns of about 2,500 words in all, so
that reading speed is measured on pages as heavy as a real broadsheet's.
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib.pagesizes import A3
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

WORDS = [
    "harbor",
    "council",
    "budget",
    "ferry",
    "island",
    "market",
    "school",
    "storm",
    "wall",
    "levy",
    "vote",
    "residents",
    "engineers",
    "season",
    "tide",
    "plan",
    "fishing",
    "museum",
    "library",
    "transport",
    "weather",
    "committee",
    "contract",
    "harbour",
    "pier",
    "auction",
    "volunteers",
    "survey",
    "report",
    "morning",
    "evening",
    "county",
]


def _paragraph(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(40, 90))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def build(path: Path, pages: int, seed: int = 7) -> Path:
    """Write a ``pages``-page dense issue to ``path`` and return it."""
    rng = random.Random(seed)
    width, height = A3
    margin, gutter, columns = 28.0, 9.0, 6
    col_w = (width - 2 * margin - (columns - 1) * gutter) / columns
    head_h = 60.0
    frames = [Frame(margin, height - margin - head_h, width - 2 * margin, head_h, id="head")]
    for i in range(columns):
        frames.append(
            Frame(
                margin + i * (col_w + gutter),
                margin,
                col_w,
                height - 2 * margin - head_h,
                id=f"c{i}",
            )
        )
    doc = BaseDocTemplate(str(path), pagesize=A3, invariant=1)
    doc.addPageTemplates([PageTemplate(id="dense", frames=frames)])
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=28, leading=32)
    body = ParagraphStyle(
        "body", fontName="Times-Roman", fontSize=7.6, leading=8.6, alignment=4, firstLineIndent=8
    )
    story = []
    from reportlab.platypus import FrameBreak, PageBreak

    for page in range(pages):
        story.append(Paragraph(f"Dense page {page + 1}: harbor council plan", head))
        story.append(FrameBreak())
        words = 0
        while words < 2450:
            text = _paragraph(rng)
            words += len(text.split())
            story.append(Paragraph(text, body))
        story.append(PageBreak())
    doc.build(story)
    return path
