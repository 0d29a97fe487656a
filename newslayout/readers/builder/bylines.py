"""Bylines: as printed, a second line joined to the one over it, and end bylines.

A byline is kept as printed with the contributors the wording names (``cues.parse_byline``);
a line that names no one ("Harbor Ledger staff") stays as printed with none. Papers print
the writer's job on a line of its own under the name ("By X" / "North Valley
Correspondent"), and a second writer on a line starting "and": on its own such a line names
no one (or not the first writer), so it is read again with the byline above
(:func:`continued_byline`): a correspondent title sets X's role, an "and" line adds a writer.

An end byline ("— Reporting by X") is a byline printed after the story's last paragraph
(:func:`end_byline`); the reader says where it stands, the builder gives it to the article
(:func:`add_end_byline`), unless a byline at the top named the same writers already.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newslayout.cues import opens_with_and, parse_byline, parse_end_byline, parse_job_title
from newslayout.model import Byline, Span


def byline_of(text: str, spans: tuple[Span, ...]) -> Byline:
    """The byline a line prints: its contributors when the wording names them, else the
    line as printed with none."""
    parsed = parse_byline(text)
    if parsed is None:
        return Byline(printed=text, spans=spans)
    return Byline(printed=parsed.printed, contributors=parsed.contributors, spans=spans)


def continued_byline(prev: Byline, line: Byline) -> Byline | None:
    """``prev`` with ``line`` joined to it, when ``line`` is the byline's next line: a job
    title naming no one (the joined byline names the same writers or fewer, one with a role), or an
    "and" line (the joined byline names more writers). ``None`` when it is a byline of its
    own."""
    if not prev.contributors or line.contributors:
        return None
    titled = parse_job_title(line.printed) is not None
    second = opens_with_and(line.printed)
    if not (titled or second):
        return None
    joined = parse_byline(f"{prev.printed} {line.printed}")
    if joined is None:
        return None
    more = len(joined.contributors) > len(prev.contributors)
    # A title keeps the writers, or takes back a place the line above ended on ("By X,
    # Feamwood" / "Correspondent": one Feamwood correspondent, not X and "Feamwood").
    kept = 0 < len(joined.contributors) <= len(prev.contributors)
    if (second and more) or (titled and kept):
        return Byline(
            printed=joined.printed, contributors=joined.contributors, spans=prev.spans + line.spans
        )
    return None


def with_titles(bylines: Iterable[Byline]) -> tuple[Byline, ...]:
    """Bylines in reading order, each next line joined to the byline over it
    (:func:`continued_byline`)."""
    out: list[Byline] = []
    for byline in bylines:
        joined = continued_byline(out[-1], byline) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(byline)
    return tuple(out)


def end_byline(text: str, span: Span) -> Byline:
    """The byline of an end-byline line, its whole line as printed (dash included)."""
    parsed = parse_end_byline(text)
    if parsed is None:
        return Byline(printed=text, spans=(span,))
    return Byline(printed=parsed.printed, contributors=parsed.contributors, spans=(span,))


def names_new_writers(bylines: Sequence[Byline], end: Byline) -> bool:
    """Whether an end byline names a writer the article's bylines do not name yet (a story
    signed at the top and again at its foot has one byline)."""
    names = {c.name for b in bylines for c in b.contributors}
    return not {c.name for c in end.contributors} <= names
