"""Index strips and boxes of a text extraction become the front page's teasers, never
article text; targets outside the file keep their printed labels, and the issue still
writes valid XML when a jump leaves the file too."""

from __future__ import annotations

from pathlib import Path

import newslayout.api as api
from newslayout.diagnostics import Log, Severity
from newslayout.model import Issue, Paragraph
from newslayout.options import ReadOptions
from newslayout.readers.text import read_text

FRONT = (
    "The Valley Post\n"
    "Vol. 12 · No. 40 Friday, 9 January 2026\n"
    "INSIDE Sport 2 · Arts Page A23\n"
    "Harbour wall to be rebuilt before winter\n"
    "By Ada Quill\n"
    "The council approved the repairs on Tuesday after a long wait for the money.\n"
    "Continued on page 7\n"
)


def _read(text: str) -> Issue:
    return read_text(text.encode(), options=ReadOptions(), log=Log())


def test_strip_entries_are_teasers_with_labels_outside_the_file() -> None:
    issue = _read(FRONT)
    teasers = [(t.text, t.target_page, t.target_label) for t in issue.pages[0].teasers]
    assert teasers == [("Sport", None, "2"), ("Arts", None, "A23")]
    words = " ".join(b.text for a in issue.articles for b in a.blocks if isinstance(b, Paragraph))
    assert "INSIDE" not in words and "Arts" not in words


def test_issue_with_labels_writes_valid_xml(tmp_path: Path) -> None:
    issue = _read(FRONT)
    jump = issue.articles[-1].jumps[0]
    assert jump.to_page is None and jump.to_label == "7"
    target = tmp_path / "front.xml"
    assert not [d for d in api.write(issue, target) if d.severity is Severity.ERROR]
    assert not [d for d in api.validate(target) if d.severity is Severity.ERROR]
