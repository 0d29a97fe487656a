"""What ``write`` checks so that newslayout never writes a file its own validator rejects.

Before any writer runs, :func:`prepare` repairs what a reader can leave inconsistent and warns
about what a reader could not fill in:

- a jump marked resolved whose partner (the other direction, same pages) is not in the same
  article (two issues merged into one PDF: "Continued from page 1" of the second issue threads
  into the first) is written as unresolved, with an ``unresolved-jump`` warning;
- an article without a headline gets an ``empty-headline`` warning (it is still written).

After the issue XML writer runs, :func:`check_xml_output` validates the bytes and refuses them
if they still fail: a bug of ours must show up as a clear error, not as a file that ``validate``
later rejects.
"""

from __future__ import annotations

import dataclasses

from newslayout.diagnostics import Log, Severity
from newslayout.errors import OutputError
from newslayout.model import Article, Issue, Jump, JumpDirection
from newslayout.validation_checks import EMPTY_HEADLINE, UNRESOLVED_JUMP


def _partner(jump: Jump, jumps: tuple[Jump, ...]) -> bool:
    other = JumpDirection.FROM if jump.direction is JumpDirection.ON else JumpDirection.ON
    return any(
        j.direction is other and (j.from_page, j.to_page) == (jump.from_page, jump.to_page)
        for j in jumps
    )


def _repair_jumps(article: Article, page_count: int, log: Log) -> Article:
    changed: list[Jump] = []
    for jump in article.jumps:
        inside = all(p is not None and 1 <= p <= page_count for p in (jump.from_page, jump.to_page))
        if jump.resolved and inside and not _partner(jump, article.jumps):
            log.add(
                UNRESOLVED_JUMP,
                f"article {article.id!r}: {jump.direction.value} jump {jump.from_page} -> "
                f"{jump.to_page} has no partner in the article; written as unresolved",
            )
            jump = dataclasses.replace(jump, resolved=False)
        changed.append(jump)
    jumps = tuple(changed)
    return article if jumps == article.jumps else dataclasses.replace(article, jumps=jumps)


def prepare(issue: Issue, log: Log) -> Issue:
    """The issue as it will be written: inconsistent jumps repaired, gaps warned about."""
    articles = tuple(_repair_jumps(a, len(issue.pages), log) for a in issue.articles)
    for article in articles:
        if not article.headline.strip():
            log.add(EMPTY_HEADLINE, f"article {article.id!r} has an empty headline")
    if articles == issue.articles:
        return issue
    return dataclasses.replace(issue, articles=articles)


def check_xml_output(data: bytes, target: str) -> None:
    """Refuse issue XML that our own validator rejects (an :class:`OutputError`)."""
    from newslayout.validation import validate_xml

    errors = [d for d in validate_xml(data) if d.severity is Severity.ERROR]
    if errors:
        first = errors[0]
        raise OutputError(
            f"{target}: not written: the XML made from this issue fails validation "
            f"(line {first.location.line}: [{first.code}] {first.message}"
            + (f"; {len(errors) - 1} more" if len(errors) > 1 else "")
            + ")",
            hint="this is a newslayout bug: please report it with the input file",
        )
