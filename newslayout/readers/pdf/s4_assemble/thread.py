"""Stage 6, thread: match every jump-out to its continuation and merge the parts.

A jump-out ("See BUDGET, Page 3") names a page and sometimes a keyword; its continuation on
that page has a "Continued from page 1" line and/or a jump head repeating the keyword or the
headline's words. Candidates are scored on that evidence by the article builder's one jump
score (``readers.builder.jumps``); the best one (if any evidence agrees) is threaded in. An
unmatched jump stays recorded, with a diagnostic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newslayout.cues import JumpCue, parse_jump
from newslayout.cues.sentences import ends_sentence
from newslayout.diagnostics import Log, Severity, define
from newslayout.geometry import Box
from newslayout.model import JumpDirection
from newslayout.readers.builder.jumps import MIN_SCORE, Continuation
from newslayout.readers.builder.jumps import match_score as builder_score
from newslayout.readers.pdf.s4_assemble.assemble import ArticlePart
from newslayout.readers.pdf.s4_assemble.end_bylines import end_bylines
from newslayout.readers.pdf.s4_assemble.signatures import split_tail_signature
from newslayout.readers.pdf.types import BlockRole, ClassifiedBlock

UNMATCHED_JUMP = define(
    "unmatched-jump", Severity.WARNING, "A jump line whose continuation was not found."
)
UNMATCHED_CONTINUATION = define(
    "pdf-unmatched-continuation",
    Severity.WARNING,
    "A continued story whose first part was not found; it is kept as an article of its own.",
)


#: A block's stable key in the issue: its page and its reading order there.
BlockKey = tuple[int, int]


def block_key(c: ClassifiedBlock) -> BlockKey:
    """The block's key (page, reading order): stable, unlike ``id()``."""
    return (c.page, c.block.order)


@dataclass(slots=True)
class Draft:
    """One article being put together: its parts in order and which jumps were threaded."""

    parts: list[ArticlePart]
    resolved: set[BlockKey] = field(default_factory=set)  # jump-out lines threaded


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
    """How well ``candidate`` fits as the continuation a jump-out of ``source`` points to:
    the builder's score (``builder.jumps``) of what the page says about the candidate."""
    evidence = Continuation(
        head=candidate.headline if candidate.is_continuation else "",
        continued=candidate.is_continuation,
        headless=candidate.opener is None,
        points_back=any(c.page == source.page for _, c in jump_cues(candidate, BlockRole.JUMP_IN)),
    )
    return builder_score(source.headline, cue.keyword, evidence)


def thread_parts(parts: Sequence[ArticlePart], log: Log) -> list[Draft]:
    """Articles as lists of parts, continuations threaded behind the part that jumps out.

    Parts are known by their index in ``parts`` (not by ``id()``)."""
    drafts: dict[int, Draft] = {}
    claimed: set[int] = set()
    order: list[Draft] = []
    for at, part in enumerate(parts):
        draft = Draft(parts=[part])
        drafts[at] = draft
        order.append(draft)
    for at, part in enumerate(parts):
        draft = drafts.get(at) or next(d for d in order if part in d.parts)
        for line, cue in jump_cues(part, BlockRole.JUMP_OUT):
            candidates = [
                (i, p)
                for i, p in enumerate(parts)
                if p.page == cue.page
                and p.page != part.page
                and i not in claimed
                and (p.is_continuation or p.opener is None or jump_cues(p, BlockRole.JUMP_IN))
            ]
            scored = sorted(
                ((match_score(part, cue, p), i) for i, p in candidates), key=lambda si: -si[0]
            )
            if scored and scored[0][0] >= MIN_SCORE:
                target = scored[0][1]
                claimed.add(target)
                own = drafts.pop(target, None)
                if own is not None:
                    order.remove(own)
                draft.parts.append(parts[target])
                draft.resolved.add(block_key(line))
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
    # a signature on the last line is cut off first: the text before it ends the story
    part = split_tail_signature(draft.parts[-1])
    enders = end_bylines(part)
    body = [
        i
        for i in part.items
        if isinstance(i, ClassifiedBlock)
        and i.role is BlockRole.BODY
        and not any(i is e for e in enders)
    ]
    if not body:
        return False
    last = max(body, key=lambda c: c.block.order).block
    return last.hyphen_end or not ends_sentence(last.text)


def direction_of(role: BlockRole) -> JumpDirection:
    """The model's jump direction for a jump-line role."""
    return JumpDirection.ON if role is BlockRole.JUMP_OUT else JumpDirection.FROM
