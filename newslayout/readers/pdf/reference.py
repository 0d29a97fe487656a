"""The PDF reader's reference tables, generated from the code for docs/pdf-reader.md.

``scripts/pdf_reader_docs.py`` writes them between the document's ``BEGIN GENERATED`` /
``END GENERATED`` markers, and a test fails when the document and the code disagree, so the
tables cannot go stale: every rule of ``RULES`` in table order, every setting with its default
and range, and the fixed thresholds (named module constants) of the extract and layout stages
with the comment that says why.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

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


#: The stages whose fixed thresholds are listed (their packages, in pipeline order).
CONSTANT_STAGES = ("s1_extract", "s2_layout")
_HERE = Path(__file__).resolve().parent
_CONSTANT_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_CONSTANT_LINE = re.compile(r"^[A-Z][A-Z0-9_]* *[:=]")


def module_constants(source: str) -> list[tuple[str, float, str]]:
    """``(name, value, why)`` of each public numeric constant a module assigns at top level.

    ``why`` is the ``#:`` comment above it; constants assigned on consecutive lines share the
    comment above the first (``OUTSIDE_EM = 2.0`` / ``INSIDE_EM = 3.0``)."""
    lines = source.splitlines()
    found: list[tuple[str, float, str]] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or not _CONSTANT_NAME.match(target.id):
            continue
        try:
            number = ast.literal_eval(value)
        except ValueError:
            continue
        if isinstance(number, bool) or not isinstance(number, int | float):
            continue
        i = node.lineno - 2
        while i >= 0 and _CONSTANT_LINE.match(lines[i]):
            i -= 1
        why: list[str] = []
        while i >= 0 and lines[i].startswith("#:"):
            why.insert(0, lines[i][2:].strip())
            i -= 1
        found.append((target.id, number, " ".join(why)))
    return found


def constants_table() -> str:
    """The fixed thresholds of ``CONSTANT_STAGES`` as markdown: module, name, value, why."""
    rows = ["| module | constant | value | why |", "|---|---|---|---|"]
    for stage in CONSTANT_STAGES:
        for path in sorted((_HERE / stage).glob("*.py")):
            for name, value, why in module_constants(path.read_text(encoding="utf-8")):
                rows.append(f"| `{stage}/{path.stem}` | `{name}` | {value} | {_cell(why)} |")
    return "\n".join(rows) + "\n"


GENERATED = {"rules": rules_table, "settings": settings_table, "constants": constants_table}


def sections(document: str) -> dict[str, str]:
    """The generated sections of ``document`` by name (their text between the markers)."""
    return {m.group("name"): m.group("body") for m in _SECTION.finditer(document)}


def regenerate(document: str) -> str:
    """``document`` with every generated section rewritten from the code."""

    def fill(m: re.Match[str]) -> str:
        name = m.group("name")
        return m.group(1) + GENERATED[name]() + m.group(4)

    return _SECTION.sub(fill, document)
