"""The PDF reader's reference tables, generated from the code for docs/pdf-reader.md.

``scripts/pdf_reader_docs.py`` writes them between the document's ``BEGIN GENERATED`` /
``END GENERATED`` markers, and a test fails when the document and the code disagree, so the
tables cannot go stale: every rule of ``RULES`` in table order, every setting with its default
and range.
"""

from __future__ import annotations

import dataclasses
import re

from newslayout.options import Settings
from newslayout.readers.pdf.params import ClassifySettings, LayoutSettings
from newslayout.readers.pdf.s3_classify.rules import RULES

#: Each stage's settings object, in pipeline order.
STAGE_SETTINGS: tuple[tuple[str, type[Settings]], ...] = (
    ("layout", LayoutSettings),
    ("classify", ClassifySettings),
)

_SECTION = re.compile(
    r"(<!-- BEGIN GENERATED: (?P<name>[\w-]+) -->\n)(?P<body>.*?)"
    r"(<!-- END GENERATED: (?P=name) -->)",
    re.DOTALL,
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def rules_table() -> str:
    """The rule table as markdown: order, name, pass, what it reads, what it takes."""
    rows = [
        "| # | rule | pass | reads the verdicts of | what it takes |",
        "|---|---|---|---|---|",
    ]
    for i, rule in enumerate(RULES, 1):
        reads = ", ".join(f"`{r}`" for r in rule.reads) or "-"
        passes = "2" if rule.reads else "1"
        rows.append(f"| {i} | `{rule.name}` | {passes} | {reads} | {_cell(rule.summary)} |")
    return "\n".join(rows) + "\n"


def settings_table() -> str:
    """Every stage's settings as markdown: the option, the setting, default, range, meaning."""
    rows = [
        "| `ReadOptions` field | setting | default | range | meaning |",
        "|---|---|---|---|---|",
    ]
    for option, cls in STAGE_SETTINGS:
        for f in dataclasses.fields(cls):
            low, high = f.metadata["min"], f.metadata["max"]
            rows.append(
                f"| `{option}` | `{f.name}` | {f.default} | {low} .. {high} | "
                f"{_cell(f.metadata['doc'])} |"
            )
    return "\n".join(rows) + "\n"


GENERATED = {"rules": rules_table, "settings": settings_table}


def sections(document: str) -> dict[str, str]:
    """The generated sections of ``document`` by name (their text between the markers)."""
    return {m.group("name"): m.group("body") for m in _SECTION.finditer(document)}


def regenerate(document: str) -> str:
    """``document`` with every generated section rewritten from the code."""

    def fill(m: re.Match[str]) -> str:
        name = m.group("name")
        return m.group(1) + GENERATED[name]() + m.group(4)

    return _SECTION.sub(fill, document)
