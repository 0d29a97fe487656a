"""Stage 6, thread: match every jump-out to its continuation and merge the parts.

A jump-out ("See BUDGET, Page 3") names a page and sometimes a keyword; its continuation on
that page has a "Continued from page 1" line and/or a jump head repeating the keyword or the
headline's words. Candidates are scored on that evidence; the best one (if any evidence
agrees) is threaded in. An unmatched jump stays recorded, with a diagnostic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newslayout.cues import JumpCue, parse_jump
from newslayout.diagnostics import Log, Severity, define
from newslayout.geometry import Box
from newslayout.model import JumpDirection
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.end_bylines import end_bylines
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock

UNMATCHED_JUMP = define(
    "unmatched-jump", Severity.WARNING, "A jump line whose continuation was not found."
)
UNMATCHED_CONTINUATION = define(
    "pdf-unmatched-continuation",
    Severity.WARNING,
    "A continued story whose first part was not found; it is kept as an article of its own.",
)

_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "at",
        "by",
        "from",
        "with",
        "as",
        "is",
        "are",
        "be",
        "new",
        "over",
        "after",
        "says",
        "said",
    ]
)


_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*$")


@dataclass(slots=True)
class Draft:
    """One article being put together: its parts in order and which jumps were threaded."""

    parts: list[ArticlePart]
    resolved: set[int] = field(default_factory=set)  # ids of jump-out blocks threaded


def content_words(text: str) -> set[str]:
    """Lower-case words of a text without the commonest function words."""
    return {w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in _STOP}


def jump_cues(part: ArticlePart, role: BlockRole) -> list[tuple[ClassifiedBlock, JumpCue]]:
    """The part's jump lines of one direction with their parsed cues."""
    out: list[tuple[ClassifiedBlock, JumpCue]] = []
    for item in part.items:
        if isinstance(item, ClassifiedBlock) and item.role is role:
            cue = parse_jump(item.block.text)
            if cue is not None:
                out.append((item, cue))
    return out


def match_score(source: ArticlePart, cue: JumpCue, candidate: ArticlePart) -> int:
    """How well ``candidate`` fits as the continuation a jump-out of ``source`` points to."""
    score = 0
    if any(c.page == source.page for _, c in jump_cues(candidate, BlockRole.JUMP_IN)):
        score += 2
    if candidate.is_continuation:
        score += 1
        head = content_words(candidate.headline)
        if cue.keyword and content_words(cue.keyword) & head:
            score += 3
        score += min(3, len(head & content_words(source.headline)))
    elif candidate.opener is None:
        score += 1
    return score


def thread_parts(parts: Sequence[ArticlePart], log: Log) -> list[Draft]:
    """Articles as lists of parts, continuations threaded behind the part that jumps out."""
    drafts: dict[int, Draft] = {}
    claimed: set[int] = set()
    order: list[Draft] = []
    for part in parts:
        if id(part) in claimed:
            continue
        draft = Draft(parts=[part])
        drafts[id(part)] = draft
        order.append(draft)
    for part in parts:
        draft = drafts.get(id(part)) or next(d for d in order if part in d.parts)
        for line, cue in jump_cues(part, BlockRole.JUMP_OUT):
            candidates = [
                p
                for p in parts
                if p.page == cue.page
                and p.page != part.page
                and id(p) not in claimed
                and (p.is_continuation or p.opener is None or jump_cues(p, BlockRole.JUMP_IN))
            ]
            scored = sorted(
                ((match_score(part, cue, p), p) for p in candidates), key=lambda sp: -sp[0]
            )
            if scored and scored[0][0] >= 2:
                target = scored[0][1]
                claimed.add(id(target))
                own = drafts.pop(id(target), None)
                if own is not None:
                    order.remove(own)
                draft.parts.append(target)
                draft.resolved.add(id(line))
            else:
                b = line.block.box
                log.add(
                    UNMATCHED_JUMP,
                    f"no continuation found on page {cue.page} for {cue.text!r}",
                    page=part.page,
                    box=Box.rounded(b.x0, b.top, b.x1, b.bottom),
                )
    _report_continuations(order, log)
    return _attach_orphans(order)


def _report_continuations(order: list[Draft], log: Log) -> None:
    for draft in order:
        head = draft.parts[0]
        if head.is_continuation or jump_cues(head, BlockRole.JUMP_IN):
            opener = head.opener
            box = opener.block.box if opener is not None else None
            log.add(
                UNMATCHED_CONTINUATION,
                f"the continued story {head.headline!r} on page {head.page} has no jump "
                "pointing to it",
                page=head.page,
                box=None if box is None else Box.rounded(box.x0, box.top, box.x1, box.bottom),
            )


def _attach_orphans(order: list[Draft]) -> list[Draft]:
    """Headless text that nothing threaded joins the article read just before it, unless
    that article ends finished and one on the page before ends cut mid-sentence: a story
    run across a spread's gutter with no jump line (``cut_off``) continues there."""
    out: list[Draft] = []
    for draft in order:
        if (
            draft.parts[0].opener is None
            and out
            and not jump_cues(draft.parts[0], BlockRole.JUMP_IN)
        ):
            target = _run_on_target(out, draft.parts[0].page)
            target.parts.extend(draft.parts)
            target.resolved |= draft.resolved
        else:
            out.append(draft)
    return out


def _run_on_target(drafts: list[Draft], page: int) -> Draft:
    """The article headless text on ``page`` continues: the last one read, or when that one
    ends finished, the last one on the page before whose text is cut off."""
    if cut_off(drafts[-1]):
        return drafts[-1]
    for draft in reversed(drafts):
        if draft.parts[-1].page == page - 1 and cut_off(draft):
            return draft
    return drafts[-1]


def cut_off(draft: Draft) -> bool:
    """Whether a draft's last story paragraph (its last body block in reading order that is
    not an end byline) stops mid-sentence: no sentence end, or a line-end hyphen."""
    part = draft.parts[-1]
    enders = {id(c) for c in end_bylines(part)}
    body = [
        i
        for i in part.items
        if isinstance(i, ClassifiedBlock) and i.role is BlockRole.BODY and id(i) not in enders
    ]
    if not body:
        return False
    last = max(body, key=lambda c: c.block.order).block
    return last.hyphen_end or not _SENTENCE_END.search(" ".join(last.text.split()))


def direction_of(role: BlockRole) -> JumpDirection:
    """The model's jump direction for a jump-line role."""
    return JumpDirection.ON if role is BlockRole.JUMP_OUT else JumpDirection.FROM
