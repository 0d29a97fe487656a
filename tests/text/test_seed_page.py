"""The real front page the project starts from (``../shared/seed``) reads without a single
misrouted paragraph.

The page belongs to its publisher, so it is not copied here: the expected outline below is
ours and names the page's parts by their line numbers; the texts compared are read from the
shared file at test time. The folder is ``$NEWSLAYOUT_SEED_DIR``, else ``../shared/seed``
beside the repository (as ``$NEWSLAYOUT_JATS_DIR`` and ``$NEWSLAYOUT_PDF_CORPUS`` for the
other shared data).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import newslayout.api as api
from newslayout.diagnostics import Diagnostic, Severity
from newslayout.inspect import issue_to_json

REPO = Path(__file__).resolve().parents[2]
SEED_NAME = "science-and-technology-daily-2025-06-14.txt"

P, SUB, FIG = "p", "subhead", "figure"

#: Our outline of the page. A paragraph is (first line, last line) of the file: a column
#: break may cut it over several lines; a figure and a subhead are one line.
OUTLINE: list[dict[str, Any]] = [
    {
        "headline": 19,
        "bylines": [("WANG Xiaoxia", "editor")],
        "blocks": [
            (P, 23, 23),
            (P, 25, 25),
            (P, 27, 27),
            (P, 29, 29),
            (P, 31, 31),
            (P, 33, 35),  # "... and sci-tech" / "cultural exchanges."
            (P, 37, 37),
            (P, 39, 39),
            (P, 41, 41),
            (P, 43, 43),
            (P, 45, 45),
            (FIG, 49),  # the conference photo, its caption after the story's text
        ],
        "jump": None,
    },
    {
        "headline": 51,
        "bylines": [("LONG Yun", "author"), ("ZHONG Jianli", "author"), ("LU Zijian", "author")],
        "blocks": [
            (P, 55, 55),
            (SUB, 57),
            (P, 59, 59),  # lost its full stop: "... development" / "At the opening ..."
            (P, 61, 63),
            (P, 65, 65),
            (P, 67, 69),
            (P, 71, 71),
            (SUB, 74),
            (P, 76, 76),
            (P, 78, 78),
        ],
        "jump": 80,
    },
    # The graphic's title: nothing under it before the declaration's header.
    {"headline": 82, "bylines": [], "blocks": [], "jump": None},
    {
        "headline": 86,
        "bylines": [],
        "blocks": [
            (P, 88, 88),
            (SUB, 90),
            (P, 92, 94),
            (P, 96, 98),
            (P, 100, 100),
            (SUB, 102),
            (P, 104, 106),  # "emerg-" / "ing"
            (P, 108, 108),
            (P, 110, 110),
        ],
        "jump": 112,
    },
]
TEASERS = [(3, 5, 2), (9, 11, 4)]  # (title line, pointer line, page)


def seed_dir() -> Path | None:
    """``$NEWSLAYOUT_SEED_DIR``, else ``../shared/seed`` beside the repository."""
    configured = os.environ.get("NEWSLAYOUT_SEED_DIR")
    for candidate in (Path(configured) if configured else None, REPO.parent / "shared" / "seed"):
        if candidate is not None and (candidate / SEED_NAME).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def seed() -> Path:
    folder = seed_dir()
    if folder is None:
        pytest.skip("seed page not found: set NEWSLAYOUT_SEED_DIR or provide ../shared/seed")
    return folder / SEED_NAME


@pytest.fixture(scope="module")
def lines(seed: Path) -> list[str]:
    return ["", *seed.read_text(encoding="utf-8").splitlines()]  # 1-based


@pytest.fixture(scope="module")
def read(seed: Path) -> tuple[dict[str, Any], list[Diagnostic]]:
    issue, diagnostics = api.read(seed)
    return issue_to_json(issue), diagnostics


def letters(text: str) -> str:
    """Letters and digits only: the same words whatever the hyphenation and italics."""
    return "".join(c for c in text if c.isalnum())


def line_text(lines: list[str], first: int, last: int) -> str:
    return " ".join(x.strip() for x in lines[first : last + 1] if x.strip())


def test_masthead_and_teasers(
    read: tuple[dict[str, Any], list[Diagnostic]], lines: list[str]
) -> None:
    doc, _ = read
    assert doc["issue"]["publication"] == lines[13].strip()
    assert (doc["issue"]["volume"], doc["issue"]["number"]) == ("5", "195")
    assert doc["issue"]["date_text"] == lines[17].strip()
    assert doc["issue"]["date_iso"] == "2025-06-14/2025-06-15"
    teasers = doc["pages"][0]["teasers"]
    assert [(t["text"], t["target_page"]) for t in teasers] == [
        (lines[title].strip(), page) for title, _, page in TEASERS
    ]


def test_every_story_has_its_own_parts(
    read: tuple[dict[str, Any], list[Diagnostic]], lines: list[str]
) -> None:
    doc, _ = read
    articles = doc["articles"]
    assert [a["headline"] for a in articles] == [lines[o["headline"]].strip() for o in OUTLINE]
    for article, outline in zip(articles, OUTLINE, strict=True):
        assert article["deck"] is None and article["kicker"] is None
        assert [(b["name"], b["role"]) for b in article["bylines"]] == outline["bylines"]
        assert [b["type"] for b in article["blocks"]] == [b[0] for b in outline["blocks"]]
        jumps = [j["jump_text"] for j in article["jumps"]]
        assert jumps == ([lines[outline["jump"]].strip()] if outline["jump"] else [])


def test_no_paragraph_is_misrouted(
    read: tuple[dict[str, Any], list[Diagnostic]], lines: list[str]
) -> None:
    """Every block holds exactly the words of its lines in the file."""
    doc, _ = read
    for article, outline in zip(doc["articles"], OUTLINE, strict=True):
        for block, expected in zip(article["blocks"], outline["blocks"], strict=True):
            if expected[0] == FIG:
                printed = lines[expected[1]].strip()
                caption, _, credit = printed.partition(" (PHOTO: ")
                assert block["caption"] == caption
                assert block["credit"] == credit.rstrip(")")
                continue
            first, last = expected[1], expected[-1]
            got = block["text"]
            assert letters(got) == letters(line_text(lines, first, last)), (first, got[:60])


def test_broken_words_are_mended(read: tuple[dict[str, Any], list[Diagnostic]]) -> None:
    doc, _ = read
    text = " ".join(b.get("text", "") for a in doc["articles"] for b in a["blocks"])
    assert "emerging technologies such as AI" in text  # "emerg-" / "ing" across a break
    assert "high- " not in text and "promote high-quality development" in text
    assert "scitech" not in text  # the hyphen the page lost, printed elsewhere in the issue
    assert "*" not in text  # *italic titles* are emphasis runs


def test_diagnostics(read: tuple[dict[str, Any], list[Diagnostic]]) -> None:
    _, diagnostics = read
    codes = [(d.code, d.location.line) for d in diagnostics]
    assert ("text-headline-only", 82) in codes
    assert not [c for c in codes if c[0] in ("text-no-headline", "text-no-structure")]
    assert not [d for d in diagnostics if d.severity is Severity.ERROR]


def test_seed_writes_valid_xml(seed: Path, tmp_path: Path) -> None:
    issue, _ = api.read(seed)
    target = tmp_path / "seed.xml"
    assert not [d for d in api.write(issue, target) if d.severity is Severity.ERROR]
    problems = [d for d in api.validate(target) if d.severity is Severity.ERROR]
    assert not problems, [d.render() for d in problems]
