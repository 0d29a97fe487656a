"""Issue metadata from classified masthead blocks (no PDF needed)."""

from __future__ import annotations

from newslayout.readers.pdf.s5_compose.metadata import issue_meta
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock
from pdf.builders import classified, text_block


def masthead(text: str, top: float, size: float) -> ClassifiedBlock:
    return classified(text_block(text, 20, top, size), BlockRole.MASTHEAD)


def test_a_number_printed_without_a_volume_is_the_issue_number() -> None:
    meta = issue_meta(
        [
            masthead("The Example Gazette", 30, 40),
            masthead("No. 1204 Friday 9 January 2026", 90, 9),
        ],
        "x.pdf",
    )
    assert (meta.volume, meta.number, meta.date_iso) == ("", "1204", "2026-01-09")


def test_volume_and_number_come_together() -> None:
    meta = issue_meta([masthead("The Post", 30, 40), masthead("Vol. 12, No. 3", 90, 9)], "")
    assert (meta.publication, meta.volume, meta.number) == ("The Post", "12", "3")
