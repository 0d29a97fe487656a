"""Job-title lines under a byline joined to it: "By Ruth Abernathy" / "North Valley
Correspondent" is one byline of a correspondent.

Papers print the writer's job on its own line under the name. On its own that line is byline
matter naming no one (``cues.parse_job_title``); left apart it counts as a second byline,
which upsets everything that pairs bylines with headlines (one byline per headline in a row
of side-by-side headers), and the role it gives ("Correspondent") is lost. So a job-title
unit right under a byline that names someone becomes part of that byline's unit, and the
byline is read again with the title after the name: the article builder's
``continued_byline`` decides, as it does for the PDF reader's two lines (a job title keeps the
writers and may set a role; an "and" line adds a writer). Which units are the byline's next
line is the text reader's evidence: the same page, at most ``MAX_GAP`` lines below.
"""

from __future__ import annotations

from newslayout.model import Byline
from newslayout.readers.builder.bylines import byline_of, continued_byline
from newslayout.readers.text.s2_units.units import Unit
from newslayout.readers.text.s3_classify.classify import ClassifiedUnit, Kind

#: The title line is at most this many lines below the byline (one blank line between).
MAX_GAP = 2


def _byline(text: str) -> Byline:
    return byline_of(" ".join(text.split()), ())


def merge_job_titles(items: list[ClassifiedUnit]) -> list[ClassifiedUnit]:
    """``items`` with every job-title unit right under a naming byline merged into it."""
    out: list[ClassifiedUnit] = []
    for item in items:
        previous = out[-1] if out else None
        if (
            previous is not None
            and item.kind is Kind.BYLINE
            and previous.kind is Kind.BYLINE
            and item.unit.page == previous.unit.page
            and 0 < item.unit.first - previous.unit.last <= MAX_GAP
            and continued_byline(_byline(previous.unit.text), _byline(item.unit.text)) is not None
        ):
            unit = Unit(
                lines=previous.unit.lines + item.unit.lines,
                page=previous.unit.page,
                first=previous.unit.first,
                last=item.unit.last,
                block=previous.unit.block,
            )
            out[-1] = ClassifiedUnit(unit, Kind.BYLINE)
            continue
        out.append(item)
    return out
