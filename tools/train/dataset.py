"""Labelled feature rows from generated issues: the reader's blocks, their rule roles, the
features the weighed pass reads, and the truth role from the drawn issue (``labels``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newslayout.diagnostics import Log
from newslayout.options import ReadOptions
from newslayout.readers.pdf import RULES, page_context
from newslayout.readers.pdf.params import ClassifySettings, LayoutSettings
from newslayout.readers.pdf.s1_extract.extract import extract_pages
from newslayout.readers.pdf.s2_layout.columns import body_size
from newslayout.readers.pdf.s3_classify.classify import classify_page
from newslayout.readers.pdf.s3_classify.features import block_features

from .labels import ADVERT, label, truths


@dataclass(frozen=True, slots=True)
class Row:
    issue: str
    page: int
    text: str
    rule_role: str
    rule: str
    truth: str
    features: dict[str, float]


def issue_rows(pdf: Path, src: Path) -> Iterator[Row]:
    """One row per labelled text block of the issue ``pdf`` (drawn as ``src``)."""
    known = truths(src)
    contents = extract_pages(pdf, options=ReadOptions(extract_images=False), log=Log())
    body = body_size([w for page in contents for w in page.words])
    layout, settings = LayoutSettings(), ClassifySettings()
    for content in contents:
        ctx = page_context(content, body, layout, settings)
        classified = classify_page(ctx, RULES)
        roles = {id(c.block): c.role for c in classified}
        for item in classified:
            truth = label(item.block.text, content.number, known)
            if truth is None or truth == ADVERT:
                continue
            yield Row(
                issue=pdf.stem,
                page=content.number,
                text=item.block.text,
                rule_role=item.role.value,
                rule=item.rule,
                truth=truth,
                features=block_features(item.block, ctx, roles),
            )


def folder_rows(folder: Path) -> Iterator[Row]:
    """Rows of every issue of a generated set (``build/blind/<seed>``), in name order."""
    for pdf in sorted(folder.glob("*.pdf")):
        src = folder / "src" / f"{pdf.stem}.json"
        if src.exists():
            yield from issue_rows(pdf, src)
