"""Job-title lines under a byline joined to it: "By Ruth Abernathy" / "North Valley
Correspondent" is one byline of a correspondent.

Papers print the writer's job on its own line under the name. On its own that line is byline
matter naming no one (``cues.parse_job_title``); left apart it counts as a second byline,
which upsets everything that pairs bylines with headlines (one byline per headline in a row
of side-by-side headers), and the role it gives ("Correspondent") is lost. So a job-title
unit right under a byline that names someone becomes part of that byline's unit, and the
byline is read again with the title after the name, as the PDF reader reads the two lines.
"""

from __future__ import annotations

from newslayout.cues import parse_byline, parse_job_title
from newslayout.readers.text.classify import Classified, Kind
from newslayout.readers.text.units import Unit

#: The title line is at most this many lines below the byline (one blank line between).
MAX_GAP = 2


def _names_someone(text: str) -> bool:
    byline = parse_byline(text)
    return byline is not None and bool(byline.contributors)


def _is_title_line(item: Classified) -> bool:
    text = item.unit.text
    return (
        item.kind is Kind.BYLINE and parse_job_title(text) is not None and not _names_someone(text)
    )


def merge_job_titles(items: list[Classified]) -> list[Classified]:
    """``items`` with every job-title unit right under a naming byline merged into it."""
    out: list[Classified] = []
    for item in items:
        previous = out[-1] if out else None
        if (
            previous is not None
            and _is_title_line(item)
            and previous.kind is Kind.BYLINE
            and item.unit.page == previous.unit.page
            and 0 < item.unit.first - previous.unit.last <= MAX_GAP
            and _names_someone(previous.unit.text)
        ):
            unit = Unit(
                lines=previous.unit.lines + item.unit.lines,
                page=previous.unit.page,
                first=previous.unit.first,
                last=item.unit.last,
                block=previous.unit.block,
            )
            if _names_someone(unit.text):
                out[-1] = Classified(unit, Kind.BYLINE)
                continue
        out.append(item)
    return out
